"""Support tickets (*saker*), their conversation, local notes, attachments and the outbox."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from companion.db.models.base import utcnow


class Ticket(SQLModel, table=True):
    """A support request, always saved locally first; `external_id` is the idempotency key."""

    id: int | None = Field(default=None, primary_key=True)
    external_id: str = Field(unique=True, max_length=36)
    subject: str = Field(max_length=300)
    description: str = ""
    category: str = "annet"
    urgency: str = "normal"  # lav | normal | høy | kritisk
    guide_id: str = ""
    unit: str = ""
    reporter_name: str = ""
    reporter_contact: str = ""
    state: str = Field(default="utkast", index=True)  # a companion.tickets.state.TicketState
    remote_id: str = ""
    remote_status: str = ""
    last_error: str = ""
    last_transaction: int = 0
    remote_updated: str = ""  # the desk's LastUpdated when we last pulled (delta pull)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = Field(default=None, index=True)
    first_reply_at: datetime | None = None
    resolved_at: datetime | None = None


class TicketAttachment(SQLModel, table=True):
    """A file stored in the home folder's attachments dir, uploaded with the ticket."""

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True, ondelete="CASCADE")
    filename: str = Field(max_length=255)
    mime_type: str = "application/octet-stream"
    stored_path: str = ""
    size: int = 0
    confirmed_no_patient_data: bool = False
    created_at: datetime = Field(default_factory=utcnow)


class TicketMessage(SQLModel, table=True):
    """Conversation with the desk: our description and the replies pulled back."""

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True, ondelete="CASCADE")
    remote_transaction: int = Field(default=0, index=True)
    author: str = ""
    direction: str = "inn"  # inn (from desk) | ut (from us)
    body: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    # True when an identity number from the desk was replaced before storing (shown to the user).
    redacted: bool = False


class TicketNote(SQLModel, table=True):
    """A private local note on a ticket; never sent."""

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True, ondelete="CASCADE")
    body: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class OutboxEntry(SQLModel, table=True):
    """Work for the sync engine; written in the same transaction as the ticket change."""

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True, ondelete="CASCADE")
    action: str = "create"  # create | comment
    payload: str = ""
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, index=True)
    last_error: str = ""
    done: bool = Field(default=False, index=True)
    created_at: datetime = Field(default_factory=utcnow)
