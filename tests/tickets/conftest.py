"""Fixtures shared by the ticket tests: an app context on a migrated home, its ticket service,
and a fault proxy in front of the session's real RT."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.app import AppContext
from companion.tickets.service import TicketService
from support.faults import FaultProxy
from support.rt_server import RTServer
from support.ticket_helpers import seed_home


@pytest.fixture
def ctx(home: Path) -> Iterator[AppContext]:
    context = AppContext.create(home=seed_home(home), machine_file=home / "no-machine-config.toml")
    yield context
    context.close()


@pytest.fixture
def service(ctx: AppContext) -> TicketService:
    return ctx.tickets


@pytest.fixture
def proxy(rt_server: RTServer) -> Iterator[FaultProxy]:
    """A `FaultProxy` in front of the real RT; fails the test if the proxy itself had trouble."""
    with FaultProxy(rt_server.url) as p:
        yield p
    assert p.errors == []
