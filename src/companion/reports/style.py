"""Palette and bundled fonts shared by screen and PDF (QtGui only, usable headless).

Colours meet WCAG AA (4.5:1) for text on their backgrounds. ``companion.ui.theme`` builds the
widget palette and style sheet from the same values.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

log = logging.getLogger(__name__)

ACCENT = "#0b5cab"  # 6.6:1 on white
TEXT = "#1f2937"  # 14.7:1 on white
MUTED = "#4b5563"  # 7.6:1 on white
SURFACE = "#f3f4f6"
BORDER = "#c7ccd4"
OK = "#146c2e"  # 6.4:1 on white
WARN = "#8a4b00"  # 6.0:1 on white
ERROR = "#b42318"  # 6.5:1 on white
FONT_FAMILY = "DejaVu Sans"


def load_fonts(resources: Path) -> str:
    """Register the bundled DejaVu fonts so æøå render the same on every PC."""
    family = FONT_FAMILY
    for path in sorted((resources / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            family = families[0]
    return family
