"""Ticket domain types the UI and CLI see (plain dataclasses, never live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from companion.tickets.state import TicketState

#: State value -> Norwegian label, in life-cycle order (filters, lists).
STATES: dict[str, str] = {state.value: state.label for state in TicketState}
URGENCIES: dict[str, str] = {"lav": "Lav", "normal": "Normal", "høy": "Høy", "kritisk": "Kritisk"}
FIELD_LABELS: dict[str, str] = {
    "subject": "Emne",
    "description": "Beskrivelse",
    "unit": "Enhet",
    "reporter_name": "Navn",
    "reporter_contact": "Kontakt",
    "note": "Notat",
    "filename": "Filnavn",
}


@dataclass
class TicketDraft:
    """What the user types; validated and guarded by the service before it is stored."""

    subject: str
    description: str = ""
    category: str = "annet"
    urgency: str = "normal"
    guide_id: str = ""
    unit: str = ""
    reporter_name: str = ""
    reporter_contact: str = ""

    def text_fields(self) -> dict[str, str]:
        return {
            "subject": self.subject,
            "description": self.description,
            "unit": self.unit,
            "reporter_name": self.reporter_name,
            "reporter_contact": self.reporter_contact,
        }


@dataclass(frozen=True)
class MessageView:
    author: str
    direction: str  # "inn" from the desk, "ut" from us
    body: str
    created_at: datetime
    # An identity number from the desk was replaced by [fødselsnummer fjernet] before storing.
    redacted: bool = False


@dataclass(frozen=True)
class AttachmentView:
    id: int
    filename: str
    mime_type: str
    size: int


@dataclass(frozen=True)
class NoteView:
    id: int
    body: str
    created_at: datetime


@dataclass(frozen=True)
class TicketView:
    """A ticket as shown in lists and details."""

    id: int
    external_id: str
    subject: str
    description: str
    category: str
    urgency: str
    guide_id: str
    unit: str
    reporter_name: str
    reporter_contact: str
    state: str
    remote_id: str
    remote_status: str
    last_error: str
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    first_reply_at: datetime | None
    resolved_at: datetime | None
    messages: tuple[MessageView, ...] = ()
    notes: tuple[NoteView, ...] = ()
    attachments: tuple[AttachmentView, ...] = field(default_factory=tuple)

    @property
    def state_label(self) -> str:
        return STATES.get(self.state, self.state)

    def waiting_days(self, now: datetime | None = None) -> int | None:
        """Days since sending without a reply (None if not waiting)."""
        if (
            self.sent_at is None
            or self.first_reply_at is not None
            or self.state != TicketState.SENDT
        ):
            return None
        now = now or datetime.now(UTC)
        return max(0, (now - self.sent_at).days)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "external_id": self.external_id,
            "subject": self.subject,
            "description": self.description,
            "category": self.category,
            "urgency": self.urgency,
            "guide_id": self.guide_id,
            "unit": self.unit,
            "state": self.state,
            "state_label": self.state_label,
            "remote_id": self.remote_id,
            "remote_status": self.remote_status,
            "last_error": self.last_error,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
            "first_reply_at": self.first_reply_at.isoformat() if self.first_reply_at else None,
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "attachments": [
                {"id": a.id, "filename": a.filename, "mime_type": a.mime_type, "size": a.size}
                for a in self.attachments
            ],
            "messages": [
                {
                    "author": m.author,
                    "direction": m.direction,
                    "body": m.body,
                    "created_at": m.created_at.isoformat(),
                    "redacted": m.redacted,
                }
                for m in self.messages
            ],
            "notes": [
                {"id": n.id, "body": n.body, "created_at": n.created_at.isoformat()}
                for n in self.notes
            ],
        }


class TicketError(Exception):
    """A problem the user can fix; `str()` is Norwegian text for the UI and CLI."""

    user_message = True


class IdentityNumberFound(TicketError):
    """Saving was blocked because a field holds a national identity number."""

    def __init__(self, message: str, fields: list[str]) -> None:
        super().__init__(message)
        self.fields = fields
