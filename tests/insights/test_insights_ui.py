"""The Innsikt page on an empty and on a small known database; models, charts, editing."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.content.vocabulary import CATEGORIES
from companion.insights.model import QueryStat
from companion.insights.period import Period
from companion.reports.charts import BarData, nice_ticks, paint_bar_chart
from companion.ui.charts import BarChart
from companion.ui.models.insights_tables import CategoryMapModel, Column, RecordTableModel
from companion.ui.pages.insights_page import InsightsPage
from companion.ui.workers import TaskRunner

from .helpers import coaching, search, ticket

FNR = "01019012345"


def open_page(qtbot: QtBot, context: AppContext) -> InsightsPage:
    context.prepare_database()
    runner = TaskRunner()
    page = InsightsPage(context, runner)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    return page


def test_empty_database_shows_helpful_empty_states(qtbot: QtBot, context: AppContext) -> None:
    page = open_page(qtbot, context)
    assert page.banner.isVisible()
    assert "ingen aktivitet" in page.banner.text()
    gaps = page.gaps_view
    assert gaps.poor.empty.isVisible() and not gaps.poor.content.isVisible()
    assert "Ctrl+K" in gaps.top.empty.text()
    page.tabs.setCurrentWidget(page.trends_view)
    assert (
        page.trends_view.deviations_chart.accessibleDescription()
        == "Avvik per måned: ingen data i perioden."
    )
    page.tabs.setCurrentWidget(page.proposals_view)
    assert page.proposals_view.list_empty.isVisible()
    page.tabs.setCurrentWidget(page.deviations_view)
    assert page.deviations_view.map_empty.isVisible()


def test_page_shows_known_numbers(qtbot: QtBot, context: AppContext) -> None:
    context.prepare_database()
    con = sqlite3.connect(context.paths.database)
    today = date.today()
    stamp = f"{today:%Y-%m-%d} 12:00"
    for _ in range(3):
        search(con, "vaksine", stamp, hits=0)
    ticket(con, stamp, sent=stamp, reply=stamp)
    coaching(con, "bryt-glasset", stamp)
    con.commit()
    con.close()

    page = open_page(qtbot, context)

    assert not page.banner.isVisible()
    model = page.gaps_view.poor_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "vaksine"
    assert model.data(model.index(0, 1)) == "3"
    assert page.trends_view.tickets_chart.data().values[-1] == 1
    assert page.trends_view.coaching_chart.data().values[-1] == 1
    assert len(page.trends_view.tickets_chart.data().values) == 12
    assert "1 saker sendt" in page.response_view.summary.text()


def test_changing_the_period_reloads(qtbot: QtBot, context: AppContext) -> None:
    page = open_page(qtbot, context)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.preset.setCurrentIndex(page.preset.findData("30d"))
        page.preset.activated.emit(page.preset.currentIndex())
    assert page.dashboard is not None
    assert page.dashboard.period == Period.last_days(30)
    assert len(page.trends_view.tickets_chart.data().labels) in (1, 2)


def test_proposals_are_saved_as_you_type_and_guarded(qtbot: QtBot, context: AppContext) -> None:
    page = open_page(qtbot, context)
    view = page.proposals_view
    page.tabs.setCurrentWidget(view)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    service = context.insights
    # Writes run in the task runner: wait for them, never sleep.
    qtbot.waitUntil(lambda: [p.title for p in service.proposals()] == ["Nytt endringsforslag"])
    qtbot.waitUntil(lambda: view.title.text() == "Nytt endringsforslag")
    view.title.clear()
    qtbot.keyClicks(view.title, "Felles vikarrutine")
    view.body.setPlainText("Bestill tilgang tidlig.")
    qtbot.waitUntil(lambda: service.proposals()[0].body == "Bestill tilgang tidlig.", timeout=5000)
    assert service.proposals()[0].title == "Felles vikarrutine"

    view.body.setPlainText(f"Pasient {FNR} fikk feil dose")
    qtbot.waitUntil(lambda: view.guard_label.isVisible(), timeout=5000)
    assert "fødselsnummer" in view.guard_label.text() and view.redact_button.isVisible()
    assert FNR not in service.proposals()[0].body
    qtbot.mouseClick(view.redact_button, Qt.MouseButton.LeftButton)
    redacted = "Pasient [fødselsnummer fjernet] fikk feil dose"
    qtbot.waitUntil(lambda: service.proposals()[0].body == redacted)
    qtbot.waitUntil(lambda: not view.guard_label.isVisible())

    view.status.setCurrentIndex(view.status.findData("klar"))
    view.status.activated.emit(view.status.currentIndex())
    qtbot.waitUntil(lambda: service.proposals()[0].status == "klar")
    view.link_kind.setCurrentIndex(view.link_kind.findData("avvik"))
    view.link_ref.setText("Legemiddelhåndtering")
    qtbot.mouseClick(view.add_link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.links.count() == 1)
    view.link_kind.setCurrentIndex(view.link_kind.findData("sak"))
    view.link_ref.setText("999")
    qtbot.mouseClick(view.add_link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Fant ingen sak" in view.message.text())


def test_deviation_import_lists_bad_rows_and_mapping_is_saved(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, context)
    view = page.deviations_view
    export = tmp_path / "avvik.csv"
    export.write_text("Dato;Kategori\n01.03.2026;IKT\n31.02.2026;Fall\n;Fall\n", encoding="utf-8")
    with qtbot.waitSignal(view.changed, timeout=10_000):
        view.import_file(export)
    assert view.errors.count() == 2
    assert view.errors.item(0).text().startswith("linje 3: forstår ikke datoen")
    assert "1 avvik importert" in view.result_label.text()
    model = view.map_model
    assert model.data(model.index(0, 0)) == "IKT"
    with qtbot.waitSignal(view.changed):  # the mapping is written in the task runner
        assert model.setData(model.index(0, 1), "innlogging-tilgang")
    assert [(m.source, m.category) for m in context.insights.category_mappings()] == [
        ("IKT", "innlogging-tilgang")
    ]
    assert not model.setData(model.index(0, 1), "finnes-ikke")


def test_models_pass_the_model_tester(qtmodeltester: object) -> None:
    model: RecordTableModel[QueryStat] = RecordTableModel(
        [
            Column[QueryStat]("Søk", lambda s: s.label),
            Column[QueryStat](
                "Antall", lambda s: str(s.searches), lambda s: s.searches, numeric=True
            ),
        ]
    )
    model.set_rows([QueryStat("a", "A", 3, 1, 0), QueryStat("b", "B", 1, 0, 1)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    mapping = CategoryMapModel(lambda _s, _c: None)
    mapping.set_rows([("IKT", "", 3), ("Fall", "pasientflyt", 1)])
    qtmodeltester.check(mapping)  # type: ignore[attr-defined]
    assert mapping.data(mapping.index(0, 1)) == "Ikke koblet – velg kategori"
    assert len(CategoryMapModel.CHOICES) == len(CATEGORIES) + 1


def test_nice_ticks() -> None:
    assert nice_ticks(56) == [0, 20, 40, 60]
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(2.0) == [0, 0.5, 1.0, 1.5, 2.0]
    assert nice_ticks(0) == [0.0, 1.0]


@pytest.mark.parametrize("maximum", [1, 2, 3, 5, 7, 13])
def test_count_axes_have_whole_distinct_ticks(maximum: int) -> None:
    ticks = nice_ticks(maximum, integer=True)
    labels = [str(int(t)) for t in ticks]
    assert all(t == int(t) for t in ticks) and len(set(labels)) == len(labels)
    assert ticks[-1] >= maximum


def test_chart_labels_are_dark_on_white(qtbot: QtBot) -> None:
    """QtCharts draws labels white by default; ours must be visible text colour."""
    data = BarData("Avvik per måned", ("feb", "mar", "apr", "mai"), (1, 20, 56, 7))
    image = QImage(480, 260, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    font.setPointSize(11)
    paint_bar_chart(painter, QRectF(0, 0, 480, 260), data, font)
    painter.end()
    dark = [
        (x, y)
        for x in range(0, 480, 2)
        for y in range(0, 30)
        if QColor(image.pixel(x, y)).lightness() < 100
    ]
    assert dark, "the title must be drawn in a dark colour"
    chart = BarChart(data)
    qtbot.addWidget(chart)
    assert chart.accessibleDescription() == "Avvik per måned: feb 1, mar 20, apr 56, mai 7."


@pytest.mark.parametrize("values", [(), (0, 0)])
def test_chart_without_data_says_so(qtbot: QtBot, values: tuple[int, ...]) -> None:
    chart = BarChart(BarData("Saker per måned", tuple("ab"[: len(values)]), values))
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.grab().toImage().width() == 300
    assert "ingen data" in chart.accessibleDescription()


def test_report_from_the_page(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    page = open_page(qtbot, context)
    out = tmp_path / "rapport.pdf"
    page.write_report(out, page.period())
    qtbot.waitUntil(lambda: "Møterapporten er lagret" in page.status.text(), timeout=20_000)
    assert out.read_bytes().startswith(b"%PDF") and page.report_button.isEnabled()
    assert out.name in page.status.text()
