"""Synonym groups: the built-in list shipped with the engine plus the content folder's own.

Why two lists: general vocabulary (medisin ↔ legemiddel, MAR ↔ kurve, In Basket ↔ innboks) must
work for *any* content folder, so it ships as package data; words only one organisation uses
belong in that folder's ``synonyms.yaml`` and extend the built-in list.

Entries are matched on analysed keys (the stems the index uses), so ``medisinen`` and
``medisiner`` both hit the entry ``medisin``, and nynorsk forms hit bokmål entries. Every
word of a group finds every other word of it (one step, not transitively across groups);
``one_way`` entries of the built-in list expand only from left to right.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from companion.search.analyzer import SAFE_LOADER, Analyzer, stop_words

Keys = tuple[str, ...]
# Relative weight of an expansion (times the planner's synonym weight). A two-way group says
# "same thing"; a one-way entry goes from a word to a more specific or looser one, so it counts
# a little less.
GROUP_WEIGHT = 1.0
ONE_WAY_WEIGHT = 1.0


@dataclass(frozen=True)
class SynonymData:
    """Synonym entries: two-way groups and one-way expansions."""

    groups: dict[str, list[str]] = field(default_factory=dict)
    one_way: dict[str, list[str]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def builtin_synonyms() -> SynonymData:
    """The built-in list (``companion/search/data/synonyms.yaml``)."""
    text = (
        resources.files("companion.search")
        .joinpath("data")
        .joinpath("synonyms.yaml")
        .read_text(encoding="utf-8")
    )
    data = yaml.load(text, Loader=SAFE_LOADER) or {}
    return SynonymData(
        normalise_entries(data.get("groups") or {}), normalise_entries(data.get("one_way") or {})
    )


def normalise_entries(data: Mapping[object, object]) -> dict[str, list[str]]:
    """``term: [synonyms]`` (or ``term: synonym``) with everything as lower-case strings."""
    result: dict[str, list[str]] = {}
    for term, values in data.items():
        items = values if isinstance(values, list) else [values]
        result[str(term).strip().lower()] = [
            str(v).strip().lower() for v in items if v is not None and str(v).strip()
        ]
    return result


class SynonymTable:
    """Looks up expansions for a sequence of analysed keys."""

    def __init__(
        self, analyzer: Analyzer, builtin: SynonymData, local: Mapping[str, list[str]] | None = None
    ) -> None:
        """`local` is the content folder's synonyms.yaml (two-way groups, like `groups`)."""
        self._analyzer = analyzer
        self._stop_keys = {analyzer.key(s) for s in stop_words()}
        self._map: dict[Keys, dict[Keys, float]] = {}
        self.words: set[str] = set()
        for source in (builtin.groups, local or {}):
            for term, values in source.items():
                self._add_group([term, *values])
        for term, values in builtin.one_way.items():
            key = self._keys(term)
            targets = {k for k in (self._keys(v) for v in values) if k and k != key}
            if key and targets:
                entry = self._map.setdefault(key, {})
                for target in targets:
                    entry.setdefault(target, ONE_WAY_WEIGHT)
        self.max_length = max((len(k) for k in self._map), default=1)

    def _keys(self, phrase: str) -> Keys:
        words = [w for w in self._analyzer.words(phrase) if w.span == 1]
        for word in words:
            if not word.stop:
                self.words.add(word.text)
        # A phrase made only of stop words would match everywhere; so would a word whose stem is
        # a stop word's ("meds" -> "med"). Both are ignored.
        if not words or all(w.stop for w in words):
            return ()
        if len(words) == 1 and words[0].key in self._stop_keys:
            return ()
        return tuple(w.key for w in words)

    def _add_group(self, phrases: Iterable[str]) -> None:
        group = {k for k in (self._keys(p) for p in phrases) if k}
        for member in group:
            others = group - {member}
            if others:
                entry = self._map.setdefault(member, {})
                for other in others:
                    entry[other] = GROUP_WEIGHT

    def expansions(self, keys: Keys) -> set[Keys]:
        """Other members of every group `keys` belongs to (empty set if none)."""
        return set(self._map.get(keys, {}))

    def weighted(self, keys: Keys) -> dict[Keys, float]:
        """Expansions with their relative weight (1.0 for a group, less for one-way)."""
        return self._map.get(keys, {})

    def __contains__(self, keys: object) -> bool:
        return keys in self._map

    def __len__(self) -> int:
        return len(self._map)
