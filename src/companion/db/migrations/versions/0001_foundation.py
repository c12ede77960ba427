"""Foundation: preferences, favourites, recently seen, feedback, coaching sessions.

Revision ID: 0001
Revises: None
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coachingsession",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guide_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("coached_person", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("coach_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("steps_seen", sa.Integer(), nullable=False),
        sa.Column("total_steps", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("started_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("finished_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_coachingsession_guide_id"), "coachingsession", ["guide_id"], unique=False
    )
    op.create_index(
        op.f("ix_coachingsession_started_at"), "coachingsession", ["started_at"], unique=False
    )
    op.create_table(
        "favorite",
        sa.Column("article_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("article_id"),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("helpful", sa.Boolean(), nullable=False),
        sa.Column("comment", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_feedback_article_id"), "feedback", ["article_id"], unique=False)
    op.create_index(op.f("ix_feedback_created_at"), "feedback", ["created_at"], unique=False)
    op.create_table(
        "preference",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "recentview",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("viewed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_recentview_article_id"), "recentview", ["article_id"], unique=False)
    op.create_index(op.f("ix_recentview_viewed_at"), "recentview", ["viewed_at"], unique=False)


def downgrade() -> None:
    op.drop_table("recentview")
    op.drop_table("preference")
    op.drop_table("feedback")
    op.drop_table("favorite")
    op.drop_table("coachingsession")
