"""Preview of a roster import: every row of the file with "Importeres" or what is wrong with it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from companion.training.csvimport import ImportPreview
from companion.training.types import ROLES, PersonInput
from companion.ui import theme
from companion.ui.domain_words import word
from companion.ui.models.base import RowTableModel
from companion.ui.models.training_status import color

COLUMNS = (
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Linje"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Navn"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Rolle"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Enhet"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Første dag"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Siste dag"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Vikar"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Resultat"),
)


@dataclass(frozen=True)
class PreviewRow:
    line: int
    name: str
    person: PersonInput | None
    problem: str


class ImportPreviewModel(RowTableModel[PreviewRow]):
    """Good rows and bad rows in file order; bad rows say why (never a traceback)."""

    COLUMNS = COLUMNS

    def set_preview(self, preview: ImportPreview | None) -> None:
        rows = []
        if preview is not None:
            rows = [PreviewRow(r.line, r.person.name, r.person, "") for r in preview.rows]
            rows += [PreviewRow(e.line, e.name, None, e.message) for e in preview.errors]
        self.set_rows(sorted(rows, key=lambda r: r.line))

    def cell(self, row: PreviewRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == len(COLUMNS) - 1:
            return color(theme.ERROR if row.person is None else theme.OK)
        return None

    def _text(self, row: PreviewRow, column: int) -> str:
        p = row.person
        if column == 0:
            return str(row.line)
        if column == 1:
            return row.name
        if column == len(COLUMNS) - 1:
            return f"⚠ {row.problem}" if p is None else self.tr("✓ Importeres")
        if p is None:
            return ""
        values = (
            word(ROLES.get(p.role, p.role)),
            p.unit,
            f"{p.first_day:%d.%m.%Y}",
            f"{p.last_day:%d.%m.%Y}" if p.last_day else "",
            self.tr("ja") if p.is_substitute else self.tr("nei"),
        )
        return values[column - 2]
