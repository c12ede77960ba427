"""Fast sync unit tests on an in-memory desk (`support.fake_desk`): no network, no RT.

The same behaviours are tested against the real Request Tracker in test_sync_rt.py,
test_sync_faults.py and test_sync_delta.py; these add quick, exhaustive cases.
"""

from __future__ import annotations

import random

import pytest

from companion.app import AppContext
from companion.core.idguard import REDACTION, contains_identity_number
from companion.tickets.desk import DeskConfigError, SupportDesk, TransientDeskError
from companion.tickets.pull import guard_reply
from companion.tickets.service import TicketService
from companion.tickets.state import TicketState
from companion.tickets.sync import IN_RUN_RETRIES, SyncEngine
from support.fake_desk import FakeDesk
from support.ticket_helpers import identity_number_forms, local_tickets, queue_tickets

FORMS = identity_number_forms()


@pytest.fixture
def desk() -> FakeDesk:
    return FakeDesk()


@pytest.fixture
def engine(ctx: AppContext, desk: FakeDesk) -> SyncEngine:
    pauses: list[float] = []
    return SyncEngine(ctx.database, desk, "General", sleep=pauses.append, rng=random.Random(1))


def test_fake_desk_implements_the_protocol(desk: FakeDesk) -> None:
    assert isinstance(desk, SupportDesk)


def test_batch_lookup_replaces_one_search_per_ticket(
    service: TicketService, desk: FakeDesk, engine: SyncEngine
) -> None:
    queue_tickets(service, 10)

    report = engine.sync()

    assert (report.sent, report.remaining) == (10, 0)
    assert desk.calls["find_many_by_external_id"] == 1
    assert desk.calls["find_by_external_id"] == 0
    assert desk.calls["create_ticket"] == 10


def test_ticket_found_by_the_batch_lookup_is_not_created_again(
    ctx: AppContext, service: TicketService, desk: FakeDesk, engine: SyncEngine
) -> None:
    first, _second = queue_tickets(service, 2)
    other = SyncEngine(ctx.database, desk, "General")
    other.desk.create_ticket(  # a create whose answer was lost last time
        other._request_for(_ticket_row(ctx, first.id), [])
    )

    assert engine.sync().sent == 2
    assert desk.calls["create_ticket"] == 2  # the lost one plus the second: no duplicate


def _ticket_row(ctx: AppContext, ticket_id: int):  # type: ignore[no-untyped-def]
    from companion.db.models import Ticket

    with ctx.database.session() as s:
        row = s.get(Ticket, ticket_id)
        assert row is not None
        s.expunge(row)
        return row


def test_transient_errors_are_retried_within_the_run_with_growing_pauses(
    ctx: AppContext, service: TicketService, desk: FakeDesk
) -> None:
    queue_tickets(service, 1)
    pauses: list[float] = []
    engine = SyncEngine(ctx.database, desk, "General", sleep=pauses.append, rng=random.Random(1))
    desk.fail("create_ticket", TransientDeskError("cut"), times=IN_RUN_RETRIES)

    report = engine.sync()

    assert (report.sent, report.retry_later) == (1, 0)
    assert len(pauses) == IN_RUN_RETRIES
    for n, pause in enumerate(pauses):  # jitter in [c/2, c], c doubling from 0.5 s
        assert 0.25 * 2**n <= pause <= 0.5 * 2**n
    assert desk.calls["find_by_external_id"] == IN_RUN_RETRIES  # each retry searched first


def test_unreachable_desk_stops_at_once_without_retries(
    service: TicketService, desk: FakeDesk, engine: SyncEngine
) -> None:
    queue_tickets(service, 3)
    desk.fail("find_many_by_external_id", TransientDeskError("refused", unreachable=True))

    report = engine.sync()

    assert (report.online, report.sent, report.retry_later, report.remaining) == (False, 0, 1, 3)
    assert desk.total_calls() == 1  # no retries, no per-ticket searches: the desk is away


@pytest.mark.parametrize("status", [401, 403, 302])
def test_configuration_error_keeps_every_ticket_queued(
    ctx: AppContext, service: TicketService, desk: FakeDesk, engine: SyncEngine, status: int
) -> None:
    queue_tickets(service, 3)
    desk.fail("create_ticket", DeskConfigError("no", advice="Rett innstillingene.", status=status))

    report = engine.sync()

    assert report.config_error == "Rett innstillingene."
    assert (report.sent, report.failed, report.remaining) == (0, 0, 3)
    assert {t.state for t in local_tickets(ctx.database)} == {TicketState.I_KO}
    assert engine.sync().sent == 3  # fixed: no backoff to wait for


def test_idle_sync_asks_the_desk_once(
    service: TicketService, desk: FakeDesk, engine: SyncEngine
) -> None:
    queue_tickets(service, 35)
    engine.sync()  # push
    engine.sync()  # first pull: every open ticket once
    engine.sync()  # tickets changed in the query's last second: fetched once more
    desk.calls.clear()

    report = engine.sync()

    assert report.replies == 0
    assert dict(desk.calls) == {"changed_since": 1}


def test_only_changed_tickets_are_fetched_and_the_overlap_costs_nothing(
    service: TicketService, desk: FakeDesk, engine: SyncEngine
) -> None:
    views = queue_tickets(service, 5)
    engine.sync()
    engine.sync()
    remote = service.get(views[3].id).remote_id
    desk.reply(remote, "Prøv igjen nå.")
    desk.calls.clear()

    report = engine.sync()
    again = engine.sync()  # the overlap lists the ticket again, same stamp: not fetched

    assert (report.replies, again.replies) == (1, 0)
    assert desk.calls["fetch_updates"] == 1
    assert desk.calls["changed_since"] == 2


def test_cursor_does_not_move_when_a_pull_failed(
    service: TicketService, desk: FakeDesk, engine: SyncEngine
) -> None:
    views = queue_tickets(service, 2)
    engine.sync()
    engine.sync()
    cursor = engine.pull_cursor()
    desk.reply(service.get(views[0].id).remote_id, "Svar")
    desk.fail("fetch_updates", TransientDeskError("503", status=503), times=1 + IN_RUN_RETRIES)

    assert engine.sync().replies == 0
    assert engine.pull_cursor() == cursor
    assert engine.sync().replies == 1  # the reply is not lost
    assert engine.pull_cursor() != cursor


@pytest.mark.parametrize("form", sorted(FORMS))
def test_reply_with_an_identity_number_is_redacted_before_storing(
    service: TicketService, desk: FakeDesk, engine: SyncEngine, form: str
) -> None:
    (view,) = queue_tickets(service, 1)
    engine.sync()
    number = FORMS[form]
    desk.reply(service.get(view.id).remote_id, f"Gjelder det pasient {number}?", f"Ola {number}")

    report = engine.sync()

    assert (report.replies, report.redacted) == (1, 1)
    reply = service.get(view.id).messages[-1]
    assert reply.body == f"Gjelder det pasient {REDACTION}?"
    assert reply.author == f"Ola {REDACTION}" and reply.redacted
    assert not contains_identity_number(str(service.get(view.id).to_json()))


def test_guard_reply_leaves_ordinary_text_alone() -> None:
    from datetime import UTC, datetime

    from companion.tickets.desk import DeskMessage

    message = DeskMessage(1, "Enoch Root", datetime.now(UTC), "Ring 22 33 44 55, sak 1234567.")
    assert guard_reply(message) == ("Enoch Root", "Ring 22 33 44 55, sak 1234567.", False)


def test_unreadable_answers_to_the_batch_queries_fall_back_to_asking_per_ticket(
    service: TicketService, desk: FakeDesk, engine: SyncEngine
) -> None:
    views = queue_tickets(service, 2)
    desk.fail("find_many_by_external_id", ValueError("garbled"), times=1 + IN_RUN_RETRIES)

    assert engine.sync().sent == 2
    assert desk.calls["find_by_external_id"] == 2  # each ticket searched before its create

    engine.sync()
    desk.reply(service.get(views[0].id).remote_id, "Svar")
    desk.fail("changed_since", KeyError("items"), times=1 + IN_RUN_RETRIES)
    assert engine.sync().replies == 1  # polled every open ticket instead
