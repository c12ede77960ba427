"""Ranking rules that hold at any size: an exact title wins among near-duplicates."""

from __future__ import annotations

from pathlib import Path

from companion.search import SearchService

from .conftest import load_checked, write_guide, write_mistake

PLACES = ["skyllerommet", "medisinrommet", "vaktrommet", "korridoren", "kjøkkenet", "stua"]


def test_exact_title_comes_first_among_near_duplicates(tmp_path: Path) -> None:
    """Titles that share all words but one, and say them more often, must not outrank it."""
    root = tmp_path / "c"
    for n, place in enumerate(PLACES * 4):
        write_mistake(
            root,
            f"dup-{n}",
            f"Smartkort virker ikke på avdelingen {place}",
            "Smartkort virker ikke på avdelingen. Smartkort virker ikke, smartkort på avdelingen.",
            tags=["smartkort", "virker ikke", "avdelingen"],
            summary="Smartkort virker ikke på avdelingen, smartkort virker ikke",
        )
    write_mistake(root, "target", "Smartkort virker ikke på avdelingen", "Kortet svarer ikke.")
    service = SearchService(load_checked(root), None)
    assert service.search("Smartkort virker ikke på avdelingen")[0].id == "target"
    typed = "smartkort  virker ikke på avdelingen!"
    assert service.search(typed, kind="mistake")[0].id == "target"
    assert service.search("Smartkort virker ikke på avdelingen", kind="guide") == []


def test_title_phrase_beats_the_same_words_scattered(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_guide(root, "scattered", "Rapport om arbeid i liste og ved vaktskifte", "Rapport.")
    write_guide(root, "phrase", "Rapport ved vaktskifte i helgen", "Gi rapport.")
    service = SearchService(load_checked(root), None)
    assert service.search("rapport ved vaktskifte")[0].id == "phrase"
