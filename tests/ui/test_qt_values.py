"""The plain-int Qt values used before the first paint, and the guard that keeps `Qt` out of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.ui import qt_values


def test_every_plain_value_matches_the_qt_enum() -> None:
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    selectable |= Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert Qt.ItemDataRole.DisplayRole.value == qt_values.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole.value == qt_values.TOOL_TIP_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == qt_values.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.UserRole.value == qt_values.USER_ROLE
    assert Qt.AlignmentFlag.AlignCenter.value == qt_values.ALIGN_CENTER
    assert selectable.value == qt_values.TEXT_SELECTABLE
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == qt_values.SCROLL_BAR_ALWAYS_OFF
    assert Qt.ShortcutContext.ApplicationShortcut.value == qt_values.APPLICATION_SHORTCUT


def test_int_properties_reach_the_widgets_as_the_enums(qtbot: QtBot) -> None:
    from companion.ui.pages.base import empty_state

    label = empty_state("Ingen artikler ennå")
    qtbot.addWidget(label)
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
