"""Database layer: SQLModel tables, engine/session factory and Alembic migrations.

Importing this package is cheap; SQLAlchemy is imported only by the submodules that need it,
so the GUI can show its window before paying for it.
"""
