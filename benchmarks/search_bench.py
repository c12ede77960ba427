"""Search speed benchmark on synthetic Norwegian content.

Generates 10,000 and 100,000 articles of realistic Norwegian text (health-care vocabulary,
compounds, made-up drug and place names so the vocabulary keeps growing like real text) and
prints, per size: index build time, time to reopen the cached index, p50/p95/max query latency
in process (`SearchService.search`, snippets included) and peak memory (max RSS). Each size
runs in its own process so the memory figure is its own.

It also measures the batch CLI: `companion kb search --queries FILE --json` with 1 query and
with 1,000 queries against the bundled content, and prints the difference.

    PYTHONPATH=src python benchmarks/search_bench.py                 # 10k and 100k + CLI
    PYTHONPATH=src python benchmarks/search_bench.py --sizes 10000   # quicker
    PYTHONPATH=src python benchmarks/search_bench.py --files 10000   # content folder on disk:
        # `companion kb search` cold (first build) and warm (cached index), wall time per run
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from companion.content.model import Article, Library, Section  # noqa: E402
from companion.content.vocabulary import CATEGORIES  # noqa: E402

NOUNS = [
    "pasient",
    "legemiddel",
    "dose",
    "kurve",
    "arbeidsliste",
    "oppgave",
    "rapport",
    "vakt",
    "avdeling",
    "enhet",
    "lege",
    "sykepleier",
    "helsefagarbeider",
    "pårørende",
    "journal",
    "notat",
    "melding",
    "kvittering",
    "avvik",
    "tilgang",
    "smartkort",
    "passord",
    "skjerm",
    "skriver",
    "etikett",
    "armbånd",
    "strekkode",
    "insulin",
    "blodsukker",
    "opioid",
    "plaster",
    "tablett",
    "injeksjon",
    "infusjon",
    "pumpe",
    "tiltak",
    "tiltaksplan",
    "evaluering",
    "vurdering",
    "måling",
    "blodtrykk",
    "puls",
    "temperatur",
    "metning",
    "smerte",
    "sår",
    "bilde",
    "fall",
    "seng",
    "rom",
    "kollega",
    "vitne",
    "ordinering",
    "resept",
    "multidose",
    "dosett",
    "samstemming",
    "innkomst",
    "utskrivning",
    "overflytting",
    "kommune",
    "sykehus",
    "hjemmetjeneste",
    "sykehjem",
    "rutine",
    "prosedyre",
    "liste",
    "kontroll",
    "signatur",
    "registrering",
    "dokumentasjon",
    "opplæring",
    "vikar",
    "superbruker",
    "brukerstøtte",
    "innlogging",
    "utlogging",
    "nettverk",
    "batteri",
    "lader",
    "tidspunkt",
    "døgn",
    "morgen",
    "kveld",
    "natt",
    "behov",
    "effekt",
    "bivirkning",
    "kategori",
    "filter",
    "oversikt",
]
VERBS = [
    "registrerer",
    "dokumenterer",
    "skanner",
    "gir",
    "kontrollerer",
    "signerer",
    "sender",
    "åpner",
    "lukker",
    "sjekker",
    "vurderer",
    "evaluerer",
    "melder",
    "retter",
    "velger",
    "finner",
    "logger",
    "kobler",
    "skriver",
    "leser",
    "lagrer",
    "oppdaterer",
    "fjerner",
    "bekrefter",
    "varsler",
    "ringer",
    "overstyrer",
    "utsetter",
    "kvitterer",
    "planlegger",
    "måler",
]
ADJECTIVES = [
    "riktig",
    "feil",
    "ny",
    "gammel",
    "aktuell",
    "viktig",
    "uavhengig",
    "manuell",
    "automatisk",
    "faste",
    "ekstra",
    "tydelig",
    "sikker",
    "rask",
    "trygg",
]
FUNCTION = [
    "og",
    "i",
    "på",
    "for",
    "til",
    "med",
    "av",
    "som",
    "at",
    "det",
    "en",
    "et",
    "den",
    "når",
    "hvis",
    "før",
    "etter",
    "uten",
    "ikke",
    "også",
    "bare",
    "alltid",
]
ENGLISH = [
    "In",
    "Basket",
    "flowsheet",
    "worklist",
    "MAR",
    "PRN",
    "SmartPhrase",
    "Rover",
    "Haiku",
    "Storyboard",
    "Chart",
    "Review",
    "cosign",
]
NYNORSK = [
    "ikkje",
    "kva",
    "korleis",
    "eg",
    "sjukepleiar",
    "pasientane",
    "legemidla",
    "oppgåvene",
    "frå",
    "utan",
]
SYLLABLES = [
    "ka",
    "ro",
    "mi",
    "la",
    "te",
    "no",
    "si",
    "vu",
    "be",
    "da",
    "fa",
    "ge",
    "hi",
    "jo",
    "ku",
    "ly",
    "mo",
    "ne",
    "pa",
    "ri",
    "sa",
    "to",
    "va",
    "ze",
]
QUESTION_STARTS = ("hvordan", "hva gjør jeg når", "hvorfor", "korleis", "kva gjer eg når")


class Generator:
    """Deterministic synthetic Norwegian articles.

    Like real articles, each one is about something: it has a few topic words (often compounds
    or names) that recur through it, over a background vocabulary with a Zipf-like
    distribution (a few words are everywhere, most are rare).
    """

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        rng = self.rng
        self.compounds = sorted(
            {
                a + rng.choice(("", "s", "")) + b
                for a in NOUNS
                for b in NOUNS
                if a != b and rng.random() < 0.25
            }
        )
        # Made-up names (drugs, places, systems): the long tail that makes vocabulary grow.
        self.names = [
            "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 5))) for _ in range(60_000)
        ]
        self.background = list(NOUNS)
        rng.shuffle(self.background)
        self.weights = [1.0 / (rank + 1) for rank in range(len(self.background))]
        self.topics: list[str] = []

    def noun(self) -> str:
        rng = self.rng
        r = rng.random()
        if self.topics and r < 0.3:
            return rng.choice(self.topics)
        if r < 0.7:
            return rng.choices(self.background, self.weights)[0]
        if r < 0.88:
            return rng.choice(self.compounds)
        if r < 0.96:
            return rng.choice(self.names)
        return rng.choice(ENGLISH)

    def sentence(self, words: int = 12) -> str:
        rng = self.rng
        out = [self.noun().capitalize(), rng.choice(VERBS)]
        while len(out) < words:
            r = rng.random()
            if r < 0.35:
                out.append(self.noun())
            elif r < 0.7:
                out.append(rng.choice(FUNCTION))
            elif r < 0.85:
                out.append(rng.choice(ADJECTIVES))
            elif r < 0.97:
                out.append(rng.choice(VERBS))
            else:
                out.append(rng.choice(NYNORSK))
        return " ".join(out) + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence(self.rng.randint(8, 16)) for _ in range(sentences))

    def article(self, index: int) -> Article:
        rng = self.rng
        kind = "guide" if index % 2 == 0 else "mistake"
        self.topics = [rng.choice(self.compounds), rng.choice(NOUNS), rng.choice(self.names)][
            : rng.randint(2, 3)
        ]
        title = " ".join(
            [
                self.topics[0].capitalize(),
                rng.choice(VERBS),
                *(self.noun() for _ in range(rng.randint(1, 3))),
            ]
        )
        if kind == "guide":
            sections = tuple(
                Section(self.sentence(5).rstrip("."), self.paragraph(rng.randint(2, 4)), n)
                for n in range(1, rng.randint(4, 8))
            )
        else:
            heads = (
                "Hva går galt",
                "Hvorfor skjer det",
                "Slik gjør du det riktig",
                "Slik retter du opp",
            )
            sections = tuple(Section(h, self.paragraph(rng.randint(2, 4))) for h in heads)
        intro = self.paragraph(2)
        body = intro + "\n\n" + "\n\n".join(f"## {s.title}\n{s.body}" for s in sections)
        return Article(
            id=f"a{index:06d}",
            title=title,
            kind=kind,  # type: ignore[arg-type]
            category=rng.choice(list(CATEGORIES)),
            path=Path(f"/synthetic/a{index:06d}.md"),
            body=body,
            intro=intro,
            sections=sections,
            tags=tuple({self.noun() for _ in range(rng.randint(3, 7))}),
            roles=(rng.choice(("alle", "sykepleier", "helsefagarbeider", "lege")),),
            summary=self.sentence(14),
        )

    def library(self, size: int) -> Library:
        library = Library(root=Path("/synthetic"))
        for i in range(size):
            article = self.article(i)
            library.articles[article.id] = article
        self.topics = []
        return library

    def queries(self, count: int) -> list[str]:
        """A realistic mix: keywords, questions, typos, split compounds, nynorsk, English terms."""
        rng = self.rng
        out: list[str] = []
        for i in range(count):
            kind = i % 6
            if kind == 0:
                out.append(" ".join(self.noun() for _ in range(rng.randint(1, 3))))
            elif kind == 1:
                out.append(
                    f"{rng.choice(QUESTION_STARTS)} {rng.choice(VERBS)} {self.noun()} "
                    f"{rng.choice(ADJECTIVES)}"
                )
            elif kind == 2:
                word = rng.choice(self.compounds)
                pos = rng.randrange(1, len(word) - 1)
                out.append(word[:pos] + word[pos + 1 :] + " " + rng.choice(NOUNS))
            elif kind == 3:
                a, b = rng.sample(NOUNS, 2)
                out.append(f"{a} {b} {rng.choice(VERBS)}")
            elif kind == 4:
                out.append(f"korleis {rng.choice(VERBS)} eg {self.noun()} ikkje")
            else:
                out.append(f"{rng.choice(ENGLISH)} {self.noun()}")
        return out


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def baseline_worker(size: int, query_count: int, engine: str) -> dict[str, float]:
    """Build and query time of a baseline engine from the evaluation script.

    No cache, no snippets.
    """
    sys.path.insert(0, str(REPO / "benchmarks" / "search_eval"))
    from evaluate import ENGINES

    generator = Generator(seed=size)
    library = generator.library(size)
    queries = generator.queries(query_count)
    start = time.perf_counter()
    search = ENGINES[engine](library)
    build = time.perf_counter() - start
    for query in queries[:50]:
        search(query)
    latencies = []
    for query in queries:
        t0 = time.perf_counter()
        search(query)
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    return {
        "size": size,
        "build_s": build,
        "p50_ms": statistics.median(latencies),
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1],
    }


def exact_title_ranks(service: object, library: Library, sample: int = 200) -> dict[str, float]:
    """Search for unique titles exactly as written: where does that article rank?

    Synthetic titles share most of their words with many others (near-duplicates), which is
    where an exact title used to drown. A miss (not in the top 20) counts as rank 21.
    """
    titles: dict[str, list[str]] = {}
    for article in library.articles.values():
        titles.setdefault(article.title.lower(), []).append(article.id)
    unique = sorted((ids[0], title) for title, ids in titles.items() if len(ids) == 1)
    picks = random.Random(7).sample(unique, min(sample, len(unique)))
    ranks = []
    for article_id, _title in picks:
        title = library.articles[article_id].title
        hits = [h.id for h in service.search(title, limit=20)]  # type: ignore[attr-defined]
        ranks.append(hits.index(article_id) + 1 if article_id in hits else 21)
    ranks.sort()
    return {
        "title_first": sum(r == 1 for r in ranks) / len(ranks),
        "title_median": statistics.median(ranks),
        "title_worst": ranks[-1],
        "title_n": len(ranks),
    }


def worker(size: int, query_count: int) -> dict[str, float]:
    """Runs in a child process: generate, build, reopen, query."""
    from companion.search import SearchService

    generator = Generator(seed=size)
    start = time.perf_counter()
    library = generator.library(size)
    generated = time.perf_counter() - start
    queries = generator.queries(query_count)
    with tempfile.TemporaryDirectory(prefix="search-bench-") as cache:
        service = SearchService(library, Path(cache))
        start, cpu_start = time.perf_counter(), time.process_time()
        service.ensure_index()
        build = time.perf_counter() - start
        build_cpu = time.process_time() - cpu_start  # all threads: robust on a busy machine
        reopened = SearchService(library, Path(cache))
        start = time.perf_counter()
        reopened.ensure_index()
        reopen = time.perf_counter() - start
        for query in queries[:50]:
            reopened.search(query)
        latencies, cpu = [], []
        for query in queries:
            t0, c0 = time.perf_counter(), time.thread_time()
            reopened.search(query, limit=10)
            latencies.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.thread_time() - c0) * 1000)
        index_mb = (
            sum(f.stat().st_size for f in Path(cache).rglob("*") if f.is_file()) / 1024 / 1024
        )
        titles = exact_title_ranks(reopened, library)
    latencies.sort()
    cpu.sort()
    return {
        **titles,
        "cpu_p50_ms": statistics.median(cpu),
        "cpu_p95_ms": cpu[int(len(cpu) * 0.95) - 1],
        "size": size,
        "generate_s": generated,
        "build_s": build,
        "build_cpu_s": build_cpu,
        "reopen_s": reopen,
        "p50_ms": statistics.median(latencies),
        "p95_ms": latencies[int(len(latencies) * 0.95) - 1],
        "max_ms": latencies[-1],
        "queries": len(latencies),
        "index_mb": index_mb,
        "peak_rss_mb": peak_rss_mb(),
    }


def write_content(
    library: Library, root: Path, provenance: Callable[[int], dict[str, str]] | None = None
) -> None:
    """Write a synthetic library as a content folder (the format the loader reads);
    `provenance(index)` adds status/approval fields to the front matter of article `index`."""
    import yaml

    for index, article in enumerate(library.articles.values()):
        folder = root / ("guides" if article.kind == "guide" else "kb")
        folder.mkdir(parents=True, exist_ok=True)
        meta = {
            "id": article.id,
            "title": article.title,
            "kind": article.kind,
            "category": article.category,
            "tags": list(article.tags),
            "roles": list(article.roles),
            "summary": article.summary,
            **(provenance(index) if provenance else {}),
        }
        if article.kind == "guide":
            sections = [f"## Steg {s.number}: {s.title}\n{s.body}" for s in article.sections]
        else:
            sections = [f"## {s.title}\n{s.body}" for s in article.sections]
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        text = f"---\n{front}---\n{article.intro}\n\n" + "\n\n".join(sections) + "\n"
        (folder / f"{article.id}.md").write_text(text, encoding="utf-8")


def cli_starts(size: int, runs: int = 3) -> dict[str, float]:
    """`companion kb search` on a content folder on disk: first run (parse + index build) and
    later runs (cached index), wall time of the whole process to its first result."""
    generator = Generator(seed=size)
    library = generator.library(size)
    query = next(iter(library.articles.values())).title
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    with tempfile.TemporaryDirectory(prefix="search-files-") as tmp:
        content, home = Path(tmp) / "content", Path(tmp) / "home"
        write_content(library, content)
        cmd = [sys.executable, "-m", "companion", "--home", str(home), "kb", "search", query]
        cmd += ["--json", "--limit", "1", "--content", str(content)]

        def timed() -> float:
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            return time.perf_counter() - t0

        cold = timed()
        warm = sorted(timed() for _ in range(runs))
    return {"cold_s": cold, "warm_s": statistics.median(warm), "warm_min_s": warm[0]}


def cli_batch(repeat_to: int = 1000) -> dict[str, float]:
    """Wall time of the batch CLI with 1 query and with `repeat_to` queries (warm cache)."""
    sys.path.insert(0, str(REPO / "benchmarks" / "search_eval"))
    from evaluate import load_queries

    texts = [q.text for q in load_queries()]
    many = (texts * (repeat_to // len(texts) + 1))[:repeat_to]
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    with tempfile.TemporaryDirectory(prefix="search-cli-") as tmp:
        one_file, many_file = Path(tmp) / "one.txt", Path(tmp) / "many.txt"
        one_file.write_text(texts[0] + "\n", encoding="utf-8")
        many_file.write_text("\n".join(many) + "\n", encoding="utf-8")
        base = [
            sys.executable,
            "-m",
            "companion",
            "--home",
            str(Path(tmp) / "home"),
            "kb",
            "search",
            "--json",
            "--content",
            str(REPO / "content"),
        ]
        subprocess.run(
            [*base, "--queries", str(one_file)], env=env, check=True, capture_output=True
        )  # warm the cache

        def timed(path: Path) -> float:
            runs = []
            for _ in range(3):
                t0 = time.perf_counter()
                result = subprocess.run(
                    [*base, "--queries", str(path)], env=env, check=True, capture_output=True
                )
                runs.append(time.perf_counter() - t0)
                assert result.stdout.count(b"\n") == len(
                    path.read_text(encoding="utf-8").splitlines()
                )
            return min(runs)

        one, thousand = timed(one_file), timed(many_file)
    return {"one_s": one, "many_s": thousand, "extra_s": thousand - one, "many": len(many)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated article counts")
    parser.add_argument("--queries", type=int, default=600, help="timed queries per size")
    parser.add_argument("--no-cli", action="store_true", help="skip the batch CLI measurement")
    parser.add_argument(
        "--baselines",
        action="store_true",
        help="also time the baseline engines of the decision record (first size only)",
    )
    parser.add_argument(
        "--files", type=int, help="only time CLI starts on a content folder of this many articles"
    )
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--engine", default="final", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        result = (
            worker(args.worker, args.queries)
            if args.engine == "final"
            else baseline_worker(args.worker, args.queries, args.engine)
        )
        print(json.dumps(result))
        return 0
    if args.files:
        s = cli_starts(args.files)
        print(
            f"companion kb search on {args.files:,} article files: first run (parse + build) "
            f"{s['cold_s']:.1f}s; later runs median {s['warm_s']:.2f}s (min {s['warm_min_s']:.2f}s)"
        )
        return 0
    print(
        "wall-clock latency per query (p50/p95/max) and the same in CPU time of the searching "
        "thread"
    )
    print(
        f"{'articles':>9} {'generate':>9} {'build':>8} {'reopen':>8} {'p50':>8} {'p95':>8} "
        f"{'max':>8} {'cpu p50':>8} {'cpu p95':>8} {'index':>9} {'peak RSS':>9}"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--worker", str(size), "--queries", str(args.queries)],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{r['size']:>9,} {r['generate_s']:>8.1f}s {r['build_s']:>7.1f}s "
            f"{r['reopen_s']:>7.2f}s "
            f"{r['p50_ms']:>6.2f}ms {r['p95_ms']:>6.2f}ms {r['max_ms']:>6.1f}ms "
            f"{r['cpu_p50_ms']:>6.2f}ms {r['cpu_p95_ms']:>6.2f}ms "
            f"{r['index_mb']:>7.0f}MB {r['peak_rss_mb']:>7.0f}MB",
            flush=True,
        )
        print(f"{'':>9} build CPU time (all threads) {r['build_cpu_s']:.1f}s", flush=True)
        print(
            f"{'':>9} exact title typed: first for {r['title_first']:.0%} of "
            f"{r['title_n']:.0f} unique titles, median rank {r['title_median']:.0f}, "
            f"worst {r['title_worst']:.0f} (21 = not in top 20)",
            flush=True,
        )
    if args.baselines:
        size = int(args.sizes.split(",")[0])
        print(
            f"\nbaselines at {size:,} articles (build in memory, p50/p95 per query without "
            "snippets)"
        )
        for engine in ("fts5", "fts5-trigram", "tantivy-stem", "tantivy-stem-fuzzy"):
            cmd = [
                sys.executable,
                __file__,
                "--worker",
                str(size),
                "--queries",
                str(args.queries),
                "--engine",
                engine,
            ]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(
                f"  {engine:<20} build {r['build_s']:>6.1f}s  p50 {r['p50_ms']:>6.2f}ms  "
                f"p95 {r['p95_ms']:>6.2f}ms",
                flush=True,
            )
    if not args.no_cli:
        c = cli_batch()
        print(
            f"\nbatch CLI (bundled content, warm cache): 1 query {c['one_s']:.2f}s, {c['many']} "
            f"queries {c['many_s']:.2f}s, extra {c['extra_s']:.2f}s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
