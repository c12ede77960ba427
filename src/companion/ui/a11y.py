"""Accessibility helpers: names for the controls Qt creates without one."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QToolButton

CLEAR_ACTION = "_q_qlineeditclearaction"  # Qt's object name for the built-in clear action


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Give a line edit's clear button (Qt leaves it unnamed) a text, tooltip and a11y name."""
    for action in edit.findChildren(QAction):
        if action.objectName() == CLEAR_ACTION:
            action.setText(name)
            action.setToolTip(name)
    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None and action.objectName() == CLEAR_ACTION:
            button.setAccessibleName(name)
            button.setToolTip(name)
