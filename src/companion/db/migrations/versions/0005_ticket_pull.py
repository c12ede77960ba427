"""Tickets: flag desk replies whose identity numbers were removed before storing.

The delta-pull cursor lives in the `preference` table (no schema change needed).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticketmessage") as batch:
        batch.add_column(
            sa.Column("redacted", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("ticketmessage") as batch:
        batch.drop_column("redacted")
