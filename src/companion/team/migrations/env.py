"""Alembic environment for the shared PostgreSQL schema (not the desktop's SQLite).

Runs on the connection :func:`companion.team.server.init_schema` passes in, with its own
version table, so a region's server can share a database with other tools.
"""

from __future__ import annotations

from alembic import context

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection, version_table="team_alembic_version", transactional_ddl=True
)
with context.begin_transaction():
    context.run_migrations()
