"""Team workspace: UUIDs on shared records, machine labels on marks, outbox and LWW clock.

Existing rows get a fresh UUID each. The unique (name, unit, first_day) constraint on
``trainee`` moves to the service: two desktops may register the same person offline and a
sync must never fail on that.

Revision ID: 0006
Revises: 0005
"""

import uuid

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from companion.db.models.base import UID_SQL

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

UID_TABLES = ("trainee", "trainingmark", "superuser", "changeproposal", "coachingsession")
PC_COLUMNS = ("shown_pc", "practised_pc", "approved_pc")


def _text(length: int | None = None) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    conn = op.get_bind()
    for table in UID_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("uid", _text(36), nullable=True))
        ids = [row[0] for row in conn.execute(sa.text(f"SELECT id FROM {table}"))]
        for row_id in ids:
            conn.execute(
                sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"),
                {"uid": str(uuid.uuid4()), "id": row_id},
            )
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column(
                "uid",
                existing_type=_text(36),
                nullable=False,
                server_default=sa.text(f"({UID_SQL})"),  # rows inserted with plain SQL
            )
            batch_op.create_index(f"ix_{table}_uid", ["uid"], unique=True)
    with op.batch_alter_table("trainee") as batch_op:
        batch_op.drop_constraint("uq_trainee_person", type_="unique")
    with op.batch_alter_table("trainingprogress") as batch_op:
        for column in PC_COLUMNS:
            batch_op.add_column(sa.Column(column, _text(), nullable=False, server_default=""))
    with op.batch_alter_table("trainingmark") as batch_op:
        batch_op.add_column(sa.Column("machine", _text(200), nullable=False, server_default=""))
    op.create_table(
        "teamoutbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_id", _text(36), nullable=False),
        sa.Column("kind", _text(40), nullable=False),
        sa.Column("record", _text(36), nullable=False),
        sa.Column("payload", _text(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("change_id"),
    )
    op.create_table(
        "teamclock",
        sa.Column("record", _text(36), nullable=False),
        sa.Column("field", _text(300), nullable=False),
        sa.Column("kind", _text(40), nullable=False),
        sa.Column("value", _text(), nullable=False),
        sa.Column("stamp", _text(120), nullable=False),
        sa.PrimaryKeyConstraint("record", "field"),
    )
    op.create_table(
        "teamconflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record", _text(36), nullable=False),
        sa.Column("field", _text(300), nullable=False),
        sa.Column("value", _text(), nullable=False),
        sa.Column("stamp", _text(120), nullable=False),
        sa.Column("winner_stamp", _text(120), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_teamconflict_record", "teamconflict", ["record"], unique=False)
    op.create_table(
        "teamstate",
        sa.Column("key", _text(100), nullable=False),
        sa.Column("value", _text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("teamstate")
    op.drop_index("ix_teamconflict_record", table_name="teamconflict")
    op.drop_table("teamconflict")
    op.drop_table("teamclock")
    op.drop_table("teamoutbox")
    with op.batch_alter_table("trainingmark") as batch_op:
        batch_op.drop_column("machine")
    with op.batch_alter_table("trainingprogress") as batch_op:
        for column in PC_COLUMNS:
            batch_op.drop_column(column)
    with op.batch_alter_table("trainee") as batch_op:
        batch_op.create_unique_constraint("uq_trainee_person", ["name", "unit", "first_day"])
    for table in UID_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(f"ix_{table}_uid")
            batch_op.drop_column("uid")
