"""How training statuses look: a symbol and a word as well as a colour (never colour alone)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor

from companion.training.types import Stage
from companion.ui import theme

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class StatusStyle:
    """Symbol for narrow cells, word for screen readers and tooltips, colours (AA contrast)."""

    symbol: str
    word: str
    background: str
    foreground: str


STATUS_STYLES: dict[str | None, StatusStyle] = {
    Stage.APPROVED: StatusStyle("✓", "Godkjent", "#d3efdc", theme.OK),
    Stage.PRACTISED: StatusStyle("Ø", "Øvd", "#fbe7c6", theme.WARN),
    Stage.SHOWN: StatusStyle("V", "Vist", "#dce8f7", theme.ACCENT),
    "": StatusStyle("–", "Ikke startet", "#ffffff", theme.MUTED),
    None: StatusStyle("", "Ikke tildelt", theme.SURFACE, theme.MUTED),
}
READY_STYLE = StatusStyle("✓", "Klar", "#d3efdc", theme.OK)
NOT_READY_STYLE = StatusStyle("!", "Ikke klar", "#fbe7c6", theme.WARN)
GAP_STYLE = StatusStyle("⚠", "Mangler superbruker", "#fbe0dd", theme.ERROR)
LEGEND = QT_TRANSLATE_NOOP(
    "MatrixTab", "✓ godkjent   Ø øvd   V vist   – ikke startet   (grå) ikke tildelt"
)


def color(value: str) -> QColor:
    return QColor(value)
