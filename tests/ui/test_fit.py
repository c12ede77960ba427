"""Issue #15.3: every page, tab and form is usable at 1024x700 and 1366x768, also at 150% text.

A button or label whose text is wider than the room it has (its own width, or what its parents
let show) fails the test; labels that wrap are fine.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.paths import resources_dir
from companion.ui.shell import Shell
from companion.ui.theme import apply_theme
from support.ui_tour import clipped_texts, seed, tour

SIZES = [(1366, 768, 11), (1024, 700, 11), (1366, 768, 17), (1366, 768, 22)]


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The app's real look (font, style sheet), restored afterwards for other tests."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("width", "height", "points"), SIZES, ids=["1366", "1024", "1366-150", "1366-200"]
)
def test_every_text_fits(
    qtbot: QtBot,
    context: AppContext,
    themed: QApplication,
    width: int,
    height: int,
    points: int,
) -> None:
    apply_theme(themed, resources_dir(), points)
    context.settings.ui.font_point_size = points
    context.prepare_database()
    seed(context)
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)
    shell.window.resize(width, height - 40)  # a taskbar takes the rest
    shell.window.show()
    with qtbot.waitSignal(shell.servicePagesReady, timeout=20000):
        shell.start_background()
    problems = []
    for name, root in tour(shell, lambda c: qtbot.waitUntil(lambda: bool(c()), timeout=20000)):
        problems += [f"{name}: {p}" for p in clipped_texts(root)]
    shell.shutdown()
    assert not problems, "\n".join(problems)
