"""The corpus vocabulary: splits compound words and corrects typing errors.

Norwegian writes compounds as one word (``legemiddeladministrering``, ``arbeidsliste``) while
staff search for a part (``administrering``) or type the parts apart (``arbeids liste``). A
fixed dictionary would never know the local words, so compounds are split against the words
of the content itself (plus the built-in synonym vocabulary): a split is accepted only when
every part is a word that occurs on its own.

Typo correction also looks only at words that exist in the content, so a correction can never
lead to an empty result. The allowed edit distance grows with word length (none for words of
four letters or fewer, one up to seven letters, two from eight), and an edit may never turn
one of æ, ø, å into another letter: ``mål`` and ``mal`` are different words.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable, Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from companion.search.analyzer import NORDIC

MIN_PART = 3
# Two-letter words that start many compounds ("nyvikar", "nyansatt"); any other word must have
# at least MIN_PART letters to count as a part.
MIN_HEAD = 2
SHORT_HEADS = frozenset({"ny", "pc", "iv", "bt", "bs", "id"})
MIN_SPLIT = 6
# Lexicalised compounds whose parts would mislead ("lege" is a doctor, not part of a medicine).
NO_SPLIT = frozenset(
    {
        "legemiddel",
        "legemidler",
        "legemidlene",
        "legemiddelet",
        "legemidlet",
        "legemidlar",
        "legemidla",
    }
)
# Strings that look like words but are really inflection endings when found at a word's end.
BAD_TAILS = frozenset(
    {
        "ene",
        "ens",
        "ets",
        "ere",
        "ers",
        "ing",
        "het",
        "lig",
        "els",
        "ane",
        "ar",
        "ert",
        "ste",
        "est",
        "nes",
        "ter",
    }
)
LINKS = ("s", "e")
ALNUM_RE = re.compile(r"[^\W\d_]+|\d+")


def max_edits(word: str) -> int:
    """Edit distance allowed for a word of this length (short words are never fuzzed)."""
    n = len(word)
    if n <= 4:
        return 0
    return 1 if n <= 7 else 2


def nordic_safe(typed: str, candidate: str) -> bool:
    """True unless turning `typed` into `candidate` adds, drops or swaps an æ, ø or å."""
    for op in Levenshtein.editops(typed, candidate):
        if op.tag == "replace" and (
            typed[op.src_pos] in NORDIC or candidate[op.dest_pos] in NORDIC
        ):
            return False
        if op.tag == "insert" and candidate[op.dest_pos] in NORDIC:
            return False
        if op.tag == "delete" and typed[op.src_pos] in NORDIC:
            return False
    return True


class Lexicon:
    """Word frequencies of the corpus, with compound splitting and typo correction."""

    def __init__(
        self,
        counts: Mapping[str, int],
        key: Callable[[str], str],
        stops: frozenset[str],
        extra: Iterable[str] = (),
        known_keys: Iterable[str] | None = None,
    ) -> None:
        """`known_keys` (the stems of the known words, from :attr:`known_keys` of an earlier
        lexicon over the same words) skips stemming every word again when an index is opened."""
        self.counts = dict(counts)
        self._key = key
        self._stops = stops
        self._known = {w for w in self.counts if len(w) >= MIN_PART} | {
            w for w in extra if len(w) >= MIN_PART and w.isalpha()
        }
        self._known -= stops
        self._known_keys = (
            set(known_keys) if known_keys is not None else {key(w) for w in self._known}
        )
        # Cheap pre-check for tails: an inflected known word starts like the word or its stem.
        self._starts = {w[:4] for w in self._known} | {k[:4] for k in self._known_keys}
        self._short = SHORT_HEADS
        self._split_cache: dict[str, tuple[str, ...]] = {}
        self._top_cache: dict[tuple[str, int], list[str]] = {}
        self._correction_cache: dict[tuple[str, int, int, bool], list[tuple[str, int]]] = {}
        # Candidate words for typo correction, by (length, first letter) and (length, second
        # letter): a typo rarely changes both of the first two letters.
        self._by_first: dict[tuple[int, str], list[str]] = {}
        self._by_second: dict[tuple[int, str], list[str]] = {}
        for word in self.counts:
            if word.isalpha() and len(word) >= 4:
                self._by_first.setdefault((len(word), word[0]), []).append(word)
                self._by_second.setdefault((len(word), word[1]), []).append(word)
        self._sorted = sorted(w for w in self.counts if w.isalpha() and len(w) >= 4)

    @property
    def known_keys(self) -> list[str]:
        return sorted(self._known_keys)

    def __contains__(self, word: object) -> bool:
        return word in self.counts

    # -- compounds ------------------------------------------------------------------------------
    def split(self, word: str) -> tuple[str, ...]:
        """Known words a compound is made of, including parts of parts; () if not a compound."""
        cached = self._split_cache.get(word)
        if cached is not None:
            return cached
        result = self._split(word, 0)
        self._split_cache[word] = result
        return result

    def head(self, word: str) -> str | None:
        """The longest known tail of an unknown compound (its head word), or None.

        Norwegian compounds are head-final: a "kundestøtte" is a kind of "støtte", so when the
        first part is unknown the head still says what the word is about.
        """
        if not word.isalpha() or len(word) < MIN_SPLIT:
            return None
        for i in range(MIN_HEAD, len(word) - MIN_PART + 1):
            if self._is_tail(word[i:]):
                return word[i:]
        return None

    def _split(self, word: str, depth: int) -> tuple[str, ...]:
        if not word.isalpha():
            runs = [r for r in ALNUM_RE.findall(word) if not r.isdigit() and len(r) >= 2]
            return tuple(runs) if runs and runs != [word] else ()
        flat: list[str] = []
        for part in self._top(word, depth):
            flat.append(part)
            if len(part) >= MIN_SPLIT and depth < 2:
                flat.extend(self._split(part, depth + 1))
        return tuple(dict.fromkeys(flat))

    def _top(self, word: str, depth: int) -> list[str]:
        """The best first-level split: fewest parts, then commonest parts, then longest tail."""
        if len(word) < MIN_SPLIT or word in NO_SPLIT or depth > 2:
            return []
        cached = self._top_cache.get((word, depth))
        if cached is None:
            cached = self._compute_top(word, depth)
            self._top_cache[(word, depth)] = cached
        return cached

    def _compute_top(self, word: str, depth: int) -> list[str]:
        best: tuple[tuple[float, ...], list[str]] | None = None
        for i in range(MIN_HEAD, len(word) - MIN_PART + 1):
            head, tail = word[:i], word[i:]
            if not self._is_tail(tail) or (i < MIN_PART and len(tail) < MIN_SPLIT - 2):
                continue
            for h in self._heads(head):
                if h in self._known or (len(h) < MIN_PART and h in self._short):
                    parts = [h, tail]
                else:
                    sub = self._top(h, depth + 1)
                    if not sub:
                        continue
                    parts = [*sub, tail]
                score = (-float(len(parts)), self._geomean(parts), float(len(tail)))
                if best is None or score > best[0]:
                    best = (score, parts)
        return best[1] if best else []

    def _heads(self, head: str) -> list[str]:
        heads = [head] if head not in self._stops else []
        if len(head) > MIN_PART and head[-1] in LINKS and head[:-1] not in self._stops:
            heads.append(head[:-1])
        return heads

    def _is_tail(self, tail: str) -> bool:
        if tail in self._stops or tail in BAD_TAILS or len(tail) < MIN_PART:
            return False
        if tail in self._known:
            return True
        return tail[:4] in self._starts and self._key(tail) in self._known_keys

    def _geomean(self, parts: list[str]) -> float:
        return math.exp(sum(math.log(self.counts.get(p, 0) + 1) for p in parts) / len(parts))

    # -- typos ----------------------------------------------------------------------------------
    def corrections(
        self, word: str, limit: int = 3, max_distance: int | None = None, thorough: bool = True
    ) -> list[tuple[str, int]]:
        """Corpus words within the allowed edit distance of `word`, closest and commonest first."""
        allowed = max_edits(word) if max_distance is None else min(max_distance, max_edits(word))
        if allowed == 0 or not word.isalpha():
            return []
        cache_key = (word, limit, allowed, thorough)
        cached = self._correction_cache.get(cache_key)
        if cached is not None:
            return cached
        lengths = range(len(word) - allowed, len(word) + allowed + 1)
        # Most typos keep the first letter; only if that finds nothing, look at words whose first
        # or second letter is one of the typed word's first two (swapped, dropped or added first
        # letter, or a wrong first letter).
        pools = [self._by_first.get((n, word[0]), []) for n in lengths]
        found = self._scan(word, pools, allowed)
        if not found and thorough:
            pools = [self._by_first.get((n, word[1]), []) for n in lengths]
            pools += [self._by_second.get((n, c), []) for n in lengths for c in {word[0], word[1]}]
            found = self._scan(word, pools, allowed)
        found.sort(key=lambda item: (item[1], -self.counts.get(item[0], 0), item[0]))
        result = found[:limit]
        if len(self._correction_cache) > 10_000:
            self._correction_cache.clear()
        self._correction_cache[cache_key] = result
        return result

    def completions(self, word: str, prefix: str) -> list[tuple[str, int]]:
        """Corpus words starting with `prefix` within one edit of `word`, closest first.

        For words typed apart ("dobbel kontroll"): the first word is intact, so only words that
        start with it are candidates ("dobbeltkontroll"), found by binary search.
        """
        start = bisect.bisect_left(self._sorted, prefix)
        end = bisect.bisect_left(self._sorted, prefix + "\uffff", lo=start)
        pool = [w for w in self._sorted[start:end] if abs(len(w) - len(word)) <= 1]
        found = self._scan(word, [pool], 1) if pool else []
        found.sort(key=lambda item: (item[1], -self.counts.get(item[0], 0), item[0]))
        return found

    @staticmethod
    def _scan(word: str, pools: list[list[str]], allowed: int) -> list[tuple[str, int]]:
        found: dict[str, int] = {}
        for pool in pools:
            if not pool:
                continue
            for candidate, distance, _ in process.extract(
                word, pool, scorer=OSA.distance, score_cutoff=allowed, limit=20
            ):
                if candidate != word and nordic_safe(word, candidate):
                    found[candidate] = int(distance)
        return list(found.items())
