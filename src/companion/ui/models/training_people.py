"""People being trained, as a table: name, unit, first day, and how far they have come."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from companion.training.types import MatrixRow
from companion.ui.domain_words import readiness_text, word
from companion.ui.i18n import fmt
from companion.ui.models.base import RowTableModel
from companion.ui.models.training_status import NOT_READY_STYLE, READY_STYLE, color

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("PeopleTableModel", "Navn"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Første dag"),
    QT_TRANSLATE_NOOP("PeopleTableModel", "Status"),
)  # the unit is in the tooltip and the filter


class PeopleTableModel(RowTableModel[MatrixRow]):
    """Read-only; replaced wholesale from ``Overview.matrix(...).rows`` (one pass, few queries)."""

    COLUMNS = COLUMNS

    def row_of(self, person_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.person.id == person_id), -1)

    def cell(self, row: MatrixRow, column: int, role: int) -> object:
        person, ready = row.person, row.readiness
        if role == PERSON_ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return person.name or self.tr("(uten navn)")
            if column == 1:
                return f"{person.first_day:%d.%m.%Y}"
            if column == 2:
                style = READY_STYLE if ready.ready else NOT_READY_STYLE
                return (
                    f"{style.symbol} {style.word}"
                    if ready.ready or not ready.has_checklist
                    else f"{style.symbol} {ready.percent} %"
                )
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return fmt(
                self.tr("%1, %2, %3, første dag %4. %5."),
                person.name,
                word(person.role_label),
                person.unit,
                f"{person.first_day:%d.%m.%Y}",
                readiness_text(ready),
            )
        if column == 2 and role == Qt.ItemDataRole.BackgroundRole:
            return color((READY_STYLE if ready.ready else NOT_READY_STYLE).background)
        if column == 2 and role == Qt.ItemDataRole.ForegroundRole:
            return color((READY_STYLE if ready.ready else NOT_READY_STYLE).foreground)
        return None
