"""Unit matrix (few queries), coaching log with escalation to a sak, summer coverage, CSV export."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from training_support import person

from companion.core.csvio import safe_cell
from companion.db.models import CoachingSession
from companion.training.coaching import TicketCreator
from companion.training.export import export_person_csv, export_unit_csv
from companion.training.service import TrainingService
from companion.training.tickets_link import TicketServiceCreator
from companion.training.types import CoachingInput, TrainingError

ASSISTANT = "sommervikar-assistent"


@contextmanager
def count_queries(service: TrainingService) -> Iterator[list[str]]:
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(service.db.engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(service.db.engine, "before_cursor_execute", before)


def test_matrix_is_built_from_three_queries_whatever_the_size(service: TrainingService) -> None:
    for n in range(12):
        p = service.people.add(
            person(f"Vikar {n:02d}", role="assistent" if n % 2 else "helsefagarbeider")
        )
        service.people.assign(p.id, "sykepleier")
        service.signoff.mark(
            p.id, "sykepleier", service.library.checklists["sykepleier"].items[0].id, "vist", "Siri"
        )
    with count_queries(service) as statements:
        matrix = service.overview.matrix(unit="Avd 3 Medisin")
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3, selects
    assert len(matrix.rows) == 12
    checklists = [c.checklist_id for c in matrix.columns]
    assert set(checklists) == {"sommervikar-assistent", "helsefagarbeider", "sykepleier"}
    assert len(matrix.columns) == sum(
        len(service.library.checklists[c].items) for c in set(checklists)
    )
    first = matrix.rows[0]
    assert first.cells.count(None) > 0, "checklists not assigned to this person are None"
    assert "vist" in first.cells


def test_filters_and_who_starts_next_week_not_ready(service: TrainingService) -> None:
    kari = service.people.add(person("Kari", first_day=date(2026, 6, 15)))  # next week (25)
    ready = service.people.add(person("Klar Klarsen", first_day=date(2026, 6, 16)))
    service.people.add(person("Senere", first_day=date(2026, 7, 6)))
    service.people.add(person("Annen enhet", unit="Avd 5", first_day=date(2026, 6, 15)))
    for item in service.library.checklists[ASSISTANT].items:
        if item.required:
            service.signoff.mark(ready.id, ASSISTANT, item.id, "godkjent", "Siri")
    assert [
        r.person.name
        for r in service.overview.matrix(start_week=(2026, 25), unit="Avd 3 Medisin").rows
    ] == ["Kari", "Klar Klarsen"]
    assert [r.person.name for r in service.overview.matrix(role="sykepleier").rows] == []
    waiting = service.overview.starting_next_week_not_ready(unit="Avd 3 Medisin")
    assert [r.person.id for r in waiting] == [kari.id]
    assert len(waiting[0].missing_titles) == 16
    assert {r.person.name for r in service.overview.starting_next_week_not_ready()} == {
        "Kari",
        "Annen enhet",
    }


def test_coaching_log_lists_quick_entries_and_coaching_mode_sessions(
    service: TrainingService,
) -> None:
    with service.db.session() as s:  # what the guide viewer's coaching mode writes
        s.add(
            CoachingSession(
                guide_id="rover-innlogging-og-paring",
                coached_person="Kari",
                coach_name="Siri",
                unit="Avd 3",
                steps_seen=5,
                total_steps=8,
                minutes=12,
            )
        )
    entry = service.coaching.add(
        CoachingInput(
            "Ola",
            topic="Skriver henger",
            minutes=4,
            outcome="løst",
            unit="Avd 3",
            coach_name="Siri",
        )
    )
    entries = service.coaching.entries()
    assert entries[0].id == entry.id
    from_mode = entries[1]
    assert from_mode.from_coaching_mode
    assert from_mode.subject == service.library.articles["rover-innlogging-og-paring"].title
    summary = service.coaching.summary()
    assert (summary.count, summary.minutes, summary.by_outcome) == (2, 16, {"løst": 2})
    assert [e.coached_person for e in service.coaching.entries(unit="Avd 3")] == ["Ola", "Kari"]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (CoachingInput(" "), "Skriv hvem som fikk hjelp"),
        (CoachingInput("Ola"), "Skriv et tema"),
        (CoachingInput("Ola", topic="x", minutes=-1), "mellom 0 og 600"),
        (CoachingInput("Ola", topic="x", outcome="kanskje"), "Velg utfall"),
        (CoachingInput("Ola", topic="x", note="pasienten 01019012345"), "fødselsnummer"),
    ],
)
def test_bad_coaching_entries_are_refused(
    service: TrainingService, entry: CoachingInput, message: str
) -> None:
    with pytest.raises(TrainingError, match=message):
        service.coaching.add(entry)
    assert service.coaching.entries() == []


def test_escalation_creates_a_prefilled_ticket_once(service: TrainingService) -> None:
    entry = service.coaching.add(
        CoachingInput(
            "Ola Olsen",
            topic="Rover skanner ikke",
            guide_id="rover-innlogging-og-paring",
            minutes=20,
            outcome="eskalert",
            unit="Avd 3",
            coach_name="Siri",
            note="Prøvde ny lader",
        )
    )
    ticket_id = service.coaching.escalate(entry.id)
    assert service.coaching.escalate(entry.id) == ticket_id
    con = sqlite3.connect(service.db.path)
    rows = con.execute(
        "SELECT id, subject, description, category, unit, state FROM ticket"
    ).fetchall()
    con.close()
    assert len(rows) == 1
    tid, subject, description, category, unit, state = rows[0]
    assert tid == ticket_id and unit == "Avd 3" and category == "rover" and state == "utkast"
    assert "Rover skanner ikke" in subject
    for part in ("Ola Olsen", "Siri", "20 min", "Prøvde ny lader", "Logge inn på Rover"):
        assert part in description
    assert service.coaching.entries()[0].ticket_id == ticket_id


def test_escalation_without_tickets_keeps_the_entry(service: TrainingService) -> None:
    service.set_ticket_creator(None)
    entry = service.coaching.add(CoachingInput("Ola", topic="Innlogging", outcome="eskalert"))
    with pytest.raises(TrainingError, match="Saker er ikke satt opp"):
        service.coaching.escalate(entry.id)
    assert service.coaching.entries()[0].outcome == "eskalert"


def test_escalation_through_the_real_tickets_service(
    service: TrainingService, tmp_path: Path
) -> None:
    from companion.tickets.service import TicketService

    tickets = TicketService(service.db, tmp_path / "attachments")
    creator = TicketServiceCreator(lambda: tickets, lambda: "Siri Superbruker", "912 34 567")
    assert isinstance(creator, TicketCreator)
    service.set_ticket_creator(creator)
    entry = service.coaching.add(
        CoachingInput("Ola", topic="Etiketter skrives ikke ut", outcome="eskalert", unit="Avd 3")
    )
    view = tickets.get(service.coaching.escalate(entry.id))
    assert view.subject.endswith("Etiketter skrives ikke ut")
    assert view.state == "utkast" and view.unit == "Avd 3"


def test_summer_coverage_shows_gaps(service: TrainingService) -> None:
    siri = service.coverage.add_superuser("Siri", "Avd 3 Medisin")
    per = service.coverage.add_superuser("Per", "Avd 3 Medisin")
    service.coverage.add_superuser("Åse", "Avd 5")
    for week in (27, 28):
        service.coverage.set_holiday(siri.id, 2026, week, True)
        service.coverage.set_holiday(per.id, 2026, week, True)
    service.coverage.set_holiday(per.id, 2026, 28, False)
    service.people.add(person("Kari", first_day=date(2026, 6, 29)))  # week 27
    service.people.add(person("Ola", first_day=date(2026, 7, 1)))  # week 27
    service.people.add(
        person("Fast ansatt", first_day=date(2026, 7, 8), is_substitute=False)
    )  # week 28, not a substitute
    coverage = service.coverage.coverage(2026, 24, 34)
    assert coverage.weeks == tuple(range(24, 35))
    assert coverage.units == ("Avd 3 Medisin", "Avd 5")
    week27 = coverage.cell("Avd 3 Medisin", 27)
    assert week27.starting == ("Kari", "Ola") and week27.superusers_present == () and week27.gap
    assert week27.superusers_away == ("Per", "Siri")
    assert coverage.cell("Avd 3 Medisin", 28).superusers_present == ("Per",)
    assert [(c.unit, c.week) for c in coverage.gaps] == [("Avd 3 Medisin", 27)]
    assert {s.name: s.holiday_weeks for s in service.coverage.superusers(2026)} == {
        "Per": frozenset({27}),
        "Siri": frozenset({27, 28}),
        "Åse": frozenset(),
    }
    with pytest.raises(TrainingError, match="Uke 54 finnes ikke"):
        service.coverage.set_holiday(siri.id, 2026, 54, True)


def test_csv_exports(service: TrainingService, tmp_path: Path) -> None:
    kari = service.people.add(person("=Kari", contact="+47 912 34 567"))
    service.signoff.mark(kari.id, ASSISTANT, "smartkort", "godkjent", "Siri", date(2026, 6, 9))
    service.signoff.set_note(kari.id, ASSISTANT, "smartkort", "Godt gjennomført")
    record_path = tmp_path / "kari.csv"
    assert export_person_csv(service.overview.person_record(kari.id), record_path) == 19
    raw = record_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(record_path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Navn", "Rolle", "Enhet"]
    smartkort = next(r for r in rows if r[6].startswith("Logge inn med smartkort"))
    assert smartkort[0] == "'=Kari"
    assert smartkort[8:] == ["Godkjent", "", "", "", "", "09.06.2026", "Siri", "Godt gjennomført"]
    unit_path = tmp_path / "avd3.csv"
    assert export_unit_csv(service.overview.matrix(unit="Avd 3 Medisin"), unit_path) == 1
    unit_rows = list(
        csv.reader(unit_path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    assert unit_rows[1][6:9] == ["nei", "1", "16"]
    assert "Godkjent" in unit_rows[1]
    assert safe_cell("-1") == "'-1" and safe_cell("Avd 3") == "Avd 3"
    assert not list(tmp_path.glob(".export-*")), "no temp files left behind"
