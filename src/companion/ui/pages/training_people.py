"""Personer: the list of people being trained (filter by unit/role) and the selected person."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.training.service import TrainingService
from companion.training.types import ROLES, PersonInput, TrainingError
from companion.ui.domain_words import word
from companion.ui.flow_layout import FlowLayout
from companion.ui.i18n import fmt
from companion.ui.models.training_people import PERSON_ID_ROLE, PeopleTableModel
from companion.ui.pages.base import empty_state
from companion.ui.pages.training_common import MessageBar, fill_combo
from companion.ui.pages.training_import import ImportDialog
from companion.ui.pages.training_person import PersonPanel
from companion.ui.workers import TaskRunner


class PeopleTab(QWidget):
    """Left: who is being trained and how far they have come. Right: :class:`PersonPanel`."""

    coachingRequested = Signal(str, str, str)
    dataChanged = Signal()

    def __init__(
        self,
        service: TrainingService,
        runner: TaskRunner,
        default_unit: str = "",
        superuser: QLineEdit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.default_unit = default_unit
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        filters = QHBoxLayout()
        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName(self.tr("Enhet"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Rolle"))
        fill_combo(
            self.role_combo,
            [(self.tr("Alle roller"), "")] + [(word(v), k) for k, v in ROLES.items()],
        )
        for combo in (self.unit_combo, self.role_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.role_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        filters.addWidget(self.unit_combo, 1)
        filters.addWidget(self.role_combo, 1)
        left_layout.addLayout(filters)
        self.model = PeopleTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Personer i opplæring"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        left_layout.addWidget(self.table, 1)
        self.list_empty = empty_state(
            self.tr(
                "Ingen personer her ennå. Velg «Legg til person» eller «Importer fra CSV» for å "
                "begynne."
            )
        )
        left_layout.addWidget(self.list_empty, 1)
        buttons = FlowLayout()
        self.add_button = QPushButton(self.tr("Legg til person"))
        self.import_button = QPushButton(self.tr("Importer fra CSV …"))
        self.add_button.clicked.connect(self.add_person)
        self.import_button.clicked.connect(self.import_csv)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        left_layout.addLayout(buttons)
        self.message = MessageBar()
        left_layout.addWidget(self.message)
        splitter.addWidget(left)
        self.panel = PersonPanel(service, runner, superuser)
        self.panel.personChanged.connect(self._person_changed)
        self.panel.personDeleted.connect(lambda _id: self._person_changed(None))
        self.panel.coachingRequested.connect(self.coachingRequested)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([340, 810])

    # data ----------------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Reload units and the list (one matrix query set), keeping or moving the selection."""
        keep = select_id if select_id is not None else self.selected_id()
        units = self.service.people.units()
        fill_combo(self.unit_combo, [(self.tr("Alle enheter"), "")] + [(u, u) for u in units])
        rows = self.service.overview.matrix(
            unit=self.unit_combo.currentData() or None, role=self.role_combo.currentData() or None
        ).rows
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        has_rows = bool(rows)
        self.table.setVisible(has_rows)
        self.list_empty.setVisible(not has_rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
        showing = self.panel.record.person.id if self.panel.record is not None else None
        if keep is None:
            self.panel.show_person(None)
        elif row < 0 and showing == keep:
            pass  # edited out of the current filter (e.g. typing a new unit): keep the person open
        elif row < 0:
            self.panel.show_person(None)
        elif showing != keep:
            self.panel.show_person(keep)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        value = self.model.data(index, PERSON_ID_ROLE) if index.isValid() else None
        return int(value) if isinstance(value, int) else None

    def select_person(self, person_id: int) -> None:
        """Show a person (e.g. from a double-click in the unit overview).

        Clears filters if needed."""
        if self.model.row_of(person_id) < 0:
            self.unit_combo.setCurrentIndex(0)
            self.role_combo.setCurrentIndex(0)
        self.refresh(select_id=person_id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = self.model.data(current, PERSON_ID_ROLE) if current.isValid() else None
        self.panel.show_person(int(value) if isinstance(value, int) else None)

    def _person_changed(self, person_id: int | None) -> None:
        self.refresh(select_id=person_id)
        self.dataChanged.emit()

    # actions -------------------------------------------------------------------------------------
    def add_person(self) -> None:
        """Create the person at once (saved) and let the user type the details into the form."""
        unit = self.unit_combo.currentData() or self.default_unit
        role = self.role_combo.currentData() or "assistent"
        today = self.service.today()
        monday = today + timedelta(days=7 - today.weekday())
        taken = {p.name for p in self.service.people.all()}
        name = next(
            n
            for n in (self.tr("Ny person") + (f" {i}" if i > 1 else "") for i in range(1, 1000))
            if n not in taken
        )
        try:
            person = self.service.people.add(PersonInput(name, role, unit, monday))
        except TrainingError as exc:
            self.message.show_error(str(exc))
            return
        self.message.clear_message()
        self.refresh(select_id=person.id)
        self.dataChanged.emit()
        self.panel.form.name.setFocus()
        self.panel.form.name.selectAll()

    def import_csv(self) -> None:
        dialog = ImportDialog(self.service, self)
        if dialog.exec() and dialog.result_value is not None:
            self.show_import_result(dialog)

    def show_import_result(self, dialog: ImportDialog) -> None:
        result = dialog.result_value
        if result is None:
            return
        text = fmt(self.tr("Importerte %1 personer."), str(len(result.imported)))
        if result.skipped:
            text += " " + fmt(
                self.tr("%1 fantes fra før og ble hoppet over."), str(len(result.skipped))
            )
        self.message.show_info(text)
        self.refresh(select_id=result.imported[0].id if result.imported else None)
        self.dataChanged.emit()
