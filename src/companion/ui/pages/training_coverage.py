"""Sommerdekning: superusers tick their holiday weeks; weeks × units shows gaps months ahead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.training.service import TrainingService
from companion.training.types import SuperuserInfo, TrainingError
from companion.training.weeks import SUMMER_WEEKS, default_summer_year
from companion.ui.i18n import fmt
from companion.ui.models.training_coverage import CoverageModel, SuperuserWeeksModel
from companion.ui.pages.base import muted
from companion.ui.pages.training_common import (
    MessageBar,
    WholeCellCheckDelegate,
    confirm,
    fill_combo,
)
from companion.ui.workers import TaskRunner

PREF_WEEKS = "training/coverage_weeks"


class CoverageTab(QWidget):
    """Every tick and every name is stored at once; the coverage view updates immediately."""

    def __init__(
        self, service: TrainingService, default_unit: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = TaskRunner(parent=self)  # writes run off the GUI thread, in order
        self.default_unit = default_unit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        controls = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(default_summer_year(service.today()))
        self.first_week = QSpinBox()
        self.last_week = QSpinBox()
        for spin in (self.first_week, self.last_week):
            spin.setRange(1, 53)
        first, last = self._saved_weeks()
        self.first_week.setValue(first)
        self.last_week.setValue(last)
        self.unit_combo = QComboBox()
        for label, widget in (
            (self.tr("År"), self.year),
            (self.tr("Fra uke"), self.first_week),
            (self.tr("Til uke"), self.last_week),
            (self.tr("Enhet"), self.unit_combo),
        ):
            widget.setAccessibleName(label)
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        for spin in (self.year, self.first_week, self.last_week):
            spin.valueChanged.connect(lambda _v: self._period_changed())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        controls.addStretch(1)
        layout.addLayout(controls)
        splitter = QSplitter(Qt.Orientation.Vertical)
        layout.addWidget(splitter, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(
            muted(
                self.tr(
                    "Superbrukere: kryss av ukene hver superbruker har ferie. Navn og enhet kan "
                    "endres direkte i tabellen."
                )
            )
        )
        self.people_model = SuperuserWeeksModel(
            self._save_person, self.service.coverage.set_holiday, self
        )
        self.people_model.errorOccurred.connect(self._error)
        self.people_model.changed.connect(self._refresh_coverage)
        self.people = QTableView()
        self.people.setModel(self.people_model)
        self.people.setAccessibleName(self.tr("Superbrukere og ferieuker"))
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.people.verticalHeader().setVisible(False)
        self.people.horizontalHeader().setMinimumSectionSize(64)
        self.people.setItemDelegate(WholeCellCheckDelegate(self.people))
        top_layout.addWidget(self.people, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Legg til superbruker"))
        self.delete_button = QPushButton(self.tr("Fjern valgt superbruker"))
        self.add_button.clicked.connect(self.add_superuser)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)
        splitter.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.gap_label = QLabel()
        self.gap_label.setWordWrap(True)
        bottom_layout.addWidget(self.gap_label)
        self.coverage_model = CoverageModel(self)
        self.coverage = QTableView()
        self.coverage.setModel(self.coverage_model)
        self.coverage.setAccessibleName(self.tr("Sommerdekning per uke og enhet"))
        self.coverage.setWordWrap(True)
        self.coverage.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        bottom_layout.addWidget(self.coverage, 1)
        splitter.addWidget(bottom)
        splitter.setSizes([260, 420])
        self.message = MessageBar()
        layout.addWidget(self.message)

    # data ----------------------------------------------------------------------------------------
    def _saved_weeks(self) -> tuple[int, int]:
        try:
            first, last = (int(x) for x in self.service.preference(PREF_WEEKS, "").split("-"))
            return first, last
        except ValueError:
            return SUMMER_WEEKS

    def _period_changed(self) -> None:
        weeks = f"{self.first_week.value()}-{self.last_week.value()}"
        self.runner.write(self.service.set_preference, PREF_WEEKS, weeks, on_error=self._error)
        self.refresh()

    def weeks(self) -> tuple[int, ...]:
        return tuple(range(self.first_week.value(), self.last_week.value() + 1))

    def refresh(self) -> None:
        fill_combo(
            self.unit_combo,
            [(self.tr("Alle enheter"), "")] + [(u, u) for u in self.service.people.units()],
        )
        unit = self.unit_combo.currentData() or None
        self.people_model.set_data(
            self.service.coverage.superusers(self.year.value(), unit),
            self.year.value(),
            self.weeks(),
        )
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._refresh_coverage()

    def _refresh_coverage(self) -> None:
        try:
            coverage = self.service.coverage.coverage(
                self.year.value(),
                self.first_week.value(),
                self.last_week.value(),
                self.unit_combo.currentData() or None,
            )
        except TrainingError as exc:
            self._error(str(exc))
            return
        self.coverage_model.set_coverage(coverage)
        self.coverage.resizeRowsToContents()
        gaps = coverage.gaps
        if gaps:
            where = ", ".join(
                f"uke {c.week} {c.unit}" for c in sorted(gaps, key=lambda c: (c.week, c.unit))
            )
            self.gap_label.setText(
                fmt(
                    self.tr(
                        "⚠ Mangler superbruker: vikarer starter uten at en superbruker er på jobb "
                        "(%1)."
                    ),
                    where,
                )
            )
            self.gap_label.setStyleSheet(
                "background:#fdf0ef; border:1px solid #b42318; border-radius:4px; padding:6px; "
                "font-weight:bold;"
            )
        else:
            self.gap_label.setText(
                self.tr("✓ Ingen uker der vikarer starter uten superbruker på jobb.")
            )
            self.gap_label.setStyleSheet(
                "background:#eef7f0; border:1px solid #146c2e; border-radius:4px; padding:6px;"
            )

    # actions --------------------------------------------------------------------------------------
    def _save_person(self, superuser_id: int, **changes: str) -> None:
        # Stays synchronous: the table cell keeps its old value when the service refuses it.
        self.service.coverage.update_superuser(superuser_id, **changes)

    def add_superuser(self) -> None:
        unit = self.unit_combo.currentData() or self.default_unit
        self.runner.write(
            self.service.coverage.add_superuser, self.tr("Ny superbruker"), unit,
            on_done=self._added, on_error=self._error,
        )  # fmt: skip

    def _added(self, person: SuperuserInfo) -> None:
        self.refresh()
        for row in range(self.people_model.rowCount()):
            found = self.people_model.person_at(row)
            if found is not None and found.id == person.id:
                index = self.people_model.index(row, 0)
                self.people.setCurrentIndex(index)
                self.people.edit(index)
                break

    def delete_selected(self) -> None:
        person = self.people_model.person_at(self.people.currentIndex().row())
        if person is None:
            return
        if confirm(
            self,
            self.tr("Fjerne superbruker?"),
            fmt(self.tr("%1 og registrerte ferieuker fjernes."), person.name),
            self.tr("Fjern"),
        ):
            delete = self.service.coverage.delete_superuser
            self.runner.write(delete, person.id, on_done=lambda _r: self.refresh())

    def _error(self, text: str) -> None:
        self.message.show_error(text)
