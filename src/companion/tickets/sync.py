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
- A transient error (network, timeout, 5xx, 408, 429) schedules a retry with exponential
  backoff and jitter; a permanent error marks the ticket *Feilet* with the desk's message.
  Nothing is ever dropped: the ticket stays in the database in every case.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlmodel import Session, and_, col, func, select, update

from companion.core.filelock import FileLock
from companion.db.engine import Database
from companion.db.models import OutboxEntry, Ticket, TicketAttachment, TicketMessage, utcnow
from companion.tickets.desk import (
    Attachment,
    DeskError,
    DeskTicketRequest,
    ExternalIdNotStoredError,
    PermanentDeskError,
    RemoteTicketRef,
    SupportDesk,
    TicketStatus,
    TransientDeskError,
    find_or_create,
)

log = logging.getLogger(__name__)

BASE_DELAY_S = 30.0
MAX_DELAY_S = 3600.0
MAX_TRANSIENT_IN_A_ROW = 3  # then stop this run: the desk is struggling, do not hammer it
REOPEN_WINDOW = timedelta(days=14)  # keep pulling resolved tickets this long (desk may reopen)


def backoff_delay(attempts: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: random in [c/2, c] where c = base*2^(n-1), capped."""
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * (2 ** max(0, attempts - 1)))
    return (rng or random).uniform(ceiling / 2, ceiling)


@dataclass
class SyncReport:
    """What one sync run did; `remaining` counts tickets still queued afterwards.

    `busy` is True when another sync (another thread or process) held the lock, so this run
    did nothing.
    """

    sent: int = 0
    failed: int = 0
    retry_later: int = 0
    replies: int = 0
    remaining: int = 0
    online: bool = True
    busy: bool = False
    errors: list[str] = field(default_factory=list)
    new_replies: list[tuple[int, str]] = field(default_factory=list)  # (ticket id, subject)


ProgressFn = Callable[[int, int, str], None]


SyncLock = FileLock  # one sync per database; the lock itself lives in core


class SyncEngine:
    """One sync run = push due outbox entries, then pull updates for open tickets."""

    def __init__(
        self,
        database: Database,
        desk: SupportDesk,
        queue: str,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = database
        self.desk = desk
        self.queue = queue
        self.clock = clock
        self.lock = SyncLock(Path(f"{database.path}.sync.lock"))

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
        due = self._due_entries(force)
        open_tickets = self._open_tickets()
        total, done, in_a_row = len(due) + len(open_tickets), 0, 0
        for entry_id in due:
            if cancel_event is not None and cancel_event.is_set():
                return
            before = report.retry_later
            if not self._push(entry_id, report):
                return  # desk unreachable: stop hammering it, the rest stays queued
            in_a_row = in_a_row + 1 if report.retry_later > before else 0
            if in_a_row >= MAX_TRANSIENT_IN_A_ROW:
                return
            done += 1
            if progress:
                progress(done, total, "Sender saker")
        for ticket_id in open_tickets:
            if cancel_event is not None and cancel_event.is_set():
                return
            if not self._pull(ticket_id, report):
                return
            done += 1
            if progress:
                progress(done, total, "Henter svar")

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
                urgency=ticket.urgency,  # type: ignore[arg-type]
                category=ticket.category,
                unit=ticket.unit,
                reporter_name=ticket.reporter_name,
                reporter_contact=ticket.reporter_contact,
                attachments=tuple(files),
                guide_id=ticket.guide_id,
            )
        except ValueError as exc:  # e.g. an empty subject or queue name: sending cannot work
            raise PermanentDeskError(f"Saken kan ikke sendes slik den er: {exc}") from None

    def _push(self, entry_id: int, report: SyncReport) -> bool:
        """Send one entry; False when the desk is unreachable (stop this run)."""
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
            ref, created = self._send(request)
        except TransientDeskError as exc:
            self._retry_later(entry_id, exc, report)
            report.online = exc.status is not None
            return report.online
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
                    state="sendt",
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
        log.info("ticket %s %s as %s", ticket_id, "created" if created else "found", ref.remote_id)
        report.sent += 1
        return True

    def _send(self, request: DeskTicketRequest) -> tuple[RemoteTicketRef, bool]:
        """`find_or_create`, plus recovery when the create lost a race for the external id.

        If another run created the ticket between our search and our create (or a slow,
        timed-out create finished meanwhile), the desk makes a second ticket that cannot hold
        the (unique) id. Then the id *is* on the desk: use that ticket, and leave a note on the
        stray one so the desk can close it.
        """
        try:
            return find_or_create(self.desk, request)
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
        ticket.state = "feilet"
        prefix = "Brukerstøtte avviste saken" if exc.status is not None else "Saken kan ikke sendes"
        ticket.last_error = f"{prefix}: {exc.message}"[:500]
        if isinstance(exc, ExternalIdNotStoredError):
            ticket.remote_id = exc.remote_id
        ticket.updated_at = self.clock()
        s.add(entry)
        s.add(ticket)
        report.failed += 1
        report.errors.append(str(exc))

    # pull -------------------------------------------------------------------------------------
    def _open_tickets(self) -> list[int]:
        """Sent tickets, plus recently resolved ones (the desk may reopen them)."""
        since = self.clock() - REOPEN_WINDOW
        with self.db.session() as s:
            is_open = col(Ticket.state).in_(("sendt", "besvart"))
            recently_resolved = and_(col(Ticket.state) == "løst", col(Ticket.resolved_at) >= since)
            query = (
                select(Ticket.id)
                .where(is_open | recently_resolved, Ticket.remote_id != "")
                .order_by(col(Ticket.id))
            )
            return [i for i in s.exec(query) if i is not None]

    def _pull(self, ticket_id: int, report: SyncReport) -> bool:
        """Store new replies and the status of one ticket; False when the desk is unreachable."""
        with self.db.session() as s:
            ticket = s.get(Ticket, ticket_id)
            if ticket is None:
                return True
            remote_id, since = ticket.remote_id, ticket.last_transaction or None
        try:
            update = self.desk.fetch_updates(remote_id, since)
        except DeskError as exc:
            report.errors.append(str(exc))
            if isinstance(exc, TransientDeskError) and exc.status is None:
                report.online = False
                return False
            return True
        except (
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
        ) as exc:  # one odd ticket must not stop the rest
            log.exception("unexpected error while fetching updates for ticket %s", ticket_id)
            report.errors.append(
                f"Sak {ticket_id}: uventet svar fra brukerstøtte ({type(exc).__name__})"
            )
            return True
        with self.db.session() as s:
            ticket = s.get(Ticket, ticket_id)
            if ticket is None:
                return True
            known = set(
                s.exec(
                    select(TicketMessage.remote_transaction).where(
                        TicketMessage.ticket_id == ticket_id
                    )
                )
            )
            fresh = [m for m in update.messages if m.transaction_id not in known]
            for m in fresh:
                s.add(
                    TicketMessage(
                        ticket_id=ticket_id,
                        remote_transaction=m.transaction_id,
                        author=m.author,
                        direction="inn",
                        body=m.text,
                        created_at=m.created,
                    )
                )
            now, before = self.clock(), ticket.state
            if fresh:
                ticket.first_reply_at = ticket.first_reply_at or min(m.created for m in fresh)
                report.replies += len(fresh)
                report.new_replies.append((ticket_id, ticket.subject))
            ticket.remote_status = update.remote_status
            if update.last_transaction:
                ticket.last_transaction = max(ticket.last_transaction, update.last_transaction)
            if update.status.is_closed and update.status is not TicketStatus.DELETED:
                ticket.state = "løst"
                ticket.resolved_at = ticket.resolved_at or now
            elif update.status is not TicketStatus.DELETED:  # open again, or still open
                ticket.state = "besvart" if ticket.first_reply_at is not None else "sendt"
                ticket.resolved_at = None
            if fresh or ticket.state != before:
                ticket.updated_at = now
            s.add(ticket)
        return True

    def _queued_count(self) -> int:
        with self.db.session() as s:
            return int(
                s.exec(select(func.count()).select_from(Ticket).where(Ticket.state == "i_kø")).one()
            )
