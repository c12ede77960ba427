"""Innsikt with a team: the page says whose figures they are, and the toggle switches them."""

from __future__ import annotations

import sqlite3

from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.insights.scope import Scope

from .test_insights_ui import open_page
from .test_team_scope import seed_team

TEAM_URL = "postgresql://kommune@127.0.0.1:9/team"  # never contacted: Innsikt reads locally


def _seeded(context: AppContext) -> None:
    context.prepare_database()
    con = sqlite3.connect(context.paths.database)
    seed_team(con)
    con.close()


def _poor(page: object) -> list[tuple[str, int]]:
    model = page.gaps_view.poor_model  # type: ignore[attr-defined]
    rows = [model.row_at(r) for r in range(model.rowCount())]
    return [(s.normalized, s.zero_hits) for s in rows if s is not None]


def test_team_figures_are_labelled_and_the_toggle_shows_this_pc(
    qtbot: QtBot, context: AppContext
) -> None:
    context.settings.team.url = TEAM_URL
    _seeded(context)
    page = open_page(qtbot, context)
    review = page.review_view.scope_label  # on a hidden tab: shown, but not visible
    qtbot.waitUntil(lambda: not review.isHidden(), timeout=10_000)
    assert page.scope_box.isVisible()
    assert page.gaps_view.scope_label.isVisible()
    assert page.gaps_view.scope_label.text().startswith("Hele teamet (3 PC-er)")
    assert _poor(page) == [("rover", 6), ("vaktbytte", 6)]
    assert "Hele teamet (3 PC-er)" in review.text()

    page.scope_box.setCurrentIndex(page.scope_box.findData(str(Scope.LOCAL)))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    assert page.gaps_view.scope_label.text() == "Denne PC-en"
    assert _poor(page) == [("rover", 3)]
    qtbot.waitUntil(lambda: "Denne PC-en" in review.text(), timeout=10_000)


def test_without_a_team_the_page_has_no_scope_label_or_toggle(
    qtbot: QtBot, context: AppContext
) -> None:
    _seeded(context)
    page = open_page(qtbot, context)
    assert not page.scope_box.isVisible()
    assert not page.gaps_view.scope_label.isVisible()
    assert page.review_view.scope_label.isHidden()
    assert _poor(page) == [("rover", 3)]
