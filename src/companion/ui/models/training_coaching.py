"""The coaching log as a table: when, who was helped, topic, minutes, outcome, superuser, sak."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from companion.training.types import CoachingEntry
from companion.ui import theme
from companion.ui.models.training_status import Index, color

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Dato", "Hvem fikk hjelp", "Tema eller veiledning", "Min", "Utfall", "Superbruker", "Enhet", "Sak")
OUTCOME_SYMBOLS = {"løst": "✓", "oppfølging": "↻", "eskalert": "↑"}
OUTCOME_COLORS = {"løst": theme.OK, "oppfølging": theme.WARN, "eskalert": theme.ERROR}


class CoachingLogModel(QAbstractTableModel):
    """Read-only; refreshed from ``CoachingLog.entries()`` after each entry or on show."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CoachingEntry] = []

    def set_entries(self, entries: list[CoachingEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry_at(self, row: int) -> CoachingEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

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
        entry = self._rows[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            source = self.tr("Registrert fra Vis ved siden av") if entry.from_coaching_mode else self.tr("Hurtigregistrering")
            note = f"\n{entry.note}" if entry.note else ""
            return f"{source}. {entry.outcome_label}.{note}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(self._text(entry, c) for c in range(len(COLUMNS)))
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return color(OUTCOME_COLORS.get(entry.outcome, theme.TEXT))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: CoachingEntry, column: int) -> str:
        local = entry.when.astimezone()
        if column == 0:
            return f"{local:%d.%m.%Y %H:%M}"
        if column == 1:
            return entry.coached_person
        if column == 2:
            return entry.subject + (self.tr(" (Vis ved siden av)") if entry.from_coaching_mode else "")
        if column == 3:
            return str(entry.minutes)
        if column == 4:
            return f"{OUTCOME_SYMBOLS.get(entry.outcome, '')} {entry.outcome_label}".strip()
        if column == 5:
            return entry.coach_name
        if column == 6:
            return entry.unit
        if entry.ticket_id is not None:
            return self.tr("Sak %1").replace("%1", str(entry.ticket_id))
        return self.tr("Ikke opprettet") if entry.outcome == "eskalert" else ""
