"""Open the cached index without reading the content folder: a key from file stats.

Why: the index cache is keyed by a hash of the parsed content, so finding it meant parsing every
file first (tens of seconds at 10,000 articles). An unchanged folder has the same file names,
sizes and modification times, so a stat-only key (milliseconds) recorded next to the index
finds it directly. Any edit changes a size or an mtime and falls back to the full fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

# Everything the loader reads (see companion.content.loader).
PATTERNS = (("guides", ".md"), ("kb", ".md"), ("checklists", ".yaml"), ("checklists", ".yml"))
TOP_FILES = ("synonyms.yaml",)


def files_key(root: Path, salt: str) -> str | None:
    """Hex key of every content file's relative path, size and mtime; None if unreadable."""
    digest = hashlib.sha256(salt.encode())
    entries: list[str] = []
    try:
        for folder, suffix in PATTERNS:
            base = root / folder
            if not base.is_dir():
                continue
            with os.scandir(base) as scan:
                for entry in scan:
                    if entry.name.endswith(suffix) and entry.is_file():
                        st = entry.stat()
                        entries.append(f"{folder}/{entry.name}\x1f{st.st_size}\x1f{st.st_mtime_ns}")
        for name in TOP_FILES:
            path = root / name
            if path.is_file():
                st = path.stat()
                entries.append(f"{name}\x1f{st.st_size}\x1f{st.st_mtime_ns}")
    except OSError:
        return None
    entries.sort()
    digest.update("\x1e".join(entries).encode())
    return digest.hexdigest()


def _record(cache: Path, key: str) -> Path:
    return cache / f"files-{key[:32]}.json"


def recall(cache: Path, key: str) -> str | None:
    """The content fingerprint last built for this files key, if recorded."""
    try:
        data = json.loads(_record(cache, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("fingerprint") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def remember(cache: Path, key: str, fingerprint: str) -> None:
    """Record files key → fingerprint (atomically; best effort) and drop records of old keys."""
    cache.mkdir(parents=True, exist_ok=True)
    target = _record(cache, key)
    temp = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        temp.write_text(json.dumps({"fingerprint": fingerprint}), encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        temp.unlink(missing_ok=True)
        return
    for other in cache.glob("files-*.json"):
        if other != target:
            try:
                data = json.loads(other.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            folder = cache / str(data.get("fingerprint", ""))[:32]
            if not folder.is_dir():
                other.unlink(missing_ok=True)  # its index was cleaned up
