"""One person's checklists as a two-level tree: checklist → items, with vist / øvd / godkjent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from companion.training.types import STAGES, ChecklistState, ItemState, Stage
from companion.ui.domain_words import recorded_by
from companion.ui.i18n import fmt
from companion.ui.models.training_status import STATUS_STYLES, Index, color

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("ChecklistItemsModel", "Punkt"),
    QT_TRANSLATE_NOOP("ChecklistItemsModel", "Vist"),
    QT_TRANSLATE_NOOP("ChecklistItemsModel", "Øvd"),
    QT_TRANSLATE_NOOP("ChecklistItemsModel", "Godkjent"),
    QT_TRANSLATE_NOOP("ChecklistItemsModel", "Notat"),
)
STAGE_COLUMNS = {1: Stage.SHOWN, 2: Stage.PRACTISED, 3: Stage.APPROVED}
TOP = 0  # internal id of checklist rows; item rows carry (checklist row + 1)


def _stage_text(who: str, when: date | None) -> str:
    """Short in the cell (the date); who signed is in the tooltip and the detail line."""
    del who
    return f"{when:%d.%m.%y}" if when else "–"


class ChecklistItemsModel(QAbstractItemModel):
    """Read-only tree.

    Rebuilt from a :class:`~companion.training.types.PersonRecord` after every change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checklists: list[ChecklistState] = []

    def set_checklists(self, checklists: tuple[ChecklistState, ...] | list[ChecklistState]) -> None:
        self.beginResetModel()
        self._checklists = list(checklists)
        self.endResetModel()

    def item_at(self, index: Index) -> ItemState | None:
        if not index.isValid() or index.internalId() == TOP:
            return None
        checklist = self._checklists[index.internalId() - 1]
        return checklist.items[index.row()] if index.row() < len(checklist.items) else None

    def replace_item(self, item: ItemState) -> None:
        """Swap in a changed item (e.g. its note) without resetting the view."""
        index = self.index_of(item.checklist_id, item.item_id)
        if not index.isValid():
            return
        checklist = self._checklists[index.internalId() - 1]
        items = list(checklist.items)
        items[index.row()] = item
        self._checklists[index.internalId() - 1] = replace(checklist, items=tuple(items))
        self.dataChanged.emit(index, index.siblingAtColumn(len(COLUMNS) - 1))

    def index_of(self, checklist_id: str, item_id: str) -> QModelIndex:
        for row, checklist in enumerate(self._checklists):
            if checklist.checklist_id == checklist_id:
                for item_row, item in enumerate(checklist.items):
                    if item.item_id == item_id:
                        return self.index(item_row, 0, self.index(row, 0))
        return QModelIndex()

    # tree structure ------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._checklists)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._checklists[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(str(COLUMNS[section]))
        return None

    # data ----------------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._checklist_data(self._checklists[index.row()], index.column(), role)
        item = self.item_at(index)
        return None if item is None else self._item_data(item, index.column(), role)

    def _checklist_data(self, checklist: ChecklistState, column: int, role: int) -> object:
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            required = [i for i in checklist.items if i.required and not i.obsolete]
            done = sum(1 for i in required if i.approved_on is not None)
            suffix = self.tr(" (utgått fra innholdet)") if checklist.missing else ""
            return f"{checklist.title}{suffix} – {done} av {len(required)} påkrevde godkjent"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _item_data(self, item: ItemState, column: int, role: int) -> object:
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                suffix = (
                    self.tr(" (utgått)")
                    if item.obsolete
                    else ("" if item.required else self.tr(" (valgfritt)"))
                )
                return f"{STATUS_STYLES[item.status].symbol} {item.title}{suffix}"
            if column in STAGE_COLUMNS:
                return _stage_text(*item.stage(STAGE_COLUMNS[column]))
            return item.note.replace("\n", " ")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [item.title, item.status_label]
            for stage in STAGES:
                who, when = item.stage(stage)
                if when:
                    parts.append(recorded_by(stage, who, when, item.stage_pc(stage)))
            if item.note:
                parts.append(fmt(self.tr("notat: %1"), item.note))
            return ". ".join(parts)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column in STAGE_COLUMNS
            and item.stage(STAGE_COLUMNS[column])[1]
        ):
            return color(STATUS_STYLES[STAGE_COLUMNS[column]].background)
        if role == Qt.ItemDataRole.ForegroundRole and item.obsolete:
            return color(STATUS_STYLES[None].foreground)
        return None
