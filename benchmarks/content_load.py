"""Content load speed: front matter parsing (pure-Python vs libyaml) and the on-disk cache.

Writes a folder of synthetic Norwegian articles (the generator from search_bench.py) with the
governance front matter (status, owner, source, approval, review date) and prints:

* parse time with ``yaml.SafeLoader`` (pure Python, what ``yaml.safe_load`` uses),
* parse time with ``yaml.CSafeLoader`` (libyaml),
* first load with the cache (parse + write the cache) and a cached load of the unchanged
  folder, each followed by the whole-library checks the app runs.

    PYTHONPATH=src python benchmarks/content_load.py                # 10,000 articles
    PYTHONPATH=src python benchmarks/content_load.py --size 2000    # quicker
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_bench import Generator, write_content

from companion.content import parse
from companion.content.loader import check_library, load_layer, parse_folder


def provenance(index: int) -> dict[str, str]:
    """Every third article approved, the rest drafts, all with owner and source."""
    front = {
        "status": "utkast",
        "owner": "Fagnettverk legemidler",
        "source": "Nasjonal faglig retningslinje",
        "review_by": "2099-01-01",
    }
    if index % 3 == 0:
        front.update(status="godkjent", approved_by="Fagsykepleier", approved_at="2026-01-15")
    return front


def write_folder(root: Path, size: int) -> None:
    """`size` articles as real files, half guides (with steps), half common mistakes."""
    write_content(Generator(seed=7).library(size), root, provenance)


def timed(label: str, fn, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args)
    seconds = time.perf_counter() - start
    print(f"{label:<46} {seconds * 1000:9.0f} ms")
    return result, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root, cache = Path(tmp) / "content", Path(tmp) / "cache"
        print(f"Writing {args.size} articles …", flush=True)
        write_folder(root, args.size)
        print(f"libyaml available: {yaml.__with_libyaml__}")
        parse.YAML_LOADER = yaml.SafeLoader
        pure, pure_s = timed("parse, yaml.SafeLoader (pure Python)", parse_folder, root)
        parse.YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        fast, fast_s = timed("parse, yaml.CSafeLoader (libyaml)", parse_folder, root)
        assert pure.articles == fast.articles, "both loaders must give the same library"
        _lib, _first_s = timed(
            "first load with cache (parse + write cache)", load_layer, root, cache
        )
        cached, cached_s = timed("cached load, unchanged folder", load_layer, root, cache)
        _checked, check_s = timed(
            "whole-library checks (links, review dates)", check_library, cached
        )
        assert len(cached.articles) == args.size
        print(f"{'articles':<46} {len(cached.articles):9d}")
        print(f"{'speed-up libyaml vs pure parse':<46} {pure_s / fast_s:9.1f} x")
        print(f"{'speed-up cached vs pure parse':<46} {pure_s / cached_s:9.1f} x")
        print(
            f"{'start-up content cost (cached + checks)':<46} {(cached_s + check_s) * 1000:9.0f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
