"""Synonyms (built-in and the content folder's own), Epic/English terms, and æøå."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from companion.search import SearchService
from companion.search.analyzer import Analyzer
from companion.search.synonyms import SynonymData, SynonymTable, builtin_synonyms

from .conftest import load_checked, write_guide

Ids = Callable[..., list[str]]


def test_builtin_list_is_broad() -> None:
    data = builtin_synonyms()
    assert len(data.groups) >= 80
    words = {w for term, values in data.groups.items() for w in (term, *values)}
    for expected in (
        "medisin",
        "legemiddel",
        "beboer",
        "pasient",
        "strekkode",
        "mar",
        "prn",
        "flowsheet",
        "in basket",
        "break the glass",
        "bryt glasset",
    ):
        assert expected in words, expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("medisin uten strekkode", "strekkode-mangler"),  # medisin -> legemiddel
        ("medisinen", "strekkode-mangler"),
        ("skanne", "strekkode-mangler"),  # skanne -> strekkode
        ("MAR", "kurve"),  # Epic's English term -> kurve
        ("PRN", "behovsmedisin"),
        ("flowsheet", "flytskjema"),
        ("In Basket", "innboks"),
        ("break the glass", "bryt-glasset"),
    ],
)
def test_builtin_synonyms_and_epic_terms(ids: Ids, query: str, expected: str) -> None:
    assert ids(query)[0] == expected


def test_synonyms_work_both_ways(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_guide(root, "medisin", "Medisinrunden", "Del ut medisin til alle.")
    write_guide(root, "annet", "Noe annet", "Her står det om vakten.")
    service = SearchService(load_checked(root), None)
    assert [h.id for h in service.search("legemiddel")][:1] == ["medisin"]


def test_multiword_synonym_allows_a_pronoun_in_between(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_guide(root, "utlogget", "Rover logger deg ut", "Rover logger ut etter en stund.")
    write_guide(root, "kaste", "Kaste restmengder", "Kast resten i riktig beholder.")
    service = SearchService(load_checked(root), None)
    assert service.search("rover kasta meg ut")[0].id == "utlogget"


def test_one_way_synonym() -> None:
    analyzer = Analyzer()
    table = SynonymTable(analyzer, builtin_synonyms())
    key = lambda w: analyzer.key(analyzer.normalise(w))  # noqa: E731
    assert (key("pasient"),) in table.expansions((key("bruker"),))
    assert (key("bruker"),) not in table.expansions((key("pasient"),))


def test_content_folder_synonyms_extend_the_builtin_list(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_guide(root, "tavle", "Bruke pasienttavlen", "Pasienttavlen viser status.")
    write_guide(root, "kurve", "Registrere i kurven", "Dosen registreres i kurven.")
    without = SearchService(load_checked(root), None)
    assert [h.id for h in without.search("whiteboard")] == []
    (root / "synonyms.yaml").write_text("pasienttavle: [whiteboard, tavla]\n", encoding="utf-8")
    library = load_checked(root)
    assert library.synonyms == {"pasienttavle": ["whiteboard", "tavla"]}
    with_local = SearchService(library, None)
    assert [h.id for h in with_local.search("whiteboard")][:1] == ["tavle"]
    assert [h.id for h in with_local.search("MAR")][:1] == ["kurve"]  # built-in still applies


def test_synonym_table_ignores_stop_word_only_entries() -> None:
    table = SynonymTable(Analyzer(), SynonymData(groups={"ikke": ["not"], "insulin": ["ie"]}))
    assert len(table.expansions(("ikk",))) == 0


def test_mal_is_not_mal(ids: Ids) -> None:
    assert ids("mål")[0] == "maalsetting"
    assert "mal-notat" not in ids("mål")
    assert ids("mal")[0] == "mal-notat"
    assert "maalsetting" not in ids("mal")


def test_foreign_keyboard_finds_nordic_words(ids: Ids) -> None:
    assert ids("maal")[0] == "maalsetting"
    assert ids("hoeyrisiko")[0] == "hoyrisiko"  # oe -> ø, and a compound part
    assert ids("hoyrisikolegemidler")[0] == "hoyrisiko"  # o -> ø
    assert ids("aerlig")[0] == "hoyre-side"  # ae -> æ


def test_nynorsk_query_finds_bokmal_article(ids: Ids) -> None:
    assert ids("sjukepleiarar")[0] == "sykepleier-rapport"
    assert ids("korleis gje behovsmedisin")[0] == "behovsmedisin"
    assert ids("smartkortet verkar ikkje")[0] == "smartkort"


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("samstemming", "legemiddelgjennomgang"),
        ("epikrise", "utskrivningsrapport"),
        ("secure chat", "teams"),
    ],
)
def test_different_things_are_not_synonyms(word: str, other: str) -> None:
    analyzer = Analyzer()
    table = SynonymTable(analyzer, builtin_synonyms())
    keys = lambda p: tuple(w.key for w in analyzer.words(p) if w.span == 1)  # noqa: E731
    assert keys(other) not in table.expansions(keys(word))
    assert keys(word) not in table.expansions(keys(other))
    assert table.expansions(keys(word)) and table.expansions(keys(other))  # each still findable


def test_chat_finds_both_chat_systems(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_guide(root, "secure", "Sende Secure Chat", "Secure Chat brukes til korte beskjeder.")
    write_guide(root, "teams", "Møter i Teams", "Teams brukes til videomøter.")
    service = SearchService(load_checked(root), None)
    assert {h.id for h in service.search("chat")} == {"secure", "teams"}
    assert [h.id for h in service.search("sikker chat")][:1] == ["secure"]


def test_expansions_weigh_less_than_the_typed_word(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_guide(root, "medisin", "Medisin på avdelingen", "Medisin deles ut om morgenen.")
    write_guide(root, "legemiddel", "Legemiddel på avdelingen", "Legemiddel deles ut om morgenen.")
    service = SearchService(load_checked(root), None)
    assert [h.id for h in service.search("medisin")] == ["medisin", "legemiddel"]
    assert [h.id for h in service.search("legemiddel")] == ["legemiddel", "medisin"]


def test_unknown_compound_falls_back_to_its_head(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_guide(root, "plaster", "Bytte plaster", "Plasteret byttes hver tredje dag.")
    write_guide(root, "tablett", "Dele tabletter", "Tabletter deles med tablettdeler.")
    service = SearchService(load_checked(root), None)
    assert [h.id for h in service.search("fentanylxplaster")][:1] == ["plaster"]
