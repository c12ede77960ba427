"""Look and feel: bundled DejaVu fonts, a calm high-contrast palette, one accent colour.

Colours meet WCAG AA (4.5:1) for text on their backgrounds; status is never shown by colour
alone (every status label also has a word or an icon).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from companion.reports.style import (
    ACCENT,
    BORDER,
    ERROR,
    FONT_FAMILY,
    MUTED,
    OK,
    SURFACE,
    TEXT,
    WARN,
    load_fonts,
)

# The palette lives in companion.reports.style (QtGui only); pages keep importing it from here.
__all__ = [
    "ACCENT", "BORDER", "ERROR", "FONT_FAMILY", "MUTED", "OK", "SURFACE", "TEXT", "WARN",
    "apply_theme", "icon", "load_fonts",
]  # fmt: skip

# Focus borders are 1px thicker than the normal border, so padding shrinks by 1px on focus:
# a focused button keeps its size and nothing around it moves when it is clicked.
STYLESHEET = f"""
QWidget {{ color: {TEXT}; }}
QListWidget#nav {{ background: {SURFACE}; border: none; \
border-right: 1px solid {BORDER}; padding: 6px; outline: 0; }}
QListWidget#nav::item {{ padding: 8px 10px; border-radius: 6px; margin: 1px 0; }}
QListWidget#nav::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#nav::item:hover:!selected {{ background: #e5e7eb; }}
QLineEdit#globalSearch {{ padding: 6px 10px; border: 1px solid {BORDER}; border-radius: 6px; }}
QLineEdit:focus, QTextBrowser:focus, QListView:focus, QTreeView:focus, QTableView:focus \
{{ border: 2px solid {ACCENT}; }}
QPushButton {{ padding: 5px 12px; border: 1px solid {BORDER}; \
border-radius: 5px; background: white; }}
QPushButton:hover {{ background: #eef2f7; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 4px 11px; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {TEXT}; padding: 4px 11px; }}
QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QPlainTextEdit:focus \
{{ border: 2px solid {ACCENT}; }}
QCheckBox:focus, QRadioButton:focus {{ outline: 2px solid {ACCENT}; background: #eef2f7; }}
QTabBar::tab:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[primary="true"]:hover {{ background: #094a8a; }}
QLabel[role="heading"] {{ font-size: 16pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="empty"] {{ color: {MUTED}; font-size: 12pt; padding: 24px; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""


# Text colour on background, as used on screen: each pair must reach WCAG AA (4.5:1).
TEXT_PAIRS: dict[str, tuple[str, str]] = {
    "body text": (TEXT, "#ffffff"),
    "muted text": (MUTED, "#ffffff"),
    "link / accent": (ACCENT, "#ffffff"),
    "primary button": ("#ffffff", ACCENT),
    "primary button (hover)": ("#ffffff", "#094a8a"),
    "selected list item": ("#ffffff", ACCENT),
    "selected list summary": ("#e5edf7", ACCENT),
    "navigation text": (TEXT, SURFACE),
    "muted on surface": (MUTED, SURFACE),
    "status ok": (OK, "#ffffff"),
    "status warning": (WARN, "#ffffff"),
    "status error": (ERROR, "#ffffff"),
    "error message": (TEXT, "#fdf0ef"),
    "info message": (TEXT, "#eef7f0"),
    "warning banner": (TEXT, "#fff4e5"),
    "hovered button": (TEXT, "#eef2f7"),
}


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a #rrggbb colour."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio (1 to 21) between two #rrggbb colours."""
    light, dark = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (light + 0.05) / (dark + 0.05)


STYLE = "Fusion"
# `QApplication(style_arguments(argv))` picks the style without Python ever seeing the QStyle
# object: `app.setStyle()` returns one, and wrapping it builds QStyle's 11 enum types (~5 ms of
# start-up, issue 16). A `-style` the user passes comes later in argv and still wins.
STYLE_ARGUMENTS = ("-style", STYLE)


def style_arguments(argv: list[str]) -> list[str]:
    """argv for a new QApplication that starts in our style."""
    return [*argv[:1], *STYLE_ARGUMENTS, *argv[1:]]


def apply_theme(
    app: QApplication, resources: Path, point_size: int, set_style: bool = True
) -> None:
    """Fusion style, light palette, bundled font at a readable size (at least 11 pt).

    ``set_style=False`` when the application was created with :func:`style_arguments`.
    """
    if set_style:
        app.setStyle(STYLE)
    family = load_fonts(resources)
    font = QFont(family, max(11, point_size))
    app.setFont(font)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(SURFACE))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor("white"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("white"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(MUTED))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(icon(resources, "app"))


def icon(resources: Path, name: str) -> QIcon:
    """An icon from the bundled SVG set."""
    return QIcon(str(resources / "icons" / f"{name}.svg"))
