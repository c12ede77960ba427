"""The shared change log: one append-only table, row-level security per tenant.

Every change a desktop makes is one row, identified by the UUID the desktop gave it (so a push
can be repeated: ON CONFLICT DO NOTHING). `xid` is the inserting transaction; desktops pull
only rows whose transaction is older than every running one, with the cursor on (xid, seq)
(docs/decisions/0005-team-sync.md). Tenants are login roles; a row belongs to the role that
inserted it, and policies let a role see and write only its own rows, even with plain SQL.

Revision ID: t001
Revises:
"""

from alembic import op

revision = "t001"
down_revision = None
branch_labels = None
depends_on = None

DESKTOP_ROLE = "team_desktop"


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE team_change (
            seq bigint GENERATED ALWAYS AS IDENTITY,
            id uuid PRIMARY KEY,
            tenant name NOT NULL DEFAULT current_user,
            xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
            kind text NOT NULL,
            record uuid NOT NULL,
            payload jsonb NOT NULL,
            author text NOT NULL DEFAULT '',
            machine text NOT NULL DEFAULT '',
            received_at timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    op.execute("CREATE INDEX team_change_cursor ON team_change (tenant, xid, seq)")
    op.execute("ALTER TABLE team_change ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE team_change FORCE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY team_change_tenant ON team_change "
        "USING (tenant = current_user) WITH CHECK (tenant = current_user)"
    )
    op.execute(
        f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{DESKTOP_ROLE}') THEN
                CREATE ROLE {DESKTOP_ROLE} NOLOGIN;
            END IF;
        END $$
        """
    )
    # Append-only for desktops: no UPDATE or DELETE, so history cannot be rewritten.
    op.execute(f"GRANT SELECT, INSERT ON team_change TO {DESKTOP_ROLE}")


def downgrade() -> None:
    op.execute("DROP TABLE team_change")
