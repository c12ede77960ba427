"""Innsikt → «Innhold som må gjennomgås»: drafts, overdue and most «Nei», retired left out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot
from tests.content.conftest import MISTAKE, write
from tests.content.test_governance import APPROVED, RETIRE

from companion.app import AppContext
from companion.content.layers import load_merged
from companion.insights.review import ReviewReason
from companion.insights.service import InsightsService
from companion.ui.pages.insights_review import ReviewView
from companion.ui.workers import TaskRunner


def _service(context: AppContext, tmp_path: Path) -> InsightsService:
    root = tmp_path / "c"
    write(root, "kb/draft.md", MISTAKE.format(id="draft", title="Utkastet"))
    write(
        root, "kb/ok.md", APPROVED.format(id="ok", title="Godkjent og fersk", review="2099-01-01")
    )
    write(root, "kb/old.md", APPROVED.format(id="old", title="Gammel", review="2026-01-01"))
    write(root, "kb/bad.md", APPROVED.format(id="bad", title="Lite nyttig", review="2099-01-01"))
    write(root, "kb/gone.md", RETIRE.format(id="gone"))
    usage = context.usage
    for helpful in (False, False, True):
        usage.add_feedback("bad", helpful)
    usage.add_feedback("ok", False)
    usage.add_feedback("ok", True)
    return InsightsService(context.database, load_merged(root, None))


def test_review_queue_reasons_and_order(context: AppContext, tmp_path: Path) -> None:
    items = _service(context, tmp_path).review_queue(today=date(2026, 3, 1))
    assert [i.article_id for i in items] == ["bad", "old", "draft"]
    by_id = {i.article_id: i for i in items}
    assert by_id["bad"].reasons == (ReviewReason.UNHELPFUL,)
    assert (by_id["bad"].no, by_id["bad"].yes) == (2, 1)
    assert by_id["old"].reasons == (ReviewReason.OVERDUE,) and by_id["old"].days_overdue == 59
    assert by_id["draft"].reasons == (ReviewReason.DRAFT,)


def test_review_view_lists_items_and_opens_on_double_click(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    service = _service(context, tmp_path)
    view = ReviewView(lambda: service, TaskRunner())
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=5000) as signal:
        view.load()
    assert signal.args == [3]
    table = view.section.content
    texts = {table.model().index(r, 0).data() for r in range(table.model().rowCount())}  # type: ignore[attr-defined]
    assert texts == {"Lite nyttig", "Gammel", "Utkastet"}
    reasons = [table.model().index(r, 3).data() for r in range(3)]  # type: ignore[attr-defined]
    assert "Flere «Nei» enn «Ja»" in reasons
    with qtbot.waitSignal(view.openArticle) as opened:
        table.doubleClicked.emit(table.model().index(0, 0))  # type: ignore[attr-defined]
    assert opened.args[0] in {"bad", "old", "draft"}
