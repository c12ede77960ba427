"""Innsikt: the page the superuser meeting looks at - gaps, trends, response, proposals, avvik.

The page touches no service until it is first shown; then one background task reads the whole
dashboard for the chosen period (well under 300 ms on a year of data, see
benchmarks/insights_bench.py) and the tabs fill in. The meeting report (PDF) and the shared
export are written in the background too.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTimer, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.app import AppContext
from companion.insights.model import Dashboard
from companion.insights.period import Period, PeriodError
from companion.insights.scope import Scope
from companion.ui.domain_words import word
from companion.ui.flow_layout import FlowLayout
from companion.ui.i18n import fmt
from companion.ui.pages.base import heading, muted
from companion.ui.pages.insights_deviations import DeviationsView
from companion.ui.pages.insights_proposals import ProposalsView
from companion.ui.pages.insights_views import GapsView, ResponseView, TrendsView
from companion.ui.theme import ERROR
from companion.ui.workers import TaskRunner

PRESETS = (
    ("12m", "Siste 12 måneder"),
    ("3m", "Siste 3 måneder"),
    ("30d", "Siste 30 dager"),
    ("ytd", "Hittil i år"),
    ("custom", "Egendefinert"),
)

if TYPE_CHECKING:
    from companion.insights.service import CategoryMapping, InsightsService


def preset_period(key: str, today: date) -> Period:
    if key == "3m":
        return Period.last_months(3, today)
    if key == "30d":
        return Period.last_days(30, today)
    if key == "ytd":
        return Period.year_to_date(today)
    return Period.last_months(12, today)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class InsightsPage(QWidget):
    """Header with period and actions, a status line, and five tabs."""

    loaded = Signal(float)  # milliseconds from request to filled views (benchmark, tests)

    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.dashboard: Dashboard | None = None
        self._started = 0.0
        self._pending = False
        self._busy = False
        self._shared_path = ""
        self._refresh_timer = QTimer(self, singleShot=True, interval=250)
        self._refresh_timer.timeout.connect(self.refresh)
        self.setAccessibleName(self.tr("Innsikt"))
        self._build()

    def service(self) -> InsightsService:
        return self.context.insights

    # ---- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(heading(self.tr("Innsikt")))
        layout.addWidget(
            muted(
                self.tr(
                    "Til superbrukermøtet: hva kollegaer ikke finner, hva som øker, hvor lang tid "
                    "brukerstøtte bruker, og forslag til fellesmøtet."
                )
            )
        )
        controls = FlowLayout()
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Periode"))
        for key, label in PRESETS:
            self.preset.addItem(word(label), key)
        self.preset.activated.connect(lambda _i: self._apply_preset())
        self.start_edit = self._date_edit(self.tr("Fra dato"))
        self.end_edit = self._date_edit(self.tr("Til dato"))
        controls.addWidget(QLabel(self.tr("Periode")))
        controls.addWidget(self.preset)
        controls.addWidget(QLabel(self.tr("Fra")))
        controls.addWidget(self.start_edit)
        controls.addWidget(QLabel(self.tr("Til")))
        controls.addWidget(self.end_edit)
        self.scope_box = QComboBox(self)
        self.scope_box.setAccessibleName(self.tr("Tall fra"))
        self.scope_box.setToolTip(
            self.tr(
                "Søk uten treff og «Nei»-svar fra alle PC-ene i teamet (hentet ved siste "
                "synkronisering), eller bare fra denne PC-en"
            )
        )
        self.scope_box.addItem(self.tr("Hele teamet"), str(Scope.TEAM))
        self.scope_box.addItem(self.tr("Denne PC-en"), str(Scope.LOCAL))
        self.scope_box.activated.connect(lambda _i: self.schedule_refresh())
        if self.context.team_configured:  # without a team, Innsikt looks as before
            self.scope_title = QLabel(self.tr("Tall fra"))
            self.scope_title.setBuddy(self.scope_box)
            controls.addWidget(self.scope_title)
            controls.addWidget(self.scope_box)
        else:
            self.scope_box.setVisible(False)
        self.share_button = QPushButton(self.tr("Eksporter for deling …"))
        self.share_button.setToolTip(
            self.tr("Bare tall per måned og kategori og søk uten gode treff – ingen navn")
        )
        self.share_button.clicked.connect(self.export_shared)
        self.report_button = QPushButton(self.tr("Lag møterapport (PDF) …"))
        self.report_button.setProperty("primary", True)
        self.report_button.clicked.connect(self.make_report)
        controls.addWidget(self.share_button)
        controls.addWidget(self.report_button)
        layout.addLayout(controls)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(True)
        layout.addWidget(self.status)
        self.banner = muted(
            self.tr(
                "Det er ingen aktivitet i perioden ennå. Innsikt fylles etter hvert som dere "
                "søker, lager saker "
                "og bruker «Vis ved siden av». Avvik henter du inn fra kvalitetssystemet i fanen "
                "Avvik."
            )
        )
        self.banner.setStyleSheet("background: #eef2f7; padding: 10px; border-radius: 6px;")
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Innsikt-faner"))
        self.gaps_view = GapsView()
        self.trends_view = TrendsView()
        self.response_view = ResponseView()
        self.proposals_view = ProposalsView(self.service)
        self.deviations_view = DeviationsView(self.service, self.runner)
        self.deviations_view.changed.connect(self.schedule_refresh)
        self.tabs.addTab(self.gaps_view, self.tr("Kunnskapshull"))
        self.tabs.addTab(self.trends_view, self.tr("Trender"))
        self.tabs.addTab(self.response_view, self.tr("Svartid"))
        self.tabs.addTab(self.proposals_view, self.tr("Endringsforslag"))
        self.tabs.addTab(self.deviations_view, self.tr("Avvik"))
        from companion.ui.pages.insights_review import ReviewView

        self.review_view = ReviewView(self.service, self.runner)
        self.tabs.addTab(self.review_view, self.tr("Må gjennomgås"))
        layout.addWidget(self.tabs, 1)
        self._set_dates(preset_period("12m", date.today()))

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setAccessibleName(name)
        edit.dateChanged.connect(lambda _d: self._dates_edited())
        return edit

    def _set_dates(self, period: Period) -> None:
        for edit, day in ((self.start_edit, period.start), (self.end_edit, period.end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def _apply_preset(self) -> None:
        key = str(self.preset.currentData())
        if key != "custom":
            self._set_dates(preset_period(key, date.today()))
            self.schedule_refresh()

    def _dates_edited(self) -> None:
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.schedule_refresh()

    def period(self) -> Period:
        return Period(from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date()))

    def scope(self) -> Scope | None:
        """The chosen figures (team or this PC); None without a team (the service's default)."""
        if not self.context.team_configured:
            return None
        return Scope(str(self.scope_box.currentData()))

    # ---- loading -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dashboard is None and not self._busy:
            self.refresh()

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Read the dashboard for the chosen period in the background."""
        try:
            period = self.period()
        except PeriodError as exc:
            self._error(str(exc))
            return
        if self._busy:
            self._pending = True
            return
        self._busy = True
        self._started = time.perf_counter()
        self.status.setText(fmt(self.tr("Henter innsikt for %1 …"), period.label()))
        scope = self.scope()
        self.runner.start(self._load, period, scope, on_done=self._show, on_error=self._error)
        self.review_view.load(scope, show_scope=scope is not None)

    def _load(
        self, period: Period, scope: Scope | None
    ) -> tuple[Dashboard, list[CategoryMapping], int]:
        service = self.service()
        mappings = service.category_mappings()
        return service.dashboard(period, scope=scope), mappings, sum(m.count for m in mappings)

    def _show(self, result: tuple[Dashboard, list[CategoryMapping], int]) -> None:
        board, mappings, total = result
        self._busy = False
        if self._pending:
            self._pending = False
            self.refresh()
            return
        self.dashboard = board
        self.gaps_view.set_dashboard(board, show_scope=self.context.team_configured)
        self.trends_view.set_dashboard(board)
        self.response_view.set_dashboard(board)
        self.proposals_view.set_proposals(board.proposals)
        self.deviations_view.set_mappings(mappings, total)
        self.banner.setVisible(board.is_empty)
        self.status.setStyleSheet("")
        self.status.setText(fmt(self.tr("Perioden %1."), board.period.label()))
        self.loaded.emit((time.perf_counter() - self._started) * 1000)

    def _error(self, message: str) -> None:
        self._busy = False
        self.status.setStyleSheet(f"color: {ERROR};")
        self.status.setText(message)

    # ---- report and sharing ------------------------------------------------------------
    def make_report(self) -> None:
        period = self.period()
        suggested = str(Path.home() / f"moterapport-{period.slug()}.pdf")
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Lagre møterapport"), suggested, self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_report(Path(path), period)

    def write_report(self, path: Path, period: Period) -> None:
        self.report_button.setEnabled(False)
        self.status.setText(self.tr("Lager møterapport …"))
        self.runner.start(
            self._report_job,
            path,
            period,
            self.scope(),
            on_done=self._report_done,
            on_error=self._report_failed,
        )

    def _report_job(self, path: Path, period: Period, scope: Scope | None) -> tuple[Path, int]:
        from companion.reports.insights_pdf import write_report

        unit = self.context.settings.org.unit
        board = self.service().dashboard(period, scope=scope)
        return path, write_report(board, path, unit=unit)

    def _report_done(self, result: tuple[Path, int]) -> None:
        path, pages = result
        self.report_button.setEnabled(True)
        self.status.setStyleSheet("")
        link = QUrl.fromLocalFile(str(path)).toString()
        self.status.setText(
            self.tr("Møterapporten er lagret (%n sider): ", "", pages)
            + f'<a href="{link}">{path.name}</a>'
        )

    def _report_failed(self, message: str) -> None:
        self.report_button.setEnabled(True)
        self._error(message)

    def export_shared(self) -> None:
        period = self.period()
        suggested = str(Path.home() / f"innsikt-deling-{period.slug()}.csv")
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Eksporter for deling med andre kommuner"),
            suggested,
            self.tr("CSV (*.csv);;JSON (*.json)"),
        )
        if path:
            self._shared_path = path
            self.runner.start(
                self.service().export_shared,
                period,
                Path(path),
                on_done=self._shared_done,
                on_error=self._error,
            )

    def _shared_done(self, kind: object) -> None:
        self.status.setStyleSheet("")
        self.status.setText(
            fmt(self.tr("Eksportert (%1, bare tall og søk – ingen navn): "), str(kind).upper())
            + self._shared_path
        )


__all__ = ["InsightsPage", "preset_period"]
