"""Common page pieces: heading, helpful empty state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from companion.ui.qt_values import ALIGN_CENTER, TEXT_SELECTABLE


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "heading")
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


def labelled_combo(
    layout: QHBoxLayout, label: str, items: list[tuple[str, str]], on_change: Callable[[], None]
) -> QComboBox:
    """A caption + combo box pair for filter rows; the caption is the combo's buddy."""
    caption = QLabel(label)
    combo = QComboBox()
    combo.setAccessibleName(label)
    caption.setBuddy(combo)
    for text, data in items:
        combo.addItem(text, data)
    combo.currentIndexChanged.connect(on_change)
    layout.addWidget(caption)
    layout.addWidget(combo)
    layout.addSpacing(8)
    return combo


def empty_state(text: str) -> QLabel:
    """A calm, helpful message for pages and lists with nothing to show yet."""
    label = QLabel(text)
    label.setProperty("role", "empty")
    label.setWordWrap(True)
    # Ints through setProperty: `Qt` costs 20-30 ms before the first paint (see qt_values).
    label.setProperty("alignment", ALIGN_CENTER)
    label.setProperty("textInteractionFlags", TEXT_SELECTABLE)
    return label


class PlaceholderPage(QWidget):
    """A real page slot whose feature is not built yet; says so plainly."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(title))
        layout.addWidget(empty_state(text), 1)
        self.setAccessibleName(title)
