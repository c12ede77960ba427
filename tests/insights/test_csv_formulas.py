"""Every CSV meant for a spreadsheet neutralises formula-like cells (one shared writer)."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from companion.app import AppContext
from companion.insights.period import Period

FORMULAS = ('=HYPERLINK("http://x")', "+1+2", "-3+4", "@SUM(A1)", "\tcmd", "\rcmd")


def _cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [cell for row in csv.reader(handle, delimiter=";") for cell in row]


def test_proposals_export_neutralises_formulas(context: AppContext, tmp_path: Path) -> None:
    for formula in FORMULAS:
        context.insights.create_proposal(f"{formula} tittel", formula)
    out = tmp_path / "forslag.csv"
    assert context.insights.export_proposals(out) == len(FORMULAS)
    cells = _cells(out)
    for formula in FORMULAS:
        assert f"'{formula}" in cells  # the body, kept as typed
        if not formula[0].isspace():  # titles are stripped when saved
            assert f"'{formula} tittel" in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


def test_shared_export_neutralises_formula_like_gap_queries(
    context: AppContext, tmp_path: Path
) -> None:
    query = '=hyperlink("http://x")'
    for _ in range(3):
        context.usage.log_search(query, query, 0, "")
    today = date.today()
    out = tmp_path / "deling.csv"
    assert context.insights.export_shared(Period(today - timedelta(days=30), today), out) == "csv"
    cells = _cells(out)
    assert f"'{query}" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
