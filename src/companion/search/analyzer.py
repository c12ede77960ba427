"""Norwegian text analysis shared by indexing and querying.

Both sides of the search run text through the same steps, so a query and an article meet on the
same tokens whatever spelling either used:

1. lower case, accents removed (``é`` → ``e``, ``ö`` → ``ø``) but **æ, ø and å kept**: they are
   letters in Norwegian, and ``mål`` must never become ``mal``;
2. spelling variants mapped to one bokmål form (nynorsk ``ikkje`` → ``ikke``, ``sjukepleiar`` →
   ``sykepleiar``, irregular verbs ``fikk`` → ``få``), from ``data/variants.yaml``;
3. Snowball Norwegian stemming (PyStemmer), applied until stable, plus a few corrections for
   what Snowball misses (``legemiddel``/``legemidler``, ``glemt``/``glemme``);
4. compound parts (``legemiddeladministrering`` → ``legemiddel`` + ``administrering``) found
   against the corpus vocabulary by :class:`companion.search.lexicon.Lexicon`.

Index tokens are plain stems; compound parts are prefixed ``+`` so the query side can give them
a lower weight than whole words. Foreign-keyboard spellings (``maal``, ``hoeyrisiko``) are
handled on the query side by :func:`nordic_spellings`, never by folding the index, so ``mål``
and ``mal`` stay different words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol

import Stemmer
import yaml

# libyaml when installed (PyYAML wheels ship it): the data files load several times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PART = "+"
NORDIC = frozenset("æøå")
VOWELS = frozenset("aeiouyæøå")
# Words, optionally joined by hyphens ("PLO-melding", "pc-en", "e-resept").
WORD_RE = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*")
HYPHEN_RE = re.compile(r"[-‐‑]")
ACCENTS = str.maketrans(
    {
        "é": "e",
        "è": "e",
        "ê": "e",
        "ë": "e",
        "á": "a",
        "à": "a",
        "â": "a",
        "ã": "a",
        "ó": "o",
        "ò": "o",
        "ô": "o",
        "õ": "o",
        "ö": "ø",
        "ä": "æ",
        "ü": "u",
        "ú": "u",
        "ù": "u",
        "û": "u",
        "í": "i",
        "ì": "i",
        "î": "i",
        "ï": "i",
        "ç": "c",
        "ñ": "n",
        "ß": "ss",
        "ÿ": "y",
    }
)
# What a foreign keyboard types for æ, ø and å, longest first.
FOREIGN_SPELLINGS = (("aa", "å"), ("ae", "æ"), ("oe", "ø"), ("o", "ø"))
MAX_SPELLING_CHOICES = 4
# Words ending in -erne that are not definite plurals of -er nouns.
NOT_PLURAL_ERNE = frozenset(
    {
        "interne",
        "eksterne",
        "moderne",
        "lanterne",
        "kaserne",
        "taverne",
        "cisterne",
        "hjerne",
        "gjerne",
        "fjerne",
        "stjerne",
        "kjerne",
        "konserne",
    }
)
# Endings written after a hyphen that belong to the word before it ("pc-en", "NAV-s").
HYPHEN_SUFFIXES = frozenset(
    {"en", "et", "er", "ene", "a", "ar", "ane", "s", "ens", "ets", "e", "n", "ne", "ers"}
)


def _data_text(name: str) -> str:
    return (
        resources.files("companion.search")
        .joinpath("data")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The stop-word list (bokmål, nynorsk, a little English)."""
    words = set()
    for line in _data_text("stopwords.txt").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words)


@dataclass(frozen=True)
class Variants:
    """Spelling-variant rules loaded from ``data/variants.yaml``."""

    words: dict[str, str]
    infixes: tuple[tuple[str, str], ...]
    suffixes: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def variants() -> Variants:
    data = yaml.load(_data_text("variants.yaml"), Loader=SAFE_LOADER) or {}
    words = {str(k).lower(): str(v).lower() for k, v in (data.get("words") or {}).items()}
    infixes = tuple((str(a), str(b)) for a, b in data.get("infixes") or [])
    suffixes = tuple((str(a), str(b)) for a, b in data.get("suffixes") or [])
    return Variants(words, infixes, suffixes)


def nordic_spellings(word: str) -> list[str]:
    """Words a foreign keyboard may have meant: ``maal`` → ``mål``, ``hoeyrisiko`` → ``høyrisiko``.

    Only ``aa``, ``ae``, ``oe`` and ``o`` are read as å, æ, ø (a plain ``a`` never is, so ``mal``
    stays ``mal``). At most four places are varied; the typed word itself is not returned.
    """
    if has_nordic(word):
        return []
    choices: list[tuple[int, int, str]] = []
    i = 0
    while i < len(word) and len(choices) < MAX_SPELLING_CHOICES:
        for typed, letter in FOREIGN_SPELLINGS:
            if word.startswith(typed, i):
                choices.append((i, len(typed), letter))
                i += len(typed) - 1
                break
        i += 1
    results: list[str] = []
    for mask in range(1, 1 << len(choices)):
        out, last = [], 0
        for bit, (start, length, letter) in enumerate(choices):
            if mask >> bit & 1:
                out.append(word[last:start] + letter)
                last = start + length
        out.append(word[last:])
        results.append("".join(out))
    return results


def has_nordic(text: str) -> bool:
    """True if the text contains æ, ø or å."""
    return any(ch in NORDIC for ch in text)


class PartSource(Protocol):
    """Something that can split a compound word into known words (the corpus lexicon)."""

    def split(self, word: str) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Word:
    """One word of analysed text.

    ``text`` is the normalised spelling (variants applied), ``key`` its stem; ``span`` is 1 for
    ordinary words and the number of parts for the joined form of a hyphenated group, which
    follows its parts and starts at the same ``index``.
    """

    surface: str
    text: str
    key: str
    start: int
    end: int
    index: int
    stop: bool
    span: int = 1


class Analyzer:
    """Turns text into words and index tokens; caches per word, safe to share between threads.

    The caches are plain dicts: concurrent readers may compute the same entry twice, which is
    harmless because the result is deterministic.
    """

    def __init__(self, parts: PartSource | None = None) -> None:
        self._stemmer = Stemmer.Stemmer("norwegian")
        self._stops = stop_words()
        self._variants = variants()
        self._parts = parts
        self._norm_cache: dict[str, str] = {}
        self._key_cache: dict[str, str] = {}
        self._group_cache: dict[str, tuple[str, str]] = {}
        self._match_cache: dict[str, frozenset[str]] = {}

    def normalise(self, word: str) -> str:
        """Lower case, accents off (æøå kept), spelling variants mapped to bokmål."""
        cached = self._norm_cache.get(word)
        if cached is not None:
            return cached
        text = unicodedata.normalize("NFC", word).lower().translate(ACCENTS)
        mapped = self._variants.words.get(text)
        if mapped is None:
            mapped = text
            for old, new in self._variants.infixes:
                if old in mapped:
                    mapped = mapped.replace(old, new)
            if len(mapped) > 5:
                for old, new in self._variants.suffixes:
                    if mapped.endswith(old):
                        mapped = mapped[: -len(old)] + new
                        break
            mapped = self._variants.words.get(mapped, mapped)
        self._norm_cache[word] = mapped
        return mapped

    def is_stop(self, text: str) -> bool:
        return text in self._stops

    def key(self, text: str) -> str:
        """Stem of a normalised word, made consistent across inflections.

        Snowball removes one ending per pass (``sykepleiere`` → ``sykepleier``), so it runs
        until stable. It then leaves ``legemiddel``/``legemidl`` and ``glemt``/``glemm`` apart,
        so an unstressed ``e`` before a final ``l`` is dropped, a final ``t`` after ``l``/``m``
        is dropped, and a doubled final consonant is made single.
        """
        cached = self._key_cache.get(text)
        if cached is not None:
            return cached
        stem = text
        if len(text) >= 7 and text.endswith("erne") and text not in NOT_PLURAL_ERNE:
            stem = text[:-2]  # "sykepleierne" -> "sykepleier": Snowball has no -erne ending
        if len(text) > 2 and not text.isdigit():
            for _ in range(3):
                nxt = self._stemmer.stemWord(stem)
                if nxt == stem or len(nxt) < 2:
                    break
                stem = nxt
            if len(stem) > 4 and stem[-1] == "t" and stem[-2] in "lm" and stem[-3] in VOWELS:
                stem = stem[:-1]
            if len(stem) > 4 and stem.endswith("el") and stem[-3] not in VOWELS:
                stem = stem[:-2] + "l"
            if (
                len(stem) > 4
                and stem[-1] in "lrn"
                and stem[-2] == stem[-3]
                and stem[-2] not in VOWELS
            ):
                stem = stem[:-3] + stem[-2:]
            elif len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
                stem = stem[:-1]
        self._key_cache[text] = stem
        return stem

    def part_keys(self, text: str) -> tuple[str, ...]:
        """Keys of the compound parts of a normalised word (empty when it is not a compound)."""
        if self._parts is None or len(text) < 5:
            return ()
        return tuple(dict.fromkeys(self.key(p) for p in self._parts.split(text)))

    # -- running text ----------------------------------------------------------------------------
    def words(self, text: str) -> list[Word]:
        """Words of `text` with offsets; hyphenated groups give their parts plus the joined form."""
        out: list[Word] = []
        index = 0
        # NFC first: a decomposed "å" (a + combining ring) would otherwise split the word.
        text = unicodedata.normalize("NFC", text)
        for match in WORD_RE.finditer(text):
            raw = match.group(0)
            if not HYPHEN_RE.search(raw):
                out.append(self._word(raw, match.start(), match.end(), index))
                index += 1
                continue
            pieces = [m for m in re.finditer(r"[^\W_]+", raw)]
            # "pc-en", "PLO-en": an ending after the hyphen belongs to the word.
            if len(pieces) == 2 and pieces[1].group(0).lower() in HYPHEN_SUFFIXES:
                out.append(
                    self._word(pieces[0].group(0), match.start(), match.end(), index, surface=raw)
                )
                index += 1
                continue
            first = index
            for piece in pieces:
                out.append(
                    self._word(
                        piece.group(0),
                        match.start() + piece.start(),
                        match.start() + piece.end(),
                        index,
                    )
                )
                index += 1
            joined_text = "".join(p.group(0) for p in pieces)
            joined = self._word(joined_text, match.start(), match.end(), first, surface=raw)
            out.append(
                Word(
                    raw,
                    joined.text,
                    joined.key,
                    joined.start,
                    joined.end,
                    first,
                    False,
                    span=len(pieces),
                )
            )
        return out

    def _word(self, raw: str, start: int, end: int, index: int, surface: str | None = None) -> Word:
        text = self.normalise(raw)
        return Word(surface or raw, text, self.key(text), start, end, index, self.is_stop(text))

    def word_extras(self, text: str) -> list[str]:
        """Extra index tokens of one normalised word: its ``+`` compound parts."""
        if self.is_stop(text):
            return []
        key = self.key(text)
        return [PART + p for p in self.part_keys(text) if p != key]

    def group_tokens(self, group: str) -> tuple[str, str]:
        """(main, extra) index tokens for one lower-cased match of ``WORD_RE``, space-separated.

        Main tokens are one stem per word, stop words included, so phrase queries see real
        positions; compound parts and the joined form of hyphenated words go to the
        extra fields.
        """
        cached = self._group_cache.get(group)
        if cached is not None:
            return cached
        pieces = HYPHEN_RE.split(group)
        joined = ""
        if len(pieces) == 1:
            texts = [self.normalise(group)]
        elif len(pieces) == 2 and pieces[1] in HYPHEN_SUFFIXES:
            texts = [self.normalise(pieces[0])]
        else:
            texts = [self.normalise(p) for p in pieces if p]
            joined = self.key(self.normalise("".join(pieces)))
        extras: list[str] = []
        for text in texts:
            extras.extend(self.word_extras(text))
        if joined:
            extras.append(PART + joined)
        result = (" ".join(self.key(t) for t in texts), " ".join(extras))
        self._group_cache[group] = result
        return result

    def group_match_tokens(self, group: str) -> frozenset[str]:
        """Every token a lower-cased word group can match (stop words give none); cached."""
        cached = self._match_cache.get(group)
        if cached is None:
            main, extra = self.group_tokens(group)
            pieces = HYPHEN_RE.split(group)
            stops = {self.key(self.normalise(p)) for p in pieces if self.is_stop(self.normalise(p))}
            cached = frozenset(t for t in (*main.split(), *extra.split()) if t not in stops)
            self._match_cache[group] = cached
        return cached

    def _groups(self, text: str) -> list[str]:
        """Lower-cased word groups of a text, with every distinct group already in the caches."""
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        groups = WORD_RE.findall(text.lower())
        cache = self._match_cache
        for group in set(groups).difference(cache):
            self.group_match_tokens(group)
        return groups

    def passage_tokens(self, passage: str) -> str:
        """Distinct match tokens of a passage, space-separated with a space at each end (so
        ``" tok " in stored`` is an exact token test); stored with the document so a snippet
        can pick its best passage without analysing text at query time."""
        groups = set(self._groups(passage))
        return " " + " ".join(set().union(*map(self._match_cache.__getitem__, groups))) + " "

    def index_text(self, text: str) -> tuple[str, str]:
        """(main, extra) token strings for a whole field, for a whitespace tokenizer."""
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        cache, compute = self._group_cache, self.group_tokens
        pairs = [cache.get(g) or compute(g) for g in WORD_RE.findall(text.lower())]
        return " ".join(p[0] for p in pairs), " ".join(p[1] for p in pairs if p[1])

    def count_words(self, texts: Iterable[str]) -> Counter[str]:
        """Frequencies of normalised words (hyphenated groups counted by their pieces)."""
        groups: Counter[str] = Counter()
        for text in texts:
            groups.update(WORD_RE.findall(unicodedata.normalize("NFC", text).lower()))
        counts: Counter[str] = Counter()
        for group, n in groups.items():
            for piece in HYPHEN_RE.split(group):
                if piece:
                    counts[self.normalise(piece)] += n
        return counts
