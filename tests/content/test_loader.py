from datetime import date
from pathlib import Path

import pytest

from companion.cli.main import main
from companion.content.loader import load_library, resolve_image
from content.conftest import GUIDE, MISTAKE, write


def messages(root: Path) -> list[str]:
    lib = load_library(root, today=date(2026, 11, 22))
    return [p.format(root) for p in lib.problems]


def test_good_folder_is_clean(good_content: Path) -> None:
    lib = load_library(good_content, today=date(2026, 11, 22))
    assert lib.problems == []
    guide = lib.articles["rover"]
    assert [s.number for s in guide.steps] == [1, 2]
    assert [s.title for s in guide.other_sections] == ["Tips"]
    assert lib.checklists["vikar"].items[0].guide == "rover"


def test_each_problem_is_reported_with_path_and_line(good_content: Path) -> None:
    write(good_content, "kb/broken-yaml.md", "---\nid: x\ntitle: [unclosed\n---\nbody\n")
    write(good_content, "kb/no-id.md", "---\ntitle: Uten id\n---\nbody\n")
    write(good_content, "kb/dup.md", MISTAKE.format(id="feil", title="Dobbel"))
    write(good_content, "kb/latin1.md", "---\nid: l\ntitle: Bl\xe5\n---\n".encode("latin-1"))
    write(good_content, "kb/empty.md", "")
    write(good_content, "kb/big.md", "---\nid: big\ntitle: Stor\n---\n" + "x" * 300_000)
    write(
        good_content,
        "guides/links.md",
        GUIDE.format(id="links", title="Lenker", related="finnes-ikke", link="ukjent"),
    )
    write(
        good_content,
        "guides/img.md",
        "---\nid: img\ntitle: Bilde\n---\n![a](../../etc/passwd)\n![b](images/mangler.png)\n",
    )
    write(
        good_content,
        "guides/old.md",
        "---\nid: old\ntitle: Gammel\nreview_by: 2020-01-01\n---\n## Steg 1: A\nx\n",
    )
    write(
        good_content,
        "checklists/bad.yaml",
        "id: bad\ntitle: Bad\nitems:\n  - id: a\n    title: A\n    guide: nope\n",
    )
    found = "\n".join(messages(good_content))
    assert "kb/broken-yaml.md:3: front matter kan ikke leses" in found
    assert "kb/no-id.md:2: mangler id" in found
    assert (
        "id 'feil' er brukt i både kb/dup.md og kb/feil.md" in found
        or "id 'feil' er brukt i både kb/feil.md og kb/dup.md" in found
    )
    assert "kb/latin1.md:3: filen er ikke UTF-8" in found
    assert "kb/empty.md:1: filen er tom" in found
    assert "kb/big.md:1: filen er for stor" in found
    assert "guides/links.md:16: lenke til ukjent artikkel 'ukjent'" in found
    assert "guides/links.md:7: related peker på ukjent artikkel 'finnes-ikke'" in found
    assert "guides/img.md:5: bildet '../../etc/passwd' peker ut av innholdsmappen" in found
    assert "guides/img.md:6: bildet 'images/mangler.png' finnes ikke" in found
    assert "guides/old.md:4: advarsel: skulle vært gjennomgått innen 2020-01-01" in found
    assert "checklists/bad.yaml:6: punktet 'a' viser til ukjent veiledning 'nope'" in found


def test_bad_files_are_skipped_good_ones_served(good_content: Path) -> None:
    write(good_content, "kb/broken.md", "---\nid: [\n---\n")
    lib = load_library(good_content)
    assert set(lib.articles) == {"rover", "feil"}
    assert [p.name for p in lib.skipped] == ["broken.md"]


def test_step_numbering_gap_is_an_error(good_content: Path) -> None:
    write(
        good_content,
        "guides/gap.md",
        "---\nid: gap\ntitle: Hull\n---\n## Steg 1: A\nx\n## Steg 3: C\ny\n",
    )
    assert any("steg 3 skulle vært steg 2" in m for m in messages(good_content))


def test_image_paths_never_leave_the_folder(tmp_path: Path) -> None:
    for bad in (
        "../../etc/passwd",
        "/etc/passwd",
        "images/../../x.png",
        "http://evil/x.png",
        "C:\\x.png",
        "file:///etc/passwd",
    ):
        assert resolve_image(tmp_path, bad) is None, bad
    assert resolve_image(tmp_path, "images/ok.png") == tmp_path / "images" / "ok.png"


def test_cli_check_exit_codes(good_content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check", str(good_content)]) == 0
    assert "0 feil" in capsys.readouterr().out
    write(good_content, "kb/no-title.md", "---\nid: nt\n---\nx\n")
    assert main(["content", "check", str(good_content)]) == 1
    out = capsys.readouterr().out
    assert "content/kb/no-title.md:2: mangler title" in out
    assert "Traceback" not in out


def test_cli_check_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check", str(tmp_path / "nope")]) == 1
    assert "finnes ikke" in capsys.readouterr().out


def test_bundled_content_is_clean_and_complete(bundled_library: object) -> None:
    from companion.content.model import Library

    assert isinstance(bundled_library, Library)
    assert bundled_library.errors == []
    assert len(bundled_library.guides()) >= 30
    assert len(bundled_library.mistakes()) >= 60
    assert len(bundled_library.checklists) >= 3
    assert {a.lang for a in bundled_library.articles.values()} >= {"nb", "nn"}
    for article in bundled_library.mistakes():
        assert len(article.sections) >= 4, article.id
