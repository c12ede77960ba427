"""SyncEngine against a real Request Tracker: push, find-before-create, errors, pull.

No mocks of RT and no sleeps. Each test queues its own tickets (unique subjects), so the tests
share the session's RT.
"""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from companion.app import AppContext
from companion.db.models import OutboxEntry, Ticket, TicketMessage, utcnow
from companion.tickets.desk import DeskTicketRequest, RemoteTicketRef, Urgency
from companion.tickets.rt import RTDesk
from companion.tickets.service import TicketService
from companion.tickets.sync import BASE_DELAY_S, MAX_DELAY_S, SyncEngine, SyncLock, backoff_delay
from support.faults import Fault, FaultProxy, closed_port
from support.rt_server import RTServer
from support.ticket_helpers import (
    PNG,
    assert_exactly_once,
    local_tickets,
    open_outbox,
    queue_tickets,
    write_file,
)

rt = pytest.mark.rt
EngineFactory = Callable[..., SyncEngine]


@pytest.fixture
def make_engine(ctx: AppContext, rt_server: RTServer) -> Iterator[EngineFactory]:
    """SyncEngine(s) on the test database; desks default to the real RT, closed at the end."""
    engines: list[SyncEngine] = []

    def factory(
        desk: object = None,
        queue: str = "General",
        clock: Callable[[], datetime] | None = None,
    ) -> SyncEngine:
        engine = SyncEngine(
            ctx.database,
            desk or rt_server.desk(),  # type: ignore[arg-type]
            queue,
            clock or utcnow,
        )
        engines.append(engine)
        return engine

    yield factory
    for engine in engines:
        engine.close()


class Clock:
    """A controllable UTC clock for the engine (backoff without waiting)."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


# -- push --------------------------------------------------------------------------------


@rt
def test_sync_sends_each_queued_ticket_once(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    tickets = queue_tickets(service, 5)
    progress: list[tuple[int, int, str]] = []

    report = make_engine().sync(progress=lambda *p: progress.append(p))

    assert (report.sent, report.failed, report.retry_later, report.remaining) == (5, 0, 0, 0)
    assert report.online and not report.busy and report.errors == []
    assert progress[-1] == (5, 5, "Sender saker")  # just sent: pulled from the next run on
    assert_exactly_once(rt_server, ctx.database)
    assert open_outbox(ctx.database) == []
    view = service.get(tickets[0].id)
    assert view.sent_at is not None and view.remote_id.isdigit()
    assert [(m.direction, m.body) for m in view.messages] == [("ut", tickets[0].description)]
    ticket = rt_server.ticket(view.remote_id)
    assert ticket["Subject"] == tickets[0].subject

    again = make_engine().sync(force=True)  # nothing queued: nothing is sent twice
    assert again.sent == 0
    assert_exactly_once(rt_server, ctx.database)


@rt
def test_attachments_are_uploaded_with_the_ticket(
    ctx: AppContext,
    service: TicketService,
    rt_server: RTServer,
    make_engine: EngineFactory,
    tmp_path: Path,
) -> None:
    (view,) = queue_tickets(service, 1)
    pdf = "%PDF-1.4\n% Følgesvenn test\n%%EOF\n".encode()
    service.add_attachment(
        view.id, write_file(tmp_path / "skjerm bilde.png", PNG), confirmed_no_patient_data=True
    )
    service.add_attachment(
        view.id, write_file(tmp_path / "logg.pdf", pdf), confirmed_no_patient_data=True
    )

    assert make_engine().sync().sent == 1

    remote_id = service.get(view.id).remote_id
    files = rt_server.attachments(remote_id)
    assert files["skjerm bilde.png"] == ("image/png", PNG)
    assert files["logg.pdf"] == ("application/pdf", pdf)
    assert len(rt_server.transactions(remote_id, "Create")) == 1


@rt
def test_missing_attachment_copy_fails_the_ticket_without_sending(
    ctx: AppContext,
    service: TicketService,
    rt_server: RTServer,
    make_engine: EngineFactory,
    tmp_path: Path,
) -> None:
    (view,) = queue_tickets(service, 1)
    service.add_attachment(
        view.id, write_file(tmp_path / "skjerm.png", PNG), confirmed_no_patient_data=True
    )
    ((_name, _mime, copy),) = service.attachment_files(view.id)
    copy.unlink()  # e.g. removed by a clean-up tool

    report = make_engine().sync()

    (t,) = local_tickets(ctx.database)
    assert (report.failed, t.state) == (1, "feilet")
    assert t.last_error.startswith("Saken kan ikke sendes: Vedlegget skjerm.png finnes ikke lenger")
    assert rt_server.tickets_with_subject(view.subject) == []


@rt
def test_ticket_already_on_the_desk_is_found_not_created_again(
    ctx: AppContext,
    service: TicketService,
    rt_server: RTServer,
    rt_desk: RTDesk,
    make_engine: EngineFactory,
) -> None:
    """The app died after RT created the ticket but before the local commit."""
    (view,) = queue_tickets(service, 1)
    ref = rt_desk.create_ticket(
        DeskTicketRequest(
            view.external_id, view.subject, view.description, "General", Urgency.NORMAL
        )
    )

    report = make_engine().sync()

    assert report.sent == 1
    assert service.get(view.id).remote_id == ref.remote_id
    assert_exactly_once(rt_server, ctx.database)


@rt
def test_wrong_queue_is_a_configuration_error_and_keeps_tickets_queued(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    """RT's 403 refuses the service user, not one ticket: every ticket would fail alike."""
    queue_tickets(service, 2)

    report = make_engine(queue="Finnes ikke").sync()

    assert (report.sent, report.failed, report.remaining) == (0, 0, 2)
    assert "HTTP 403" in report.config_error and "køen (rt.queue)" in report.config_error
    assert "No permission to create tickets in the queue 'Finnes ikke'" in report.config_error
    assert {t.state for t in local_tickets(ctx.database)} == {"i_kø"}
    assert [e.attempts for e in open_outbox(ctx.database)] == [0, 0]  # no backoff: fix, then go
    assert make_engine().sync().sent == 2  # the queue is fixed: both go out
    assert_exactly_once(rt_server, ctx.database)


@rt
def test_desk_rejecting_one_ticket_marks_only_it_failed(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    tickets = queue_tickets(service, 2)
    with FaultProxy(rt_server.url) as proxy:
        proxy.fail("POST", "/REST/2.0/ticket", Fault.REFUSE_422)
        report = make_engine(desk=RTDesk(proxy.url, token=rt_server.service_token)).sync()
    assert (report.sent, report.failed, report.remaining) == (1, 1, 0)
    first, second = local_tickets(ctx.database)
    assert (first.state, second.state) == ("feilet", "sendt")
    assert first.last_error.startswith("Brukerstøtte avviste saken: Unprocessable Entity")
    assert rt_server.tickets_with_external_id(first.external_id) == []
    assert open_outbox(ctx.database) == []  # not retried automatically...
    assert make_engine().sync().failed == 0

    assert service.retry(tickets[0].id).state == "i_kø"  # ...but the user can send it again
    assert make_engine().sync().sent == 1
    assert_exactly_once(rt_server, ctx.database)


@rt
def test_external_id_that_rt_cannot_store_needs_a_person(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    """A ticket holding our id sits where the service user cannot see it (moved by the desk).

    The search finds nothing, RT creates a ticket but cannot give it the (unique) id, and a
    retry would only make more: the ticket is marked *feilet* with the stray ticket's number.
    """
    (view,) = queue_tickets(service, 1)
    hidden_queue = f"Skjult {uuid.uuid4()}"
    rt_server._admin_request("POST", "/queue", json={"Name": hidden_queue})
    holder = rt_server._admin_request(
        "POST",
        "/ticket",
        json={
            "Queue": "General",
            "Subject": "Flyttet",
            "Content": "x",
            "CustomFields": {"ExternalId": view.external_id},
        },
    )["id"]
    rt_server._admin_request("PUT", f"/ticket/{holder}", json={"Queue": hidden_queue})

    report = make_engine().sync()

    (t,) = local_tickets(ctx.database)
    assert (report.failed, t.state) == (1, "feilet")
    assert t.remote_id not in ("", str(holder))  # the stray ticket RT made, for the desk to find
    assert rt_server.external_ids(t.remote_id) == []
    assert "did not store ExternalId" in t.last_error
    assert make_engine().sync(force=True).sent == 0  # never retried automatically
    assert rt_server.tickets_with_subject(view.subject) == [int(t.remote_id)]


class RacingDesk:
    """The real RT desk, but another client creates the same ticket right after our search.

    That is what a second sync process (or a slow, timed-out create finishing late) looks
    like from this engine's side. Everything still happens in the real RT.
    """

    def __init__(self, desk: RTDesk, rival: RTDesk) -> None:
        self.desk, self.rival = desk, rival
        self.rival_ref: RemoteTicketRef | None = None

    def find_many_by_external_id(self, external_ids: list[str]) -> dict[str, RemoteTicketRef]:
        found = self.desk.find_many_by_external_id(external_ids)
        self.find_many_by_external_id = self.desk.find_many_by_external_id  # type: ignore[method-assign]
        self.rival_ref = self.rival.create_ticket(
            DeskTicketRequest(external_ids[0], self.subject, "x", "General")
        )
        return found

    def __getattr__(self, name: str) -> object:
        return getattr(self.desk, name)

    subject = ""


@rt
def test_lost_race_uses_the_ticket_that_holds_the_id_and_flags_the_stray(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    (view,) = queue_tickets(service, 1)
    with rt_server.desk() as desk, rt_server.desk() as rival:
        racing = RacingDesk(desk, rival)
        racing.subject = view.subject
        report = make_engine(desk=racing).sync()

        assert (report.sent, report.failed) == (1, 0)
        assert racing.rival_ref is not None
        winner = int(racing.rival_ref.remote_id)
        (t,) = local_tickets(ctx.database)
        assert (t.state, t.remote_id) == ("sendt", str(winner))
        assert rt_server.tickets_with_external_id(view.external_id) == [winner]
        (stray,) = [i for i in rt_server.tickets_with_subject(view.subject) if i != winner]
        assert len(rt_server.transactions(stray, "Comment")) == 1  # "Duplikat: ..." for the desk


@rt
def test_unreachable_desk_keeps_everything_queued(
    ctx: AppContext, service: TicketService, make_engine: EngineFactory
) -> None:
    queue_tickets(service, 3)
    clock = Clock()

    report = make_engine(
        desk=RTDesk(f"http://127.0.0.1:{closed_port()}", token="t"), clock=clock
    ).sync()

    assert (report.online, report.sent, report.retry_later, report.remaining) == (False, 0, 1, 3)
    assert "cannot reach RT" in report.errors[0]
    entries = sorted(open_outbox(ctx.database), key=lambda e: e.id or 0)
    assert [e.attempts for e in entries] == [1, 0, 0]  # stopped after the first: no hammering
    assert entries[0].next_attempt_at >= clock.now + timedelta(seconds=BASE_DELAY_S / 2)
    assert {t.state for t in local_tickets(ctx.database)} == {"i_kø"}


@rt
def test_backoff_waits_unless_forced_and_honours_retry_after(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    (view,) = queue_tickets(service, 1)
    clock = Clock()
    with FaultProxy(rt_server.url) as proxy, rt_server.desk() as direct:
        # twice: the batch lookup (then each ticket searches itself), and that search
        proxy.fail("GET", "/REST/2.0/tickets", Fault.REFUSE_429, times=2)
        proxied = RTDesk(proxy.url, token=rt_server.service_token)
        report = make_engine(desk=proxied, clock=clock).sync()
        assert (report.retry_later, report.online, report.remaining) == (1, True, 1)
        (entry,) = open_outbox(ctx.database)
        assert entry.next_attempt_at == clock.now + timedelta(seconds=7)  # Retry-After: 7

        clock.advance(6)
        assert make_engine(desk=direct, clock=clock).sync().sent == 0  # not due yet
        clock.advance(2)
        assert make_engine(desk=direct, clock=clock).sync().sent == 1
    assert_exactly_once(rt_server, ctx.database, [view.id])


def test_backoff_grows_exponentially_with_jitter_and_is_capped() -> None:
    rng = random.Random(5)
    for attempts in range(1, 12):
        ceiling = min(MAX_DELAY_S, BASE_DELAY_S * 2 ** (attempts - 1))
        delays = {backoff_delay(attempts, rng) for _ in range(20)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) == 20  # jitter: clients that failed together do not retry together
    assert backoff_delay(50, rng) <= MAX_DELAY_S


# -- one sync at a time, cancel ------------------------------------------------------------


@rt
def test_only_one_sync_runs_at_a_time(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    queue_tickets(service, 2)
    other = SyncLock(Path(f"{ctx.database.path}.sync.lock"))  # as another process would
    assert other.acquire()
    try:
        report = make_engine().sync()
        assert (report.busy, report.sent, report.remaining) == (True, 0, 2)
    finally:
        other.release()
    assert make_engine().sync().sent == 2
    assert_exactly_once(rt_server, ctx.database)


@rt
def test_overlapping_syncs_in_two_threads_send_once(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    queue_tickets(service, 6)
    engines = [make_engine(), make_engine()]
    reports = []
    barrier = threading.Barrier(2)

    def run(engine: SyncEngine) -> None:
        barrier.wait()
        reports.append(engine.sync(force=True))

    threads = [threading.Thread(target=run, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)

    assert sum(r.sent for r in reports) == 6
    assert_exactly_once(rt_server, ctx.database)


@rt
def test_cancel_stops_between_tickets(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    queue_tickets(service, 3)
    cancel = threading.Event()

    report = make_engine().sync(
        progress=lambda done, _total, _text: cancel.set() if done == 1 else None,
        cancel_event=cancel,
    )

    assert (report.sent, report.remaining) == (1, 2)
    assert make_engine().sync().sent == 2
    assert_exactly_once(rt_server, ctx.database)


# -- pull --------------------------------------------------------------------------------


@rt
def test_replies_and_status_are_pulled_and_shown(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    (view,) = queue_tickets(service, 1)
    make_engine().sync()
    remote_id = service.get(view.id).remote_id
    assert make_engine().sync().replies == 0

    rt_server.reply_as_staff(remote_id, "Hei Kari! Prøv å pare Rover på nytt. – IT")
    report = make_engine().sync()

    assert (report.replies, report.new_replies) == (1, [(view.id, view.subject)])
    shown = service.get(view.id)
    assert (shown.state, shown.remote_status) == ("besvart", "open")
    assert shown.first_reply_at is not None and shown.waiting_days() is None
    assert [(m.direction, m.author, m.body) for m in shown.messages] == [
        ("ut", "Kari Nordmann", view.description),
        ("inn", "Enoch Root", "Hei Kari! Prøv å pare Rover på nytt. – IT"),
    ]
    assert make_engine().sync().replies == 0  # each reply is stored once
    assert len(service.get(view.id).messages) == 2

    rt_server.resolve(remote_id)
    make_engine().sync()
    resolved = service.get(view.id)
    assert (resolved.state, resolved.remote_status) == ("løst", "resolved")
    assert resolved.resolved_at is not None

    rt_server.reply_as_staff(remote_id, "Vi åpner saken igjen.")  # RT reopens on reply
    assert make_engine().sync().replies == 1
    reopened = service.get(view.id)
    assert (reopened.state, reopened.resolved_at) == ("besvart", None)
    assert reopened.messages[-1].body == "Vi åpner saken igjen."


@rt
def test_status_without_reply_keeps_ticket_sent(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    (view,) = queue_tickets(service, 1)
    make_engine().sync()
    remote_id = service.get(view.id).remote_id
    rt_server.set_status(remote_id, "stalled")

    make_engine().sync()

    shown = service.get(view.id)
    assert (shown.state, shown.remote_status) == ("sendt", "stalled")
    rt_server.set_status(remote_id, "rejected")
    make_engine().sync()
    assert service.get(view.id).state == "løst"


@rt
def test_pull_survives_a_ticket_gone_from_the_desk(
    ctx: AppContext, service: TicketService, rt_server: RTServer, make_engine: EngineFactory
) -> None:
    a, b = queue_tickets(service, 2)
    make_engine().sync()
    with ctx.database.session() as s:
        ticket = s.get(Ticket, a.id)
        assert ticket is not None
        ticket.remote_id = "999999"  # e.g. a desk that was reset
        s.add(ticket)
    rt_server.reply_as_staff(service.get(b.id).remote_id, f"Svar {uuid.uuid4()}")

    report = make_engine().sync()

    assert report.replies == 1  # the other ticket is still pulled
    assert any("404" in e for e in report.errors)
    assert service.get(a.id).state == "sendt"
    with ctx.database.session() as s:
        assert len(list(s.exec(select(TicketMessage).where(TicketMessage.ticket_id == b.id)))) == 2
        assert all(e.done for e in s.exec(select(OutboxEntry)))
