"""Fixtures shared by the ticket tests: an app context on a migrated home, its ticket service,
and a fault proxy in front of the session's real RT."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.app import AppContext
from companion.tickets.rt import RTDesk
from companion.tickets.service import TicketService
from companion.tickets.sync import SyncEngine
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


@pytest.fixture
def engine(ctx: AppContext, rt_server: RTServer, proxy: FaultProxy) -> Iterator[SyncEngine]:
    """A sync engine whose desk talks to RT through the fault proxy.

    2 s per network step (each HANG fault costs that), in-run retry pauses of 5-40 ms, and a
    seeded jitter, so fault tests are quick and repeatable.
    """
    desk = RTDesk(proxy.url, token=rt_server.service_token, timeout=2.0)
    eng = SyncEngine(ctx.database, desk, "General", retry_base_s=0.01, rng=random.Random(3))
    yield eng
    eng.close()
