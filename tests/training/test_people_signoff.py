"""People register, checklist assignment, sign-off with exact undo, content that changes."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from training_support import TODAY, LibraryHolder, person

from companion.content.loader import load_library
from companion.content.model import Library
from companion.reports.training_words import readiness_text
from companion.training.csvimport import parse_roster
from companion.training.service import TrainingService
from companion.training.types import TrainingError

ASSISTANT = "sommervikar-assistent"


def approve_all_required(
    service: TrainingService, trainee_id: int, library: Library, checklist_id: str = ASSISTANT
) -> None:
    for item in library.checklists[checklist_id].items:
        if item.required:
            service.signoff.mark(trainee_id, checklist_id, item.id, "godkjent", "Siri Superbruker")


def test_add_assigns_the_role_checklists_and_is_not_ready(service: TrainingService) -> None:
    kari = service.people.add(person())
    assert service.people.assigned(kari.id) == [ASSISTANT]
    record = service.overview.person_record(kari.id)
    assert not record.readiness.ready
    assert record.readiness.missing == 16
    assert readiness_text(record.readiness).startswith("Ikke klar: 16 påkrevde punkter")


def test_edits_are_validated_and_duplicates_refused(service: TrainingService) -> None:
    kari = service.people.add(person())
    ola = service.people.add(person("Ola Olsen"))
    with pytest.raises(TrainingError, match="finnes allerede"):
        service.people.update(ola.id, name="  kari   nordmann ")
    with pytest.raises(TrainingError, match="Navnet kan ikke være tomt"):
        service.people.update(kari.id, name="   ")
    with pytest.raises(TrainingError, match="før første arbeidsdag"):
        service.people.update(kari.id, last_day=date(2026, 6, 1))
    with pytest.raises(TrainingError, match="fødselsnummer"):
        service.people.update(kari.id, contact="01019012345")
    updated = service.people.update(kari.id, unit="Avd 4", is_substitute=False)
    assert (updated.unit, updated.is_substitute, updated.name) == ("Avd 4", False, "Kari Nordmann")
    assert service.people.get(kari.id) == updated


def test_readiness_when_every_required_item_is_signed_off(
    service: TrainingService, library_holder: LibraryHolder
) -> None:
    kari = service.people.add(person())
    approve_all_required(service, kari.id, library_holder())
    record = service.overview.person_record(kari.id)
    assert record.readiness.ready
    assert readiness_text(record.readiness) == "Klar for selvstendig vakt"
    assert record.readiness.percent == 100


def test_marks_record_who_and_when_and_undo_restores_exactly(service: TrainingService) -> None:
    kari = service.people.add(person())
    service.signoff.mark(kari.id, ASSISTANT, "smartkort", "vist", "Siri", date(2026, 6, 1))
    service.signoff.mark(kari.id, ASSISTANT, "smartkort", "øvd", "Siri", date(2026, 6, 3))
    service.signoff.set_note(kari.id, ASSISTANT, "smartkort", "Øvde to ganger")
    service.signoff.mark(
        kari.id, ASSISTANT, "smartkort", "vist", "Per", date(2026, 6, 5)
    )  # re-shown by someone else
    item = _item(service, kari.id, "smartkort")
    assert (item.status, item.shown_by, item.shown_on, item.practised_by) == (
        "øvd",
        "Per",
        date(2026, 6, 5),
        "Siri",
    )

    undone = service.signoff.undo_last(kari.id)
    assert undone is not None and undone.stage == "vist" and undone.by_name == "Per"
    item = _item(service, kari.id, "smartkort")
    assert (item.shown_by, item.shown_on, item.practised_by, item.practised_on) == (
        "Siri",
        date(2026, 6, 1),
        "Siri",
        date(2026, 6, 3),
    )
    assert item.note == "Øvde to ganger", "undo restores the marks, never the note"

    last = service.signoff.last_mark(kari.id)
    assert last is not None and last.stage == "øvd"
    assert "øvd av Siri, 03.06.2026" in last.description


def test_undo_of_the_first_mark_removes_the_row(service: TrainingService, database: object) -> None:
    kari = service.people.add(person())
    service.signoff.mark(kari.id, ASSISTANT, "rapport", "godkjent", "Siri")
    assert _item(service, kari.id, "rapport").approved_on == TODAY
    service.signoff.undo_last(kari.id)
    assert _item(service, kari.id, "rapport").status == ""
    con = sqlite3.connect(service.db.path)
    assert con.execute("SELECT count(*) FROM trainingprogress").fetchone()[0] == 0
    assert (
        con.execute("SELECT count(*) FROM trainingmark WHERE undone_at IS NOT NULL").fetchone()[0]
        == 1
    )
    con.close()
    assert service.signoff.undo_last(kari.id) is None


def test_unmark_and_undo_of_unmark(service: TrainingService) -> None:
    kari = service.people.add(person())
    service.signoff.mark(kari.id, ASSISTANT, "fall", "godkjent", "Siri", date(2026, 6, 2))
    assert service.signoff.unmark(kari.id, ASSISTANT, "fall", "godkjent", "Per") is not None
    assert _item(service, kari.id, "fall").status == ""
    assert service.signoff.unmark(kari.id, ASSISTANT, "fall", "godkjent") is None
    service.signoff.undo_last(kari.id)
    item = _item(service, kari.id, "fall")
    assert (item.approved_by, item.approved_on) == ("Siri", date(2026, 6, 2))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"by_name": " "}, "Skriv navnet til superbrukeren"),
        ({"on_date": date(2026, 7, 1)}, "frem i tid"),
        ({"item_id": "finnes-ikke"}, "utgått"),
        ({"checklist_id": "sykepleier"}, "ikke tildelt"),
        ({"by_name": "Siri 01019012345"}, "fødselsnummer"),
    ],
)
def test_bad_marks_are_refused(
    service: TrainingService, kwargs: dict[str, object], message: str
) -> None:
    kari = service.people.add(person())
    args: dict[str, object] = {
        "trainee_id": kari.id,
        "checklist_id": ASSISTANT,
        "item_id": "smartkort",
        "stage": "vist",
        "by_name": "Siri",
    }
    args.update(kwargs)
    with pytest.raises(TrainingError, match=message):
        service.signoff.mark(**args)  # type: ignore[arg-type]
    assert service.signoff.last_mark(kari.id) is None


def test_note_with_identity_number_is_not_stored(service: TrainingService) -> None:
    kari = service.people.add(person())
    with pytest.raises(TrainingError, match="fødselsnummer"):
        service.signoff.set_note(kari.id, ASSISTANT, "smartkort", "pasient 010190 12345")
    assert _item(service, kari.id, "smartkort").note == ""


def test_item_removed_from_content_is_shown_as_utgatt(
    service: TrainingService, library_holder: LibraryHolder, tmp_path: Path
) -> None:
    kari = service.people.add(person())
    service.signoff.mark(kari.id, ASSISTANT, "skriver", "øvd", "Siri")
    approve_all_required(service, kari.id, library_holder())
    changed = _content_without_item(tmp_path, "skriver", "taushetsplikt")
    library_holder.library = changed
    record = service.overview.person_record(kari.id)
    stale = [i for i in record.checklists[0].items if i.obsolete]
    assert [(i.item_id, i.status, i.status_label) for i in stale] == [
        ("skriver", "øvd", "Øvd (utgått)"),
        ("taushetsplikt", "godkjent", "Godkjent (utgått)"),
    ]
    assert record.readiness.ready  # obsolete items never block readiness
    matrix = service.overview.matrix()
    assert [c.item_id for c in matrix.columns if c.obsolete] == ["skriver", "taushetsplikt"]
    with pytest.raises(TrainingError, match="utgått"):
        service.signoff.mark(kari.id, ASSISTANT, "skriver", "godkjent", "Siri")
    assert service.signoff.last_mark(kari.id) is not None  # history still readable


def test_checklist_removed_from_content_does_not_crash(
    service: TrainingService, library_holder: LibraryHolder
) -> None:
    kari = service.people.add(person())
    service.signoff.mark(kari.id, ASSISTANT, "smartkort", "vist", "Siri")
    library_holder.library = replace(library_holder(), checklists={})
    record = service.overview.person_record(kari.id)
    assert record.checklists[0].missing
    assert not record.readiness.has_checklist
    assert readiness_text(record.readiness) == "Ingen sjekkliste tildelt"
    matrix = service.overview.matrix()
    assert [(c.item_id, c.obsolete) for c in matrix.columns] == [("smartkort", True)]
    assert matrix.rows[0].cells == ("vist",)


def test_import_writes_all_good_rows_in_one_transaction(
    service: TrainingService, tmp_path: Path
) -> None:
    service.people.add(person("Ola Olsen", first_day=date(2026, 6, 22)))
    roster = tmp_path / "vaktplan.csv"
    roster.write_text(
        "navn;rolle;enhet;første arbeidsdag\n"
        "Kari Nordmann;assistent;Avd 3 Medisin;15.06.2026\n"
        "Ola Olsen;assistent;Avd 3 Medisin;22.06.2026\n"
        "Per Hansen;sykepleier;Avd 3 Medisin;29.06.2026\n"
        "Ukjent;vaktmester;Avd 3 Medisin;29.06.2026\n",
        encoding="utf-8",
    )
    preview = service.people.preview_import(roster)
    assert [r.person.name for r in preview.rows] == ["Kari Nordmann", "Per Hansen"]
    assert [e.line for e in preview.errors] == [3, 5]
    result = service.people.import_rows(preview)
    assert [p.name for p in result.imported] == ["Kari Nordmann", "Per Hansen"]
    assert service.people.assigned(result.imported[1].id) == ["sykepleier"]
    assert len(service.people.all()) == 3
    again = service.people.import_rows(preview)  # someone imported the same file meanwhile
    assert again.imported == () and len(again.skipped) == 2


def test_import_failure_leaves_nothing_half_written(service: TrainingService) -> None:
    preview = parse_roster(
        "navn;rolle;enhet;første arbeidsdag\nKari;assistent;Avd 3;15.06.2026\nOla;assistent;Avd "
        "3;15.06.2026\n".encode()
    )
    bad = replace(
        preview,
        rows=(
            preview.rows[0],
            replace(preview.rows[1], person=replace(preview.rows[1].person, name="x" * 300)),
        ),
    )
    with pytest.raises(TrainingError, match="høyst 200 tegn"):
        service.people.import_rows(bad)
    assert service.people.all() == []


def test_delete_removes_progress_and_history(service: TrainingService) -> None:
    kari = service.people.add(person())
    service.signoff.mark(kari.id, ASSISTANT, "smartkort", "vist", "Siri")
    service.people.delete(kari.id)
    con = sqlite3.connect(service.db.path)
    for table in ("trainee", "trainingassignment", "trainingprogress", "trainingmark"):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    con.close()


def test_superuser_name_is_remembered(service: TrainingService) -> None:
    assert service.superuser_name() == ""
    service.remember_superuser_name("  Siri   Superbruker ")
    assert service.superuser_name() == "Siri Superbruker"


def _item(service: TrainingService, trainee_id: int, item_id: str):  # type: ignore[no-untyped-def]
    record = service.overview.person_record(trainee_id)
    return next(i for c in record.checklists for i in c.items if i.item_id == item_id)


def _content_without_item(tmp_path: Path, *item_ids: str) -> Library:
    target = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[2] / "content", target)
    path = target / "checklists" / "sommervikar-assistent.yaml"
    lines = path.read_text(encoding="utf-8").split("\n  - id: ")
    kept = [lines[0]] + [
        chunk for chunk in lines[1:] if chunk.split("\n")[0].strip() not in item_ids
    ]
    path.write_text("\n  - id: ".join(kept), encoding="utf-8")
    return load_library(target)
