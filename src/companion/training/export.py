"""CSV exports: one person's training record (personnel file) and a unit's overview (manager).

Written by the shared :func:`companion.core.csvio.write_csv` (semicolons, UTF-8 with BOM,
formula-like cells neutralised). The PDF versions
are drawn by ``companion.reports.training_pdf`` from the same values.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from companion.core.csvio import write_csv
from companion.training.types import STAGE_LABELS, Matrix, PersonRecord

PERSON_HEADER = (
    "Navn",
    "Rolle",
    "Enhet",
    "Første arbeidsdag",
    "Siste arbeidsdag",
    "Sjekkliste",
    "Punkt",
    "Påkrevd",
    "Status",
    "Vist dato",
    "Vist av",
    "Øvd dato",
    "Øvd av",
    "Godkjent dato",
    "Godkjent av",
    "Notat",
)
UNIT_HEADER = (
    "Navn",
    "Rolle",
    "Enhet",
    "Første arbeidsdag",
    "Siste arbeidsdag",
    "Vikar",
    "Klar for selvstendig vakt",
    "Påkrevde godkjent",
    "Påkrevde totalt",
    "Mangler godkjenning",
)


def fmt_date(value: date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


def person_rows(record: PersonRecord) -> list[tuple[str, ...]]:
    p = record.person
    rows: list[tuple[str, ...]] = []
    for checklist in record.checklists:
        title = checklist.title + (" (utgått)" if checklist.missing else "")
        for item in checklist.items:
            rows.append(
                (
                    p.name,
                    p.role_label,
                    p.unit,
                    fmt_date(p.first_day),
                    fmt_date(p.last_day),
                    title,
                    item.title,
                    "ja" if item.required else "nei",
                    item.status_label,
                    fmt_date(item.shown_on),
                    item.shown_by,
                    fmt_date(item.practised_on),
                    item.practised_by,
                    fmt_date(item.approved_on),
                    item.approved_by,
                    item.note,
                )
            )
    return rows


def unit_header(matrix: Matrix) -> tuple[str, ...]:
    items = tuple(
        f"{c.checklist_title}: {c.title}" + (" (utgått)" if c.obsolete else "")
        for c in matrix.columns
    )
    return UNIT_HEADER + items


def unit_rows(matrix: Matrix) -> list[tuple[str, ...]]:
    rows = []
    for row in matrix.rows:
        p, r = row.person, row.readiness
        cells = tuple("ikke tildelt" if c is None else STAGE_LABELS[c] for c in row.cells)
        rows.append(
            (
                p.name,
                p.role_label,
                p.unit,
                fmt_date(p.first_day),
                fmt_date(p.last_day),
                "ja" if p.is_substitute else "nei",
                "ja" if r.ready else "nei",
                str(r.required_approved),
                str(r.required_total),
                ", ".join(row.missing_titles),
                *cells,
            )
        )
    return rows


def export_person_csv(record: PersonRecord, path: Path) -> int:
    rows = person_rows(record)
    write_csv(path, PERSON_HEADER, rows)
    return len(rows)


def export_unit_csv(matrix: Matrix, path: Path) -> int:
    write_csv(path, unit_header(matrix), unit_rows(matrix))
    return len(matrix.rows)
