"""The one QGuiApplication a headless PDF needs (fonts and painting; no widgets)."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QGuiApplication


def ensure_gui_app() -> QGuiApplication:
    """Return the running Qt application, or start a QGuiApplication (offscreen without display).

    The GUI already has its QApplication; the CLI gets a light QGuiApplication with the bundled
    fonts, so PDFs look the same from both.
    """
    app = QGuiApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "companion"])
        from companion.paths import resources_dir
        from companion.reports.style import load_fonts

        load_fonts(resources_dir())
    assert isinstance(app, QGuiApplication)
    return app
