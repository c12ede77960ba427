"""The read-only Innsikt tabs: Kunnskapshull, Trender, Svartid.

Each view has ``set_dashboard(dashboard)`` and shows a helpful empty state per section when
the period has no data, so a new installation explains what will appear here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.insights.model import (
    ArticleVotes,
    CoachedTopic,
    Dashboard,
    OverdueArticle,
    QueryStat,
    ResponseRow,
    SearchBeforeTicket,
    SlowTicket,
    category_label,
)
from companion.insights.scope import Scope
from companion.insights.stats import format_days
from companion.reports.charts import month_bars, number, share
from companion.ui.charts import BarChart
from companion.ui.content_status import kind_word
from companion.ui.i18n import fmt
from companion.ui.models.insights_tables import SORT_ROLE, Column, RecordTableModel
from companion.ui.pages.base import empty_state, muted

MAX_VISIBLE_ROWS = 8


class FitTable(QTableView):
    """A sortable table as tall as its rows (up to a limit), for stacking in a scroll area."""

    def __init__(self, model: RecordTableModel[Any], name: str, stretch: int = 0) -> None:
        super().__init__()
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        self.setModel(proxy)
        self.source = model
        self.setAccessibleName(name)
        self.setSortingEnabled(True)
        self.sortByColumn(
            -1, Qt.SortOrder.AscendingOrder
        )  # the service's order (most important first)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Fixed widths from the header text, not ResizeToContents: that asks every cell for its
        # size on each reset, which costs more than the dashboard query on a year of data.
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        for i, column in enumerate(model.columns):
            width = metrics.horizontalAdvance(column.header) + 28
            header.resizeSection(i, max(width, 90 if column.numeric else 160))
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        rows = min(MAX_VISIBLE_ROWS, max(1, self.source.rowCount()))
        height = (
            self.horizontalHeader().sizeHint().height()
            + rows * self.verticalHeader().defaultSectionSize()
            + 4
        )
        self.setFixedHeight(height)


class Section(QWidget):
    """A heading, an optional note, the content, and an empty state that replaces it."""

    def __init__(self, title: str, content: QWidget, empty_text: str, note: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        heading = QLabel(title)
        heading.setProperty("role", "subheading")
        heading.setStyleSheet("font-weight: bold; font-size: 12.5pt;")
        layout.addWidget(heading)
        if note:
            layout.addWidget(muted(note))
        self.content = content
        self.empty = empty_state(empty_text)
        self.empty.setStyleSheet("padding: 8px;")
        layout.addWidget(content)
        layout.addWidget(self.empty)
        content.setVisible(False)  # until the first data arrives
        self.empty.setVisible(False)

    def set_empty(self, empty: bool) -> None:
        self.content.setVisible(not empty)
        self.empty.setVisible(empty)


def scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def table_section(
    title: str, columns: Sequence[Column[Any]], empty_text: str, note: str = "", stretch: int = 0
) -> tuple[Section, RecordTableModel[Any]]:
    model: RecordTableModel[Any] = RecordTableModel(columns)
    section = Section(title, FitTable(model, title, stretch), empty_text, note)
    return section, model


def scope_text(scope: Scope, pcs: int) -> str:
    """Whose searches and votes the figures are: "Hele teamet (N PC-er)" or "Denne PC-en"."""
    if scope is not Scope.TEAM:
        return QCoreApplication.translate("GapsView", "Denne PC-en")
    if pcs <= 1:
        return QCoreApplication.translate(
            "GapsView", "Hele teamet (1 PC – ingen tall fra andre PC-er er hentet ennå)"
        )
    return fmt(QCoreApplication.translate("GapsView", "Hele teamet (%1 PC-er)"), pcs)


class GapsView(QWidget):
    """Kunnskapshull: what people search for and do not find, and what did not help."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.scope_label.setStyleSheet("font-weight: 600;")
        self.scope_label.setVisible(False)  # only with a team: without one nothing changes
        layout.addWidget(self.scope_label)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.poor, self.poor_model = table_section(
            self.tr("Søk uten gode treff"),
            [
                Column[QueryStat](self.tr("Søk"), lambda s: s.label, lambda s: s.normalized),
                Column[QueryStat](
                    self.tr("Uten treff"),
                    lambda s: number(s.zero_hits),
                    lambda s: s.zero_hits,
                    numeric=True,
                ),
                Column[QueryStat](
                    self.tr("Treff, men ingenting åpnet"),
                    lambda s: number(s.no_open),
                    lambda s: s.no_open,
                    numeric=True,
                ),
                Column[QueryStat](
                    self.tr("Søk i alt"),
                    lambda s: number(s.searches),
                    lambda s: s.searches,
                    numeric=True,
                ),
            ],
            self.tr(
                "Ingen søk uten gode treff i perioden. Når kollegaer søker uten å finne noe, vises "
                "søkene her."
            ),
            self.tr(
                "Mangler det innhold eller et synonym? Det er her nye veiledninger og vanlige feil "
                "bør starte."
            ),
        )
        self.before, self.before_model = table_section(
            self.tr("Søk like før en ny sak"),
            [
                Column[SearchBeforeTicket](
                    self.tr("Søk"), lambda s: s.label, lambda s: s.normalized
                ),
                Column[SearchBeforeTicket](
                    self.tr("Nye saker"),
                    lambda s: number(s.tickets),
                    lambda s: s.tickets,
                    numeric=True,
                ),
            ],
            self.tr("Ingen saker ble laget like etter et søk i perioden."),
            self.tr("Søket hjalp ikke: en ny sak til brukerstøtte ble laget innen 30 minutter."),
        )
        self.top, self.top_model = table_section(
            self.tr("Mest søkt"),
            [
                Column[QueryStat](self.tr("Søk"), lambda s: s.label, lambda s: s.normalized),
                Column[QueryStat](
                    self.tr("Antall søk"),
                    lambda s: number(s.searches),
                    lambda s: s.searches,
                    numeric=True,
                ),
                Column[QueryStat](
                    self.tr("Andel uten treff"),
                    lambda s: share(s.zero_hits, s.searches),
                    lambda s: s.zero_hits / max(1, s.searches),
                    numeric=True,
                ),
            ],
            self.tr("Ingen søk i perioden ennå. Søk fra søkefeltet øverst (Ctrl+K) blir telt her."),
        )
        self.votes, self.votes_model = table_section(
            self.tr("Flest «Nei» på «Var dette nyttig?»"),
            [
                Column[ArticleVotes](self.tr("Veiledning eller vanlig feil"), lambda v: v.title),
                Column[ArticleVotes](
                    self.tr("Nei"), lambda v: number(v.no), lambda v: v.no, numeric=True
                ),
                Column[ArticleVotes](
                    self.tr("Ja"), lambda v: number(v.yes), lambda v: v.yes, numeric=True
                ),
                Column[ArticleVotes](
                    self.tr("Nyeste kommentarer"),
                    lambda v: " · ".join(v.comments) or "–",
                    tooltip=lambda v: "\n".join(v.comments),
                ),
            ],
            self.tr("Ingen har svart «Nei» i perioden."),
            stretch=3,
        )
        self.overdue, self.overdue_model = table_section(
            self.tr("Passert revisjonsdato"),
            [
                Column[OverdueArticle](self.tr("Innhold"), lambda o: o.title),
                Column[OverdueArticle](self.tr("Type"), lambda o: kind_word(o.kind)),
                Column[OverdueArticle](
                    self.tr("Skulle vært gjennomgått"),
                    lambda o: f"{o.review_by:%d.%m.%Y}",
                    lambda o: o.review_by.toordinal(),
                ),
                Column[OverdueArticle](
                    self.tr("Dager over"),
                    lambda o: number(o.days_overdue),
                    lambda o: o.days_overdue,
                    numeric=True,
                ),
            ],
            self.tr("Alt innhold er innenfor revisjonsdatoen."),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.poor, 0, 0, top)
        grid.addWidget(self.before, 0, 1, top)
        grid.addWidget(self.top, 1, 0, top)
        grid.addWidget(self.overdue, 1, 1, top)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)
        layout.addWidget(self.votes)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll(body))

    def set_dashboard(self, board: Dashboard, show_scope: bool = False) -> None:
        gaps = board.gaps
        self.scope_label.setVisible(show_scope)
        if show_scope:
            words = scope_text(gaps.scope, gaps.pcs)
            if gaps.scope is Scope.TEAM:
                words = fmt(
                    self.tr("%1. Søk like før en ny sak og kommentarene er bare fra denne PC-en."),
                    words,
                )
            self.scope_label.setText(words)
        if gaps.total_searches:
            self.summary.setText(
                fmt(
                    self.tr("%1 søk i perioden, %2 uten treff (%3)."),
                    number(gaps.total_searches),
                    number(gaps.zero_hit_searches),
                    share(gaps.zero_hit_searches, gaps.total_searches),
                )
            )
        else:
            self.summary.setText(self.tr("Ingen søk i perioden."))
        for section, model, rows in (
            (self.poor, self.poor_model, gaps.poor),
            (self.before, self.before_model, gaps.before_ticket),
            (self.top, self.top_model, gaps.top),
            (self.votes, self.votes_model, gaps.unhelpful),
            (self.overdue, self.overdue_model, gaps.overdue),
        ):
            model.set_rows(rows)
            section.set_empty(not rows)


class TrendsView(QWidget):
    """Trender: saker, veiledning and avvik per month, and per category for the period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        layout = QVBoxLayout(body)
        charts = QGridLayout()
        self.tickets_chart = BarChart()
        self.coaching_chart = BarChart()
        self.deviations_chart = BarChart()
        for i, chart in enumerate((self.tickets_chart, self.coaching_chart, self.deviations_chart)):
            charts.addWidget(chart, 0, i)
        layout.addLayout(charts)
        self.unmapped = muted("")
        layout.addWidget(self.unmapped)
        self.categories, self.categories_model = table_section(
            self.tr("Per kategori i perioden"),
            [
                Column[tuple[str, int, int, int]](
                    self.tr("Kategori"), lambda r: category_label(r[0])
                ),
                Column[tuple[str, int, int, int]](
                    self.tr("Saker"), lambda r: number(r[1]), lambda r: r[1], numeric=True
                ),
                Column[tuple[str, int, int, int]](
                    self.tr("Veiledning ved siden av"),
                    lambda r: number(r[2]),
                    lambda r: r[2],
                    numeric=True,
                ),
                Column[tuple[str, int, int, int]](
                    self.tr("Avvik"), lambda r: number(r[3]), lambda r: r[3], numeric=True
                ),
            ],
            self.tr("Ingen saker, veiledninger eller avvik i perioden."),
        )
        self.topics, self.topics_model = table_section(
            self.tr("Mest veiledede temaer"),
            [
                Column[CoachedTopic](self.tr("Tema"), lambda t: t.title),
                Column[CoachedTopic](
                    self.tr("Ganger"),
                    lambda t: number(t.sessions),
                    lambda t: t.sessions,
                    numeric=True,
                ),
                Column[CoachedTopic](
                    self.tr("Minutter"),
                    lambda t: number(t.minutes),
                    lambda t: t.minutes,
                    numeric=True,
                ),
                Column[CoachedTopic](
                    self.tr("Til oppfølging"),
                    lambda t: number(t.follow_up),
                    lambda t: t.follow_up,
                    numeric=True,
                ),
                Column[CoachedTopic](
                    self.tr("Eskalert"),
                    lambda t: number(t.escalated),
                    lambda t: t.escalated,
                    numeric=True,
                ),
            ],
            self.tr(
                "Ingen veiledning ved siden av i perioden. Bruk «Vis ved siden av» i en "
                "veiledning, så telles det her."
            ),
        )
        layout.addWidget(self.categories)
        layout.addWidget(self.topics)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll(body))

    def set_dashboard(self, board: Dashboard) -> None:
        t = board.trends
        self.tickets_chart.set_data(
            month_bars(self.tr("Saker per måned"), t.tickets.months, t.tickets.by_month())
        )
        self.coaching_chart.set_data(
            month_bars(
                self.tr("Veiledning ved siden av per måned"),
                t.coaching.months,
                t.coaching.by_month(),
            )
        )
        self.deviations_chart.set_data(
            month_bars(self.tr("Avvik per måned"), t.deviations.months, t.deviations.by_month())
        )
        if t.unmapped_categories:
            self.unmapped.setText(
                self.tr(
                    "Avvik i %n kategori(er) er ikke koblet til våre kategorier (se fanen Avvik): ",
                    "",
                    len(t.unmapped_categories),
                )
                + ", ".join(t.unmapped_categories)
            )
        self.unmapped.setVisible(bool(t.unmapped_categories))
        totals: dict[str, list[int]] = {}
        for i, series in enumerate((t.tickets, t.coaching, t.deviations)):
            for category, n in series.by_category():
                totals.setdefault(category, [0, 0, 0])[i] += n
        rows: list[tuple[str, int, int, int]] = sorted(
            ((c, v[0], v[1], v[2]) for c, v in totals.items()),
            key=lambda r: (-(r[1] + r[2] + r[3]), r[0]),
        )
        self.categories_model.set_rows(rows)
        self.categories.set_empty(not rows)
        self.topics_model.set_rows(t.coached_topics)
        self.topics.set_empty(not t.coached_topics)


def response_columns(first: str) -> list[Column[ResponseRow]]:
    return [
        Column[ResponseRow](first, lambda r: r.label, lambda r: r.key),
        Column[ResponseRow](
            QCoreApplication.translate("ResponseView", "Sendt"),
            lambda r: number(r.sent),
            lambda r: r.sent,
            numeric=True,
        ),
        Column[ResponseRow](
            QCoreApplication.translate("ResponseView", "Median til svar"),
            lambda r: format_days(r.median_reply),
            lambda r: r.median_reply or 0,
            numeric=True,
        ),
        Column[ResponseRow](
            QCoreApplication.translate("ResponseView", "90 % innen"),
            lambda r: format_days(r.p90_reply),
            lambda r: r.p90_reply or 0,
            numeric=True,
        ),
        Column[ResponseRow](
            QCoreApplication.translate("ResponseView", "Løst"),
            lambda r: number(r.resolved),
            lambda r: r.resolved,
            numeric=True,
        ),
        Column[ResponseRow](
            QCoreApplication.translate("ResponseView", "Median til løst"),
            lambda r: format_days(r.median_resolve),
            lambda r: r.median_resolve or 0,
            numeric=True,
        ),
        Column[ResponseRow](
            QCoreApplication.translate("ResponseView", "90 % løst innen"),
            lambda r: format_days(r.p90_resolve),
            lambda r: r.p90_resolve or 0,
            numeric=True,
        ),
    ]


class ResponseView(QWidget):
    """Svartid: days from sent to first reply and to resolution, median and 90th percentile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 12.5pt;")
        layout.addWidget(self.summary)
        layout.addWidget(
            muted(
                self.tr(
                    "Tiden måles fra saken er sendt til brukerstøtte. «90 % innen» betyr at ni av "
                    "ti saker fikk svar innen så mange dager."
                )
            )
        )
        charts = QGridLayout()
        self.reply_chart = BarChart()
        self.resolve_chart = BarChart()
        charts.addWidget(self.reply_chart, 0, 0)
        charts.addWidget(self.resolve_chart, 0, 1)
        layout.addLayout(charts)
        self.months, self.months_model = table_section(
            self.tr("Per måned"),
            response_columns(self.tr("Måned")),
            self.tr("Ingen saker ble sendt i perioden."),
        )
        self.cats, self.cats_model = table_section(
            self.tr("Per kategori"),
            response_columns(self.tr("Kategori")),
            self.tr("Ingen saker ble sendt i perioden."),
        )
        self.slow, self.slow_model = table_section(
            self.tr("Saker som ventet lengst på svar"),
            [
                Column[SlowTicket](
                    self.tr("Sak"), lambda s: f"{s.ticket_id}", lambda s: s.ticket_id, numeric=True
                ),
                Column[SlowTicket](self.tr("Emne"), lambda s: s.subject),
                Column[SlowTicket](self.tr("Kategori"), lambda s: category_label(s.category)),
                Column[SlowTicket](
                    self.tr("Sendt"),
                    lambda s: f"{s.sent_on:%d.%m.%Y}",
                    lambda s: s.sent_on.toordinal(),
                ),
                Column[SlowTicket](
                    self.tr("Ventet"),
                    lambda s: (
                        format_days(s.days_waiting)
                        + ("" if s.days_to_reply is not None else " – venter fortsatt")
                    ),
                    lambda s: s.days_waiting,
                    numeric=True,
                ),
                Column[SlowTicket](
                    self.tr("Løst etter"),
                    lambda s: format_days(s.days_to_resolve),
                    lambda s: s.days_to_resolve or 0,
                    numeric=True,
                ),
            ],
            self.tr("Ingen saker ble sendt i perioden."),
            stretch=1,
        )
        for section in (self.months, self.cats, self.slow):
            layout.addWidget(section)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll(body))

    def set_dashboard(self, board: Dashboard) -> None:
        r = board.response
        o = r.overall
        if o.sent:
            self.summary.setText(
                fmt(
                    self.tr(
                        "%1 saker sendt. Første svar: median %2, 90 % innen %3. Løst: median %4, "
                        "90 % innen %5."
                    ),
                    number(o.sent),
                    format_days(o.median_reply),
                    format_days(o.p90_reply),
                    format_days(o.median_resolve),
                    format_days(o.p90_resolve),
                )
            )
        else:
            self.summary.setText(self.tr("Ingen saker ble sendt til brukerstøtte i perioden."))
        months = [row.key for row in r.by_month]
        self.reply_chart.set_data(
            month_bars(
                self.tr("Median dager til første svar"),
                months,
                [row.median_reply or 0 for row in r.by_month],
                1,
            )
        )
        self.resolve_chart.set_data(
            month_bars(
                self.tr("Median dager til løst"),
                months,
                [row.median_resolve or 0 for row in r.by_month],
                1,
            )
        )
        for section, model, rows in (
            (self.months, self.months_model, r.by_month),
            (self.cats, self.cats_model, r.by_category),
            (self.slow, self.slow_model, r.slow),
        ):
            model.set_rows(rows)
            section.set_empty(not rows)


__all__ = ["GapsView", "ResponseView", "TrendsView"]
