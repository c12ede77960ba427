"""The unit overview: people (rows) × checklist items (columns), with status symbol and colour.

Built in one pass from :class:`~companion.training.types.Matrix`; ``data()`` only indexes tuples,
so scrolling 40 × 45 cells stays smooth. Column 0 is the person's readiness.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from companion.training.types import Matrix, MatrixColumn, MatrixRow
from companion.ui.domain_words import readiness_text
from companion.ui.models.training_status import NOT_READY_STYLE, READY_STYLE, STATUS_STYLES, Index

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 2
FIRST_ITEM_COLUMN = 1

_BACKGROUNDS = {key: QColor(style.background) for key, style in STATUS_STYLES.items()}
_FOREGROUNDS = {key: QColor(style.foreground) for key, style in STATUS_STYLES.items()}
_READY = (QColor(READY_STYLE.background), QColor(READY_STYLE.foreground))
_NOT_READY = (QColor(NOT_READY_STYLE.background), QColor(NOT_READY_STYLE.foreground))


class TrainingMatrixModel(QAbstractTableModel):
    """Read-only; `set_matrix` replaces everything (one reset)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[MatrixColumn, ...] = ()
        self._rows: tuple[MatrixRow, ...] = ()

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self._columns, self._rows = matrix.columns, matrix.rows
        self.endResetModel()

    def row_at(self, row: int) -> MatrixRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_at(self, column: int) -> MatrixColumn | None:
        i = column - FIRST_ITEM_COLUMN
        return self._columns[i] if 0 <= i < len(self._columns) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns) + FIRST_ITEM_COLUMN

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            row = self.row_at(section)
            if row is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return row.person.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    f"{row.person.name}, {row.person.role_label}, "
                    f"første dag {row.person.first_day:%d.%m.%Y}"
                )
            return None
        if section == 0:
            return (
                self.tr("Status")
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                else None
            )
        column = self.column_at(section)
        if column is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                column.title
                + (self.tr(" (utgått)") if column.obsolete else "")
                + ("" if column.required or column.obsolete else " *")
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            optional = "" if column.required else self.tr(" (valgfritt)")
            return f"{column.checklist_title}: {column.title}{optional}"
        if role == COLUMN_ROLE:
            return column
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == PERSON_ID_ROLE:
            return row.person.id
        if index.column() == 0:
            return self._ready_data(row, role)
        i = index.column() - FIRST_ITEM_COLUMN
        if not 0 <= i < len(self._columns):
            return None
        status = row.cells[i]
        if role == Qt.ItemDataRole.DisplayRole:
            return STATUS_STYLES[status].symbol
        if role == Qt.ItemDataRole.BackgroundRole:
            return _BACKGROUNDS[status]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _FOREGROUNDS[status]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            column = self._columns[i]
            return f"{row.person.name} – {column.title}: {STATUS_STYLES[status].word}"
        return None

    def _ready_data(self, row: MatrixRow, role: int) -> object:
        ready = row.readiness
        if role == Qt.ItemDataRole.DisplayRole:
            return f"✓ {self.tr('Klar')}" if ready.ready else f"! {ready.percent} %"
        if role == Qt.ItemDataRole.BackgroundRole:
            return (_READY if ready.ready else _NOT_READY)[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return (_READY if ready.ready else _NOT_READY)[1]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.person.name}: {readiness_text(ready)}"
        return None
