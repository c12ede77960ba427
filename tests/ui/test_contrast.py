"""WCAG AA: every text colour the app uses reaches 4.5:1 on its background (no Qt needed)."""

import pytest

from companion.ui import theme


def test_contrast_formula_matches_known_values() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert theme.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", sorted(theme.TEXT_PAIRS))
def test_text_colours_reach_aa(name: str) -> None:
    foreground, background = theme.TEXT_PAIRS[name]
    ratio = theme.contrast_ratio(foreground, background)
    assert ratio >= 4.5, f"{name}: {foreground} on {background} is only {ratio:.2f}:1"


def test_palette_roles_used_for_text_reach_aa() -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from companion.paths import resources_dir

    app = QApplication.instance() or QApplication([])
    saved = (app.palette(), app.styleSheet(), app.font())
    theme.apply_theme(app, resources_dir(), 11)  # type: ignore[arg-type]
    palette = app.palette()  # type: ignore[attr-defined]
    role = QPalette.ColorRole
    pairs = [
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.Text, role.AlternateBase),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
    ]
    try:
        for fg, bg in pairs:
            ratio = theme.contrast_ratio(palette.color(fg).name(), palette.color(bg).name())
            assert ratio >= 4.5, f"{fg.name} on {bg.name}: {ratio:.2f}:1"
    finally:
        app.setPalette(saved[0])  # type: ignore[attr-defined]
        app.setStyleSheet(saved[1])  # type: ignore[attr-defined]
        app.setFont(saved[2])  # type: ignore[attr-defined]
