"""Table model for the ticket list (*Saker*)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from companion.content.vocabulary import CATEGORIES
from companion.tickets.model import TicketView
from companion.tickets.state import TicketState
from companion.ui import theme
from companion.ui.domain_words import word
from companion.ui.models.base import RowTableModel

TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLOURS: dict[str, str] = {
    TicketState.FEILET: theme.ERROR,
    TicketState.BESVART: theme.OK,
    TicketState.LOST: theme.MUTED,
    TicketState.I_KO: theme.WARN,
}
STATE_MARKS: dict[str, str] = {
    TicketState.FEILET: "⚠ ",
    TicketState.BESVART: "✉ ",
    TicketState.LOST: "✓ ",
    TicketState.I_KO: "⏳ ",
    TicketState.SENDT: "→ ",
    TicketState.UTKAST: "✎ ",
}


class TicketTableModel(RowTableModel[TicketView]):
    """Rows are TicketView snapshots; the page reloads them after every change."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("TicketTableModel", "Emne"),
        QT_TRANSLATE_NOOP("TicketTableModel", "Tilstand"),
        QT_TRANSLATE_NOOP("TicketTableModel", "Kategori"),
        QT_TRANSLATE_NOOP("TicketTableModel", "Nr."),
        QT_TRANSLATE_NOOP("TicketTableModel", "Oppdatert"),
        QT_TRANSLATE_NOOP("TicketTableModel", "Venter"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = datetime.now(UTC)

    def set_rows(self, rows: list[TicketView] | tuple[TicketView, ...]) -> None:
        self.now = datetime.now(UTC)
        super().set_rows(rows)

    def ticket_at(self, row: int) -> TicketView | None:
        return self.row_at(row)

    def row_of(self, ticket_id: int) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == ticket_id), -1)

    def cell(self, t: TicketView, column: int, role: int) -> object:
        if role == TICKET_ID_ROLE:
            return t.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(t, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and t.state in STATE_COLOURS:
            return QColor(STATE_COLOURS[t.state])
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and t.last_error:
            return t.last_error
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return t.subject  # the column is often narrower than the subject
        return None

    def _text(self, t: TicketView, column: int) -> str:
        if column == 0:
            return t.subject or self.tr("(uten emne)")
        if column == 1:
            return STATE_MARKS.get(t.state, "") + word(t.state_label)
        if column == 2:
            return word(CATEGORIES.get(t.category, t.category))
        if column == 3:
            return t.remote_id or "–"
        if column == 4:
            return f"{t.updated_at.astimezone():%d.%m %H:%M}"
        days = t.waiting_days(self.now)
        return self.tr("%n dager", "", days) if days is not None else ""
