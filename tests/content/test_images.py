"""Images are decided on the parsed HTML: every spelling of <img> is caught, nothing leaves."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.content.conftest import MISTAKE, write

from companion.content.loader import load_library
from companion.content.render import markdown_to_html

OUTSIDE_FORMS = [
    "<img src='/etc/hostname'>",
    "<IMG SRC=/etc/hostname>",
    "<img src=/etc/hostname>",
    '<img src="../outside.png">',
    "![x](/etc/hostname)",
    '<img src="https://example.org/x.png">',
    "<img src='//example.org/x.png'>",
    '<img src="file:///etc/hostname">',
    "<img src='data:image/png;base64,AAAA'>",
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write(root, "img/ok.png", b"\x89PNG")
    (tmp_path / "outside.png").write_bytes(b"\x89PNG")
    (root / "img" / "link.png").symlink_to(tmp_path / "outside.png")
    return root


@pytest.mark.parametrize("form", OUTSIDE_FORMS)
def test_outside_or_remote_images_lose_their_src(folder: Path, form: str) -> None:
    out = markdown_to_html(form, folder)
    assert "src=" not in out.lower()


@pytest.mark.parametrize("form", [*OUTSIDE_FORMS, "![x](img/link.png)", "<img src=img/nope.png>"])
def test_content_check_reports_each_form(folder: Path, form: str) -> None:
    write(
        folder,
        "kb/a.md",
        MISTAKE.format(id="a", title="A").replace("galt\nA\n", "galt\n" + form + "\n", 1),
    )
    errors = [p.message for p in load_library(folder).errors]
    assert any("bildet" in m for m in errors), errors


@pytest.mark.parametrize(
    "form", ["![x](img/ok.png)", "<IMG src='img/ok.png'>", "<img src=img/ok.png>"]
)
def test_images_inside_the_folder_are_kept(folder: Path, form: str) -> None:
    assert 'src="img/ok.png"' in markdown_to_html(form, folder)
    write(
        folder,
        "kb/a.md",
        MISTAKE.format(id="a", title="A").replace("galt\nA\n", "galt\n" + form + "\n", 1),
    )
    assert not load_library(folder).errors


def test_symlink_out_of_the_folder_is_not_read(folder: Path) -> None:
    out = markdown_to_html("![x](img/link.png)", folder)
    assert "src=" not in out
    write(
        folder,
        "kb/a.md",
        MISTAKE.format(id="a", title="A").replace(
            "galt\nA\n", "galt\n" + "![x](img/link.png)\n", 1
        ),
    )
    assert any("snarvei ut av innholdsmappen" in p.message for p in load_library(folder).errors)


def test_content_files_that_are_symlinks_out_of_the_folder_are_not_read(
    folder: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text(MISTAKE.format(id="secret", title="Hemmelig"), encoding="utf-8")
    (tmp_path / "verdier.yaml").write_text("legevakt: '1'\n", encoding="utf-8")
    (folder / "kb").mkdir(exist_ok=True)
    (folder / "kb" / "secret.md").symlink_to(secret)
    (folder / "verdier.yaml").symlink_to(tmp_path / "verdier.yaml")
    library = load_library(folder)
    assert "secret" not in library.articles and not library.values
    assert sum("snarvei ut av innholdsmappen" in p.message for p in library.errors) == 2
