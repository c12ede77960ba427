"""The sync engine: push the outbox to the support desk, pull replies back.

Safety rules (each one is tested against a real Request Tracker, tests/tickets/test_sync_*.py):
- Before every create we search the desk for the ticket's external id (`find_or_create`), so
  a create whose answer was lost (timeout, cut connection, 5xx from a proxy, app killed) is
  found, not repeated.
- The local commit that marks a ticket as sent happens only after the desk confirmed it. If
  the process dies in between, the next run finds the ticket by its external id.
- Only one sync runs per database at a time (`SyncLock`, an OS file lock that dies with the
  process): two overlapping runs (GUI timer + CLI) would both search, find nothing, and both
  create.
- A transient error (lost answer, timeout, 5xx, 408, 429) is first retried a few times within
  the run (short backoff with jitter; a retried create searches first, so it stays safe), then
  schedules a later retry with exponential backoff. The run stops only when the desk is really
  away: connection refused, the request deadline ran out, or several tickets failed in a row.
- The desk refusing *us* (401/403, a redirect from a wrong address: `DeskConfigError`) leaves
  every ticket queued, stops the run and reports what to fix (`SyncReport.config_error`).
  Only the desk refusing *one ticket* (400/422, ...) marks that ticket *Feilet*.
  Nothing is ever dropped: the ticket stays in the database in every case.
- Pull: see `companion.tickets.pull` (one delta query per run, replies redacted on the way in).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from sqlmodel import func, select

from companion.db.engine import Database
from companion.db.models import Ticket, utcnow
from companion.tickets.desk import (
    DeskConfigError,
    SupportDesk,
    TransientDeskError,
)
from companion.tickets.pull import REOPEN_WINDOW, PullMixin
from companion.tickets.push import (
    BASE_DELAY_S,
    MAX_DELAY_S,
    UNREADABLE_ANSWER,
    PushMixin,
    backoff_delay,
)
from companion.tickets.report import ProgressFn, SyncReport
from companion.tickets.state import TicketState
from companion.tickets.sync_lock import SyncLock

__all__ = [
    "BASE_DELAY_S",
    "MAX_DELAY_S",
    "REOPEN_WINDOW",
    "SyncEngine",
    "SyncLock",
    "SyncReport",
    "backoff_delay",
]
T = TypeVar("T")

log = logging.getLogger(__name__)

MAX_TRANSIENT_IN_A_ROW = 3  # then stop this run: the desk is struggling, do not hammer it
IN_RUN_RETRIES = 3  # extra tries of one request within a run before it waits for backoff
IN_RUN_BASE_S = 0.5  # first in-run pause; doubles, with jitter (0.25-0.5, 0.5-1, 1-2 s)


class SyncEngine(PushMixin, PullMixin):
    """One sync run = push due outbox entries, then pull updates for changed tickets.

    `retries`/`retry_base_s`/`sleep`/`rng` tune the in-run retries (tests make them fast and
    deterministic).
    """

    def __init__(
        self,
        database: Database,
        desk: SupportDesk,
        queue: str,
        clock: Callable[[], datetime] = utcnow,
        *,
        retries: int = IN_RUN_RETRIES,
        retry_base_s: float = IN_RUN_BASE_S,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.db = database
        self.desk = desk
        self.queue = queue
        self.clock = clock
        self.retries = retries
        self.retry_base_s = retry_base_s
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.lock = SyncLock(Path(f"{database.path}.sync.lock"))
        self._sent_this_run: set[int] = set()  # pulled next run ("never pulled"), not now

    def _attempt(self, call: Callable[[], T]) -> T:
        """`call()`, tried again after a short jittered pause on a transient error.

        Not when the desk is unreachable (refused, deadline passed): that ends the run.
        A Retry-After longer than the in-run pauses is left to the outbox backoff.
        """
        for attempt in range(self.retries + 1):
            ceiling = self.retry_base_s * 2**attempt
            try:
                return call()
            except TransientDeskError as exc:
                wait_long = exc.retry_after is not None and exc.retry_after > ceiling
                if exc.unreachable or wait_long or attempt >= self.retries:
                    raise
                log.info("desk request failed (%s); trying again", exc)
            except UNREADABLE_ANSWER as exc:  # an answer we could not read (a broken proxy, ...)
                if attempt >= self.retries:
                    raise
                log.info("unreadable answer from the desk (%s); trying again", exc)
            self.sleep(self.rng.uniform(ceiling / 2, ceiling))
        raise AssertionError("unreachable")  # the loop always returns or raises

    def close(self) -> None:
        """Close the desk's connections (if it has any)."""
        close = getattr(self.desk, "close", None)
        if callable(close):
            close()

    def sync(
        self,
        progress: ProgressFn | None = None,
        cancel_event: threading.Event | None = None,
        force: bool = False,
    ) -> SyncReport:
        """Send what is due (`force`: everything queued, ignoring backoff), then pull replies."""
        report = SyncReport()
        if not self.lock.acquire():
            report.busy = True
            report.errors.append("En annen synkronisering pågår allerede.")
            report.remaining = self._queued_count()
            return report
        try:
            self._run(report, progress, cancel_event, force)
        finally:
            self.lock.release()
        report.remaining = self._queued_count()
        return report

    def _run(
        self,
        report: SyncReport,
        progress: ProgressFn | None,
        cancel_event: threading.Event | None,
        force: bool,
    ) -> None:
        self._sent_this_run.clear()
        due = self._due_entries(force)
        try:
            found = self._look_up_batch(due)
        except TransientDeskError as exc:  # unreachable: the first ticket waits, run stops
            self._retry_later(due[0], exc, report)
            report.online = False
            return
        except DeskConfigError as exc:
            report.errors.append(str(exc))
            report.config_error = exc.advice
            return
        in_a_row = 0
        for done, entry_id in enumerate(due, start=1):
            if cancel_event is not None and cancel_event.is_set():
                return
            before = report.retry_later
            if not self._push(entry_id, report, found):
                return  # desk unreachable or refusing us: the rest stays queued
            in_a_row = in_a_row + 1 if report.retry_later > before else 0
            if in_a_row >= MAX_TRANSIENT_IN_A_ROW:
                report.online = False  # failed again and again even with retries: desk away
                return
            if progress:
                progress(done, len(due), "Sender saker")
        if cancel_event is not None and cancel_event.is_set():
            return
        self._pull_changed(report, progress, cancel_event)

    # push -------------------------------------------------------------------------------------
    def _queued_count(self) -> int:
        with self.db.session() as s:
            return int(
                s.exec(
                    select(func.count()).select_from(Ticket).where(Ticket.state == TicketState.I_KO)
                ).one()
            )
