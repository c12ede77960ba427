"""An in-memory support desk for fast sync unit tests (beside the real-RT tests, never instead).

Implements the same `SupportDesk` protocol as `companion.tickets.rt.RTDesk`, with RT's
semantics where the engine relies on them: creates are not idempotent, every change bumps the
ticket's change stamp, `changed_since` lists tickets changed after a moment, replies carry
increasing transaction ids. `calls` counts every method call (one call ~ one HTTP request for
the cheap ones), and `fail(method, error, times)` makes the next calls raise.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from companion.tickets.desk import (
    DeskChanges,
    DeskMessage,
    DeskTicketRequest,
    DeskUpdate,
    PermanentDeskError,
    RemoteTicketRef,
    TicketStatus,
)

__all__ = ["FakeDesk"]


@dataclass
class _FakeTicket:
    remote_id: str
    request: DeskTicketRequest
    status: str = "new"
    updated: datetime = field(default_factory=lambda: datetime.now(UTC))
    messages: list[DeskMessage] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


class FakeDesk:
    """A desk in memory; its clock (`now`) moves one second per request and per change."""

    url = "fake://desk"

    def __init__(self) -> None:
        self.tickets: dict[str, _FakeTicket] = {}
        self.calls: Counter[str] = Counter()
        self.now = datetime.now(UTC).replace(microsecond=0)
        self._ids = itertools.count(1)
        self._txns = itertools.count(1000)
        self._failures: list[tuple[str, Exception, int]] = []

    # -- test controls --------------------------------------------------------------------
    def fail(self, method: str, error: Exception, times: int = 1) -> None:
        """The next `times` calls of `method` raise `error`."""
        self._failures.append((method, error, times))

    def reply(self, remote_id: str, text: str, author: str = "Enoch Root") -> None:
        """The desk staff answer the reporter."""
        ticket = self.tickets[remote_id]
        txn = DeskMessage(next(self._txns), author, self._tick(), text)
        ticket.messages.append(txn)
        ticket.status, ticket.updated = "open", self.now

    def set_status(self, remote_id: str, status: str) -> None:
        ticket = self.tickets[remote_id]
        ticket.status, ticket.updated = status, self._tick()

    def total_calls(self) -> int:
        return sum(self.calls.values())

    # -- SupportDesk ----------------------------------------------------------------------
    def create_ticket(self, req: DeskTicketRequest) -> RemoteTicketRef:
        self._enter("create_ticket")
        remote_id = str(next(self._ids))
        self.tickets[remote_id] = _FakeTicket(remote_id, req, updated=self._tick())
        return RemoteTicketRef(remote_id)

    def find_by_external_id(self, external_id: str) -> RemoteTicketRef | None:
        self._enter("find_by_external_id")
        return self._find(external_id)

    def find_many_by_external_id(self, external_ids: list[str]) -> dict[str, RemoteTicketRef]:
        self._enter("find_many_by_external_id")
        found = {e: self._find(e) for e in external_ids}
        return {e: ref for e, ref in found.items() if ref is not None}

    def changed_since(self, queue: str, since: datetime) -> DeskChanges:
        self._enter("changed_since")
        updated: dict[str, datetime | None] = {
            t.remote_id: t.updated
            for t in self.tickets.values()
            if t.request.queue == queue and t.updated > since
        }
        return DeskChanges(updated, self.now)

    def add_comment(self, remote_id: str, text: str) -> None:
        self._enter("add_comment")
        self._ticket(remote_id).comments.append(text)

    def fetch_updates(self, remote_id: str, since_transaction: int | None) -> DeskUpdate:
        self._enter("fetch_updates")
        ticket = self._ticket(remote_id)
        since = since_transaction or 0
        messages = tuple(m for m in ticket.messages if m.transaction_id > since)
        last = max([m.transaction_id for m in messages], default=since_transaction)
        status = {
            "new": TicketStatus.NEW,
            "open": TicketStatus.OPEN,
            "stalled": TicketStatus.WAITING,
            "resolved": TicketStatus.RESOLVED,
        }.get(ticket.status, TicketStatus.UNKNOWN)
        return DeskUpdate(remote_id, status, ticket.status, messages, last)

    def ping(self) -> bool:
        self._enter("ping")
        return True

    # -- helpers --------------------------------------------------------------------------
    def _enter(self, method: str) -> None:
        self._tick()  # a real desk's clock moves between requests too
        self.calls[method] += 1
        for i, (name, error, times) in enumerate(self._failures):
            if name == method and times > 0:
                self._failures[i] = (name, error, times - 1)
                raise error

    def _tick(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now

    def _find(self, external_id: str) -> RemoteTicketRef | None:
        for ticket in self.tickets.values():
            if ticket.request.external_id == external_id:
                return RemoteTicketRef(ticket.remote_id)
        return None

    def _ticket(self, remote_id: str) -> _FakeTicket:
        try:
            return self.tickets[remote_id]
        except KeyError:
            raise PermanentDeskError("no such ticket", status=404) from None
