"""People being trained, as a table: name, unit, first day, and how far they have come."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from companion.training.types import MatrixRow
from companion.ui.models.training_status import NOT_READY_STYLE, READY_STYLE, Index, color

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Navn", "Første dag", "Status")  # the unit is in the tooltip and the filter


class PeopleTableModel(QAbstractTableModel):
    """Read-only; replaced wholesale from ``Overview.matrix(...).rows`` (one pass, few queries)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MatrixRow] = []

    def set_rows(self, rows: list[MatrixRow] | tuple[MatrixRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> MatrixRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.person.id == person_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        person, ready = row.person, row.readiness
        column = index.column()
        if role == PERSON_ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return person.name or self.tr("(uten navn)")
            if column == 1:
                return f"{person.first_day:%d.%m.%Y}"
            if column == 2:
                style = READY_STYLE if ready.ready else NOT_READY_STYLE
                return f"{style.symbol} {style.word}" if ready.ready or not ready.has_checklist else f"{style.symbol} {ready.percent} %"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{person.name}, {person.role_label}, {person.unit}, første dag {person.first_day:%d.%m.%Y}. {ready.label}."
        if column == 2 and role == Qt.ItemDataRole.BackgroundRole:
            return color((READY_STYLE if ready.ready else NOT_READY_STYLE).background)
        if column == 2 and role == Qt.ItemDataRole.ForegroundRole:
            return color((READY_STYLE if ready.ready else NOT_READY_STYLE).foreground)
        return None
