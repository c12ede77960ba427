"""Enhetsoversikt: people × checklist items, filters (unit, role, start week), who is not ready."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.training.export import export_unit_csv
from companion.training.service import TrainingService
from companion.training.types import ROLES, Matrix, MatrixRow
from companion.training.weeks import iso_week, next_week, week_label
from companion.ui import theme
from companion.ui.domain_words import word
from companion.ui.flow_layout import FlowLayout
from companion.ui.i18n import fmt
from companion.ui.models.training_matrix import (
    COLUMN_ROLE,
    FIRST_ITEM_COLUMN,
    PERSON_ID_ROLE,
    TrainingMatrixModel,
)
from companion.ui.models.training_status import LEGEND
from companion.ui.pages.base import empty_state
from companion.ui.pages.training_common import (
    MessageBar,
    export_file,
    fill_combo,
    slug,
)

HEADER_HEIGHT = 170
ITEM_WIDTH = 30


class RotatedHeaderView(QHeaderView):
    """Horizontal header for the matrix: a band naming each checklist over its columns, and item
    titles written bottom-up below it, so 45 narrow columns stay readable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def band_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), HEADER_HEIGHT)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if logical < FIRST_ITEM_COLUMN:
            super().paintSection(painter, rect, logical)
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        text = str(
            self.model().headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            or ""
        )
        band = self.band_height()
        painter.save()
        painter.translate(
            rect.left() + rect.width() / 2 + self.fontMetrics().ascent() / 2 - 2, rect.bottom() - 6
        )
        painter.rotate(-90)
        painter.drawText(
            0,
            0,
            self.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, rect.height() - band - 12
            ),
        )
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None:
            return
        groups: list[tuple[str, int, int]] = []  # title, first logical, last logical
        for logical in range(FIRST_ITEM_COLUMN, model.columnCount()):
            column = model.headerData(logical, Qt.Orientation.Horizontal, COLUMN_ROLE)
            title = getattr(column, "checklist_title", "")
            if groups and groups[-1][0] == title:
                groups[-1] = (title, groups[-1][1], logical)
            else:
                groups.append((title, logical, logical))
        painter = QPainter(self.viewport())
        band = self.band_height()
        for title, first, last in groups:
            left = self.sectionViewportPosition(first)
            right = self.sectionViewportPosition(last) + self.sectionSize(last)
            area = QRect(left, 0, right - left, band)
            painter.fillRect(area, QColor(theme.SURFACE))
            painter.setPen(QColor(theme.ACCENT))
            painter.drawLine(left, 0, left, self.height())
            painter.drawLine(left, band, right, band)
            painter.setPen(QColor(theme.TEXT))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            text = QFontMetrics(font).elidedText(
                title, Qt.TextElideMode.ElideRight, max(0, area.width() - 10)
            )
            painter.drawText(
                area.adjusted(6, 0, -4, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                text,
            )
        painter.end()


class MatrixTab(QWidget):
    """Loads with three queries and fills the model in one pass.

    See benchmarks/training_bench.py."""

    personActivated = Signal(int)

    def __init__(self, service: TrainingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.matrix: Matrix | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        filters = FlowLayout()
        self.unit_combo = QComboBox()
        self.role_combo = QComboBox()
        self.week_combo = QComboBox()
        for combo, name in (
            (self.unit_combo, self.tr("Enhet")),
            (self.role_combo, self.tr("Rolle")),
            (self.week_combo, self.tr("Startuke")),
        ):
            combo.setAccessibleName(name)
            label = QLabel(name)
            label.setBuddy(combo)
            filters.addWidget(label)
            combo.setMinimumContentsLength(10)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        fill_combo(
            self.role_combo,
            [(self.tr("Alle roller"), "")] + [(word(v), k) for k, v in ROLES.items()],
        )
        self.pdf_button = QPushButton(self.tr("Eksporter PDF"))
        self.csv_button = QPushButton(self.tr("Eksporter CSV"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        filters.addWidget(self.pdf_button)
        filters.addWidget(self.csv_button)
        layout.addLayout(filters)
        self.soon = QLabel()
        self.soon.setWordWrap(True)
        self.soon.setAccessibleName(self.tr("Starter neste uke og er ikke klar"))
        self.soon.setStyleSheet(
            "background:#fff4e5; border:1px solid #8a4b00; border-radius:4px; padding:6px;"
        )
        layout.addWidget(self.soon)
        self.model = TrainingMatrixModel(self)
        self.view = QTableView()
        self.view.setHorizontalHeader(RotatedHeaderView(self.view))
        self.view.setModel(self.model)
        self.view.setProperty("content", True)  # columns are checklist items (content)
        self.view.setAccessibleName(self.tr("Oversikt: personer og sjekklistepunkter"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setMinimumSectionSize(ITEM_WIDTH)
        self.view.horizontalHeader().setDefaultSectionSize(ITEM_WIDTH)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.doubleClicked.connect(self._activated)
        layout.addWidget(self.view, 1)
        self.empty = empty_state(
            self.tr(
                "Ingen personer passer filteret. Legg til personer under Personer, eller velg en "
                "annen enhet eller uke."
            )
        )
        layout.addWidget(self.empty, 1)
        legend = QLabel(
            fmt(
                self.tr(
                    "Tegnforklaring: %1. * = valgfritt punkt. Dobbeltklikk en rad for å åpne "
                    "personen."
                ),
                self.tr(str(LEGEND)),
            )
        )
        legend.setProperty("role", "muted")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.message = MessageBar()
        layout.addWidget(self.message)

    def refresh_filters(self) -> None:
        """Units and start weeks come from the data.

        Keep the chosen values when they still exist."""
        fill_combo(
            self.unit_combo,
            [(self.tr("Alle enheter"), "")] + [(u, u) for u in self.service.people.units()],
        )
        weeks = sorted({iso_week(p.first_day) for p in self.service.people.all()})
        current = self.week_combo.currentData()
        self.week_combo.blockSignals(True)
        self.week_combo.clear()
        self.week_combo.addItem(self.tr("Alle uker"), None)
        for year, week in weeks:
            self.week_combo.addItem(week_label(year, week), f"{year}-{week}")
        self.week_combo.setCurrentIndex(max(0, self.week_combo.findData(current)) if current else 0)
        self.week_combo.blockSignals(False)

    def start_week(self) -> tuple[int, int] | None:
        value = self.week_combo.currentData()
        if not value:
            return None
        year, week = str(value).split("-")
        return int(year), int(week)

    def refresh(self) -> None:
        self.message.clear_message()
        unit = self.unit_combo.currentData() or None
        self.matrix = self.service.overview.matrix(
            unit=unit, role=self.role_combo.currentData() or None, start_week=self.start_week()
        )
        self.model.set_matrix(self.matrix)
        self.view.setColumnWidth(0, self.fontMetrics().horizontalAdvance("✓ Klar ") + 24)
        has_rows = bool(self.matrix.rows)
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._show_starting_soon(self.service.overview.starting_next_week_not_ready(unit))

    def _show_starting_soon(self, rows: list[MatrixRow]) -> None:
        _year, week = next_week(self.service.today())
        if not rows:
            self.soon.setText(
                fmt(
                    self.tr(
                        "✓ Alle som starter neste uke (uke %1), er klare for selvstendig vakt."
                    ),
                    str(week),
                )
            )
            self.soon.setStyleSheet(
                "background:#eef7f0; border:1px solid #146c2e; border-radius:4px; padding:6px;"
            )
            return
        names = ", ".join(
            f"{r.person.name} ({r.person.unit}, {r.readiness.missing} mangler)" for r in rows
        )
        self.soon.setText(
            fmt(self.tr("! Starter neste uke (uke %1) og er ikke klar: %2"), str(week), names)
        )
        self.soon.setStyleSheet(
            "background:#fff4e5; border:1px solid #8a4b00; border-radius:4px; padding:6px;"
        )

    def _activated(self, index: QModelIndex) -> None:
        value = self.model.data(index, PERSON_ID_ROLE)
        if isinstance(value, int):
            self.personActivated.emit(value)

    def export(self, kind: str) -> None:
        matrix = self.matrix
        if matrix is None:
            return
        unit = self.unit_combo.currentData() or ""

        def write(path: Path) -> None:
            if kind == "csv":
                export_unit_csv(matrix, path)
            else:
                from companion.reports.training_pdf import export_unit_pdf

                export_unit_pdf(
                    matrix,
                    unit,
                    path,
                    self.service.overview.starting_next_week_not_ready(unit or None),
                )

        name = f"opplaering-{slug(unit or 'alle-enheter')}-{self.service.today():%Y%m%d}"
        export_file(self, self.message, self.tr("Eksporter oversikt"), name, kind, write)
