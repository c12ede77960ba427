"""The shared PostgreSQL: engines, `team admin init` (Alembic) and `team admin add-tenant`.

Admin commands run with an administrator's URL (its password may come from the URL, PGPASSWORD
or ~/.pgpass, as libpq does it). Desktops never run them.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, pool, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from companion.team.config import TeamMisconfigured, TeamUnreachable, parse_url

DESKTOP_ROLE = "team_desktop"
TENANT_NAME = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
RESERVED = {"postgres", "public", DESKTOP_ROLE}


def make_engine(url: URL, timeout_seconds: float = 10.0, **options: Any) -> Engine:
    """An engine on psycopg 3; `connect_timeout` so an unreachable server fails fast."""
    return create_engine(
        url,
        connect_args={
            "connect_timeout": max(1, int(timeout_seconds)),
            "application_name": "folgesvenn",
        },
        **options,
    )


def admin_engine(admin_url: str) -> Engine:
    return make_engine(parse_url(admin_url), poolclass=pool.NullPool)


def init_schema(admin_url: str) -> str:
    """Create or upgrade the shared schema (idempotent); returns the revision now in place."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

    engine = admin_engine(admin_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('folgesvenn-team-init'))"))
            cfg = Config()
            cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
            cfg.attributes["connection"] = conn
            cfg.attributes["configure_logger"] = False
            command.upgrade(cfg, "head")
            context = MigrationContext.configure(
                conn, opts={"version_table": "team_alembic_version"}
            )
            return context.get_current_revision() or ""
    except DBAPIError as exc:
        raise unreachable_or_refused(exc) from exc
    finally:
        engine.dispose()


def add_tenant(admin_url: str, name: str, password: str | None = None) -> tuple[str, str]:
    """Create (or re-key) the login role for one tenant; returns (desktop URL, password)."""
    import psycopg.sql as psql

    if not TENANT_NAME.match(name) or name in RESERVED or name.startswith("pg_"):
        raise TeamMisconfigured(
            f"«{name}» kan ikke brukes som navn på en kommune i teamet. Bruk små bokstaver, "
            "tall og _ (for eksempel trondheim eller indre_fosen)."
        )
    password = password or secrets.token_urlsafe(18)
    engine = admin_engine(admin_url)
    try:
        with engine.begin() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            role, secret = psql.Identifier(name), psql.Literal(password)
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
            ).first()
            verb = (
                "ALTER ROLE {} LOGIN PASSWORD {}" if exists else "CREATE ROLE {} LOGIN PASSWORD {}"
            )
            statements = [
                psql.SQL(verb).format(role, secret),
                psql.SQL("GRANT {} TO {}").format(psql.Identifier(DESKTOP_ROLE), role),
                psql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                    psql.Identifier(conn.execute(text("SELECT current_database()")).scalar_one()),
                    role,
                ),
            ]
            for statement in statements:
                conn.exec_driver_sql(statement.as_string(raw))  # type: ignore[arg-type]
    except DBAPIError as exc:
        raise unreachable_or_refused(exc) from exc
    finally:
        engine.dispose()
    admin = parse_url(admin_url)
    desktop = URL.create(  # built anew: URL.set(password=None) would keep the admin's
        "postgresql",
        username=name,
        host=admin.host,
        port=admin.port,
        database=admin.database,
        query=admin.query,
    )
    return desktop.render_as_string(hide_password=False), password


def unreachable_or_refused(exc: DBAPIError) -> Exception:
    """Sort a driver error: no connection (exit 4) versus refused login or missing schema (2)."""
    import psycopg

    original = exc.orig
    message = str(original).strip().splitlines()[0] if original else str(exc)
    if isinstance(original, psycopg.OperationalError) and not _is_auth_error(message):
        return TeamUnreachable(
            f"Får ikke kontakt med teamserveren ({message}). Endringene dine er lagret her og "
            "sendes neste gang."
        )
    if _is_auth_error(message):
        return TeamMisconfigured(
            f"Teamserveren avviste innloggingen ({message}). Sjekk brukernavnet i [team] url "
            "og passordet i nøkkelringen eller COMPANION_TEAM_PASSWORD."
        )
    if isinstance(original, psycopg.errors.UndefinedTable):
        return TeamMisconfigured(
            "Teamserveren er ikke satt opp ennå. IT må kjøre `companion team admin init` først."
        )
    return TeamMisconfigured(f"Teamserveren svarte med en feil: {message}")


def _is_auth_error(message: str) -> bool:
    lowered = message.lower()
    return (
        "password authentication failed" in lowered
        or "no password supplied" in lowered
        or ("role" in lowered and "does not exist" in lowered)
    )
