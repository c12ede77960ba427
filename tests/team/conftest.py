"""Fixtures for the team-workspace tests: a real PostgreSQL with the shared schema."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from team_support import PASSWORD, Desktop, new_tenant

from companion.team.server import init_schema
from support.pg_server import PGServer


@pytest.fixture(scope="session")
def team_server(pg_server: PGServer) -> PGServer:
    init_schema(pg_server.admin_url)
    return pg_server


@pytest.fixture
def tenant(team_server: PGServer, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COMPANION_TEAM_PASSWORD", PASSWORD)
    return new_tenant(team_server)


@pytest.fixture
def desktops(
    team_server: PGServer, tenant: str, tmp_path: Path
) -> Iterator[Callable[..., Desktop]]:
    """Make desktops (`make("PC-A")`); all are closed at the end."""
    made: list[Desktop] = []

    def make(machine: str, tenant_name: str | None = None) -> Desktop:
        desk = Desktop(tmp_path / machine, team_server, tenant_name or tenant, machine)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()
