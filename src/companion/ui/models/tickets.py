"""Table model for the ticket list (*Saker*)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from companion.content.model import CATEGORIES
from companion.tickets.model import TicketView
from companion.ui import theme

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
STATE_COLOURS = {"feilet": theme.ERROR, "besvart": theme.OK, "løst": theme.MUTED, "i_kø": theme.WARN}
STATE_MARKS = {"feilet": "⚠ ", "besvart": "✉ ", "løst": "✓ ", "i_kø": "⏳ ", "sendt": "→ ", "utkast": "✎ "}


class TicketTableModel(QAbstractTableModel):
    """Rows are TicketView snapshots; the page reloads them after every change."""

    HEADERS = ("Emne", "Tilstand", "Kategori", "Nr.", "Oppdatert", "Venter")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TicketView] = []
        self.now = datetime.now(UTC)

    def set_rows(self, rows: list[TicketView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.now = datetime.now(UTC)
        self.endResetModel()

    def ticket_at(self, row: int) -> TicketView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ticket_id: int) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == ticket_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        t = self._rows[index.row()]
        column = index.column()
        if role == TICKET_ID_ROLE:
            return t.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(t, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and t.state in STATE_COLOURS:
            return QColor(STATE_COLOURS[t.state])
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and t.last_error:
            return t.last_error
        return None

    def _text(self, t: TicketView, column: int) -> str:
        if column == 0:
            return t.subject or self.tr("(uten emne)")
        if column == 1:
            return STATE_MARKS.get(t.state, "") + t.state_label
        if column == 2:
            return CATEGORIES.get(t.category, t.category)
        if column == 3:
            return t.remote_id or "–"
        if column == 4:
            return f"{t.updated_at.astimezone():%d.%m %H:%M}"
        days = t.waiting_days(self.now)
        return self.tr("%n dager", "", days) if days is not None else ""
