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
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sqlmodel import Session, col, func, select, update

from companion.db.engine import Database
from companion.db.models import OutboxEntry, Ticket, TicketAttachment, TicketMessage, utcnow
from companion.tickets.desk import (
    Attachment,
    DeskConfigError,
    DeskError,
    DeskTicketRequest,
    ExternalIdNotStoredError,
    PermanentDeskError,
    RemoteTicketRef,
    SupportDesk,
    TransientDeskError,
    Urgency,
    find_or_create,
)
from companion.tickets.pull import REOPEN_WINDOW, PullMixin
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
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError)

log = logging.getLogger(__name__)

BASE_DELAY_S = 30.0
MAX_DELAY_S = 3600.0
MAX_TRANSIENT_IN_A_ROW = 3  # then stop this run: the desk is struggling, do not hammer it
IN_RUN_RETRIES = 3  # extra tries of one request within a run before it waits for backoff
IN_RUN_BASE_S = 0.5  # first in-run pause; doubles, with jitter (0.25-0.5, 0.5-1, 1-2 s)


def backoff_delay(attempts: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: random in [c/2, c] where c = base*2^(n-1), capped."""
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * (2 ** max(0, attempts - 1)))
    return (rng or random).uniform(ceiling / 2, ceiling)


@dataclass
class SyncReport:
    """What one sync run did; `remaining` counts tickets still queued afterwards.

    `busy` is True when another sync (another thread or process) held the lock, so this run
    did nothing. `config_error` (Norwegian) is set when the desk refused our address or
    credentials: nothing was marked failed, the user must fix the settings. `redacted` counts
    replies whose identity numbers were removed before storing.
    """

    sent: int = 0
    failed: int = 0
    retry_later: int = 0
    replies: int = 0
    remaining: int = 0
    online: bool = True
    busy: bool = False
    config_error: str = ""
    redacted: int = 0
    errors: list[str] = field(default_factory=list)
    new_replies: list[tuple[int, str]] = field(default_factory=list)  # (ticket id, subject)


ProgressFn = Callable[[int, int, str], None]


class SyncEngine(PullMixin):
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
            except _UNREADABLE as exc:  # an answer we could not read (a broken proxy, ...)
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
    def _due_entries(self, force: bool) -> list[int]:
        now = self.clock()
        with self.db.session() as s:
            query = (
                select(OutboxEntry.id)
                .where(OutboxEntry.done == False)  # noqa: E712
                .order_by(col(OutboxEntry.id))
            )
            if not force:
                query = query.where(OutboxEntry.next_attempt_at <= now)
            return [i for i in s.exec(query) if i is not None]

    def _request_for(
        self, ticket: Ticket, attachments: list[TicketAttachment]
    ) -> DeskTicketRequest:
        files = []
        for a in attachments:
            try:
                with open(a.stored_path, "rb") as fh:
                    files.append(Attachment(a.filename, a.mime_type, fh.read()))
            except OSError as exc:
                raise PermanentDeskError(
                    f"Vedlegget {a.filename} finnes ikke lenger ({exc.strerror}). Fjern det og send på nytt."
                ) from None
        try:
            return DeskTicketRequest(
                external_id=ticket.external_id,
                subject=ticket.subject,
                body=ticket.description or ticket.subject,
                queue=self.queue,
                urgency=Urgency(ticket.urgency),
                category=ticket.category,
                unit=ticket.unit,
                reporter_name=ticket.reporter_name,
                reporter_contact=ticket.reporter_contact,
                attachments=tuple(files),
                guide_id=ticket.guide_id,
            )
        except ValueError as exc:  # e.g. an empty subject or queue name: sending cannot work
            raise PermanentDeskError(f"Saken kan ikke sendes slik den er: {exc}") from None

    def _look_up_batch(self, due: list[int]) -> dict[str, RemoteTicketRef] | None:
        """Which due tickets the desk already has, in one query (None: ask per ticket)."""
        if not due:
            return {}
        with self.db.session() as s:
            ids = list(
                s.exec(
                    select(Ticket.external_id)
                    .join(OutboxEntry, col(OutboxEntry.ticket_id) == Ticket.id)
                    .where(col(OutboxEntry.id).in_(due))
                )
            )
        try:
            return self._attempt(lambda: self.desk.find_many_by_external_id(ids))
        except DeskError as exc:  # each ticket then searches before its create, as before
            if isinstance(exc, DeskConfigError) or getattr(exc, "unreachable", False):
                raise
            log.info("batch lookup failed (%s); searching per ticket", exc)
            return None

    def _push(
        self, entry_id: int, report: SyncReport, found: dict[str, RemoteTicketRef] | None = None
    ) -> bool:
        """Send one entry; False when the run must stop (desk unreachable or refusing us).

        `found`: the batch lookup's answer (external id -> ticket already on the desk), or
        None when it was not made; a ticket it did not list is created without another search
        (the lookup *was* the search), a retry searches again.
        """
        with self.db.session() as s:
            row = s.exec(
                select(OutboxEntry, Ticket)
                .join(Ticket, col(Ticket.id) == OutboxEntry.ticket_id)
                .where(OutboxEntry.id == entry_id)
            ).first()
            if row is None or row[0].done:  # done meanwhile, or the ticket (and entry) deleted
                return True
            entry, ticket = row
            ticket_id, reporter, created_at, sent_at = (
                entry.ticket_id,
                ticket.reporter_name,
                ticket.created_at,
                ticket.sent_at,
            )
            attachments = list(
                s.exec(select(TicketAttachment).where(TicketAttachment.ticket_id == ticket_id))
            )
            try:
                request = self._request_for(ticket, attachments)
            except PermanentDeskError as exc:
                self._fail(s, entry, ticket, exc, report)
                return True
        try:
            ref, created = self._send(request, found)
        except TransientDeskError as exc:
            self._retry_later(entry_id, exc, report)
            if exc.unreachable:
                report.online = False
            return not exc.unreachable
        except DeskConfigError as exc:  # every ticket would fail alike: keep them all queued
            report.errors.append(str(exc))
            report.config_error = exc.advice
            return False
        except (
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
        ) as exc:  # an answer we could not read
            log.exception("unexpected error while sending ticket %s", ticket_id)
            self._retry_later(
                entry_id,
                TransientDeskError(
                    f"Uventet svar fra brukerstøtte ({type(exc).__name__}); prøver igjen senere."
                ),
                report,
            )
            return True
        except PermanentDeskError as exc:
            with self.db.session() as s:
                failed_entry, failed_ticket = s.get(OutboxEntry, entry_id), s.get(Ticket, ticket_id)
                if failed_entry is not None and failed_ticket is not None:
                    self._fail(s, failed_entry, failed_ticket, exc, report)
            return True
        now = self.clock()
        with self.db.session() as s:  # plain UPDATEs: this runs once per ticket, keep it cheap
            s.exec(
                update(Ticket)
                .where(col(Ticket.id) == ticket_id)
                .values(
                    remote_id=ref.remote_id,
                    state=TicketState.SENDT,
                    sent_at=sent_at or now,
                    last_error="",
                    updated_at=now,
                )
            )
            s.exec(
                update(OutboxEntry)
                .where(col(OutboxEntry.id) == entry_id)
                .values(done=True, last_error="")
            )
            s.add(
                TicketMessage(
                    ticket_id=ticket_id,
                    direction="ut",
                    author=reporter or "Deg",
                    body=request.body,
                    created_at=created_at,
                )
            )
        self._sent_this_run.add(ticket_id)
        log.info("ticket %s %s as %s", ticket_id, "created" if created else "found", ref.remote_id)
        report.sent += 1
        return True

    def _send(
        self, request: DeskTicketRequest, found: dict[str, RemoteTicketRef] | None = None
    ) -> tuple[RemoteTicketRef, bool]:
        """`find_or_create`, plus recovery when the create lost a race for the external id.

        If another run created the ticket between our search and our create (or a slow,
        timed-out create finished meanwhile), the desk makes a second ticket that cannot hold
        the (unique) id. Then the id *is* on the desk: use that ticket, and leave a note on the
        stray one so the desk can close it.
        """
        searched = found is not None
        if found is not None and request.external_id in found:
            return found[request.external_id], False

        def once() -> tuple[RemoteTicketRef, bool]:
            nonlocal searched
            if searched:  # the batch lookup just said the desk has none: create
                searched = False
                return self.desk.create_ticket(request), True
            return find_or_create(self.desk, request)  # a retry: the create may have happened

        try:
            return self._attempt(once)
        except ExternalIdNotStoredError as exc:
            existing = self.desk.find_by_external_id(request.external_id)
            if existing is None or existing.remote_id == exc.remote_id:
                raise
            log.warning(
                "ticket %s was created twice; using %s, flagging %s",
                request.external_id,
                existing.remote_id,
                exc.remote_id,
            )
            try:
                self.desk.add_comment(
                    exc.remote_id,
                    f"Duplikat: Følgesvenn sendte denne saken to ganger. Den gjelder sak {existing.remote_id}, og denne kan avvises.",
                )
            except DeskError as note_error:
                log.warning("could not flag duplicate %s: %s", exc.remote_id, note_error)
            return existing, False

    def _retry_later(self, entry_id: int, exc: TransientDeskError, report: SyncReport) -> None:
        with self.db.session() as s:
            entry = s.get(OutboxEntry, entry_id)
            if entry is None:
                return
            entry.attempts += 1
            delay = (
                min(exc.retry_after, MAX_DELAY_S)
                if exc.retry_after
                else backoff_delay(entry.attempts)
            )
            entry.next_attempt_at = self.clock() + timedelta(seconds=delay)
            entry.last_error = str(exc)[:500]
            s.add(entry)
        report.retry_later += 1
        report.errors.append(str(exc))

    def _fail(
        self, s: Session, entry: OutboxEntry, ticket: Ticket, exc: DeskError, report: SyncReport
    ) -> None:
        entry.done, entry.last_error = True, str(exc)[:500]
        ticket.state = TicketState.FEILET
        prefix = "Brukerstøtte avviste saken" if exc.status is not None else "Saken kan ikke sendes"
        ticket.last_error = f"{prefix}: {exc.message}"[:500]
        if isinstance(exc, ExternalIdNotStoredError):
            ticket.remote_id = exc.remote_id
        ticket.updated_at = self.clock()
        s.add(entry)
        s.add(ticket)
        report.failed += 1
        report.errors.append(str(exc))

    def _queued_count(self) -> int:
        with self.db.session() as s:
            return int(
                s.exec(
                    select(func.count()).select_from(Ticket).where(Ticket.state == TicketState.I_KO)
                ).one()
            )
