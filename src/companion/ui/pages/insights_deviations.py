"""Avvik: import the quality system's CSV export and keep the small category map.

The import runs in the task runner (a year's export is thousands of rows); each bad row is
listed with its line number so the user can fix the export or ignore the rows knowingly.
Mapping edits are saved as soon as a category is chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.insights.deviations import ImportResult
from companion.ui.i18n import fmt
from companion.ui.models.insights_tables import CategoryMapModel
from companion.ui.pages.base import empty_state, muted
from companion.ui.workers import TaskRunner

COLUMNS_HELP = QT_TRANSLATE_NOOP(
    "DeviationsView",
    "Eksporter avvikene fra kvalitetssystemet som CSV. Filen må ha en overskriftslinje med "
    "kolonnene Dato og Kategori, og gjerne Enhet og Avviksnummer (andre kolonner, som "
    "beskrivelse, leses ikke). Datoer som 2026-03-14 eller 14.03.2026.",
)

if TYPE_CHECKING:
    from companion.insights.service import CategoryMapping, InsightsService


class CategoryDelegate(QStyledItemDelegate):
    """A combo box of our categories for the "Vår kategori" column."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(QCoreApplication.translate("CategoryMapModel", "Vår kategori"))
        for key, label in CategoryMapModel.CHOICES:
            combo.addItem(CategoryMapModel.choice_word(key, label), key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        index.model().setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DeviationsView(QWidget):
    """Import button, result with per-row errors, and the editable category map."""

    changed = Signal()  # deviations or mappings changed: trends must be reloaded

    def __init__(
        self,
        service: Callable[[], InsightsService],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Importer avvik fra CSV …"))
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.choose_file)
        row.addWidget(self.import_button)
        self.count_label = muted("")
        row.addWidget(self.count_label, 1)
        layout.addLayout(row)
        columns_help = muted(self.tr(str(COLUMNS_HELP)))
        columns_help.setProperty("content", True)  # names the file's (Norwegian) column headings
        layout.addWidget(columns_help)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.errors = QListWidget()
        self.errors.setAccessibleName(self.tr("Rader som ble hoppet over"))
        self.errors.setMaximumHeight(120)
        layout.addWidget(self.errors)
        heading = QLabel(self.tr("Koble kategorier"))
        heading.setStyleSheet("font-weight: bold; font-size: 12.5pt;")
        layout.addWidget(heading)
        layout.addWidget(
            muted(
                self.tr(
                    "Kvalitetssystemet bruker egne kategorinavn. Velg hvilken av våre kategorier "
                    "hvert navn hører til; endringen gjelder også avvik som er importert før."
                )
            )
        )
        self.map_model = CategoryMapModel(self._save_mapping, self)
        self.map_view = QTableView()
        self.map_view.setAccessibleName(self.tr("Kategorikobling"))
        self.map_view.setModel(self.map_model)
        self.map_view.setItemDelegateForColumn(1, CategoryDelegate(self.map_view))
        self.map_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.map_view.verticalHeader().setVisible(False)
        self.map_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.map_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.map_view, 1)
        self.map_empty = empty_state(
            self.tr(
                "Ingen avvik er importert ennå. Velg «Importer avvik fra CSV …» for å hente en "
                "eksport fra kvalitetssystemet."
            )
        )
        layout.addWidget(self.map_empty)
        self.errors.setVisible(False)

    def set_mappings(self, mappings: list[CategoryMapping], total: int) -> None:
        self.map_model.set_rows([(m.source, m.category, m.count) for m in mappings])
        self.map_view.setVisible(bool(mappings))
        self.map_empty.setVisible(not mappings)
        self.count_label.setText(self.tr("%n avvik importert i alt.", "", total) if total else "")

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Velg CSV-eksport fra kvalitetssystemet"),
            str(Path.home()),
            self.tr("CSV-filer (*.csv *.txt);;Alle filer (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self.import_button.setEnabled(False)
        self.result_label.setText(fmt(self.tr("Importerer %1 …"), path.name))
        self._runner.start(self._import_job, path, on_done=self._imported, on_error=self._failed)

    def _import_job(self, path: Path) -> tuple[ImportResult, list[CategoryMapping], int]:
        service = self._service()
        result = service.import_deviations(path)
        mappings = service.category_mappings()
        return result, mappings, sum(m.count for m in mappings)

    def _imported(self, outcome: tuple[ImportResult, list[CategoryMapping], int]) -> None:
        result, mappings, total = outcome
        self.import_button.setEnabled(True)
        self.result_label.setText(self._summary(result))
        self.errors.clear()
        self.errors.addItems([e.format() for e in result.errors])
        self.errors.setVisible(bool(result.errors))
        self.set_mappings(mappings, total)
        self.changed.emit()

    def _summary(self, result: ImportResult) -> str:
        """The import result in words (the domain returns counts only)."""
        parts = [fmt(self.tr("%1 avvik importert"), result.added)]
        if result.duplicates:
            parts.append(fmt(self.tr("%1 var importert fra før"), result.duplicates))
        if result.errors:
            parts.append(fmt(self.tr("%1 rader hoppet over på grunn av feil"), len(result.errors)))
        text = ", ".join(parts) + "."
        if result.redacted:
            text += " " + fmt(
                self.tr("%1 rader hadde et fødselsnummer, som er fjernet før lagring."),
                result.redacted,
            )
        if result.unmapped:
            text += " " + fmt(
                self.tr(
                    "%1 kategorier er ikke koblet til våre kategorier ennå: "
                    "koble dem i tabellen, så telles de riktig."
                ),
                len(result.unmapped),
            )
        return text

    def _failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        self.result_label.setText(message)

    def _save_mapping(self, source: str, category: str) -> None:
        self._runner.write(
            self._service().set_mapping, source, category,
            on_done=lambda _r: self.changed.emit(), on_error=self.result_label.setText,
        )  # fmt: skip
