"""The tantivy index: schema, build, save/load and query execution.

Why tantivy: BM25 over an inverted index in Rust keeps a query in the low milliseconds even at
100,000 articles, which pure-Python scoring cannot (see docs/decisions/0001-search-engine.md).
Tantivy's own Norwegian analysis is not enough (no nynorsk, compounds or synonyms), so all
language work happens in :mod:`companion.search.analyzer` and tantivy receives ready tokens
through a whitespace tokenizer.

The main fields hold one stem per word (stop words included, so phrases have true positions);
one extra field, ``text_x``, holds compound parts and joined hyphen forms, which queries weight
lower. Fewer fields mean fewer term queries per alternative: measured, three main fields rank
as well as five (see the decision record).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tantivy

from companion.search.analyzer import PART, Analyzer
from companion.search.documents import SearchDocument
from companion.search.query import Concept, QueryPlan

TOKENIZER = "companion_ws"
# Where a word appears says how central it is to the article: index field -> (texts, boost).
MAIN_FIELDS: dict[str, tuple[tuple[str, ...], float]] = {
    "title": (("title",), 3.0),
    "summary": (("tags", "summary", "headings"), 1.8),
    "body": (("body",), 1.0),
}
# Compound parts and joined hyphen forms: weaker evidence, so fewer fields (and fewer
# term queries per alternative).
EXTRA_FIELDS: dict[str, tuple[tuple[str, ...], float]] = {
    "text_x": (
        ("title", "title", "tags", "summary", "headings", "body"),
        1.0,
    ),  # title counted twice
}
TIE_BREAKER = 0.1
# A title that contains the whole query as a phrase is likely what was meant; a title that IS
# the query (after analysis) is: it goes first, even among thousands of near-identical titles.
TITLE_PHRASE_BOOST = 2.0
EXACT_TITLE_FIELD = "title_key"
EXACT_TITLE_MAX = 5
# Results of the preferred kind (how-to → guide, problem → mistake) get this score factor.
INTENT_FACTOR = 1.15
# Indexing runs in tantivy's own threads while Python analyses the next documents.
WRITER_HEAP = 256_000_000
WRITER_THREADS = 2
KIND_CODES = {"guide": 0, "mistake": 1, "checklist": 2}
RERANK_DEPTH = 10  # extra hits fetched so a preferred-kind hit just below the cut can move up
META_FILE = "search-meta.json"
SEGMENT_SEPARATOR = "\n"


@dataclass(frozen=True)
class EngineHit:
    """A raw result: stored fields and the BM25 score."""

    id: str
    title: str
    kind: str
    category: str
    score: float
    segments: tuple[str, ...]
    segment_tokens: tuple[str, ...]


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    for name in ("id", "kind", "category", "roles"):
        builder.add_text_field(
            name, stored=name != "roles", tokenizer_name="raw", index_option="basic"
        )
    builder.add_text_field("title_stored", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_unsigned_field("kind_code", fast=True)
    builder.add_text_field(EXACT_TITLE_FIELD, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("segments", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field(
        "segment_tokens", stored=True, tokenizer_name="raw", index_option="basic"
    )
    for name in MAIN_FIELDS:
        builder.add_text_field(name, tokenizer_name=TOKENIZER, index_option="position")
    for name in EXTRA_FIELDS:
        builder.add_text_field(name, tokenizer_name=TOKENIZER, index_option="freq")
    return builder.build()


def _register(index: tantivy.Index) -> None:
    index.register_tokenizer(
        TOKENIZER, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()
    )


def field_texts(document: SearchDocument) -> dict[str, str]:
    return {
        "title": document.title,
        "tags": "\n".join(document.tags),
        "summary": document.summary,
        "headings": document.headings,
        "body": document.body,
    }


def title_key(tokens: Iterable[str]) -> str:
    """A whole analysed title as one term: equal keys mean the query is the title."""
    return " ".join(tokens)


class Engine:
    """An opened index plus the vocabulary needed to plan queries against it."""

    def __init__(self, index: tantivy.Index, vocabulary: set[str]) -> None:
        self.index = index
        self.schema = index.schema
        self.vocabulary = vocabulary
        self._searcher = index.searcher()

    # -- build / load -----------------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        documents: Iterable[SearchDocument],
        analyzer: Analyzer,
        path: Path | None,
        meta: dict[str, object],
    ) -> Engine:
        """Index `documents`; with `path`, the index and `meta` are written there."""
        schema = build_schema()
        if path is not None:
            path.mkdir(parents=True, exist_ok=True)
            index = tantivy.Index(schema, path=str(path), reuse=False)
        else:
            index = tantivy.Index(schema)
        _register(index)
        writer = index.writer(WRITER_HEAP, WRITER_THREADS)
        vocabulary: set[str] = set()
        for document in documents:
            doc = tantivy.Document()
            doc.add_text("id", document.id)
            doc.add_text("kind", document.kind)
            doc.add_unsigned("kind_code", KIND_CODES.get(document.kind, len(KIND_CODES)))
            doc.add_text("category", document.category)
            for role in document.roles:
                doc.add_text("roles", role)
            doc.add_text("title_stored", document.title)
            doc.add_text("segments", SEGMENT_SEPARATOR.join(document.segments))
            doc.add_text(
                "segment_tokens",
                SEGMENT_SEPARATOR.join(analyzer.passage_tokens(s) for s in document.segments),
            )
            analysed = {
                name: analyzer.index_text(text) for name, text in field_texts(document).items()
            }
            for name, (sources, _boost) in MAIN_FIELDS.items():
                doc.add_text(name, "\n".join(analysed[s][0] for s in sources))
            doc.add_text(EXACT_TITLE_FIELD, title_key(analysed["title"][0].split()))
            for name, (sources, _boost) in EXTRA_FIELDS.items():
                doc.add_text(name, " ".join(analysed[s][1] for s in sources))
            for main, extra in analysed.values():
                vocabulary.update(main.split())
                vocabulary.update(extra.split())
            writer.add_document(doc)
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        if path is not None:
            payload = dict(meta)
            payload["vocabulary"] = sorted(vocabulary)
            (path / META_FILE).write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        return cls(index, vocabulary)

    @staticmethod
    def read_meta(path: Path) -> dict[str, object] | None:
        try:
            data = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    @classmethod
    def open(cls, path: Path, meta: dict[str, object]) -> Engine:
        index = tantivy.Index.open(str(path))
        _register(index)
        vocabulary = meta.get("vocabulary")
        return cls(index, set(vocabulary) if isinstance(vocabulary, list) else set())

    # -- query --------------------------------------------------------------------------------
    def _term(self, token: str, weight: float) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        fields = EXTRA_FIELDS if token[:1] == PART else MAIN_FIELDS
        return [
            (
                tantivy.Occur.Should,
                tantivy.Query.boost_query(
                    tantivy.Query.term_query(self.schema, name, token), boost * weight
                ),
            )
            for name, (_sources, boost) in fields.items()
        ]

    def _phrase(
        self, tokens: tuple[str, ...], weight: float
    ) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        return [
            (
                tantivy.Occur.Should,
                tantivy.Query.boost_query(
                    tantivy.Query.phrase_query(self.schema, name, list(tokens)), boost * weight
                ),
            )
            for name, (_sources, boost) in MAIN_FIELDS.items()
        ]

    def _concept(self, concept: Concept) -> tantivy.Query:
        alternatives = []
        for alt in concept.alternatives:
            clauses = (
                self._term(alt.tokens[0], alt.weight)
                if len(alt.tokens) == 1
                else self._phrase(alt.tokens, alt.weight)
            )
            alternatives.append(tantivy.Query.boolean_query(clauses))
        query = (
            alternatives[0]
            if len(alternatives) == 1
            else tantivy.Query.disjunction_max_query(alternatives, tie_breaker=TIE_BREAKER)
        )
        return query if concept.weight == 1.0 else tantivy.Query.boost_query(query, concept.weight)

    def _grouped(self, concepts: list[Concept]) -> list[tantivy.Query]:
        """One query per query position: a span (compound or phrase) competes with the words it
        covers instead of being added to them, so nothing is counted twice."""
        singles = [c for c in concepts if not c.is_span]
        spans = sorted((c for c in concepts if c.is_span), key=lambda c: c.start - c.end)
        used: set[int] = set()
        out: list[tantivy.Query] = []
        for span in spans:
            covered = set(range(span.start, span.end))
            members = [c for c in singles if c.start in covered]
            if members and not covered & used:
                used |= covered
                words = tantivy.Query.boolean_query(
                    [(tantivy.Occur.Should, self._concept(c)) for c in members]
                )
                out.append(
                    tantivy.Query.disjunction_max_query(
                        [self._concept(span), words], tie_breaker=TIE_BREAKER
                    )
                )
            else:
                out.append(tantivy.Query.boost_query(self._concept(span), 0.5))
        out.extend(self._concept(c) for c in singles if c.start not in used)
        return out

    def _filters(
        self, kind: str | None, category: str | None, role: str | None
    ) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        """Filters as zero-score Must clauses, so they narrow results without changing scores."""
        queries: list[tantivy.Query] = []
        if kind:
            queries.append(tantivy.Query.term_query(self.schema, "kind", kind))
        if category:
            queries.append(tantivy.Query.term_query(self.schema, "category", category))
        if role:
            queries.append(
                tantivy.Query.term_set_query(self.schema, "roles", sorted({role, "alle"}))
            )
        return [(tantivy.Occur.Must, tantivy.Query.const_score_query(q, 0.0)) for q in queries]

    def search(
        self,
        plan: QueryPlan,
        limit: int,
        kind: str | None = None,
        category: str | None = None,
        role: str | None = None,
    ) -> list[EngineHit]:
        if not plan.concepts or limit <= 0:
            return []
        clauses = [(tantivy.Occur.Should, q) for q in self._grouped(plan.concepts)]
        if len(plan.title_tokens) > 1:
            phrase = tantivy.Query.phrase_query(self.schema, "title", list(plan.title_tokens))
            clauses.append(
                (tantivy.Occur.Should, tantivy.Query.boost_query(phrase, TITLE_PHRASE_BOOST))
            )
        main = tantivy.Query.boolean_query(clauses)
        filters = self._filters(kind, category, role)
        query = (
            tantivy.Query.boolean_query([(tantivy.Occur.Must, main), *filters]) if filters else main
        )
        wanted = limit + RERANK_DEPTH if plan.prefers else limit
        result = self._searcher.search(query, wanted, count=False)
        ranked = [(float(score), address) for score, address in result.hits]
        if plan.prefers:
            # Kinds come from a fast field, so re-ranking fetches no stored documents.
            preferred = KIND_CODES.get(plan.prefers)
            codes = self._searcher.fast_field_values("kind_code", [a for _, a in ranked])
            ranked = [
                (s * INTENT_FACTOR if code == preferred else s, a)
                for (s, a), code in zip(ranked, codes, strict=True)
            ]
            ranked.sort(key=lambda item: -item[0])
        ranked = self._exact_titles_first(plan, ranked, filters)
        hits: list[EngineHit] = []
        for score, address in ranked[:limit]:
            doc = self._searcher.doc(address)
            segments = str(doc.get_first("segments") or "")
            segment_tokens = str(doc.get_first("segment_tokens") or "")
            hits.append(
                EngineHit(
                    id=str(doc.get_first("id")),
                    title=str(doc.get_first("title_stored")),
                    kind=str(doc.get_first("kind")),
                    category=str(doc.get_first("category")),
                    score=float(score),
                    segments=tuple(segments.split(SEGMENT_SEPARATOR)) if segments else (),
                    segment_tokens=tuple(segment_tokens.split(SEGMENT_SEPARATOR))
                    if segments
                    else (),
                )
            )
        return hits

    def _exact_titles_first(
        self,
        plan: QueryPlan,
        ranked: list[tuple[float, tantivy.DocAddress]],
        filters: list[tuple[tantivy.Occur, tantivy.Query]],
    ) -> list[tuple[float, tantivy.DocAddress]]:
        """Put articles whose whole title is the query first, scored just above the best.

        A separate term lookup (not a score bonus) so BM25 scores keep their meaning for
        everything else, and an exact title ranked below the fetched depth is still found.
        """
        if not plan.title_tokens:
            return ranked
        exact = tantivy.Query.term_query(
            self.schema, EXACT_TITLE_FIELD, title_key(plan.title_tokens)
        )
        if filters:
            exact = tantivy.Query.boolean_query([(tantivy.Occur.Must, exact), *filters])
        found = self._searcher.search(exact, EXACT_TITLE_MAX, count=False).hits
        if not found:
            return ranked
        addresses = {(a.segment_ord, a.doc) for _, a in found}
        top = ranked[0][0] if ranked else 1.0
        rest = [(s, a) for s, a in ranked if (a.segment_ord, a.doc) not in addresses]
        return [(top * 1.01, a) for _, a in found] + rest
