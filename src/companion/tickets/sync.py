"""The sync engine: push the outbox to the support desk, pull replies back.

Safety rules (each one is tested against a real Request Tracker):
- Before every create we search the desk for the ticket's external id (`find_or_create`), so
  a create whose answer was lost (timeout, cut connection, app killed) is found, not repeated.
- The local commit that marks a ticket as sent happens only after the desk confirmed it.
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

from sqlmodel import col, select

from companion.db.engine import Database
from companion.db.models import OutboxEntry, Ticket, TicketAttachment, TicketMessage, utcnow
from companion.tickets.desk import (
    Attachment,
    DeskError,
    DeskTicketRequest,
    PermanentDeskError,
    SupportDesk,
    TicketStatus,
    TransientDeskError,
    find_or_create,
)

log = logging.getLogger(__name__)

BASE_DELAY_S = 30.0
MAX_DELAY_S = 3600.0


def backoff_delay(attempts: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter: random in [base*2^(n-1)/2, base*2^(n-1)], capped."""
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * (2 ** max(0, attempts - 1)))
    return (rng or random).uniform(ceiling / 2, ceiling)


@dataclass
class SyncReport:
    """What one sync run did; `remaining` counts tickets still queued afterwards."""

    sent: int = 0
    failed: int = 0
    retry_later: int = 0
    replies: int = 0
    remaining: int = 0
    online: bool = True
    errors: list[str] = field(default_factory=list)
    new_replies: list[tuple[int, str]] = field(default_factory=list)  # (ticket id, subject)


ProgressFn = Callable[[int, int, str], None]


class SyncEngine:
    """One sync run = push due outbox entries, then pull updates for open tickets."""

    def __init__(self, database: Database, desk: SupportDesk, queue: str, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = database
        self.desk = desk
        self.queue = queue
        self.clock = clock

    def sync(self, progress: ProgressFn | None = None, cancel_event: threading.Event | None = None, force: bool = False) -> SyncReport:
        report = SyncReport()
        due = self._due_entries(force)
        open_tickets = self._open_tickets()
        total = len(due) + len(open_tickets)
        done = 0
        for entry_id in due:
            if cancel_event is not None and cancel_event.is_set():
                break
            if not self._push(entry_id, report):
                break  # desk unreachable: stop hammering it, the rest stays queued
            done += 1
            if progress:
                progress(done, total, "Sender saker")
        if report.online:
            for ticket_id in open_tickets:
                if cancel_event is not None and cancel_event.is_set():
                    break
                self._pull(ticket_id, report)
                done += 1
                if progress:
                    progress(done, total, "Henter svar")
        report.remaining = self._queued_count()
        return report

    # push -------------------------------------------------------------------------------------
    def _due_entries(self, force: bool) -> list[int]:
        now = self.clock()
        with self.db.session() as s:
            query = select(OutboxEntry.id).where(OutboxEntry.done == False).order_by(col(OutboxEntry.id))  # noqa: E712
            if not force:
                query = query.where(OutboxEntry.next_attempt_at <= now)
            return [i for i in s.exec(query) if i is not None]

    def _request_for(self, ticket: Ticket, attachments: list[TicketAttachment]) -> DeskTicketRequest:
        files = []
        for a in attachments:
            try:
                with open(a.stored_path, "rb") as fh:
                    files.append(Attachment(a.filename, a.mime_type, fh.read()))
            except OSError as exc:
                raise PermanentDeskError(f"Vedlegget {a.filename} finnes ikke lenger ({exc.strerror}). Fjern det og send på nytt.") from None
        body = ticket.description or ticket.subject
        return DeskTicketRequest(
            external_id=ticket.external_id, subject=ticket.subject, body=body, queue=self.queue,
            urgency=ticket.urgency, category=ticket.category, unit=ticket.unit,  # type: ignore[arg-type]
            reporter_name=ticket.reporter_name, reporter_contact=ticket.reporter_contact,
            attachments=tuple(files), guide_id=ticket.guide_id,
        )

    def _push(self, entry_id: int, report: SyncReport) -> bool:
        """Send one entry; False when the desk is unreachable (stop this run)."""
        with self.db.session() as s:
            entry = s.get(OutboxEntry, entry_id)
            if entry is None or entry.done:
                return True
            ticket = s.get(Ticket, entry.ticket_id)
            if ticket is None:
                entry.done = True
                s.add(entry)
                return True
            attachments = list(s.exec(select(TicketAttachment).where(TicketAttachment.ticket_id == ticket.id)))
            try:
                request = self._request_for(ticket, attachments)
            except PermanentDeskError as exc:
                self._fail(s, entry, ticket, exc, report)
                return True
        try:
            ref, created = find_or_create(self.desk, request)
        except TransientDeskError as exc:
            self._retry_later(entry_id, exc, report)
            report.online = exc.status is not None
            return report.online
        except PermanentDeskError as exc:
            with self.db.session() as s:
                entry, ticket = s.get(OutboxEntry, entry_id), s.get(Ticket, request_ticket_id(s, entry_id))
                if entry is not None and ticket is not None:
                    self._fail(s, entry, ticket, exc, report)
            return True
        with self.db.session() as s:
            entry = s.get(OutboxEntry, entry_id)
            assert entry is not None
            ticket = s.get(Ticket, entry.ticket_id)
            assert ticket is not None
            now = self.clock()
            ticket.remote_id, ticket.state = ref.remote_id, "sendt"
            ticket.sent_at = ticket.sent_at or now
            ticket.last_error, ticket.updated_at = "", now
            entry.done, entry.last_error = True, ""
            s.add(ticket)
            s.add(entry)
            s.add(TicketMessage(ticket_id=entry.ticket_id, direction="ut", author=ticket.reporter_name or "Deg", body=request.body, created_at=ticket.created_at))
        log.info("ticket %s %s as %s", entry.ticket_id, "created" if created else "found", ref.remote_id)
        report.sent += 1
        return True

    def _retry_later(self, entry_id: int, exc: TransientDeskError, report: SyncReport) -> None:
        with self.db.session() as s:
            entry = s.get(OutboxEntry, entry_id)
            if entry is None:
                return
            entry.attempts += 1
            delay = exc.retry_after if exc.retry_after else backoff_delay(entry.attempts)
            entry.next_attempt_at = self.clock() + timedelta(seconds=delay)
            entry.last_error = str(exc)[:500]
            s.add(entry)
        report.retry_later += 1
        report.errors.append(str(exc))

    def _fail(self, s: object, entry: OutboxEntry, ticket: Ticket, exc: DeskError, report: SyncReport) -> None:
        from sqlmodel import Session

        assert isinstance(s, Session)
        entry.done, entry.last_error = True, str(exc)[:500]
        ticket.state = "feilet"
        ticket.last_error = f"Brukerstøtte avviste saken: {exc.message}"[:500]
        if getattr(exc, "remote_id", None):
            ticket.remote_id = str(getattr(exc, "remote_id", ""))
        ticket.updated_at = self.clock()
        s.add(entry)
        s.add(ticket)
        report.failed += 1
        report.errors.append(str(exc))

    # pull -------------------------------------------------------------------------------------
    def _open_tickets(self) -> list[int]:
        with self.db.session() as s:
            query = select(Ticket.id).where(col(Ticket.state).in_(("sendt", "besvart")), Ticket.remote_id != "")
            return [i for i in s.exec(query) if i is not None]

    def _pull(self, ticket_id: int, report: SyncReport) -> None:
        with self.db.session() as s:
            ticket = s.get(Ticket, ticket_id)
            if ticket is None:
                return
            remote_id, since = ticket.remote_id, ticket.last_transaction or None
        try:
            update = self.desk.fetch_updates(remote_id, since)
        except DeskError as exc:
            report.errors.append(str(exc))
            return
        with self.db.session() as s:
            ticket = s.get(Ticket, ticket_id)
            assert ticket is not None
            known = set(s.exec(select(TicketMessage.remote_transaction).where(TicketMessage.ticket_id == ticket_id)))
            fresh = [m for m in update.messages if m.transaction_id not in known]
            for m in fresh:
                s.add(TicketMessage(ticket_id=ticket_id, remote_transaction=m.transaction_id, author=m.author, direction="inn", body=m.text, created_at=m.created))
            now = self.clock()
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
            elif ticket.first_reply_at is not None:
                ticket.state = "besvart"
            if fresh or ticket.state != "sendt":
                ticket.updated_at = now
            s.add(ticket)

    def _queued_count(self) -> int:
        with self.db.session() as s:
            return len(list(s.exec(select(Ticket.id).where(Ticket.state == "i_kø"))))


def request_ticket_id(s: object, entry_id: int) -> int:
    from sqlmodel import Session

    assert isinstance(s, Session)
    entry = s.get(OutboxEntry, entry_id)
    return entry.ticket_id if entry is not None else -1
