"""The plain-int Qt values used before the first paint, and the guard that keeps `Qt` out of it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


# Runs the real start (`--exit-when-ready`) and records, at the window's first paint, whether
# PySide6 has built its `Qt` namespace (it is put into the module's dict on first use).
FIRST_PAINT_PROBE = """
import sys
import PySide6.QtCore
from companion.ui.main_window import MainWindow
from companion.cli.main import main

paint = MainWindow.paintEvent
seen = []

def probe(self, event):
    if not seen:
        seen.append("Qt" in vars(PySide6.QtCore))
        print("qt-built-at-first-paint", seen[0], file=sys.stderr)
    paint(self, event)

MainWindow.paintEvent = probe
main(["--exit-when-ready"])
"""


def test_window_paints_before_the_qt_namespace_is_built(tmp_path: Path) -> None:
    """Start-up guard: building `Qt` costs 20-30 ms, and one stray `Qt.*` on the start path
    (a module-level import, a role, `QAction.setShortcut`) brings all of it back."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_HOME": str(tmp_path)}
    start = [sys.executable, "-c", FIRST_PAINT_PROBE]
    first = subprocess.run(start, env=env, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr[-2000:]  # creates and migrates the database
    again = subprocess.run(start, env=env, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "qt-built-at-first-paint False" in again.stderr, again.stderr[-2000:]
