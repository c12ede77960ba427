from pathlib import Path

import pytest

from companion.content.loader import load_library
from companion.content.render import markdown_to_html, parse_internal_link, render_article, sanitize


@pytest.mark.parametrize(
    "evil",
    [
        "<script>alert(1)</script>",
        "[klikk](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        '<img src="x" onerror="alert(1)">',
        '<p onclick="alert(1)">x</p>',
        '<iframe src="https://evil"></iframe>',
        '<a href="JaVaScRiPt:alert(1)">x</a>',
        "<style>body{display:none}</style>",
    ],
)
def test_dangerous_markup_never_survives(evil: str) -> None:
    out = markdown_to_html(evil, None).lower()
    for needle in (
        "<script",
        "javascript:",
        "onerror",
        "onclick",
        "<iframe",
        "<style",
        "alert(1)</",
    ):
        assert needle not in out


def test_internal_links_become_companion_urls() -> None:
    out = markdown_to_html("[Se her](artikkel:rover-logger-ut)", None)
    assert 'href="companion://artikkel/rover-logger-ut"' in out
    assert parse_internal_link("companion://artikkel/rover-logger-ut") == "rover-logger-ut"
    assert parse_internal_link("https://example.org") is None


def test_images_inside_folder_kept_outside_dropped(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "ok.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = markdown_to_html("![ok](images/ok.png) ![bad](../../etc/passwd)", tmp_path)
    assert 'src="images/ok.png"' in out
    assert "passwd" not in out


def test_tables_and_lists_render() -> None:
    out = markdown_to_html("Før du starter:\n- a\n- b\n\n| A | B |\n|---|---|\n| 1 | 2 |\n", None)
    assert "<ul>" in out and "<table>" in out


def test_article_has_steps_in_order(good_content: Path) -> None:
    lib = load_library(good_content)
    html = render_article(lib.articles["rover"], good_content).html
    assert (
        html.index("Steg 1 av 2: Logg inn") < html.index("Steg 2 av 2: Skann") < html.index("Tips")
    )
    assert sanitize(html) == html
