"""Helpers for the team-workspace tests: tenants on the test PostgreSQL and simulated desktops."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, text

from companion.app import AppContext
from companion.team.config import parse_url
from companion.team.server import add_tenant, make_engine
from companion.team.sync import SyncResult, TeamSync
from companion.training.service import TrainingService
from companion.training.types import PersonInput
from support.pg_server import PGServer

PASSWORD = "team-test-password"  # every test tenant has it (COMPANION_TEAM_PASSWORD)
CHECKLIST, ITEM, ITEM2 = "sommervikar-assistent", "smartkort", "taushetsplikt"


def new_tenant(server: PGServer) -> str:
    """A fresh tenant per test: RLS itself keeps tests apart on the shared server."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    add_tenant(server.admin_url, name, PASSWORD)
    return name


def tenant_engine(server: PGServer, tenant: str) -> Engine:
    """Plain SQL as the tenant's own login role."""
    return make_engine(parse_url(server.url_for(tenant)).set(password=PASSWORD))


def admin_count(server: PGServer, tenant: str) -> tuple[int, int]:
    """(rows, distinct ids) of one tenant's changes, read as the administrator."""
    engine = make_engine(parse_url(server.admin_url))
    try:
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT count(*), count(DISTINCT id) FROM team_change WHERE tenant = :t"),
                {"t": tenant},
            ).one()
            return int(row[0]), int(row[1])
    finally:
        engine.dispose()


class Desktop:
    """One superuser's PC: its own home folder and SQLite, configured for a tenant."""

    def __init__(self, home: Path, server: PGServer, tenant: str, machine: str) -> None:
        self.context = AppContext.create(home=home, machine_file=home / "none.toml")
        self.context.settings.team.url = server.url_for(tenant)
        self.context.settings.team.machine = machine
        self.context.settings.team.timeout_seconds = 2
        self.team: TeamSync = self.context.team_sync()

    @property
    def training(self) -> TrainingService:
        return self.context.training

    def sync(self) -> SyncResult:
        return self.team.sync()

    def close(self) -> None:
        self.team.close()
        self.context.close()


def person(name: str = "Kari Nordmann", unit: str = "Avd 3") -> PersonInput:
    return PersonInput(name, "assistent", unit, date(2026, 6, 15))
