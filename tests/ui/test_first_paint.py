"""Start-up guards: what the real start (`--exit-when-ready`) has built at its first paint.

Each item here once cost start-up time that a bare PySide6 window does not pay (issue 16,
docs/decisions/0004): the window must be on screen before any of it is loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

# Records, at the window's first paint, which of the costly parts exist yet: PySide6 puts a
# lazily built type or namespace into its module's dict on first use.
FIRST_PAINT_PROBE = """
import json, sys
import PySide6.QtCore, PySide6.QtWidgets
from companion.ui.main_window import MainWindow
from companion.cli.main import main

paint = MainWindow.paintEvent
seen = {}

def probe(self, event):
    if not seen:
        seen["qt_namespace"] = "Qt" in vars(PySide6.QtCore)
        seen["qstyle_type"] = "QStyle" in vars(PySide6.QtWidgets)
        seen["modules"] = sorted(sys.modules)
        app = PySide6.QtWidgets.QApplication.instance()
        app.setStyleSheet("")  # the style sheet wraps the style; without it: the base style
        seen["style"] = app.style().name()  # builds QStyle's types: last
        print("first-paint " + json.dumps(seen), file=sys.stderr)
    paint(self, event)

MainWindow.paintEvent = probe
main(["--exit-when-ready"])
"""


@pytest.fixture(scope="module")
def at_first_paint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    home = tmp_path_factory.mktemp("home")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_HOME": str(home)}
    start = [sys.executable, "-c", FIRST_PAINT_PROBE]
    first = subprocess.run(start, env=env, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr[-2000:]  # creates and migrates the database
    again = subprocess.run(start, env=env, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr[-2000:]
    line = next(x for x in again.stderr.splitlines() if x.startswith("first-paint "))
    seen: dict[str, object] = json.loads(line.removeprefix("first-paint "))
    return seen


def test_qt_namespace_is_not_built(at_first_paint: dict[str, object]) -> None:
    """Building `Qt` costs 20-30 ms, and one stray `Qt.*` on the start path (a module-level
    import, a role, `QAction.setShortcut`) brings all of it back."""
    assert at_first_paint["qt_namespace"] is False


def test_style_is_fusion_without_python_building_qstyle(at_first_paint: dict[str, object]) -> None:
    """`app.setStyle()` returns a QStyle, whose 11 enum types cost ~5 ms to build; the app is
    created with `-style Fusion` instead (companion.ui.theme.style_arguments)."""
    assert at_first_paint["qstyle_type"] is False
    assert at_first_paint["style"] == "fusion"


def test_nothing_that_can_wait_is_imported(at_first_paint: dict[str, object]) -> None:
    modules = set(at_first_paint["modules"])  # type: ignore[call-overload]
    later = {
        "logging.handlers",  # socket, pickle, queue: the log rotates by itself (logging_setup)
        "PySide6.QtNetwork",  # the single-instance server listens after the paint
        "companion.content.model",  # article dataclasses: content loads after the paint
        "sqlalchemy", "sqlmodel", "pydantic", "alembic", "yaml", "markdown", "nh3", "tantivy",
    }  # fmt: skip
    assert not later & modules, f"imported before the first paint: {sorted(later & modules)}"


def test_a_style_the_user_asks_for_still_wins() -> None:
    probe = (
        "from PySide6.QtWidgets import QApplication\n"
        "from companion.ui.theme import style_arguments\n"
        "import sys\n"
        "app = QApplication(style_arguments(sys.argv))\n"
        "print(app.style().name())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ours = [sys.executable, "-c", probe]
    theirs = [*ours, "-style", "Windows"]
    assert subprocess.run(ours, env=env, capture_output=True, text=True).stdout.strip() == "fusion"
    asked = subprocess.run(theirs, env=env, capture_output=True, text=True).stdout.strip()
    assert asked == "windows"
