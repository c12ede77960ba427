"""Training: people being trained, checklist progress with history, superusers and holidays.

Also adds ``topic`` (free-text coaching topic) and ``ticket_id`` (the sak an escalated session
created) to ``coachingsession``.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trainee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=True),
        sa.Column("is_substitute", sa.Boolean(), nullable=False),
        sa.Column("contact", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", "unit", "first_day", name="uq_trainee_person"),
    )
    op.create_index(op.f("ix_trainee_first_day"), "trainee", ["first_day"], unique=False)
    op.create_index(op.f("ix_trainee_unit"), "trainee", ["unit"], unique=False)
    op.create_table(
        "trainingassignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("assigned_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("trainee_id", "checklist_id", name="uq_assignment"),
    )
    op.create_index(
        op.f("ix_trainingassignment_trainee_id"), "trainingassignment", ["trainee_id"], unique=False
    )
    op.create_table(
        "trainingprogress",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("item_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("shown_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("shown_on", sa.Date(), nullable=True),
        sa.Column("practised_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("practised_on", sa.Date(), nullable=True),
        sa.Column("approved_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("trainee_id", "checklist_id", "item_id", name="uq_progress_item"),
    )
    op.create_index(
        op.f("ix_trainingprogress_trainee_id"), "trainingprogress", ["trainee_id"], unique=False
    )
    op.create_table(
        "trainingmark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("item_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("by_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("before", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("undone_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_trainingmark_created_at"), "trainingmark", ["created_at"], unique=False
    )
    op.create_index(
        op.f("ix_trainingmark_trainee_id"), "trainingmark", ["trainee_id"], unique=False
    )
    op.create_table(
        "superuser",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_superuser_unit"), "superuser", ["unit"], unique=False)
    op.create_table(
        "superuserholiday",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("superuser_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("week", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["superuser_id"], ["superuser.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("superuser_id", "year", "week", name="uq_holiday_week"),
    )
    op.create_index(
        op.f("ix_superuserholiday_superuser_id"), "superuserholiday", ["superuser_id"], unique=False
    )
    with op.batch_alter_table("coachingsession") as batch_op:
        batch_op.add_column(
            sa.Column(
                "topic", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default=""
            )
        )
        batch_op.add_column(sa.Column("ticket_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("coachingsession") as batch_op:
        batch_op.drop_column("ticket_id")
        batch_op.drop_column("topic")
    op.drop_table("superuserholiday")
    op.drop_table("superuser")
    op.drop_table("trainingmark")
    op.drop_table("trainingprogress")
    op.drop_table("trainingassignment")
    op.drop_table("trainee")
