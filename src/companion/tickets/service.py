"""The local ticket queue: always saved here first, sent by the sync engine later.

Every text the user typed passes the identity-number guard before it is stored. A ticket and
its outbox entry are written in one transaction, so a crash can never leave a queued ticket
without work for the sync engine (or the other way round).
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from sqlmodel import Session, col, func, select

from companion.content.vocabulary import CATEGORIES
from companion.core.idguard import blocked_message, guard_fields, redact
from companion.db.engine import Database
from companion.db.models import (
    OutboxEntry,
    Ticket,
    TicketAttachment,
    TicketMessage,
    TicketNote,
    utcnow,
)
from companion.tickets.model import (
    FIELD_LABELS,
    URGENCIES,
    AttachmentView,
    IdentityNumberFound,
    MessageView,
    NoteView,
    TicketDraft,
    TicketError,
    TicketView,
)
from companion.tickets.state import OPEN_STATES as _OPEN
from companion.tickets.state import TicketState

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAGIC = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"%PDF-": "application/pdf",
}
OPEN_STATES = tuple(str(state) for state in _OPEN)


def sniff_mime(head: bytes) -> str | None:
    """PNG, JPEG or PDF by their magic bytes (file names can lie)."""
    return next((mime for magic, mime in MAGIC.items() if head.startswith(magic)), None)


def check_attachment(source: Path) -> tuple[str, int]:
    """``(mime type, size)`` of a file that may be attached; TicketError saying why not."""
    try:
        size = source.stat().st_size
        with source.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise TicketError(
            f"Filen {source.name} kan ikke leses ({exc.strerror}). Velg en annen fil."
        ) from None
    mime = sniff_mime(head)
    if mime is None:
        raise TicketError(
            f"{source.name} er ikke et bilde (PNG/JPEG) eller en PDF. Bare slike filer kan legges "
            "ved."
        )
    if size > MAX_ATTACHMENT_BYTES:
        raise TicketError(
            f"{source.name} er større enn 10 MB. Ta et mindre skjermbilde eller komprimer filen."
        )
    return mime, size


def guard(fields: dict[str, str], redact_numbers: bool) -> dict[str, str]:
    """Return the fields, redacted if allowed; raise IdentityNumberFound otherwise."""
    hits = guard_fields(fields)
    if not hits:
        return fields
    if not redact_numbers:
        labels = [FIELD_LABELS.get(name, name) for name in hits]
        raise IdentityNumberFound(blocked_message(labels), list(hits))
    return {name: redact(value) if name in hits else value for name, value in fields.items()}


class TicketService:
    """Create, edit, queue and read tickets; the sync engine does the network part."""

    def __init__(self, database: Database, attachments_dir: Path) -> None:
        self.db = database
        self.attachments_dir = attachments_dir

    # create / edit ------------------------------------------------------------------------------
    def create(
        self, draft: TicketDraft, *, queue: bool = True, redact_numbers: bool = False
    ) -> TicketView:
        """Store a new ticket (queued for sending unless `queue` is False: then a draft).

        A draft may start with an empty subject: the GUI creates it the moment the user presses
        "Ny sak", so nothing typed is ever lost.
        """
        fields = self._validated(draft, redact_numbers, allow_empty_subject=not queue)
        with self.db.session() as s:
            ticket = Ticket(
                external_id=str(uuid.uuid4()),
                state=TicketState.UTKAST,
                category=draft.category,
                urgency=draft.urgency,
                guide_id=draft.guide_id,
                subject=fields["subject"],
                description=fields["description"],
                unit=fields["unit"],
                reporter_name=fields["reporter_name"],
                reporter_contact=fields["reporter_contact"],
            )
            s.add(ticket)
            s.flush()
            if queue:
                self._enqueue(s, ticket)
            s.flush()
            return self._view(s, ticket)

    def update_draft(
        self, ticket_id: int, draft: TicketDraft, *, redact_numbers: bool = False
    ) -> TicketView:
        """Autosave while typing; only drafts (and failed tickets) can be edited."""
        fields = self._validated(draft, redact_numbers, allow_empty_subject=True)
        with self.db.session() as s:
            ticket = self._get(s, ticket_id)
            if ticket.state not in (TicketState.UTKAST, TicketState.FEILET):
                raise TicketError(
                    "Saken er allerede sendt og kan ikke endres. Legg til et notat i stedet."
                )
            for name, value in fields.items():
                setattr(ticket, name, value)
            ticket.category, ticket.urgency, ticket.guide_id = (
                draft.category,
                draft.urgency,
                draft.guide_id,
            )
            ticket.updated_at = utcnow()
            s.add(ticket)
            s.flush()
            return self._view(s, ticket)

    def submit(self, ticket_id: int) -> TicketView:
        """Queue a draft (or retry a failed ticket): ticket and outbox entry in one transaction."""
        with self.db.session() as s:
            ticket = self._get(s, ticket_id)
            if not ticket.subject.strip():
                raise TicketError("Skriv et emne før du sender saken.")
            if ticket.state not in (TicketState.UTKAST, TicketState.FEILET):
                raise TicketError("Saken er allerede sendt.")
            self._enqueue(s, ticket)
            s.flush()
            return self._view(s, ticket)

    def retry(self, ticket_id: int) -> TicketView:
        """Queue a failed ticket again (after the user or the desk fixed the cause)."""
        with self.db.session() as s:
            if self._get(s, ticket_id).state != TicketState.FEILET:
                raise TicketError(
                    f"Sak {ticket_id} har ikke feilet, så den trenger ikke å sendes på nytt."
                )
        return self.submit(ticket_id)

    def retry_all_failed(self) -> list[int]:
        """Queue every failed ticket again; returns their ids."""
        with self.db.session() as s:
            ids = [
                t.id
                for t in s.exec(select(Ticket).where(Ticket.state == TicketState.FEILET))
                if t.id is not None
            ]
            for ticket in s.exec(select(Ticket).where(col(Ticket.id).in_(ids))):
                self._enqueue(s, ticket)
        return ids

    def delete_draft(self, ticket_id: int) -> None:
        with self.db.session() as s:
            ticket = self._get(s, ticket_id)
            if ticket.state != TicketState.UTKAST:
                raise TicketError("Bare utkast kan slettes.")
            folder = self.attachments_dir / ticket.external_id
            s.delete(ticket)
        shutil.rmtree(folder, ignore_errors=True)  # the copies of its attachments go too

    def add_note(self, ticket_id: int, text: str, *, redact_numbers: bool = False) -> NoteView:
        """A private local note (never sent)."""
        body = guard({"note": text.strip()}, redact_numbers)["note"]
        if not body:
            raise TicketError("Notatet er tomt.")
        with self.db.session() as s:
            self._get(s, ticket_id)
            note = TicketNote(ticket_id=ticket_id, body=body)
            s.add(note)
            s.flush()
            return NoteView(note.id or 0, note.body, note.created_at)

    def add_attachment(
        self,
        ticket_id: int,
        source: Path,
        *,
        confirmed_no_patient_data: bool,
        redact_numbers: bool = False,
    ) -> AttachmentView:
        """Copy a PNG/JPEG/PDF into the home folder.

        The user must confirm it shows no patient data.
        """
        if not confirmed_no_patient_data:
            raise TicketError(
                "Bekreft at vedlegget ikke viser pasientopplysninger før du legger det ved."
            )
        filename = guard({"filename": source.name}, redact_numbers)["filename"]
        mime, size = check_attachment(source)
        with self.db.session() as s:
            ticket = self._get(s, ticket_id)
            if ticket.state not in (TicketState.UTKAST, TicketState.FEILET, TicketState.I_KO):
                raise TicketError("Vedlegg kan bare legges til før saken er sendt.")
            row = TicketAttachment(
                ticket_id=ticket_id,
                filename=filename,
                mime_type=mime,
                size=size,
                confirmed_no_patient_data=True,
            )
            s.add(row)
            s.flush()
            folder = self.attachments_dir / ticket.external_id
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{row.id}-{Path(filename).name}"
            shutil.copyfile(source, target)
            row.stored_path = str(target)
            s.add(row)
            return AttachmentView(row.id or 0, row.filename, row.mime_type, row.size)

    # read ----------------------------------------------------------------------------------------
    def get(self, ticket_id: int) -> TicketView:
        with self.db.session() as s:
            return self._view(s, self._get(s, ticket_id), detail=True)

    def list_tickets(
        self, state: str | None = None, category: str | None = None, text: str = ""
    ) -> list[TicketView]:
        with self.db.session() as s:
            query = select(Ticket).order_by(col(Ticket.updated_at).desc())
            if state:
                query = query.where(Ticket.state == state)
            if category:
                query = query.where(Ticket.category == category)
            if text:
                like = f"%{text}%"
                query = query.where(
                    col(Ticket.subject).like(like) | col(Ticket.description).like(like)
                )
            return [self._view(s, t) for t in s.exec(query)]

    def queued_count(self) -> int:
        with self.db.session() as s:
            return int(
                s.exec(
                    select(func.count()).select_from(Ticket).where(Ticket.state == TicketState.I_KO)
                ).one()
            )

    def attachment_files(self, ticket_id: int) -> list[tuple[str, str, Path]]:
        with self.db.session() as s:
            rows = s.exec(select(TicketAttachment).where(TicketAttachment.ticket_id == ticket_id))
            return [(r.filename, r.mime_type, Path(r.stored_path)) for r in rows]

    # helpers -------------------------------------------------------------------------------------
    def _validated(
        self, draft: TicketDraft, redact_numbers: bool, allow_empty_subject: bool = False
    ) -> dict[str, str]:
        if not allow_empty_subject and not draft.subject.strip():
            raise TicketError("Skriv et emne for saken.")
        if len(draft.subject) > 300:
            raise TicketError(
                "Emnet er for langt (høyst 300 tegn). Skriv detaljene i beskrivelsen."
            )
        # Unknown values are never echoed: a mistyped value may hold an identity number.
        if draft.category not in CATEGORIES:
            raise TicketError(f"Ukjent kategori. Velg en av: {', '.join(CATEGORIES)}.")
        if draft.urgency not in URGENCIES:
            raise TicketError("Ukjent hastegrad. Velg lav, normal, høy eller kritisk.")
        fields = {k: v.strip() for k, v in draft.text_fields().items()}
        return guard(fields, redact_numbers)

    @staticmethod
    def _enqueue(s: Session, ticket: Ticket) -> None:
        assert ticket.id is not None
        ticket.state = TicketState.I_KO
        ticket.last_error = ""
        ticket.updated_at = utcnow()
        s.add(ticket)
        s.add(OutboxEntry(ticket_id=ticket.id, action="create"))

    @staticmethod
    def _get(s: Session, ticket_id: int) -> Ticket:
        ticket = s.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketError(f"Fant ingen sak med nummer {ticket_id}.")
        return ticket

    @staticmethod
    def _view(s: Session, t: Ticket, detail: bool = False) -> TicketView:
        assert t.id is not None
        messages: tuple[MessageView, ...] = ()
        notes: tuple[NoteView, ...] = ()
        attachments = (
            tuple(
                AttachmentView(a.id or 0, a.filename, a.mime_type, a.size)
                for a in s.exec(select(TicketAttachment).where(TicketAttachment.ticket_id == t.id))
            )
            if detail
            else ()
        )
        if detail:
            messages = tuple(
                MessageView(m.author, m.direction, m.body, m.created_at, m.redacted)
                for m in s.exec(
                    select(TicketMessage)
                    .where(TicketMessage.ticket_id == t.id)
                    .order_by(col(TicketMessage.id))
                )
            )
            notes = tuple(
                NoteView(n.id or 0, n.body, n.created_at)
                for n in s.exec(
                    select(TicketNote)
                    .where(TicketNote.ticket_id == t.id)
                    .order_by(col(TicketNote.created_at))
                )
            )
        return TicketView(
            t.id,
            t.external_id,
            t.subject,
            t.description,
            t.category,
            t.urgency,
            t.guide_id,
            t.unit,
            t.reporter_name,
            t.reporter_contact,
            t.state,
            t.remote_id,
            t.remote_status,
            t.last_error,
            t.created_at,
            t.updated_at,
            t.sent_at,
            t.first_reply_at,
            t.resolved_at,
            messages,
            notes,
            attachments,
        )
