"""Norwegian language handling: stemming, variants, stop words, æøå."""

from __future__ import annotations

import pytest

from companion.search.analyzer import Analyzer, nordic_spellings, stop_words


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def key(analyzer: Analyzer, word: str) -> str:
    return analyzer.key(analyzer.normalise(word))


@pytest.mark.parametrize(
    "forms",
    [
        ("sykepleier", "sykepleiere", "sykepleieren", "sykepleierne"),
        ("legemiddel", "legemidler", "legemidlene", "legemiddelet"),
        ("pasient", "pasienten", "pasienter", "pasientene", "pasientens"),
        ("registrere", "registrert", "registrerte", "registrerer"),
        ("skanne", "skanner", "skannet", "skanna"),
        ("glemme", "glemt", "glemte"),
    ],
)
def test_bokmal_inflections_share_one_key(analyzer: Analyzer, forms: tuple[str, ...]) -> None:
    assert len({key(analyzer, f) for f in forms}) == 1, {f: key(analyzer, f) for f in forms}


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("sjukepleiar", "sykepleier"),
        ("sjukepleiarar", "sykepleiere"),
        ("pasientane", "pasientene"),
        ("legemidlar", "legemidler"),
        ("oppgåvene", "oppgavene"),
        ("heimetenesta", "hjemmetjenesten"),
        ("høgrisiko", "høyrisiko"),
        ("sårbilete", "sårbilde"),
        ("armbandet", "armbåndet"),
        ("gløymt", "glemt"),
        ("utskriving", "utskrivning"),
    ],
)
def test_nynorsk_forms_meet_bokmal(analyzer: Analyzer, nynorsk: str, bokmal: str) -> None:
    assert key(analyzer, nynorsk) == key(analyzer, bokmal)


@pytest.mark.parametrize(
    ("variant", "normal"),
    [
        ("ikkje", "ikke"),
        ("kva", "hva"),
        ("korleis", "hvordan"),
        ("eg", "jeg"),
        ("kvifor", "hvorfor"),
        ("fekk", "få"),
        ("fikk", "få"),
        ("gitt", "gi"),
    ],
)
def test_variant_normalisation(analyzer: Analyzer, variant: str, normal: str) -> None:
    assert analyzer.normalise(variant) == normal


def test_stop_words_cover_bokmal_and_nynorsk(analyzer: Analyzer) -> None:
    stops = stop_words()
    for word in ("og", "ikke", "hvordan", "jeg", "å", "the"):
        assert word in stops
    # nynorsk function words are stop words after normalisation
    for word in ("ikkje", "korleis", "eg", "kva", "ein"):
        assert analyzer.is_stop(analyzer.normalise(word)), word
    # content words are not
    for word in ("insulin", "pasient", "avvik", "mål"):
        assert not analyzer.is_stop(analyzer.normalise(word)), word


def test_stemmer_does_not_merge_different_words(analyzer: Analyzer) -> None:
    assert key(analyzer, "insulin") != key(analyzer, "insullin")
    assert key(analyzer, "lege") != key(analyzer, "legemiddel")
    assert key(analyzer, "kurve") != key(analyzer, "kurs")


def test_nordic_letters_are_letters_not_accents(analyzer: Analyzer) -> None:
    assert analyzer.normalise("Mål") == "mål"
    assert key(analyzer, "mål") != key(analyzer, "mal")
    assert key(analyzer, "måling") != key(analyzer, "maling")
    assert key(analyzer, "bør") != key(analyzer, "bor")
    # real accents are removed
    assert analyzer.normalise("Kafé") == "kafe"


def test_decomposed_unicode_is_the_same_word(analyzer: Analyzer) -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Målinger på armbånd")
    assert [w.key for w in analyzer.words(decomposed)] == [
        w.key for w in analyzer.words("Målinger på armbånd")
    ]
    assert analyzer.index_text(decomposed) == analyzer.index_text("Målinger på armbånd")


def test_foreign_keyboard_spellings() -> None:
    assert nordic_spellings("maal") == ["mål"]
    assert "høyrisiko" in nordic_spellings("hoeyrisiko")
    assert "ærlig" in nordic_spellings("aerlig")
    assert "møte" in nordic_spellings("mote")
    assert nordic_spellings("mal") == []  # a plain "a" is never read as "å"
    assert nordic_spellings("mål") == []
    assert len(nordic_spellings("oooooooooo")) == 15  # bounded: at most four places vary


def test_hyphenated_words_give_parts_and_joined_form(analyzer: Analyzer) -> None:
    words = analyzer.words("PLO-melding og pc-en")
    texts = [(w.text, w.span) for w in words]
    assert ("plo", 1) in texts and ("melding", 1) in texts
    assert ("plomelding", 2) in texts
    assert ("pc", 1) in texts  # "-en" is an ending, not a word
