"""On-disk cache of a parsed content folder, so an unchanged folder is never parsed twice.

With 10,000 articles parsing front matter dominates start-up; the key is every file's
relative path, size and mtime (plus a format version), so any edit, addition or removal
invalidates it. The cache lives in the app's own cache folder (companion.paths) and is
written atomically; a broken or stale file is simply ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from companion import __version__
from companion.content.model import Library

log = logging.getLogger(__name__)
CACHE_FORMAT = 1


def _code_stamp() -> str:
    """Size and mtime of the modules that shape a parsed library: new code, new cache."""
    folder = Path(__file__).parent
    parts = []
    for name in ("model.py", "parse.py", "loader.py", "values.py", "images.py", "render.py"):
        try:
            stat = (folder / name).stat()
            parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
        except OSError:
            parts.append(name)
    return ",".join(parts)


def folder_key(root: Path) -> str:
    """A digest of (path, size, mtime) for every file under `root` (symlinks not followed)."""
    stamp = f"{CACHE_FORMAT}:{__version__}:{sys.version_info[:2]}:{_code_stamp()}:{root}"
    digest = hashlib.sha256(stamp.encode())
    entries: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in files:
            path = os.path.join(folder, name)
            try:
                stat = os.lstat(path)
            except OSError:
                continue
            entries.append(f"{os.path.relpath(path, root)}\0{stat.st_size}\0{stat.st_mtime_ns}")
    for entry in sorted(entries):
        digest.update(entry.encode("utf-8", "surrogateescape"))
        digest.update(b"\n")
    return digest.hexdigest()


def cache_file(root: Path, cache_dir: Path) -> Path:
    name = hashlib.sha256(str(Path(root).resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"content-{name}.pickle"


def cached(root: Path, cache_dir: Path, parse: Callable[[Path], Library]) -> Library:
    """The parsed folder from the cache when unchanged; otherwise parse and store it."""
    key = folder_key(root)
    path = cache_file(root, cache_dir)
    try:
        with path.open("rb") as fh:
            stored_key, library = pickle.load(fh)
        if stored_key == key and isinstance(library, Library):
            return library
    except FileNotFoundError:
        pass
    except Exception as exc:
        log.info("content cache ignored: %s", type(exc).__name__)
    library = parse(root)
    _store(path, key, library)
    return library


def _store(path: Path, key: str, library: Library) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as fh:
            pickle.dump((key, library), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
    except OSError as exc:
        log.warning("content cache not written: %s", exc)
