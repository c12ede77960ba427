"""The coaching log as a table: when, who was helped, topic, minutes, outcome, superuser, sak."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from companion.training.types import CoachingEntry
from companion.ui import theme
from companion.ui.i18n import fmt
from companion.ui.models.base import RowTableModel
from companion.ui.models.training_status import color

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("CoachingLogModel", "Dato"),
    QT_TRANSLATE_NOOP("CoachingLogModel", "Hvem fikk hjelp"),
    QT_TRANSLATE_NOOP("CoachingLogModel", "Tema eller veiledning"),
    QT_TRANSLATE_NOOP("CoachingLogModel", "Min"),
    QT_TRANSLATE_NOOP("CoachingLogModel", "Utfall"),
    QT_TRANSLATE_NOOP("CoachingLogModel", "Superbruker"),
    QT_TRANSLATE_NOOP("CoachingLogModel", "Enhet"),
    QT_TRANSLATE_NOOP("CoachingLogModel", "Sak"),
)
OUTCOME_SYMBOLS = {"løst": "✓", "oppfølging": "↻", "eskalert": "↑"}
OUTCOME_COLORS = {"løst": theme.OK, "oppfølging": theme.WARN, "eskalert": theme.ERROR}


class CoachingLogModel(RowTableModel[CoachingEntry]):
    COLUMNS = COLUMNS
    """Read-only; refreshed from ``CoachingLog.entries()`` after each entry or on show."""

    def set_entries(self, entries: list[CoachingEntry]) -> None:
        self.set_rows(entries)

    def entry_at(self, row: int) -> CoachingEntry | None:
        return self.row_at(row)

    def cell(self, entry: CoachingEntry, column: int, role: int) -> object:
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            source = (
                self.tr("Registrert fra Vis ved siden av")
                if entry.from_coaching_mode
                else self.tr("Hurtigregistrering")
            )
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
            return entry.subject + (
                self.tr(" (Vis ved siden av)") if entry.from_coaching_mode else ""
            )
        if column == 3:
            return str(entry.minutes)
        if column == 4:
            return f"{OUTCOME_SYMBOLS.get(entry.outcome, '')} {entry.outcome_label}".strip()
        if column == 5:
            return entry.coach_name
        if column == 6:
            return entry.unit
        if entry.ticket_id is not None:
            return fmt(self.tr("Sak %1"), str(entry.ticket_id))
        return self.tr("Ikke opprettet") if entry.outcome == "eskalert" else ""
