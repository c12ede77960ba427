"""Tickets: delta pull and inbound redaction.

``ticket.remote_updated``: the desk's LastUpdated at our last pull, so a ticket listed again by
the delta query's overlap is not fetched again. ``ticketmessage.redacted``: an identity number
from the desk was removed before storing. The pull cursor lives in the ``preference`` table.

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
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(
            sa.Column("remote_updated", sa.String(), nullable=False, server_default="")
        )
    with op.batch_alter_table("ticketmessage") as batch:
        batch.add_column(
            sa.Column("redacted", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.drop_column("remote_updated")
    with op.batch_alter_table("ticketmessage") as batch:
        batch.drop_column("redacted")
