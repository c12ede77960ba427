"""The pull half of a sync run: ask the desk once what changed, fetch only those, store safely.

* **Delta pull.** One query per run (`SupportDesk.changed_since`) lists the queue's tickets
  updated after the cursor; only those (and tickets never pulled) get their history fetched.
  The cursor is the desk's own clock at that query (no local clock skew), stored in the
  ``preference`` table per desk address and queue, minus a few seconds of overlap on use.
  A ticket listed again with the change time we already pulled (``ticket.remote_updated``)
  is not fetched again — only when that time lies a whole second before the query (desks
  keep whole seconds: a later change in the same second would look the same) — and replies
  are de-duplicated by transaction id, so the overlap costs nothing. The cursor only moves
  when every pull of the run worked, so nothing is skipped.
* **Inbound redaction.** Everything from the desk (reply text, author, status word) passes
  the identity-number guard before it is stored; a message that lost a number is flagged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from sqlmodel import and_, col, select

from companion.core.idguard import redact
from companion.db.models import Preference, Ticket, TicketMessage
from companion.tickets.desk import (
    DeskConfigError,
    DeskError,
    DeskMessage,
    DeskUpdate,
    TicketStatus,
    TransientDeskError,
)
from companion.tickets.report import EngineParts, SyncReport
from companion.tickets.state import OPEN_STATES, TicketState

log = logging.getLogger(__name__)

T = TypeVar("T")

REOPEN_WINDOW = timedelta(days=14)  # keep pulling resolved tickets this long (desk may reopen)
CURSOR_OVERLAP = timedelta(seconds=5)  # re-ask a few seconds back: clocks tick in seconds
CURSOR_KEY = "tickets.pull_cursor"
SETTLED = timedelta(seconds=1)  # a change time this far before the query cannot recur
FAILED_PULLS_IN_A_ROW = 3  # then stop the run: the desk is struggling

__all__ = ["CURSOR_KEY", "CURSOR_OVERLAP", "REOPEN_WINDOW", "PullMixin", "guard_reply"]


@dataclass(frozen=True)
class _OpenTicket:
    id: int
    remote_id: str
    pulled_before: bool
    remote_updated: str
    sent_at: datetime | None


def _needs_fetch(ticket: _OpenTicket, stamps: dict[str, str]) -> bool:
    """Never pulled, or listed as changed at a time other than the settled one we pulled."""
    if not ticket.pulled_before:
        return True
    if ticket.remote_id not in stamps:
        return False
    stamp = stamps[ticket.remote_id]
    return not stamp or stamp != ticket.remote_updated


def guard_reply(message: DeskMessage) -> tuple[str, str, bool]:
    """``(author, text, redacted)`` with identity numbers replaced before anything is stored."""
    author, text = redact(message.author), redact(message.text)
    return author, text, (author, text) != (message.author, message.text)


class PullMixin(EngineParts):
    """Pull for `companion.tickets.sync.SyncEngine`."""

    def _pull_changed(
        self,
        report: SyncReport,
        progress: Callable[[int, int, str], None] | None,
        cancel_event: threading.Event | None,
    ) -> None:
        plan = self._due_for_pull(report)
        if plan is None:
            return
        due, cursor = plan
        complete, in_a_row = True, 0
        for done, (ticket_id, stamp) in enumerate(due.items(), start=1):
            if cancel_event is not None and cancel_event.is_set():
                return
            result = self._pull(ticket_id, stamp, report)
            if result is None:
                return
            complete = complete and result
            in_a_row = 0 if result else in_a_row + 1
            if in_a_row >= FAILED_PULLS_IN_A_ROW:  # failed again and again despite retries
                report.online = False
                return
            if progress:
                progress(done, len(due), "Henter svar")
        if complete and cursor is not None:
            self._save_cursor(cursor)

    # cursor ---------------------------------------------------------------------------------
    def _cursor_key(self) -> str:
        return f"{CURSOR_KEY}:{getattr(self.desk, 'url', '')}:{self.queue}"

    def pull_cursor(self) -> datetime | None:
        """The desk time of the last complete pull (None: never)."""
        with self.db.session() as s:
            row = s.get(Preference, self._cursor_key())
            if row is None or not row.value:
                return None
            try:
                return datetime.fromisoformat(row.value)
            except ValueError:
                return None

    def _save_cursor(self, when: datetime) -> None:
        with self.db.session() as s:
            row = s.get(Preference, self._cursor_key()) or Preference(key=self._cursor_key())
            row.value, row.updated_at = when.isoformat(), self.clock()
            s.add(row)

    # the run --------------------------------------------------------------------------------
    def _open_tickets(self) -> list[_OpenTicket]:
        """Sent tickets, plus recently resolved ones (the desk may reopen them)."""
        since = self.clock() - REOPEN_WINDOW
        with self.db.session() as s:
            is_open = col(Ticket.state).in_([str(state) for state in OPEN_STATES])
            recently_resolved = and_(
                col(Ticket.state) == TicketState.LOST, col(Ticket.resolved_at) >= since
            )
            query = (
                select(Ticket)
                .where(is_open | recently_resolved, Ticket.remote_id != "")
                .order_by(col(Ticket.id))
            )
            return [
                _OpenTicket(t.id, t.remote_id, bool(t.remote_status), t.remote_updated, t.sent_at)
                for t in s.exec(query)
                if t.id is not None
            ]

    def _due_for_pull(self, report: SyncReport) -> tuple[dict[int, str], datetime | None] | None:
        """Tickets to fetch (id -> desk change stamp, "" unknown) and the cursor to store after.

        None when the run must stop.
        """
        # Tickets sent in this very run have nothing to pull yet; next run pulls them (never
        # pulled before), whatever the cursor says.
        open_tickets = [t for t in self._open_tickets() if t.id not in self._sent_this_run]
        if not open_tickets:
            return {}, None
        cursor = self.pull_cursor()
        # First pull: from the oldest send on, so the listing gives every ticket its stamp.
        first = min((t.sent_at for t in open_tickets if t.sent_at), default=None)
        since = (cursor or first or self.clock()) - CURSOR_OVERLAP
        try:
            changes = self._attempt(lambda: self.desk.changed_since(self.queue, since))
        except DeskError as exc:  # e.g. a desk that refuses the query: poll each ticket instead
            every = {t.id: "" for t in open_tickets}
            return None if self._stop_for(exc, report) else (every, None)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # an unreadable answer
            log.warning("delta query answer unreadable (%s); polling each ticket", exc)
            return {t.id: "" for t in open_tickets}, None
        stamps = {
            remote: when.isoformat() if when and when <= changes.server_time - SETTLED else ""
            for remote, when in changes.updated.items()
        }
        if cursor is None:  # first pull against this desk: look at every open ticket once
            return {t.id: stamps.get(t.remote_id, "") for t in open_tickets}, changes.server_time
        due = {t.id: stamps.get(t.remote_id, "") for t in open_tickets if _needs_fetch(t, stamps)}
        return due, changes.server_time

    def _stop_for(self, exc: DeskError, report: SyncReport) -> bool:
        """Record a pull error; True when the whole run must stop (desk away or refusing us)."""
        report.errors.append(str(exc))
        if isinstance(exc, DeskConfigError):
            report.config_error = exc.advice
            return True
        if isinstance(exc, TransientDeskError) and exc.unreachable:
            report.online = False
            return True
        return False

    def _pull(self, ticket_id: int, stamp: str, report: SyncReport) -> bool | None:
        """Store one ticket's new replies and status: True ok, False failed, None stop the run."""
        with self.db.session() as s:
            ticket = s.get(Ticket, ticket_id)
            if ticket is None:
                return True
            remote_id, since = ticket.remote_id, ticket.last_transaction or None
        try:
            update = self._attempt(lambda: self.desk.fetch_updates(remote_id, since))
        except DeskError as exc:
            if isinstance(exc, DeskConfigError) and exc.status == 403:  # this ticket is hidden
                report.errors.append(str(exc))
                return False
            if self._stop_for(exc, report):
                return None
            return exc.status == 404  # gone from the desk: nothing to pull, now or later
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # one odd ticket
            log.exception("unexpected error while fetching updates for ticket %s", ticket_id)
            report.errors.append(
                f"Sak {ticket_id}: uventet svar fra brukerstøtte ({type(exc).__name__})"
            )
            return False
        self._store_update(ticket_id, update, stamp, report)
        return True

    def _store_update(
        self, ticket_id: int, update: DeskUpdate, stamp: str, report: SyncReport
    ) -> None:
        with self.db.session() as s:
            ticket = s.get(Ticket, ticket_id)
            if ticket is None:
                return
            known = set(
                s.exec(
                    select(TicketMessage.remote_transaction).where(
                        TicketMessage.ticket_id == ticket_id
                    )
                )
            )
            fresh = [m for m in update.messages if m.transaction_id not in known]
            for m in fresh:
                author, text, redacted = guard_reply(m)
                s.add(
                    TicketMessage(
                        ticket_id=ticket_id,
                        remote_transaction=m.transaction_id,
                        author=author,
                        direction="inn",
                        body=text,
                        created_at=m.created,
                        redacted=redacted,
                    )
                )
                report.redacted += int(redacted)
            now, before = self.clock(), ticket.state
            if fresh:
                ticket.first_reply_at = ticket.first_reply_at or min(m.created for m in fresh)
                report.replies += len(fresh)
                report.new_replies.append((ticket_id, ticket.subject))
            ticket.remote_status = redact(update.remote_status)
            ticket.remote_updated = stamp  # "": not settled, fetch again when listed
            if update.last_transaction:
                ticket.last_transaction = max(ticket.last_transaction, update.last_transaction)
            if update.status.is_closed and update.status is not TicketStatus.DELETED:
                ticket.state = TicketState.LOST
                ticket.resolved_at = ticket.resolved_at or now
            elif update.status is not TicketStatus.DELETED:  # open again, or still open
                replied = ticket.first_reply_at is not None
                ticket.state = TicketState.BESVART if replied else TicketState.SENDT
                ticket.resolved_at = None
            if fresh or ticket.state != before:
                ticket.updated_at = now
            s.add(ticket)
