"""Training records as A4 PDFs: one person (for the personnel file) and a unit (for the manager).

Built from the same plain values as the CSV exports; rendered with QTextDocument onto
QPdfWriter by :func:`companion.reports.pdf.html_to_pdf`, which starts a QGuiApplication
(offscreen) when the CLI runs without one.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from companion.reports.pdf import html_to_pdf
from companion.reports.training_words import readiness_short, readiness_text
from companion.training.export import fmt_date
from companion.training.types import ChecklistState, Matrix, MatrixRow, PersonRecord

CSS = """
body { font-size: 10pt; }
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12.5pt; color: #0b5cab; margin-top: 14px; margin-bottom: 4px; }
table { border-collapse: collapse; }
th, td { border: 1px solid #c7ccd4; padding: 3px 5px; vertical-align: top; }
th { background: #f3f4f6; text-align: left; }
td.facts { border: none; padding: 1px 12px 1px 0; }
.meta { color: #4b5563; font-size: 9pt; }
.ok { color: #146c2e; font-weight: bold; }
.warn { color: #8a4b00; font-weight: bold; }
table.grid th, table.grid td { font-size: 8.5pt; }
"""
MAX_MISSING_SHOWN = 5


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))


def _footer(kind: str) -> str:
    return f"Følgesvenn · {kind} · skrevet ut {date.today():%d.%m.%Y}"


def _stage(who: str, when: date | None) -> str:
    if when is None:
        return "&nbsp;"
    return f"{fmt_date(when)}<br/><span class='meta'>{_e(who)}</span>"


def _status_html(ready: bool, label: str) -> str:
    css, mark = ("ok", "✓") if ready else ("warn", "!")
    return f"<span class='{css}'>{mark} {_e(label)}</span>"


def _checklist_table(checklist: ChecklistState) -> str:
    title = checklist.title + (" (utgått fra innholdet)" if checklist.missing else "")
    rows = []
    for number, item in enumerate(checklist.items, start=1):
        flag = (
            " <span class='meta'>(utgått)</span>"
            if item.obsolete
            else ("" if item.required else " <span class='meta'>(valgfritt)</span>")
        )
        note = _e(item.note) if item.note else "&nbsp;"
        rows.append(
            f"<tr><td>{number}</td><td><b>{_e(item.title)}</b>{flag}</td>"
            f"<td>{_stage(item.shown_by, item.shown_on)}</td>"
            f"<td>{_stage(item.practised_by, item.practised_on)}</td>"
            f"<td>{_stage(item.approved_by, item.approved_on)}</td><td>{note}</td></tr>"
        )
    return (
        f"<h2>{_e(title)}</h2><table class='grid' width='100%'><thead><tr>"
        "<th width='5%'>#</th><th width='33%'>Punkt</th>"
        "<th width='14%'>Vist</th><th width='14%'>Øvd</th><th width='14%'>Godkjent</th>"
        "<th width='20%'>Notat</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def person_html(record: PersonRecord) -> str:
    p, r = record.person, record.readiness
    facts = [
        ("Rolle", p.role_label),
        ("Enhet", p.unit),
        ("Første arbeidsdag", fmt_date(p.first_day)),
        ("Siste arbeidsdag", fmt_date(p.last_day) or "–"),
        ("Vikar", "Ja" if p.is_substitute else "Nei"),
        ("Kontakt", p.contact or "–"),
    ]
    fact_rows = "".join(
        f"<tr><td class='facts'><b>{_e(k)}</b></td><td class='facts'>{_e(v)}</td></tr>"
        for k, v in facts
    )
    status = _status_html(r.ready, readiness_text(r))
    counts = (
        f"Godkjent {r.required_approved} av {r.required_total} påkrevde punkter "
        f"({r.approved} av {r.total} i alt)."
    )
    body = [
        f"<h1>Opplæring – {_e(p.name)}</h1>",
        "<p class='meta'>Opplæringslogg for personalmappen. Inneholder bare "
        "ansattopplysninger.</p>",
        f"<table>{fact_rows}</table>",
        f"<p>{status}<br/>{_e(counts)}</p>",
    ]
    body += [_checklist_table(c) for c in record.checklists] or [
        "<p>Ingen sjekkliste er tildelt.</p>"
    ]
    body.append(
        "<p style='margin-top:28px'>Dato og signatur superbruker: "
        "________________________________________</p>"
        "<p style='margin-top:18px'>Dato og signatur leder: "
        "________________________________________</p>"
    )
    return "".join(body)


def _missing(row: MatrixRow) -> str:
    titles = list(row.missing_titles)
    if not titles:
        return "–"
    shown = ", ".join(titles[:MAX_MISSING_SHOWN])
    more = len(titles) - MAX_MISSING_SHOWN
    return _e(shown) + (f" <span class='meta'>og {more} til</span>" if more > 0 else "")


def unit_html(matrix: Matrix, unit: str, starting_soon: list[MatrixRow] | None = None) -> str:
    ready = sum(1 for row in matrix.rows if row.readiness.ready)
    rows = []
    for row in matrix.rows:
        p, r = row.person, row.readiness
        rows.append(
            f"<tr><td><b>{_e(p.name)}</b><br/>"
            f"<span class='meta'>{_e(p.role_label)}"
            f"{' · vikar' if p.is_substitute else ''}</span></td>"
            f"<td style='white-space: nowrap'>{fmt_date(p.first_day)} –<br/>"
            f"{fmt_date(p.last_day) or '?'}</td>"
            f"<td style='white-space: nowrap'>{r.required_approved} av {r.required_total}</td>"
            f"<td>{_status_html(r.ready, readiness_short(r))}</td><td>{_missing(row)}</td></tr>"
        )
    soon = ""
    if starting_soon:
        names = ", ".join(_e(r.person.name) for r in starting_soon)
        soon = f"<p class='warn'>! Starter neste uke og er ikke klar: {names}</p>"
    checklists = sorted({c.checklist_title for c in matrix.columns})
    return (
        f"<h1>Opplæring – {_e(unit or 'alle enheter')}</h1>"
        f"<p>{len(matrix.rows)} personer, {ready} klare for selvstendig vakt. "
        f"<span class='meta'>Sjekklister: {_e(', '.join(checklists) or 'ingen')}.</span></p>"
        + soon
        + "<table class='grid' width='100%'><thead><tr>"
        "<th width='21%'>Navn</th><th width='15%'>Periode</th>"
        "<th width='12%'>Godkjent</th><th width='11%'>Status</th>"
        "<th width='41%'>Mangler godkjenning (påkrevde punkter)</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def export_person_pdf(record: PersonRecord, path: Path) -> int:
    """Write one person's training record; returns the page count."""
    return html_to_pdf(
        person_html(record),
        CSS,
        Path(path),
        f"Opplæring – {record.person.name}",
        _footer("Opplæringslogg"),
        10,
    )


def export_unit_pdf(
    matrix: Matrix, unit: str, path: Path, starting_soon: list[MatrixRow] | None = None
) -> int:
    """Write a unit's overview for the manager; returns the page count."""
    return html_to_pdf(
        unit_html(matrix, unit, starting_soon),
        CSS,
        Path(path),
        f"Opplæring – {unit or 'alle enheter'}",
        _footer("Enhetsoversikt opplæring"),
        10,
    )
