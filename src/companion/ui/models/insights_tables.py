"""Qt item models for Innsikt: one generic read-only table, the editable category map, proposals.

The rows are the service's plain dataclasses; columns say how to show them. Numbers are
right-aligned and sort as numbers (``SORT_ROLE``), text sorts case-insensitively.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from companion.content.vocabulary import CATEGORIES
from companion.ui.domain_words import word
from companion.ui.models.base import RowTableModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10
T = TypeVar("T")


@dataclass(frozen=True)
class Column(Generic[T]):
    """Header, how to get the shown text, and optionally a sort value and a tooltip."""

    header: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None
    numeric: bool = False


class RecordTableModel(RowTableModel[T]):
    """Read-only table of dataclass rows, described by Column objects.

    Column headers arrive already translated."""

    def __init__(self, columns: Sequence[Column[T]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell(self, row: T, index: int, role: int) -> Any:
        if not 0 <= index < len(self.columns):
            return None
        column = self.columns[index]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            value = column.sort(row) if column.sort else column.text(row)
            return value.casefold() if isinstance(value, str) else value
        return None


class CategoryMapModel(QAbstractTableModel):
    """The editable map: foreign category (read-only), ours (editable), number of deviations.

    ``on_change(source, category)`` saves each edit at once (nothing unsaved in the view).
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("CategoryMapModel", "Kategori i kvalitetssystemet"),
        QT_TRANSLATE_NOOP("CategoryMapModel", "Vår kategori"),
        QT_TRANSLATE_NOOP("CategoryMapModel", "Antall avvik"),
    )
    NOT_LINKED = QT_TRANSLATE_NOOP("CategoryMapModel", "Ikke koblet")
    CHOICES: tuple[tuple[str, str], ...] = (("", "Ikke koblet"), *CATEGORIES.items())

    @staticmethod
    def choice_word(key: str, label: str) -> str:
        """A category choice in the UI language ("Ikke koblet" or a category label)."""
        if not key:
            return QCoreApplication.translate("CategoryMapModel", label)
        return word(label)

    def __init__(
        self, on_change: Callable[[str, str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[list[Any]] = []  # [source, category, count]
        self._on_change = on_change

    def set_rows(self, rows: Sequence[tuple[str, str, int]]) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 3
        ):
            return self.tr(str(self.HEADERS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < 3
        ):
            return None
        source, category, count = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if index.column() == 0:
                return source
            if index.column() == 1:
                label = self.choice_word(category, dict(self.CHOICES).get(category, category))
                return label + ("" if category else self.tr(" – velg kategori"))
            return str(count)
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            return category
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        key = str(value)
        if key not in dict(self.CHOICES):
            return False
        row = self._rows[index.row()]
        if row[1] != key:
            self._on_change(str(row[0]), key)
            row[1] = key
            self.dataChanged.emit(
                index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole]
            )
        return True


class ProposalListModel(QAbstractListModel):
    """Proposals as "title — status" lines; the id is in ``ID_ROLE``."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str]] = []  # id, title, status label

    def set_rows(self, rows: Sequence[tuple[int, str, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_row(self, proposal_id: int, title: str, status_label: str) -> None:
        for i, row in enumerate(self._rows):
            if row[0] == proposal_id:
                self._rows[i] = (proposal_id, title, status_label)
                index = self.index(i, 0)
                self.dataChanged.emit(index, index)

    def row_of(self, proposal_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0] == proposal_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        pid, title, status = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{title or '(uten tittel)'}\n{status}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        if role == self.ID_ROLE:
            return pid
        return None
