"""TicketService: the local queue (no desk involved). Runs on a real migrated database."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlmodel import select

from companion.app import AppContext
from companion.core.idguard import REDACTION
from companion.db.models import OutboxEntry, Ticket, TicketAttachment
from companion.tickets.model import IdentityNumberFound, TicketDraft, TicketError
from companion.tickets.service import MAX_ATTACHMENT_BYTES, TicketService
from support.ticket_helpers import PNG, open_outbox, synthetic_fnr, write_file

FNR = synthetic_fnr()


def draft(**overrides: str) -> TicketDraft:
    fields = {
        "subject": "Rover skanner ikke",
        "description": "Armbåndet leses ikke.",
        "category": "rover",
    }
    fields.update(overrides)
    return TicketDraft(**fields)


def ticket_rows(ctx: AppContext) -> list[Ticket]:
    with ctx.database.session() as s:
        return list(s.exec(select(Ticket)))


# -- create and queue --------------------------------------------------------------------


def test_create_queues_ticket_with_one_outbox_entry(
    ctx: AppContext, service: TicketService
) -> None:
    view = service.create(draft())

    assert view.state == "i_kø"
    assert view.external_id == str(uuid.UUID(view.external_id))  # canonical, lower case
    (entry,) = open_outbox(ctx.database)
    assert (entry.ticket_id, entry.action, entry.attempts) == (view.id, "create", 0)
    assert service.queued_count() == 1


def test_each_ticket_gets_its_own_external_id(service: TicketService) -> None:
    ids = {service.create(draft(subject=f"Sak {n}")).external_id for n in range(5)}
    assert len(ids) == 5


def test_ticket_and_outbox_entry_are_one_transaction(
    ctx: AppContext, service: TicketService
) -> None:
    """If the outbox row cannot be written, the ticket is not stored either."""
    with sqlite3.connect(ctx.paths.database) as raw:
        raw.execute(
            "CREATE TRIGGER fail_outbox BEFORE INSERT ON outboxentry "
            "BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END"
        )
    with pytest.raises(Exception, match="disk full"):
        service.create(draft())
    assert ticket_rows(ctx) == []

    with sqlite3.connect(ctx.paths.database) as raw:
        raw.execute("DROP TRIGGER fail_outbox")
    service.create(draft())
    assert len(ticket_rows(ctx)) == 1
    assert len(open_outbox(ctx.database)) == 1


def test_draft_is_not_queued_until_submitted(ctx: AppContext, service: TicketService) -> None:
    view = service.create(draft(subject=""), queue=False)
    assert view.state == "utkast"
    assert open_outbox(ctx.database) == []

    with pytest.raises(TicketError, match="emne"):
        service.submit(view.id)
    service.update_draft(view.id, draft(subject="Nå med emne"))
    assert service.submit(view.id).state == "i_kø"
    assert len(open_outbox(ctx.database)) == 1
    with pytest.raises(TicketError, match="allerede sendt"):
        service.submit(view.id)


def test_queued_ticket_cannot_be_edited_or_deleted(service: TicketService) -> None:
    view = service.create(draft())
    with pytest.raises(TicketError, match="kan ikke endres"):
        service.update_draft(view.id, draft(subject="Endret"))
    with pytest.raises(TicketError, match="utkast"):
        service.delete_draft(view.id)
    assert service.get(view.id).subject == "Rover skanner ikke"


def test_retry_failed_ticket_requeues_it(ctx: AppContext, service: TicketService) -> None:
    view = service.create(draft())
    with ctx.database.session() as s:
        ticket = s.get(Ticket, view.id)
        assert ticket is not None
        ticket.state, ticket.last_error = "feilet", "Brukerstøtte avviste saken: nei"
        for entry in s.exec(select(OutboxEntry)):
            entry.done = True
            s.add(entry)
        s.add(ticket)

    again = service.retry(view.id)

    assert (again.state, again.last_error) == ("i_kø", "")
    assert len(open_outbox(ctx.database)) == 1


@pytest.mark.parametrize(
    ("field", "message"),
    [("subject", "emne"), ("category", "kategori"), ("urgency", "hastegrad")],
)
def test_invalid_input_is_refused(service: TicketService, field: str, message: str) -> None:
    value = {"subject": "", "category": "ukjent", "urgency": "akutt"}[field]
    with pytest.raises(TicketError, match=f"(?i){message}"):
        service.create(draft(**{field: value}))
    assert service.list_tickets() == []


# -- identity-number guard ---------------------------------------------------------------


@pytest.mark.parametrize(
    "field", ["subject", "description", "unit", "reporter_name", "reporter_contact"]
)
def test_identity_number_blocks_saving(ctx: AppContext, service: TicketService, field: str) -> None:
    with pytest.raises(IdentityNumberFound) as excinfo:
        service.create(draft(**{field: f"Gjelder pasient {FNR} i går"}))

    assert FNR not in str(excinfo.value)
    assert FNR[:6] not in str(excinfo.value)
    assert excinfo.value.fields == [field]
    assert ticket_rows(ctx) == []
    assert open_outbox(ctx.database) == []


def test_identity_number_with_redact_is_replaced(ctx: AppContext, service: TicketService) -> None:
    view = service.create(
        draft(description=f"Pasient {FNR[:6]} {FNR[6:]} fikk feil dose"), redact_numbers=True
    )

    stored = service.get(view.id)
    assert stored.description == f"Pasient {REDACTION} fikk feil dose"
    assert FNR[6:] not in ctx.paths.database.read_bytes().decode("latin-1")


def test_identity_number_guards_edits_notes_and_file_names(
    service: TicketService, tmp_path: Path
) -> None:
    view = service.create(draft(), queue=False)
    with pytest.raises(IdentityNumberFound):
        service.update_draft(view.id, draft(description=FNR))
    with pytest.raises(IdentityNumberFound):
        service.add_note(view.id, f"ring {FNR}")
    png = write_file(tmp_path / f"skjerm-{FNR}.png", PNG)
    with pytest.raises(IdentityNumberFound):
        service.add_attachment(view.id, png, confirmed_no_patient_data=True)

    assert service.get(view.id).description == "Armbåndet leses ikke."
    assert service.get(view.id).notes == ()
    assert service.attachment_files(view.id) == []
    note = service.add_note(view.id, f"ring {FNR}", redact_numbers=True)
    assert note.body == f"ring {REDACTION}"


# -- attachments -------------------------------------------------------------------------


def test_attachment_is_copied_and_listed(service: TicketService, tmp_path: Path) -> None:
    view = service.create(draft(), queue=False)
    source = write_file(tmp_path / "skjerm.png", PNG)

    att = service.add_attachment(view.id, source, confirmed_no_patient_data=True)
    source.unlink()  # the ticket keeps its own copy

    ((name, mime, path),) = service.attachment_files(view.id)
    assert (name, mime, att.size) == ("skjerm.png", "image/png", len(PNG))
    assert path.read_bytes() == PNG
    assert service.get(view.id).attachments[0].filename == "skjerm.png"


def test_attachment_needs_confirmation_and_a_known_type(
    service: TicketService, tmp_path: Path
) -> None:
    view = service.create(draft(), queue=False)
    png = write_file(tmp_path / "skjerm.png", PNG)
    text = write_file(tmp_path / "notat.png", b"not really a png")  # the name lies
    big = write_file(tmp_path / "stor.pdf", b"%PDF-" + b"0" * MAX_ATTACHMENT_BYTES)

    with pytest.raises(TicketError, match="pasientopplysninger"):
        service.add_attachment(view.id, png, confirmed_no_patient_data=False)
    with pytest.raises(TicketError, match="PNG/JPEG"):
        service.add_attachment(view.id, text, confirmed_no_patient_data=True)
    with pytest.raises(TicketError, match="10 MB"):
        service.add_attachment(view.id, big, confirmed_no_patient_data=True)
    with pytest.raises(TicketError, match="kan ikke leses"):
        service.add_attachment(view.id, tmp_path / "borte.png", confirmed_no_patient_data=True)
    assert service.attachment_files(view.id) == []


def test_attachment_refused_after_sending(
    ctx: AppContext, service: TicketService, tmp_path: Path
) -> None:
    view = service.create(draft())
    with ctx.database.session() as s:
        ticket = s.get(Ticket, view.id)
        assert ticket is not None
        ticket.state = "sendt"
        s.add(ticket)
    with pytest.raises(TicketError, match="før saken er sendt"):
        service.add_attachment(
            view.id, write_file(tmp_path / "a.png", PNG), confirmed_no_patient_data=True
        )


def test_delete_draft_removes_its_attachment_copies(
    ctx: AppContext, service: TicketService, tmp_path: Path
) -> None:
    view = service.create(draft(), queue=False)
    service.add_attachment(
        view.id, write_file(tmp_path / "a.png", PNG), confirmed_no_patient_data=True
    )
    ((_name, _mime, copy),) = service.attachment_files(view.id)
    assert copy.is_file()

    service.delete_draft(view.id)

    assert not copy.exists()
    assert ticket_rows(ctx) == []
    with ctx.database.session() as s:
        assert list(s.exec(select(TicketAttachment))) == []


# -- reading -----------------------------------------------------------------------------


def test_list_filters_and_counts(service: TicketService) -> None:
    service.create(draft(subject="Skriver på medisinrommet", category="annet"))
    service.create(draft(subject="Rover igjen"))
    service.create(draft(subject="Utkast"), queue=False)

    assert service.queued_count() == 2
    assert {t.subject for t in service.list_tickets(state="utkast")} == {"Utkast"}
    assert {t.subject for t in service.list_tickets(category="annet")} == {
        "Skriver på medisinrommet"
    }
    assert {t.subject for t in service.list_tickets(text="Rover")} == {"Rover igjen"}
    with pytest.raises(TicketError, match="Fant ingen sak"):
        service.get(9999)
