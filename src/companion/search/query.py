"""Turn what staff type into a weighted query plan.

A plan is a list of *concepts*; each concept is one thing the user asked for (normally one word)
with alternative ways an article may say it, each with a weight:

* the word itself (after nynorsk/variant normalisation and stemming) — 1.0;
* the word as part of a compound in the article (``administrering`` in
  ``legemiddeladministrering``) — lower;
* the word as typed on a foreign keyboard meant (``maal`` for ``mål``) — lower;
* synonyms and Epic/English terms from the synonym table — lower;
* for a word the content does not contain: the nearest content words by edit distance (scaled
  by length), and the word's own compound parts as extra concepts.

Neighbouring words are also tried joined into one compound (``dobbel kontroll`` →
``dobbeltkontroll``, ``arbeids liste`` → ``arbeidsliste``), and multi-word synonyms are matched
as phrases ("break the glass", "kasta meg ut"). The engine scores a concept by its best
alternative, so saying the same thing twice never counts twice.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from companion.search.analyzer import PART, Analyzer, Word, nordic_spellings
from companion.search.lexicon import Lexicon
from companion.search.synonyms import Keys, SynonymTable

EXACT = 1.0
PART_WEIGHT = 0.6
SPELLING_WEIGHT = 0.8
SYNONYM_WEIGHT = 0.9
FUZZY_WEIGHT = {1: 0.8, 2: 0.65}
JOIN_WEIGHT = 1.0
QUERY_PART_WEIGHT = 0.7
HEAD_WEIGHT = 0.6
LINKS = ("", "s", "e")
# Words that show what kind of article the user wants: "how do I" asks for a guide, a problem
# ("ikke", "feil", "hvorfor") for a common-mistake article. Normalised forms (nynorsk mapped).
HOWTO_WORDS = frozenset({"hvordan", "how", "steg", "framgangsmåte", "prosedyre", "rutine"})
PROBLEM_WORDS = frozenset(
    {
        "ikke",
        "hvorfor",
        "feil",
        "why",
        "not",
        "error",
        "problem",
        "glemme",
        "mangle",
        "galt",
        "forsvinne",
    }
)


@dataclass(frozen=True)
class Alternative:
    """One way to match a concept: a single token, or a phrase of main-field tokens."""

    tokens: Keys
    weight: float


@dataclass
class Concept:
    """One thing the user asked for; scored by its best alternative."""

    label: str
    start: int
    end: int
    alternatives: list[Alternative] = field(default_factory=list)
    weight: float = 1.0

    @property
    def is_span(self) -> bool:
        """True when the concept stands for several query words (a compound or a phrase)."""
        return self.end - self.start > 1

    def add(self, tokens: Keys, weight: float) -> None:
        for i, alt in enumerate(self.alternatives):
            if alt.tokens == tokens:
                if weight > alt.weight:
                    self.alternatives[i] = Alternative(tokens, weight)
                return
        self.alternatives.append(Alternative(tokens, weight))


@dataclass
class QueryPlan:
    """The analysed query: concepts to score, and corrections for "Mente du ...?"."""

    query: str
    concepts: list[Concept]
    corrections: dict[str, str]
    prefers: str | None = None
    # The query's main tokens in order (stop words included): matched against whole titles.
    title_tokens: tuple[str, ...] = ()

    @property
    def highlight(self) -> frozenset[str]:
        """Every token that counts as a match (for snippets)."""
        return frozenset(t for c in self.concepts for a in c.alternatives for t in a.tokens)

    def suggestion(self) -> str | None:
        """The query with unknown words replaced by their best correction, or None."""
        if not self.corrections:
            return None
        text = self.query
        for typed, corrected in self.corrections.items():
            text = text.replace(typed, corrected, 1)
        return text if text.strip().lower() != self.query.strip().lower() else None


class QueryPlanner:
    """Builds plans against one index's vocabulary; read-only after construction."""

    def __init__(
        self,
        analyzer: Analyzer,
        lexicon: Lexicon,
        vocabulary: Collection[str],
        synonyms: SynonymTable,
    ) -> None:
        self.analyzer = analyzer
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        self.synonyms = synonyms

    def plan(self, query: str) -> QueryPlan:
        words = self.analyzer.words(query)
        base = [w for w in words if w.span == 1]
        corrections: dict[str, str] = {}
        concepts: list[Concept] = []
        for word in base:
            if not word.stop:
                concepts.extend(self._word_concepts(word, corrections))
        for word in words:
            if word.span > 1 and PART + word.key in self.vocabulary:
                concept = Concept(word.surface, word.index, word.index + word.span)
                concept.add((PART + word.key,), EXACT * word.span)
                concepts.append(concept)
        concepts.extend(self._joined(base, words))
        concepts.extend(self._phrase_synonyms(base))
        if not concepts:
            # Only stop words ("ikke"): search for them rather than return nothing.
            for word in base:
                if word.key in self.vocabulary:
                    concepts.append(
                        Concept(
                            word.surface,
                            word.index,
                            word.index + 1,
                            [Alternative((word.key,), EXACT)],
                        )
                    )
        return QueryPlan(
            query,
            [c for c in concepts if c.alternatives],
            corrections,
            self._intent(base),
            tuple(self.analyzer.index_text(query)[0].split()),
        )

    @staticmethod
    def _intent(base: list[Word]) -> str | None:
        """'guide' for how-to questions, 'mistake' for problems, else None."""
        texts = {w.text for w in base}
        if texts & HOWTO_WORDS:
            return "guide"
        if texts & PROBLEM_WORDS:
            return "mistake"
        return None

    # -- one word ---------------------------------------------------------------------------
    def _known(self, key: str) -> bool:
        return key in self.vocabulary or PART + key in self.vocabulary

    def _add_key(self, concept: Concept, key: str, weight: float) -> None:
        if key in self.vocabulary:
            concept.add((key,), weight)
        if PART + key in self.vocabulary:
            concept.add((PART + key,), weight * PART_WEIGHT)

    def _add_synonyms(self, concept: Concept, key: str, weight: float) -> None:
        for expansion, relative in self.synonyms.weighted((key,)).items():
            if len(expansion) == 1:
                self._add_key(concept, expansion[0], weight * SYNONYM_WEIGHT * relative)
            elif all(t in self.vocabulary for t in expansion):
                concept.add(expansion, weight * SYNONYM_WEIGHT * relative)

    def _word_concepts(self, word: Word, corrections: dict[str, str]) -> list[Concept]:
        concept = Concept(word.surface, word.index, word.index + 1)
        key = word.key
        self._add_key(concept, key, EXACT)
        # Typed on a foreign keyboard? "maal" may be "mål"; an extra, weaker alternative.
        for spelling in nordic_spellings(word.text):
            nkey = self.analyzer.key(self.analyzer.normalise(spelling))
            if nkey != key and self._known(nkey):
                self._add_key(concept, nkey, SPELLING_WEIGHT)
                self._add_synonyms(concept, nkey, SPELLING_WEIGHT)
        self._add_synonyms(concept, key, EXACT)
        extra: list[Concept] = []
        if concept.alternatives:
            return [concept]
        # Not in the content under any name: try the word's own compound parts ("armbåndskanning"
        # -> armbånd + skanning) and a typo correction. A long unknown word is more often a new
        # compound than a typo in its first letters, so the slower second typo pass runs only
        # when the word does not split.
        parts = self.lexicon.split(word.text)
        candidates = self.lexicon.corrections(word.text, thorough=not parts)
        if candidates:
            best = candidates[0][1]
            for candidate, distance in candidates:
                if distance == best:
                    ckey = self.analyzer.key(candidate)
                    self._add_key(concept, ckey, FUZZY_WEIGHT[distance])
                    self._add_synonyms(concept, ckey, FUZZY_WEIGHT[distance])
            best_word = candidates[0][0]
            corrections[word.surface] = (
                best_word.capitalize() if word.surface[:1].isupper() else best_word
            )
        head = None if parts or candidates else self.lexicon.head(word.text)
        if head is not None:
            # An unknown compound whose first part is unknown: search for its head word.
            hkey = self.analyzer.key(head)
            self._add_key(concept, hkey, HEAD_WEIGHT)
            self._add_synonyms(concept, hkey, HEAD_WEIGHT)
        for part in parts:
            # The parts together stand for one word; each carries a share of its weight.
            sub = Concept(
                part,
                word.index,
                word.index + 1,
                weight=max(0.5, QUERY_PART_WEIGHT * 2 / len(parts)),
            )
            pkey = self.analyzer.key(part)
            self._add_key(sub, pkey, EXACT)
            self._add_synonyms(sub, pkey, EXACT)
            extra.append(sub)
        return [concept, *extra]

    # -- several words ----------------------------------------------------------------------
    def _joined(self, base: list[Word], words: list[Word]) -> list[Concept]:
        """Neighbouring words written apart that the content writes as one compound."""
        grouped = {w.index for w in words if w.span > 1} | {
            w.index + i for w in words if w.span > 1 for i in range(w.span)
        }
        concepts: list[Concept] = []
        content = [w for w in base if not w.stop]
        for size in (3, 2):
            for i in range(len(content) - size + 1):
                run = content[i : i + size]
                if any(run[j + 1].index != run[j].index + 1 for j in range(size - 1)):
                    continue
                if all(w.index in grouped for w in run):
                    continue
                concept = self._join_concept(run)
                if concept is not None:
                    concepts.append(concept)
        return concepts

    def _join_concept(self, run: list[Word]) -> Concept | None:
        """One compound term standing for several words, worth as much as those words."""
        label = " ".join(w.surface for w in run)
        start, end, n = run[0].index, run[-1].index + 1, float(len(run))
        for link in LINKS:
            text = link.join(w.text for w in run)
            key = self.analyzer.key(self.analyzer.normalise(text))
            if self._known(key):
                concept = Concept(label, start, end)
                self._add_key(concept, key, JOIN_WEIGHT * n)
                return concept
        text = "".join(w.text for w in run)
        if len(text) < 8:
            return None
        first = run[0].text
        for candidate, _distance in self.lexicon.completions(text, first[: max(3, len(first) - 1)])[
            :1
        ]:
            key = self.analyzer.key(candidate)
            if self._known(key):
                concept = Concept(label, start, end)
                self._add_key(concept, key, FUZZY_WEIGHT[1] * n)
                return concept
        return None

    def _phrase_synonyms(self, base: list[Word]) -> list[Concept]:
        """Multi-word synonym entries found in the query, allowing one stop word in between
        ("kasta meg ut" matches "kaste ut")."""
        keys = [w.key for w in base]
        stops = [w.stop for w in base]
        concepts: list[Concept] = []
        longest = self.synonyms.max_length
        for start in range(len(keys)):
            for size in range(min(longest, len(keys) - start), 1, -1):
                found = self._match(keys, stops, start, size)
                if found is None:
                    continue
                matched, covered = found
                words = base[start : start + covered]
                concept = Concept(
                    " ".join(w.surface for w in words), words[0].index, words[-1].index + 1
                )
                # A phrase scores like its words together; a single-word synonym must be scaled
                # up to be worth as much.
                n = float(max(1, sum(1 for w in words if not w.stop)))
                if all(t in self.vocabulary for t in matched):
                    concept.add(matched, EXACT)
                for expansion, relative in self.synonyms.weighted(matched).items():
                    if len(expansion) == 1:
                        self._add_key(concept, expansion[0], SYNONYM_WEIGHT * relative * n)
                    elif all(t in self.vocabulary for t in expansion):
                        concept.add(expansion, SYNONYM_WEIGHT * relative)
                if concept.alternatives:
                    concepts.append(concept)
                break
        return concepts

    def _match(
        self, keys: list[str], stops: list[bool], start: int, size: int
    ) -> tuple[Keys, int] | None:
        exact = tuple(keys[start : start + size])
        if len(exact) == size and exact in self.synonyms:
            return exact, size
        for gap in range(start + 1, min(start + size, len(keys))):
            window = keys[start : start + size + 1]
            if len(window) == size + 1 and stops[gap]:
                candidate = tuple(window[: gap - start] + window[gap - start + 1 :])
                if candidate in self.synonyms:
                    return candidate, size + 1
        return None
