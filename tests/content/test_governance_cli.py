"""`companion kb show ID --json` and `companion content status --json` over the merged set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.content.conftest import MISTAKE, write
from tests.content.test_governance import APPROVED, RETIRE

from companion.cli.main import main


@pytest.fixture
def layers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    central, local = tmp_path / "central", tmp_path / "local"
    write(central, "kb/a.md", MISTAKE.format(id="a", title="Sentral A"))
    write(central, "kb/b.md", APPROVED.format(id="b", title="B", review="2001-01-01"))
    write(central, "kb/c.md", MISTAKE.format(id="c", title="C"))
    write(local, "kb/a.md", MISTAKE.format(id="a", title="Lokal A"))
    write(local, "kb/c.md", RETIRE.format(id="c"))
    write(local, "verdier.yaml", "brukerstotte_telefon: '73 00 00 00'\n")
    monkeypatch.setenv("COMPANION_CONTENT_LOCAL_DIR", str(local))
    return central


def test_content_status_json_counts_the_merged_set(
    home: Path, layers: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["content", "status", "--json", "--content", str(layers)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {
        "source": "bundled",
        "version": None,
        "articles": 2,
        "approved": 1,
        "drafts": 1,
        "retired": 1,
        "overdue": 1,
        "local": 2,
    }


def test_kb_show_json_has_provenance_and_filled_html(
    home: Path, layers: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kb", "show", "b", "--json", "--content", str(layers)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "godkjent" and data["approved_at"] == "2026-03-01"
    assert data["owner"] == "Fagnettverk legemidler" and data["local"] is False
    assert "73 00 00 00" in data["html"] and "fyll inn lokalt: legevakt" in data["html"]
    assert set(data) == {
        "id",
        "title",
        "kind",
        "status",
        "owner",
        "source",
        "approved_by",
        "approved_at",
        "review_by",
        "local",
        "html",
    }
    assert main(["kb", "show", "a", "--json", "--content", str(layers)]) == 0
    local = json.loads(capsys.readouterr().out)
    assert local["title"] == "Lokal A" and local["local"] is True and local["status"] == "utkast"


def test_kb_show_text_and_unknown_id(
    home: Path, layers: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kb", "show", "b", "--content", str(layers)]) == 0
    out = capsys.readouterr().out
    assert "Godkjent av Fagnettverk legemidler, 01.03.2026" in out and "<" not in out
    assert main(["kb", "show", "finnes-ikke", "--content", str(layers)]) == 1
    assert "Finner ingen artikkel" in capsys.readouterr().err


def test_content_check_reports_local_and_central_together(
    home: Path, layers: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local = Path(str(layers).replace("central", "local"))
    write(local, "kb/d.md", "---\nid: d\ntitle: D\nstatus: godkjent\n---\n## Hva går galt\nx\n")
    assert main(["content", "check", str(layers), "--local", str(local)]) == 1
    assert (
        "status godkjent krever approved_by (hvem som godkjente) og approved_at (dato)"
        in capsys.readouterr().out
    )
