"""Compounds both ways, and typo tolerance scaled by word length."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from companion.search import SearchService
from companion.search.analyzer import Analyzer, stop_words
from companion.search.lexicon import Lexicon, max_edits, nordic_safe

Ids = Callable[..., list[str]]


def lexicon(*words: str) -> Lexicon:
    analyzer = Analyzer()
    counts = {analyzer.normalise(w): 1 for w in words}
    return Lexicon(counts, analyzer.key, stop_words())


def test_split_against_corpus_words() -> None:
    lex = lexicon(
        "legemiddel", "administrering", "arbeid", "liste", "dobbelt", "kontroll", "lege", "middel"
    )
    assert set(lex.split("legemiddeladministrering")) >= {"legemiddel", "administrering"}
    assert set(lex.split("arbeidsliste")) == {"arbeid", "liste"}  # linking -s-
    assert set(lex.split("dobbeltkontroll")) == {"dobbelt", "kontroll"}
    assert lex.split("legemiddel") == ()  # lexicalised: not "lege" + "middel"
    assert lex.split("administrering") == ()  # unknown parts: no split
    assert lex.split("kontrollen") == ()  # an inflection ending is not a part


def test_search_part_finds_compound(ids: Ids) -> None:
    assert ids("administrering")[0] == "gi-legemidler"


def test_split_query_finds_compound(ids: Ids) -> None:
    assert ids("legemiddel administrering")[0] == "gi-legemidler"
    assert ids("dobbel kontroll")[0] == "hoyrisiko"
    assert ids("arbeids liste")[0] == "arbeidsliste"


def test_compound_query_finds_parts_written_apart(ids: Ids) -> None:
    # "strekkodeskanning" is nowhere in the content; its parts are
    assert ids("strekkodeskanning")[0] == "strekkode-mangler"


def test_edit_distance_grows_with_length() -> None:
    assert max_edits("dose") == 0
    assert max_edits("mål") == 0
    assert max_edits("insulin") == 1
    assert max_edits("insullin") == 2
    assert max_edits("dobbeltkontroll") == 2


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("insullin", "insulin-feil"),
        ("dobeltkontroll", "hoyrisiko"),
        ("arbeidslite", "arbeidsliste"),
        ("behovsmedsin", "behovsmedisin"),
        ("smartkrot", "smartkort"),
    ],
)
def test_typos_still_find_the_article(ids: Ids, typed: str, expected: str) -> None:
    assert ids(typed)[0] == expected


def test_short_words_are_not_fuzzed(ids: Ids) -> None:
    # "rapp" is one edit from nothing useful and must not turn into "rapport"
    assert ids("rapp") == []
    assert "kurve" not in ids("kurs")  # short words need an exact (stemmed) match


def test_fuzzy_never_swaps_nordic_letters() -> None:
    assert not nordic_safe("maling", "måling")
    assert not nordic_safe("bor", "bør")
    assert nordic_safe("insullin", "insulin")
    lex = lexicon("målinger", "legemiddel")
    assert lex.corrections("malinger") == []
    assert lex.corrections("legemidel") == [("legemiddel", 1)]


def test_suggest(search: SearchService) -> None:
    assert search.suggest("insullin") == "insulin"
    assert search.suggest("dobeltkontroll av insulin") == "dobbeltkontroll av insulin"
    assert search.suggest("insulin") is None  # every word known
    assert search.suggest("qqqqqqqq") is None  # nothing close
