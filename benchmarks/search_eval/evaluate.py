"""Evaluate search quality on the hand-written query set (queries.yaml).

Prints, per query type and overall, best@5 (share of queries whose first relevant id is in the
top 5) and MRR@10. Besides the real engine ("final") it can run the baselines used for the
decision record (docs/decisions/0001-search-engine.md) and ablations of the final design:

    PYTHONPATH=src python benchmarks/search_eval/evaluate.py                 # final engine
    PYTHONPATH=src python benchmarks/search_eval/evaluate.py --holdout       # + held-out set
    PYTHONPATH=src python benchmarks/search_eval/evaluate.py --engine all    # every engine
    PYTHONPATH=src python benchmarks/search_eval/evaluate.py --failures      # list misses

`evaluate()` is imported by the pytest quality guard.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sqlite3
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "src"))

from companion.content.loader import load_library  # noqa: E402
from companion.content.model import Library  # noqa: E402
from companion.search import SearchService  # noqa: E402
from companion.search.documents import library_documents  # noqa: E402
from companion.search.engine import field_texts  # noqa: E402

Searcher = Callable[[str], list[str]]
HOLDOUT = HERE / "holdout.yaml"
TYPES = (
    "keyword",
    "question",
    "typo",
    "compound",
    "synonym",
    "nynorsk",
    "english",
    "abbreviation",
    "colloquial",
)


@dataclass(frozen=True)
class Query:
    text: str
    type: str
    expect: tuple[str, ...]


@dataclass
class Scores:
    n: int = 0
    best5: float = 0.0
    mrr: float = 0.0

    def add(self, rank: int | None) -> None:
        self.n += 1
        if rank is not None and rank <= 5:
            self.best5 += 1
        if rank is not None and rank <= 10:
            self.mrr += 1.0 / rank

    @property
    def best_at_5(self) -> float:
        return self.best5 / self.n if self.n else 0.0

    @property
    def mrr_at_10(self) -> float:
        return self.mrr / self.n if self.n else 0.0


def load_queries(path: Path = HERE / "queries.yaml") -> list[Query]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Query(str(q["q"]), str(q["type"]), tuple(q["expect"])) for q in data["queries"]]


def first_rank(results: list[str], expect: tuple[str, ...]) -> int | None:
    for i, item in enumerate(results, start=1):
        if item in expect:
            return i
    return None


def evaluate(
    search: Searcher, queries: list[Query]
) -> tuple[dict[str, Scores], list[tuple[Query, list[str]]]]:
    """Scores per type plus 'overall', and the queries whose answer was not in the top 5."""
    scores: dict[str, Scores] = defaultdict(Scores)
    misses: list[tuple[Query, list[str]]] = []
    for query in queries:
        results = search(query.text)[:10]
        rank = first_rank(results, query.expect)
        scores[query.type].add(rank)
        scores["overall"].add(rank)
        if rank is None or rank > 5:
            misses.append((query, results[:5]))
    return dict(scores), misses


# -- engines ------------------------------------------------------------------------------------
def final_engine(library: Library) -> Searcher:
    service = SearchService(library, None)
    service.ensure_index()
    return lambda q: [h.id for h in service.search(q, limit=10)]


@contextmanager
def ablation(name: str) -> Iterator[None]:
    """Switch off one mechanism of the final engine (for the decision record)."""
    if name == "no-synonyms":
        from companion.search.synonyms import SynonymData

        with mock.patch("companion.search.service.builtin_synonyms", return_value=SynonymData()):
            yield
    elif name == "no-fuzzy":
        with mock.patch("companion.search.lexicon.Lexicon.corrections", return_value=[]):
            yield
    elif name == "no-compounds":
        with mock.patch("companion.search.lexicon.Lexicon.split", return_value=()):
            yield
    elif name == "no-variants":
        from companion.search.analyzer import Variants

        with mock.patch("companion.search.analyzer.variants", return_value=Variants({}, (), ())):
            yield
    else:
        yield


def _fields(library: Library) -> list[tuple[str, list[str]]]:
    return [(d.id, list(field_texts(d).values())) for d in library_documents(library)]


def fts5_engine(library: Library, trigram: bool = False) -> Searcher:
    db = sqlite3.connect(":memory:")
    tokenizer = ", tokenize='trigram'" if trigram else ""
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, tags, summary, headings, "
        f"body{tokenizer})"
    )
    db.executemany(
        "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)", [(i, *texts) for i, texts in _fields(library)]
    )
    min_len = 3 if trigram else 1

    def search(q: str) -> list[str]:
        words = [w for w in re.findall(r"[^\W_]+", q.lower()) if len(w) >= min_len]
        if not words:
            return []
        match = " OR ".join('"' + w.replace('"', "") + '"' for w in words)
        rows = db.execute(
            "SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 3.0, 2.2, 1.5, 1.3, "
            "1.0) LIMIT 10",
            (match,),
        )
        return [r[0] for r in rows]

    return search


def tantivy_engine(library: Library, fuzzy: bool = False) -> Searcher:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    names = ("title", "tags", "summary", "headings", "body")
    boosts = (3.0, 2.2, 1.5, 1.3, 1.0)
    for name in names:
        builder.add_text_field(name, tokenizer_name="no_stem")
    schema = builder.build()
    index = tantivy.Index(schema)
    analyzer = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("norwegian"))
        .build()
    )
    index.register_tokenizer("no_stem", analyzer)
    writer = index.writer(50_000_000, 1)
    for doc_id, texts in _fields(library):
        doc = tantivy.Document()
        doc.add_text("id", doc_id)
        for name, text in zip(names, texts, strict=True):
            doc.add_text(name, text)
        writer.add_document(doc)
    writer.commit()
    index.reload()
    searcher = index.searcher()
    Occur, Q = tantivy.Occur, tantivy.Query

    def search(q: str) -> list[str]:
        clauses = []
        for token in dict.fromkeys(analyzer.analyze(q)):
            for name, boost in zip(names, boosts, strict=True):
                clauses.append(
                    (Occur.Should, Q.boost_query(Q.term_query(schema, name, token), boost))
                )
                if fuzzy and len(token) >= 5:
                    distance = 1 if len(token) < 8 else 2
                    fq = Q.fuzzy_term_query(
                        schema, name, token, distance=distance, transposition_cost_one=True
                    )
                    clauses.append((Occur.Should, Q.boost_query(fq, boost * 0.5)))
        if not clauses:
            return []
        hits = searcher.search(Q.boolean_query(clauses), 10).hits
        return [searcher.doc(a).get_first("id") for _, a in hits]

    return search


ENGINES: dict[str, Callable[[Library], Searcher]] = {
    "fts5": fts5_engine,
    "fts5-trigram": lambda lib: fts5_engine(lib, trigram=True),
    "tantivy-stem": tantivy_engine,
    "tantivy-stem-fuzzy": lambda lib: tantivy_engine(lib, fuzzy=True),
    "final": final_engine,
}
ABLATIONS = ("no-synonyms", "no-fuzzy", "no-compounds", "no-variants")


def run(
    name: str, library: Library, queries: list[Query]
) -> tuple[dict[str, Scores], list[tuple[Query, list[str]]]]:
    if name in ABLATIONS:
        with ablation(name):
            return evaluate(final_engine(library), queries)
    return evaluate(ENGINES[name](library), queries)


def print_table(results: dict[str, dict[str, Scores]]) -> None:
    names = list(results)
    print(f"{'type':<14}{'n':>4}  " + "  ".join(f"{n:>22}" for n in names))
    print(f"{'':<14}{'':>4}  " + "  ".join(f"{'best@5   MRR@10':>22}" for _ in names))
    for kind in (*TYPES, "overall"):
        first = results[names[0]].get(kind)
        if first is None:
            continue
        cells = []
        for name in names:
            s = results[name][kind]
            cells.append(f"{s.best_at_5:>13.3f}  {s.mrr_at_10:.3f}")
        print(f"{kind:<14}{first.n:>4}  " + "  ".join(f"{c:>22}" for c in cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--content", type=Path, default=REPO / "content")
    parser.add_argument("--queries", type=Path, default=HERE / "queries.yaml")
    parser.add_argument(
        "--engine",
        default="final",
        help="final, fts5, fts5-trigram, tantivy-stem, tantivy-stem-fuzzy, an ablation "
        "(no-synonyms, no-fuzzy, no-compounds, no-variants), 'baselines' or 'all'",
    )
    parser.add_argument(
        "--failures", action="store_true", help="list queries whose answer is not in the top 5"
    )
    parser.add_argument(
        "--strip-tags",
        action="store_true",
        help="drop every article's tags first (robustness: content without hand-made search words)",
    )
    parser.add_argument(
        "--holdout",
        action="store_true",
        help=f"also score the held-out synonym queries ({HOLDOUT.name}) in a second table",
    )
    args = parser.parse_args(argv)
    library = load_library(args.content)
    if args.strip_tags:
        library.articles = {k: dataclasses.replace(a, tags=()) for k, a in library.articles.items()}
    queries = load_queries(args.queries)
    known = set(library.articles) | set(library.checklists)
    for query in queries:
        unknown = [i for i in query.expect if i not in known]
        if unknown:
            print(f"advarsel: {query.text!r} forventer ukjente id-er {unknown}", file=sys.stderr)
    if args.engine == "all":
        names = [*ENGINES, *ABLATIONS]
    elif args.engine == "baselines":
        names = list(ENGINES)
    else:
        names = args.engine.split(",")
    results = {}
    for name in names:
        scores, misses = run(name, library, queries)
        results[name] = scores
        if args.failures:
            print(f"\n# {name}: {len(misses)} misses")
            for query, top in misses:
                print(f"  [{query.type}] {query.text!r}: want {list(query.expect)}; got {top}")
    print(f"\n{args.queries.name}")
    print_table(results)
    if args.holdout:
        held = load_queries(HOLDOUT)
        print(f"\n{HOLDOUT.name} (held out: never tuned on)")
        print_table({name: run(name, library, held)[0] for name in names})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
