"""The support desk interface the offline ticket queue syncs through.

Plain Python (no Qt, no HTTP): the sync engine talks to a `SupportDesk`, and each desk product
(Request Tracker today, see `companion.tickets.rt`) has an adapter implementing it. See
docs/support-desk.md.

Idempotency: desks do not deduplicate creates for us. Every ticket carries Følgesvenn's own
UUID (`external_id`) in a field on the desk, and the sync **searches for it before every
create** (`find_or_create`). A create that timed out may still have happened; the next attempt
then finds the ticket instead of making a second one.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, Protocol, runtime_checkable

__all__ = [
    "Attachment",
    "DeskChanges",
    "DeskConfigError",
    "DeskError",
    "DeskMessage",
    "DeskTicketRequest",
    "DeskUpdate",
    "ExternalIdNotStoredError",
    "PermanentDeskError",
    "RemoteTicketRef",
    "SupportDesk",
    "TicketStatus",
    "TransientDeskError",
    "Urgency",
    "find_or_create",
    "validate_external_id",
]


class Urgency(enum.StrEnum):
    """How urgent the reporter says the problem is (stored in Norwegian, as in the database)."""

    LAV = "lav"
    NORMAL = "normal"
    HOY = "høy"
    KRITISK = "kritisk"


class TicketStatus(enum.StrEnum):
    """Desk-neutral ticket status; adapters map their own statuses onto these."""

    NEW = "new"
    OPEN = "open"
    WAITING = "waiting"  # RT "stalled", TOPdesk "waiting for user", ...
    RESOLVED = "resolved"
    REJECTED = "rejected"
    DELETED = "deleted"
    UNKNOWN = "unknown"  # a status the adapter does not know (custom lifecycle)

    @property
    def is_closed(self) -> bool:
        return self in (TicketStatus.RESOLVED, TicketStatus.REJECTED, TicketStatus.DELETED)


class Attachment(NamedTuple):
    """A file sent with a new ticket. Plain ``(filename, mime_type, content)`` tuples work too."""

    filename: str
    mime_type: str
    content: bytes


def validate_external_id(external_id: str) -> str:
    """Return `external_id` if it is a UUID in canonical form (lower-case, with dashes).

    Canonical form matters: the adapters search the desk for this exact string, and it also
    guarantees the value can be embedded in a query language (TicketSQL, ...) safely.
    """
    try:
        canonical = str(uuid.UUID(external_id))
    except (ValueError, TypeError, AttributeError):
        raise ValueError(f"external_id must be a UUID, got {external_id!r}") from None
    if canonical != external_id:
        raise ValueError(f"external_id must be a lower-case UUID with dashes, got {external_id!r}")
    return external_id


@dataclass(frozen=True)
class DeskTicketRequest:
    """Everything needed to open a ticket on the desk."""

    external_id: str  # Følgesvenn's UUID for the ticket: the idempotency key
    subject: str
    body: str
    queue: str
    urgency: Urgency = Urgency.NORMAL
    category: str = "annet"
    unit: str = ""  # the reporter's ward / unit
    reporter_name: str = ""
    reporter_contact: str = ""  # phone, e-mail or "calling number"; free text
    attachments: tuple[Attachment, ...] = ()
    guide_id: str = ""  # the guide the user was following, if any

    def __post_init__(self) -> None:
        validate_external_id(self.external_id)
        if not self.subject.strip():
            raise ValueError("subject must not be empty")
        if not self.queue.strip():
            raise ValueError("queue must not be empty")
        # Accept plain strings ("høy") and lists of plain tuples; store the typed forms.
        object.__setattr__(self, "urgency", Urgency(self.urgency))
        attachments = tuple(Attachment(*a) for a in self.attachments)
        for att in attachments:
            if not att.filename or not isinstance(att.content, bytes):
                raise ValueError(f"bad attachment {att.filename!r}: needs a name and bytes")
        object.__setattr__(self, "attachments", attachments)


@dataclass(frozen=True)
class RemoteTicketRef:
    """A ticket on the desk: its id there, and a link a person can open in a browser."""

    remote_id: str
    web_url: str = ""


@dataclass(frozen=True)
class DeskMessage:
    """A reply from the desk to the reporter (RT: a *Correspond* transaction)."""

    transaction_id: int  # increasing; use the highest seen as the next `since_transaction`
    author: str  # display name, falling back to the user name
    created: datetime  # timezone-aware, UTC
    text: str


@dataclass(frozen=True)
class DeskUpdate:
    """What changed on a ticket since the last poll."""

    remote_id: str
    status: TicketStatus
    remote_status: str  # the desk's own status word, e.g. "stalled"
    messages: tuple[DeskMessage, ...] = ()
    # Highest transaction id covered by this update: pass it back as `since_transaction`.
    # Equals the `since_transaction` given when there is nothing new.
    last_transaction: int | None = None


class DeskError(Exception):
    """Talking to the desk failed. `status` is the HTTP status, or None (no HTTP answer)."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def __str__(self) -> str:
        return f"HTTP {self.status}: {self.message}" if self.status is not None else self.message


class TransientDeskError(DeskError):
    """Try again later: network error, timeout, HTTP 5xx, 408 or 429.

    `unreachable` is True when retrying now is pointless (connection refused, DNS failure,
    the overall deadline of a request ran out): the sync stops its run at once.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        unreachable: bool = False,
    ) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after  # seconds, from a Retry-After header, if any
        self.unreachable = unreachable


class PermanentDeskError(DeskError):
    """Retrying the same request will not help (other 4xx, bad configuration).

    `message` carries the desk's own explanation where it gave one.
    """


class DeskConfigError(PermanentDeskError):
    """The desk refuses *us*, not a ticket: wrong address (redirect), expired token, no rights.

    Every ticket would fail the same way, so none is marked failed: they stay queued, the
    sync stops, and the user is told what to fix (`advice`, Norwegian).
    """

    def __init__(self, message: str, *, advice: str, status: int | None = None) -> None:
        super().__init__(message, status=status)
        self.advice = advice


class ExternalIdNotStoredError(PermanentDeskError):
    """The desk created a ticket but did not store our external id on it.

    The ticket exists (`remote_id`) but cannot be found again by external id, so a retry would
    create yet another one. Usually a desk configuration problem (field missing, not applied
    to the queue, not writable by the service user, or the value already used by a deleted
    ticket). Needs a person: do not retry automatically.
    """

    def __init__(self, message: str, *, remote_id: str, status: int | None = None) -> None:
        super().__init__(message, status=status)
        self.remote_id = remote_id


@dataclass(frozen=True)
class DeskChanges:
    """Tickets in a queue changed after a moment, from one query (the delta pull).

    `updated` maps remote id -> when the desk last changed it (UTC; None if unreadable).
    `server_time` is the desk's clock when it answered (UTC): the next cursor, so local
    clock skew cannot skip changes.
    """

    updated: dict[str, datetime | None]
    server_time: datetime


@runtime_checkable
class SupportDesk(Protocol):
    """A support desk (ticket system) that Følgesvenn's outbox syncs to.

    All methods may raise `TransientDeskError` (retry later) or `PermanentDeskError` (give up
    and show the message). They block; call them from a worker thread, never the GUI thread.
    """

    def create_ticket(self, req: DeskTicketRequest) -> RemoteTicketRef:
        """Create a ticket carrying `req.external_id` and confirm the desk stored it.

        Not idempotent on any desk we know: call `find_by_external_id` first (or use
        `find_or_create`).
        """
        ...

    def find_by_external_id(self, external_id: str) -> RemoteTicketRef | None:
        """The ticket carrying `external_id`, or None if the desk has none."""
        ...

    def find_many_by_external_id(self, external_ids: list[str]) -> dict[str, RemoteTicketRef]:
        """The tickets carrying any of `external_ids` (few requests): external id -> ticket."""
        ...

    def changed_since(self, queue: str, since: datetime) -> DeskChanges:
        """Tickets in `queue` updated after `since` (UTC), with their change stamps: one query."""
        ...

    def add_comment(self, remote_id: str, text: str) -> None:
        """Add more information from the reporter to an existing ticket."""
        ...

    def fetch_updates(self, remote_id: str, since_transaction: int | None) -> DeskUpdate:
        """Current status plus the desk's replies newer than `since_transaction` (None: all)."""
        ...

    def ping(self) -> bool:
        """True if the desk answers and accepts our credentials; False if unreachable."""
        ...


def find_or_create(desk: SupportDesk, req: DeskTicketRequest) -> tuple[RemoteTicketRef, bool]:
    """Return ``(ticket, created)``: the existing ticket for `req.external_id`, else a new one.

    This is the only safe way to (re)send a create: a previous attempt may have reached the
    desk even though we never saw the answer.
    """
    existing = desk.find_by_external_id(req.external_id)
    if existing is not None:
        return existing, False
    return desk.create_ticket(req), True
