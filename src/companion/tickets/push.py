"""The push half of a sync run: send queued tickets to the desk exactly once.

A mixin for `companion.tickets.sync.SyncEngine` (which supplies the attributes below). The
safety rules are listed in `companion.tickets.sync`.
"""

from __future__ import annotations

import logging
import random
from datetime import timedelta
from typing import TypeVar

from sqlmodel import Session, col, select, update

from companion.db.models import OutboxEntry, Ticket, TicketAttachment, TicketMessage
from companion.tickets.desk import (
    Attachment,
    DeskConfigError,
    DeskError,
    DeskTicketRequest,
    ExternalIdNotStoredError,
    PermanentDeskError,
    RemoteTicketRef,
    TransientDeskError,
    Urgency,
    find_or_create,
)
from companion.tickets.report import EngineParts, SyncReport
from companion.tickets.state import TicketState

__all__ = ["BASE_DELAY_S", "MAX_DELAY_S", "UNREADABLE_ANSWER", "PushMixin", "backoff_delay"]

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Errors meaning "an answer we could not read" (a broken proxy or plugin): retried like
#: transient errors, never crash a run.
UNREADABLE_ANSWER = (ValueError, TypeError, KeyError, AttributeError)
BASE_DELAY_S = 30.0
MAX_DELAY_S = 3600.0


def backoff_delay(attempts: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter: random in [c/2, c] where c = base*2^(n-1), capped."""
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * (2 ** max(0, attempts - 1)))
    return (rng or random).uniform(ceiling / 2, ceiling)


class PushMixin(EngineParts):
    """Push for `SyncEngine`: batch lookup, create (or find), mark sent, back off, fail."""

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
                    f"Vedlegget {a.filename} finnes ikke lenger ({exc.strerror}). Fjern det og "
                    "send på nytt."
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
        except (DeskError, *UNREADABLE_ANSWER) as exc:  # then each ticket searches first
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
                    "Duplikat: Følgesvenn sendte denne saken to ganger. Den gjelder "
                    f"sak {existing.remote_id}, og denne kan avvises.",
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
