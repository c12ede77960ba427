"""Approval status, provenance and the local layer: parser rules, merge rules, local values."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.content.conftest import GUIDE, MISTAKE, write

from companion.content.governance import status_banner_html
from companion.content.layers import load_merged, merge_layers
from companion.content.loader import load_layer, load_library
from companion.content.render import render_for
from companion.content.vocabulary import ContentStatus
from companion.search import SearchService

APPROVED = """---
id: {id}
title: {title}
kind: mistake
status: godkjent
approved_by: Fagnettverk legemidler
approved_at: 2026-03-01
owner: Fagnettverk legemidler
source: Forskrift om legemiddelhåndtering
review_by: {review}
---
## Hva går galt
Ring {{{{brukerstotte_telefon}}}} eller {{{{legevakt}}}}.
## Hvorfor skjer det
B
## Slik gjør du det riktig
C
## Slik retter du opp
D
"""

RETIRE = "---\nid: {id}\ntitle: Gammel\nkind: mistake\nstatus: utgått\n---\nUtgått.\n"


def _messages(root: Path) -> list[str]:
    return [p.message for p in load_library(root).problems]


def test_status_defaults_to_draft_and_approval_fields_are_parsed(tmp_path: Path) -> None:
    write(tmp_path, "kb/a.md", MISTAKE.format(id="a", title="A"))
    write(tmp_path, "kb/b.md", APPROVED.format(id="b", title="B", review="2099-01-01"))
    library = load_library(tmp_path)
    assert library.articles["a"].status is ContentStatus.DRAFT
    b = library.articles["b"]
    assert b.status is ContentStatus.APPROVED
    assert (b.approved_by, b.approved_at) == ("Fagnettverk legemidler", date(2026, 3, 1))
    assert b.source == "Forskrift om legemiddelhåndtering"
    assert not library.errors


@pytest.mark.parametrize("drop", ["approved_by", "approved_at"])
def test_approved_without_who_or_when_is_an_error_and_shown_as_draft(
    tmp_path: Path, drop: str
) -> None:
    text = APPROVED.format(id="b", title="B", review="2099-01-01")
    text = "\n".join(line for line in text.splitlines() if not line.startswith(drop)) + "\n"
    write(tmp_path, "kb/b.md", text)
    library = load_library(tmp_path)
    assert any(f"godkjent krever {drop}" in p.message for p in library.errors)
    assert library.articles["b"].status is ContentStatus.DRAFT


def test_unknown_status_is_an_error(tmp_path: Path) -> None:
    write(
        tmp_path,
        "kb/a.md",
        MISTAKE.format(id="a", title="A").replace("---\n##", "status: publisert\n---\n##", 1),
    )
    assert any("status må være" in m for m in _messages(tmp_path))


def test_banner_words_draft_approved_overdue_and_local_precedence(tmp_path: Path) -> None:
    write(tmp_path, "kb/a.md", MISTAKE.format(id="a", title="A"))
    write(tmp_path, "kb/b.md", APPROVED.format(id="b", title="B", review="2020-01-01"))
    library = load_library(tmp_path)
    draft = status_banner_html(library.articles["a"], date(2026, 6, 1))
    assert "Utkast" in draft and "ikke godkjent hos dere ennå" in draft
    assert "Lokal prosedyre gjelder foran" in draft
    approved = status_banner_html(library.articles["b"], date(2026, 6, 1))
    assert "Godkjent av Fagnettverk legemidler, 01.03.2026" in approved
    assert "ansvarlig: Fagnettverk legemidler" in approved
    assert "Skulle vært gjennomgått 01.01.2020" in approved
    assert "Sist kontrollert" not in render_for(library, library.articles["b"]).html


def _layers(tmp_path: Path) -> tuple[Path, Path]:
    central, local = tmp_path / "central", tmp_path / "local"
    write(
        central,
        "guides/rover.md",
        GUIDE.format(id="rover", title="Rover", related="feil", link="feil"),
    )
    write(central, "kb/feil.md", MISTAKE.format(id="feil", title="Sentral feil"))
    write(central, "kb/gammel.md", MISTAKE.format(id="gammel", title="Gammel sentral"))
    write(
        central,
        "checklists/vikar.yaml",
        "id: vikar\ntitle: Vikar\nitems:\n  - id: a\n    title: Logg inn\n    guide: rover\n",
    )
    write(local, "kb/feil.md", MISTAKE.format(id="feil", title="Lokal feil"))
    write(
        local,
        "kb/ny.md",
        MISTAKE.format(id="ny", title="Ny lokal").replace(
            "galt\nA\n", "galt\n" + "Se [rover](artikkel:rover).\n", 1
        ),
    )
    write(local, "kb/gammel.md", RETIRE.format(id="gammel"))
    return central, local


def test_local_replaces_adds_and_retires(tmp_path: Path) -> None:
    central, local = _layers(tmp_path)
    library = load_merged(central, local)
    assert library.articles["feil"].title == "Lokal feil" and library.articles["feil"].local
    assert not library.articles["rover"].local
    assert library.articles["ny"].local
    assert "gammel" not in library.articles and "gammel" in library.retired
    # a link from a local article to a central one is fine once merged
    assert not library.errors, [p.format() for p in library.errors]
    assert [a.id for a in library.mistakes()] == ["feil", "ny"]
    assert library.root_for(library.articles["ny"]) == local
    assert library.root_for(library.articles["rover"]) == central


def test_each_item_once_in_search_and_checklists(tmp_path: Path) -> None:
    central, local = _layers(tmp_path)
    library = load_merged(central, local)
    service = SearchService(library, None)
    service.ensure_index()
    ids = [hit.id for hit in service.search("feil", limit=50)]
    assert ids.count("feil") == 1
    assert "gammel" not in [hit.id for hit in service.search("gammel sentral", limit=50)]
    assert list(library.checklists) == ["vikar"]
    assert library.checklists["vikar"].items[0].guide in library.articles


def test_link_to_retired_article_is_a_warning_not_an_error(tmp_path: Path) -> None:
    central, local = _layers(tmp_path)
    write(
        local,
        "kb/ny.md",
        MISTAKE.format(id="ny", title="Ny").replace(
            "galt\nA\n", "galt\n" + "Se [g](artikkel:gammel).\n", 1
        ),
    )
    library = load_merged(central, local)
    assert not library.errors
    assert any("utgått artikkel 'gammel'" in p.message for p in library.warnings)


def test_merge_does_not_repeat_whole_library_problems(tmp_path: Path) -> None:
    central, local = _layers(tmp_path)
    write(
        central,
        "kb/old.md",
        MISTAKE.format(id="old", title="Old").replace(
            "---\n##", "review_by: 2001-01-01\n---\n##", 1
        ),
    )
    once = merge_layers(load_library(central), load_library(local))
    overdue = [p for p in once.problems if "skulle vært gjennomgått" in p.message]
    assert len(overdue) == 1


def test_values_are_filled_escaped_or_marked_missing(tmp_path: Path) -> None:
    central, local = tmp_path / "central", tmp_path / "local"
    write(central, "kb/b.md", APPROVED.format(id="b", title="B", review="2099-01-01"))
    write(local, "verdier.yaml", 'brukerstotte_telefon: "<b>73 00 00 00</b>"\n')
    library = load_merged(central, local)
    page = render_for(library, library.articles["b"]).html
    assert "&lt;b&gt;73 00 00 00&lt;/b&gt;" in page and "<b>73 00" not in page
    assert "fyll inn lokalt: legevakt" in page
    assert "{{" not in page


def test_unknown_value_keys_and_identity_numbers_are_reported(tmp_path: Path) -> None:
    write(
        tmp_path,
        "kb/a.md",
        MISTAKE.format(id="a", title="A").replace(
            "galt\nA\n", "galt\n" + "Ring {{telefon_typo}}\n", 1
        ),
    )
    write(tmp_path, "verdier.yaml", "legevakt: '116117'\nukjent_nokkel: x\nleder: '01010150017'\n")
    library = load_library(tmp_path)
    messages = [p.message for p in library.problems]
    assert any("ukjent lokal verdi {{telefon_typo}}" in m for m in messages)
    assert any("ukjent verdi 'ukjent_nokkel'" in m for m in messages)
    assert any("fødselsnummer" in m for m in messages)
    assert library.values["legevakt"] == "116117" and "leder" not in library.values


def test_cache_reuses_an_unchanged_folder_and_notices_edits(tmp_path: Path) -> None:
    root, cache = tmp_path / "c", tmp_path / "cache"
    write(root, "kb/a.md", MISTAKE.format(id="a", title="A"))
    first = load_layer(root, cache)
    assert list(cache.glob("content-*.pickle"))
    again = load_layer(root, cache)
    assert again.articles == first.articles and again is not first
    write(root, "kb/b.md", MISTAKE.format(id="b", title="B"))
    assert set(load_layer(root, cache).articles) == {"a", "b"}
    (cache / next(cache.iterdir()).name).write_bytes(b"broken")
    assert set(load_layer(root, cache).articles) == {"a", "b"}
