"""Against the real RT: a lossy link, the cost of an idle sync, and replies redacted inbound.

Requests are counted by `support.faults.FaultProxy` in front of RT (it sees every HTTP request
the desk adapter makes); the lossy link cuts answers picked by a seeded RNG, so runs repeat.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlmodel import select

from companion.app import AppContext
from companion.cli.main import main
from companion.core.idguard import REDACTION, contains_identity_number
from companion.db.models import Ticket, TicketMessage
from companion.tickets.service import TicketService
from companion.tickets.sync import SyncEngine
from support.faults import Fault, FaultProxy
from support.rt_server import RTServer
from support.ticket_helpers import (
    assert_exactly_once,
    identity_number_forms,
    queue_tickets,
)

pytestmark = pytest.mark.rt

LOSS = 0.2  # one answer in five is cut after RT did the work
QUEUED = 35
IDLE_REQUEST_BUDGET = 5


def syncs_until(engine: SyncEngine, done: object, limit: int) -> int:
    """Run syncs until `done()` is true; how many it took (AssertionError past `limit`)."""
    for run in range(1, limit + 1):
        engine.sync()
        if done():  # type: ignore[operator]
            return run
    raise AssertionError(f"not done after {limit} syncs")


def test_lossy_link_drains_the_queue_within_3_syncs_exactly_once(
    ctx: AppContext,
    service: TicketService,
    rt_server: RTServer,
    proxy: FaultProxy,
    engine: SyncEngine,
) -> None:
    views = queue_tickets(service, QUEUED)
    proxy.lossy(LOSS, seed=20)

    runs = syncs_until(engine, lambda: service.queued_count() == 0, limit=3)

    assert proxy.count("POST", "/REST/2.0/ticket", Fault.CUT) >= 1  # the link really was lossy
    assert_exactly_once(rt_server, ctx.database)
    print(f"\n{QUEUED} tickets drained in {runs} sync(s) at {LOSS:.0%} lost answers")

    last = service.get(views[-1].id)
    rt_server.reply_as_staff(last.remote_id, f"Svar {uuid.uuid4()}")
    pulls = syncs_until(engine, lambda: len(service.get(last.id).messages) == 2, limit=3)
    print(f"reply to the last ticket pulled in {pulls} sync(s)")
    assert engine.sync().replies == 0  # stored once


def test_idle_sync_with_35_open_tickets_costs_at_most_5_requests(
    service: TicketService, rt_server: RTServer, proxy: FaultProxy, engine: SyncEngine
) -> None:
    views = queue_tickets(service, QUEUED)
    engine.sync()  # push
    engine.sync()  # first pull: each open ticket once
    engine.sync()  # tickets RT changed in the query's last second: fetched once more
    before = len(proxy.seen)

    report = engine.sync()

    idle = len(proxy.seen) - before
    print(f"\nrequests per idle sync with {QUEUED} open tickets: {idle}")
    assert report.replies == 0 and report.errors == []
    assert idle <= IDLE_REQUEST_BUDGET
    assert [s.path for s in proxy.seen[before:]] == ["/REST/2.0/tickets"]  # the delta query

    rt_server.reply_as_staff(service.get(views[7].id).remote_id, "Prøv igjen nå.")
    before = len(proxy.seen)
    assert engine.sync().replies == 1
    fetched = {s.path for s in proxy.seen[before:]} - {"/REST/2.0/tickets"}
    remote = service.get(views[7].id).remote_id
    assert all(f"/ticket/{remote}" in path for path in fetched)  # only the changed ticket


def test_reply_with_identity_numbers_is_stored_and_shown_without_them(
    ctx: AppContext,
    service: TicketService,
    rt_server: RTServer,
    engine: SyncEngine,
    home: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (view,) = queue_tickets(service, 1)
    engine.sync()
    forms = identity_number_forms()
    text = "Gjelder det pasient 150389 41299? " + "; ".join(
        f"{kind}: {number}" for kind, number in forms.items()
    )
    remote = service.get(view.id).remote_id
    with rt_server.staff_named(f"Ola {forms['plain']}"):
        rt_server.reply_as_staff(remote, text)
        assert engine.sync().redacted == 1

    with ctx.database.session() as s:
        (reply,) = s.exec(
            select(TicketMessage).where(
                TicketMessage.ticket_id == view.id, TicketMessage.direction == "inn"
            )
        )
        ticket = s.get(Ticket, view.id)
        assert ticket is not None
        stored = [reply.body, reply.author, ticket.remote_status]
    assert reply.redacted
    assert not any(contains_identity_number(value) for value in stored)
    assert reply.body.count(REDACTION) == 1 + len(forms)
    assert reply.author == f"Ola {REDACTION}"

    assert main(["tickets", "show", str(view.id), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert not contains_identity_number(json.dumps(shown, ensure_ascii=False))
    assert shown["messages"][-1]["redacted"] is True
    assert main(["tickets", "show", str(view.id)]) == 0
    out = capsys.readouterr().out
    assert not contains_identity_number(out)
    assert "fødselsnummer ble fjernet" in out
