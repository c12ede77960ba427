"""Qt enum values as plain ints, for the modules that run before the window's first paint.

Why: the first use of PySide6's ``Qt`` namespace (even ``from PySide6.QtCore import Qt``)
builds all of its ~100 enums, 20-30 ms of start-up that a bare window never pays (decision
0004). Item roles are plain ints in Qt's API; enum-typed widget properties take these ints
through ``QObject.setProperty``, which converts them in C++. A test checks every value
against the real enum, so none of them can drift.
"""

from __future__ import annotations

USER_ROLE = 256  # Qt.ItemDataRole.UserRole
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOL_TIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole

ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter
TEXT_SELECTABLE = 0x3  # Qt.TextInteractionFlag.TextSelectableByMouse | ...ByKeyboard
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
APPLICATION_SHORTCUT = 2  # Qt.ShortcutContext.ApplicationShortcut
