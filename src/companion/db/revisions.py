"""Known migration revisions, readable without importing Alembic or SQLAlchemy.

Start-up compares the database's revision with :data:`HEAD` using only :mod:`sqlite3`, so an
up-to-date database costs no heavy imports. A test keeps this list equal to Alembic's scripts.
"""

from __future__ import annotations

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD = REVISIONS[-1]
