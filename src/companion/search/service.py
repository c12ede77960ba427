"""`SearchService`: the one entry point the GUI and the CLI use.

The index is built on first use and cached under the app's cache folder, in a subfolder named
by a fingerprint of everything that goes into it (the documents, the content folder's
synonyms, the built-in language data and the engine version). Changed content gives a new
fingerprint and so a fresh build; an unchanged folder is opened from disk in milliseconds.

Thread safety: :meth:`ensure_index` may be called from a worker thread and is serialised by a
lock; after that, :meth:`search` and :meth:`suggest` only read immutable state and may run in
any thread.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from companion.content.model import Library
from companion.search import shortcut
from companion.search.analyzer import Analyzer, stop_words
from companion.search.documents import library_documents
from companion.search.engine import Engine, field_texts
from companion.search.lexicon import Lexicon
from companion.search.query import QueryPlanner
from companion.search.snippets import Highlighter
from companion.search.synonyms import SynonymTable, builtin_synonyms

log = logging.getLogger(__name__)

ENGINE_VERSION = "3"
KINDS = ("guide", "mistake", "checklist")
MAX_QUERY_CHARS = 200
DATA_FILES = ("synonyms.yaml", "variants.yaml", "stopwords.txt")
KEEP_OTHER_INDEXES = 2  # besides the current one
STALE_BUILD_SECONDS = 3600


@dataclass(frozen=True)
class SearchHit:
    """One search result.

    ``snippet`` is plain text (not HTML-escaped) with matched words wrapped in « and »;
    see :mod:`companion.search.snippets`.
    """

    id: str
    title: str
    kind: str
    category: str
    score: float
    snippet: str


@dataclass(frozen=True)
class _State:
    engine: Engine
    planner: QueryPlanner
    analyzer: Analyzer


def _data_digest() -> str:
    digest = hashlib.sha256()
    folder = resources.files("companion.search").joinpath("data")
    for name in DATA_FILES:
        digest.update(folder.joinpath(name).read_bytes())
    return digest.hexdigest()


class SearchService:
    """Search over one library's guides, mistakes and checklists."""

    def __init__(
        self,
        library: Library | Callable[[], Library],
        cache_dir: Path | None,
        source: Path | None = None,
    ) -> None:
        """`library` may be a callable that loads it: with `source` (the content folder) and a
        cache, an unchanged folder's index is then opened without loading the library at all."""
        self._library = library
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.source = Path(source) if source is not None else None
        self._lock = threading.Lock()
        self._state: _State | None = None

    @property
    def library(self) -> Library:
        if callable(self._library):
            self._library = self._library()
        return self._library

    # -- index lifecycle ------------------------------------------------------------------------
    @staticmethod
    def fingerprint(library: Library) -> str:
        """Hex digest of everything the index is built from; changes when content changes.

        Hashes the raw fields (not the derived plain text), so checking an unchanged folder
        costs a fraction of a build.
        """
        digest = hashlib.sha256()
        digest.update(f"engine:{ENGINE_VERSION}\n".encode())
        digest.update(_data_digest().encode())
        for article_id in sorted(library.articles):
            a = library.articles[article_id]
            fields = [
                a.id,
                a.kind,
                a.category,
                a.title,
                a.summary,
                a.lang,
                a.body,
                *a.tags,
                "|",
                *a.roles,
            ]
            digest.update("\x1f".join(fields).encode() + b"\x1e")
        for checklist_id in sorted(library.checklists):
            c = library.checklists[checklist_id]
            fields = [
                c.id,
                c.title,
                c.role,
                c.summary,
                *(f"{i.id}\x1d{i.title}\x1d{i.description}\x1d{i.guide}" for i in c.items),
            ]
            digest.update("\x1f".join(fields).encode() + b"\x1e")
        digest.update(json.dumps(library.synonyms, sort_keys=True, ensure_ascii=False).encode())
        return digest.hexdigest()

    def ensure_index(self) -> None:
        """Load the cached index, or build (and cache) it; safe to call from any thread."""
        if self._state is not None:
            return
        with self._lock:
            if self._state is None:
                self._state = self._load_or_build()

    def _index_dir(self, fingerprint: str) -> Path | None:
        return None if self.cache_dir is None else self.cache_dir / "search" / fingerprint[:32]

    def _files_key(self) -> str | None:
        if self.source is None or self.cache_dir is None:
            return None
        salt = f"engine:{ENGINE_VERSION}\n{_data_digest()}\n{self.source.resolve()}"
        return shortcut.files_key(self.source, salt)

    def _load_or_build(self) -> _State:
        files_key = self._files_key()
        if files_key is not None and self.cache_dir is not None:
            known = shortcut.recall(self.cache_dir / "search", files_key)
            state = self._open(known, None) if known else None
            if state is not None:
                return state
        fingerprint = self.fingerprint(self.library)
        target = self._index_dir(fingerprint)
        state = self._open(fingerprint, self.library.synonyms)
        if state is None:
            if target is not None:
                shutil.rmtree(target, ignore_errors=True)
            synonyms = SynonymTable(Analyzer(), builtin_synonyms(), self.library.synonyms)
            state = self._build(fingerprint, target, synonyms)
        if files_key is not None and self.cache_dir is not None:
            shortcut.remember(self.cache_dir / "search", files_key, fingerprint)
        return state

    def _open(self, fingerprint: str, local: dict[str, list[str]] | None) -> _State | None:
        """The cached index for `fingerprint`, or None. Without `local` (the content folder's
        synonyms), they come from the index's metadata, so the library is not needed."""
        target = self._index_dir(fingerprint)
        if target is None or not target.is_dir():
            return None
        meta = Engine.read_meta(target)
        if meta is None or meta.get("fingerprint") != fingerprint:
            return None
        if local is None:
            stored = meta.get("local_synonyms")
            if not isinstance(stored, dict):
                return None
            local = stored
        synonyms = SynonymTable(Analyzer(), builtin_synonyms(), local)
        try:
            state = self._state_for(Engine.open(target, meta), meta, synonyms)
        except (OSError, ValueError) as exc:
            log.warning("search index in %s could not be opened (%s); rebuilding", target, exc)
            return None
        os.utime(target)  # mark as recently used, so cleanup keeps it
        return state

    def _state_for(self, engine: Engine, meta: dict[str, object], synonyms: SynonymTable) -> _State:
        counts = meta.get("counts")
        keys = meta.get("known_keys")
        lexicon = Lexicon(
            counts if isinstance(counts, dict) else {},
            Analyzer().key,
            stop_words(),
            synonyms.words,
            keys if isinstance(keys, list) else None,
        )
        analyzer = Analyzer(parts=lexicon)
        return _State(
            engine, QueryPlanner(analyzer, lexicon, engine.vocabulary, synonyms), analyzer
        )

    def _build(self, fingerprint: str, target: Path | None, synonyms: SynonymTable) -> _State:
        documents = list(library_documents(self.library))
        base = Analyzer()
        counts = base.count_words(text for d in documents for text in field_texts(d).values())
        lexicon = Lexicon(counts, base.key, stop_words(), synonyms.words)
        analyzer = Analyzer(parts=lexicon)
        meta: dict[str, object] = {
            "version": ENGINE_VERSION,
            "fingerprint": fingerprint,
            "counts": dict(counts),
            "local_synonyms": self.library.synonyms,
            "known_keys": lexicon.known_keys,
        }
        if target is None:
            engine = Engine.build(documents, analyzer, None, meta)
            return _State(
                engine, QueryPlanner(analyzer, lexicon, engine.vocabulary, synonyms), analyzer
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="building-", dir=target.parent))
        try:
            Engine.build(documents, analyzer, staging, meta)
            try:
                staging.rename(target)
            except OSError:
                # Another process finished the same build first: use theirs if it is complete.
                finished = Engine.read_meta(target)
                if finished is not None and finished.get("fingerprint") == fingerprint:
                    shutil.rmtree(staging, ignore_errors=True)
                else:
                    shutil.rmtree(target, ignore_errors=True)
                    staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        self._remove_stale(target)
        stored = Engine.read_meta(target) or meta
        return self._state_for(Engine.open(target, stored), stored, synonyms)

    @staticmethod
    def _remove_stale(current: Path) -> None:
        """Keep the newest few indexes (the GUI and the CLI may use different content folders),
        delete older ones and leftovers of crashed builds. Best effort: another process may
        still have one open."""
        now = time.time()
        others: list[tuple[float, Path]] = []
        for other in current.parent.iterdir():
            if other == current or not other.is_dir():
                continue
            try:
                mtime = other.stat().st_mtime
            except OSError:
                continue
            if other.name.startswith("building-"):
                if now - mtime > STALE_BUILD_SECONDS:
                    shutil.rmtree(other, ignore_errors=True)
            else:
                others.append((mtime, other))
        for _mtime, other in sorted(others, reverse=True)[KEEP_OTHER_INDEXES:]:
            shutil.rmtree(other, ignore_errors=True)

    # -- queries --------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        limit: int = 10,
        kind: str | None = None,
        category: str | None = None,
        role: str | None = None,
    ) -> list[SearchHit]:
        """Best matches first; filters narrow by kind ('guide'|'mistake'|'checklist'), category
        and role (articles for role 'alle' match every role)."""
        if kind is not None and kind not in KINDS:
            raise ValueError(f"ukjent type {kind!r}; bruk {', '.join(KINDS)}")
        self.ensure_index()
        state = self._state
        assert state is not None
        plan = state.planner.plan(query[:MAX_QUERY_CHARS])
        hits = state.engine.search(plan, limit, kind=kind, category=category, role=role)
        highlighter = Highlighter(state.analyzer, plan.highlight)
        return [
            SearchHit(
                h.id,
                h.title,
                h.kind,
                h.category,
                round(h.score, 4),
                highlighter.snippet(h.segments, h.segment_tokens),
            )
            for h in hits
        ]

    def suggest(self, query: str) -> str | None:
        """ "Mente du ...?": the query with unknown words replaced by the closest content words,
        or None when every word is known (or nothing close exists)."""
        self.ensure_index()
        state = self._state
        assert state is not None
        return state.planner.plan(query[:MAX_QUERY_CHARS]).suggestion()


__all__ = ["SearchHit", "SearchService"]
