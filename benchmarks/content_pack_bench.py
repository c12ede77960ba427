"""Content-pack benchmark: publish and update times for a 5,000-article pack.

Generates synthetic Norwegian articles (the generator from search_bench.py), then measures:

* ``content publish``: content check + identity-number guard + deterministic tar.gz + signing;
* the first update of a desktop (download, verify, extract, check, activate), served by a real
  ThreadingHTTPServer on 127.0.0.1 that counts requests and bytes;
* an update when nothing changed: the requests and bytes it costs (the timestamp, plus
  python-tuf's probe for a newer root, which is a 404);
* an update after a republish (version 2).

    PYTHONPATH=src python benchmarks/content_pack_bench.py              # 5,000 articles
    PYTHONPATH=src python benchmarks/content_pack_bench.py --articles 500
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from search_bench import Generator  # noqa: E402

from companion.content.model import Article  # noqa: E402


def article_markdown(article: Article) -> str:
    """A valid article file for the content checker (guides get numbered steps)."""
    front = (
        f"---\nid: {article.id}\ntitle: {article.title}\ncategory: {article.category}\n"
        f"tags: [{', '.join(article.tags)}]\nsummary: {article.summary}\n---\n"
    )
    if article.kind == "guide":
        steps = "\n\n".join(
            f"## Steg {n}: {s.title}\n{s.body}" for n, s in enumerate(article.sections, start=1)
        )
        return f"{front}{article.intro}\n\n{steps}\n"
    sections = "\n\n".join(f"## {s.title}\n{s.body}" for s in article.sections)
    return f"{front}{article.intro}\n\n{sections}\n"


def write_content(root: Path, count: int, seed: int = 7) -> None:
    generator = Generator(seed)
    for index in range(count):
        article = generator.article(index)
        folder = root / ("guides" if article.kind == "guide" else "kb")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{article.id}.md").write_text(article_markdown(article), encoding="utf-8")


class CountingHandler(SimpleHTTPRequestHandler):
    log: list[tuple[str, int]]

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        size = path.stat().st_size if path.is_file() else 0
        self.log.append((self.path, size))
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def timed(label: str, fn: Any, *args: Any) -> Any:
    start = time.perf_counter()
    result = fn(*args)
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args(argv)

    from companion.content.packs import active_content
    from companion.content.packs.client import check_for_update
    from companion.content.packs.publish import init_keys, publish
    from companion.paths import AppPaths
    from companion.settings import Settings

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        src, repo, keys = tmp / "content", tmp / "repo", tmp / "keys"
        timed(f"generate {args.articles} articles", write_content, src, args.articles)
        init_keys(keys)
        first = timed("publish v1 (check, guard, pack, sign)", publish, src, repo, keys)
        print(f"{'pack size':<44} {first.size / 1024 / 1024:7.2f} MiB")

        log: list[tuple[str, int]] = []
        handler = type("Handler", (CountingHandler,), {"log": log})
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(repo)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        settings = Settings()
        settings.content.update_url = f"http://127.0.0.1:{server.server_address[1]}"
        settings.content.trusted_root = str(repo / "metadata" / "1.root.json")
        paths = AppPaths(tmp / "home").ensure()
        try:
            result = timed(
                "update to v1 (download, verify, install)", check_for_update, paths, settings
            )
            assert result.version == 1, result
            log.clear()
            result = timed("update, nothing changed", check_for_update, paths, settings)
            assert result.status == "current", result
            for path, size in log:
                print(f"    request {path:<36} {size:6d} bytes")
            print(
                f"{'  requests / bytes when nothing changed':<44} {len(log):7d} "
                f"/ {sum(s for _, s in log)}"
            )
            (src / "kb" / "a000001.md").write_text(
                (src / "kb" / "a000001.md").read_text(encoding="utf-8") + "\nEndret.\n",
                encoding="utf-8",
            )
            timed("publish v2 (one article changed)", publish, src, repo, keys)
            log.clear()
            result = timed("update to v2", check_for_update, paths, settings)
            assert result.version == 2, result
            print(f"{'  requests / bytes for v2':<44} {len(log):7d} / {sum(s for _, s in log)}")
            timed("active_content() at start-up", active_content, paths, settings)
        finally:
            server.shutdown()
            server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
