"""Exactly-once under faults: lost answers, 500s, timeouts, a lossy link, a sync killed.

Every scenario ends the same way: each local ticket is in the real RT exactly once (by
external id *and* by subject, so a second ticket without the id would show) and is 'sendt'
locally. Faults come from `support.faults.FaultProxy` in front of the real RT. A single fault
is absorbed by the in-run retries; a lasting one leaves the ticket queued with backoff.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.app import AppContext
from companion.tickets.rt import RTDesk
from companion.tickets.service import TicketService
from companion.tickets.sync import IN_RUN_RETRIES, SyncEngine
from support.faults import Fault, FaultProxy, wait_until
from support.rt_server import RTServer
from support.ticket_helpers import (
    assert_exactly_once,
    local_tickets,
    open_outbox,
    queue_tickets,
)

pytestmark = pytest.mark.rt

CREATE = "/REST/2.0/ticket"
SEARCH = "/REST/2.0/tickets"
DESK_TIMEOUT = 2.0  # seconds; each HANG fault costs this much (generous: CI is slow)
FAST_RETRY_BASE_S = 0.01  # in-run pauses of 5-40 ms instead of 0.25-2 s


def read_back(path: str) -> bool:
    return re.fullmatch(r"/REST/2\.0/ticket/\d+", path) is not None


def sync_until_done(engine: SyncEngine, runs: int = 10) -> None:
    for _ in range(runs):
        if engine.sync(force=True).remaining == 0:
            return
    raise AssertionError(f"tickets still queued after {runs} runs: {open_outbox(engine.db)}")


@pytest.mark.parametrize(
    ("method", "path", "fault", "reaches_rt"),
    [
        pytest.param("POST", CREATE, Fault.CUT, True, id="create-answer-cut"),
        pytest.param("POST", CREATE, Fault.ERROR_500, True, id="create-done-then-500"),
        pytest.param("POST", CREATE, Fault.HANG, True, id="create-done-then-timeout"),
        pytest.param("POST", CREATE, Fault.GARBLED, True, id="create-done-answer-unreadable"),
        pytest.param("GET", read_back, Fault.CUT, True, id="read-back-cut"),
        pytest.param("GET", SEARCH, Fault.CUT, False, id="search-cut"),
        pytest.param("POST", CREATE, Fault.REFUSE_500, False, id="server-500"),
        pytest.param("POST", CREATE, Fault.REFUSE_HANG, False, id="server-timeout"),
    ],
)
def test_one_fault_is_retried_within_the_run_exactly_once(
    ctx: AppContext,
    service: TicketService,
    rt_server: RTServer,
    proxy: FaultProxy,
    engine: SyncEngine,
    method: str,
    path: str | Callable[[str], bool],
    fault: Fault,
    reaches_rt: bool,
) -> None:
    _first, *others = queue_tickets(service, 3)
    proxy.fail(method, path, fault)

    report = engine.sync()

    assert (report.sent, report.retry_later, report.failed, report.remaining) == (3, 0, 0, 0)
    assert report.online and proxy.count(method, None, fault) == 1  # the fault did happen
    assert_exactly_once(rt_server, ctx.database)
    assert open_outbox(ctx.database) == []
    creates_that_reached_rt = proxy.count("POST", CREATE, Fault.RELAY) + (
        1 if fault.forwards and method == "POST" else 0
    )
    assert creates_that_reached_rt == 1 + len(others)  # no ticket was created twice
    if reaches_rt and method == "POST":  # found again by the retry's search, not made twice
        assert proxy.count("GET", SEARCH) >= 2


def test_lasting_fault_queues_the_ticket_with_backoff_then_exactly_once(
    ctx: AppContext,
    service: TicketService,
    rt_server: RTServer,
    proxy: FaultProxy,
    engine: SyncEngine,
) -> None:
    """Every try of the first ticket fails: it waits for backoff, the others still go out."""
    first, *_others = queue_tickets(service, 3)
    proxy.fail("POST", CREATE, Fault.REFUSE_500, times=1 + IN_RUN_RETRIES)

    report = engine.sync()

    hit = local_tickets(ctx.database, [first.id])[0]
    assert (hit.state, report.retry_later, report.failed, report.sent) == ("i_kø", 1, 0, 2)
    (entry,) = open_outbox(ctx.database)
    assert entry.attempts == 1 and entry.last_error
    assert entry.next_attempt_at > datetime.now(UTC)  # backoff: not retried at once by the timer
    assert rt_server.tickets_with_external_id(first.external_id) == []

    sync_until_done(engine)

    assert_exactly_once(rt_server, ctx.database)
    assert proxy.count("POST", CREATE, Fault.RELAY) == 3


def test_many_faults_in_one_queue_end_exactly_once(
    ctx: AppContext,
    service: TicketService,
    rt_server: RTServer,
    proxy: FaultProxy,
    engine: SyncEngine,
) -> None:
    queue_tickets(service, 12)
    plan = [
        (Fault.RELAY, 2),
        (Fault.CUT, 1),  # 3rd create: answer lost
        (Fault.RELAY, 1),
        (Fault.ERROR_500, 1),  # 5th: created, then 500
        (Fault.RELAY, 2),
        (Fault.HANG, 1),  # 8th: created, then no answer
        (Fault.REFUSE_500, 2),  # 9th and 10th: never reached RT
    ]
    for fault, times in plan:
        proxy.fail("POST", CREATE, fault, times=times)
    proxy.fail("GET", read_back, Fault.CUT, times=1)  # and one lost read-back

    sync_until_done(engine)

    assert_exactly_once(rt_server, ctx.database)
    forwarded = sum(
        1 for s in proxy.seen if s.method == "POST" and s.path == CREATE and s.fault.forwards
    )
    assert forwarded == 12


def test_backoff_with_a_clock_then_exactly_once(
    ctx: AppContext, service: TicketService, rt_server: RTServer, proxy: FaultProxy
) -> None:
    first, _second = queue_tickets(service, 2)
    now = [datetime.now(UTC)]
    desk = RTDesk(proxy.url, token=rt_server.service_token, timeout=DESK_TIMEOUT)
    engine = SyncEngine(
        ctx.database, desk, "General", clock=lambda: now[0], retry_base_s=FAST_RETRY_BASE_S
    )
    try:
        proxy.fail("POST", CREATE, Fault.REFUSE_500, times=1 + IN_RUN_RETRIES)
        assert (engine.sync().sent, engine.sync().sent) == (1, 0)  # the second run: not due yet
        now[0] += timedelta(seconds=14)  # first retry waits 15-30 s (jitter)
        assert engine.sync().remaining == 1
        now[0] += timedelta(seconds=17)
        report = engine.sync()
        assert (report.sent, report.remaining) == (1, 0)
    finally:
        engine.close()
    assert_exactly_once(rt_server, ctx.database)
    assert local_tickets(ctx.database, [first.id])[0].state == "sendt"


# -- killed with SIGKILL -------------------------------------------------------------------


def sync_command(home: Path, rt_url: str, token: str) -> tuple[list[str], dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPANION_")}
    env.update(
        COMPANION_HOME=str(home),
        COMPANION_SUPPORT_BACKEND="rt",
        COMPANION_RT_URL=rt_url,
        COMPANION_RT_TOKEN=token,
    )
    return [sys.executable, "-m", "companion", "tickets", "sync", "--json"], env


def run_sync_to_the_end(home: Path, rt_url: str, token: str) -> dict[str, object]:
    cmd, env = sync_command(home, rt_url, token)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def tickets_in_rt(rt_server: RTServer, tag: str) -> int:
    data = rt_server._admin_request(
        "GET", "/tickets", params={"query": f"Subject LIKE '{tag}'", "per_page": 1}
    )
    return int(data["total"])


def test_sync_killed_mid_way_then_restarted_ends_exactly_once(
    ctx: AppContext, service: TicketService, rt_server: RTServer, home: Path
) -> None:
    tag = f"Kill {uuid.uuid4()}"
    count = 30
    queue_tickets(service, count, tag=tag)
    assert rt_server.service_token
    cmd, env = sync_command(home, rt_server.url, rt_server.service_token)

    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until(
            lambda: tickets_in_rt(rt_server, tag) >= 1 or proc.poll() is not None,
            60,
            "the first ticket in RT",
        )
        assert proc.poll() is None, (
            "sync finished before it could be "
            f"killed: {proc.stderr.read().decode(errors='replace') if proc.stderr else ''}"
        )
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        if proc.stderr:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    before = tickets_in_rt(rt_server, tag)
    assert 1 <= before < count  # killed part-way
    states = [t.state for t in local_tickets(ctx.database)]
    assert states.count("i_kø") >= count - before  # nothing lost: the rest is still queued

    result = run_sync_to_the_end(home, rt_server.url, rt_server.service_token)

    assert result["remaining"] == 0
    assert_exactly_once(rt_server, ctx.database)
    assert tickets_in_rt(rt_server, tag) == count


def test_sync_killed_while_rts_answer_to_a_create_is_in_flight(
    ctx: AppContext, service: TicketService, rt_server: RTServer, proxy: FaultProxy, home: Path
) -> None:
    """The worst moment: RT has created the ticket, the app has not yet heard so."""
    tickets = queue_tickets(service, 5)
    proxy.fail("POST", CREATE, Fault.RELAY, times=2)
    proxy.fail("POST", CREATE, Fault.HANG, times=1)  # the 3rd create's answer is held back
    assert rt_server.service_token
    cmd, env = sync_command(home, proxy.url, rt_server.service_token)

    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(
            lambda: proxy.count("POST", CREATE, Fault.HANG) == 1 or proc.poll() is not None,
            60,
            "the held create",
        )
        assert proc.poll() is None
        third = tickets[2]
        assert len(rt_server.tickets_with_external_id(third.external_id)) == 1  # on the desk...
        assert local_tickets(ctx.database, [third.id])[0].state == "i_kø"  # ...not yet marked sent
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    result = run_sync_to_the_end(home, proxy.url, rt_server.service_token)

    assert (result["sent"], result["remaining"]) == (3, 0)
    assert_exactly_once(rt_server, ctx.database)
    assert proxy.count("POST", CREATE) == 5  # the 3rd was found, not created again
