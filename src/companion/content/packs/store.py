"""Installed content packs on this machine, and which central content folder is active.

Layout under ``<home>/content-packs/``::

    metadata/                 trusted TUF metadata (kept: it is what detects rollbacks)
    downloads/                a pack while it is downloaded and checked
    packs/v000007-1a2b3c4d/   one installed pack: content/ + manifest.json
    current.json              the pointer: newest first, at most KEEP_PACKS entries

A pack is installed by extracting into a new folder, checking it, then replacing
``current.json`` in one rename: a crash at any point leaves the last good pack in use.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from companion.content.packs.archive import PackArchiveError, PackedFile, extract_pack
from companion.content.packs.validate import content_problems, refused_file

log = logging.getLogger(__name__)

KEEP_PACKS = 2  # the active one and the previous one (for rollback)
POINTER = "current.json"
MANIFEST = "manifest.json"


class ContentSourceKind(StrEnum):
    BUNDLED = "bundled"
    PACK = "pack"
    FOLDER = "folder"  # --content or [content] dir: chosen by hand


@dataclass(frozen=True)
class ContentSource:
    """The central content folder in use; `warning` is for the user (Norwegian) when set."""

    path: Path
    source: ContentSourceKind
    version: int | None = None
    warning: str | None = None


class PackRefused(Exception):
    """A downloaded pack was not installed; the message says why (Norwegian)."""


@dataclass(frozen=True)
class InstalledPack:
    """One entry of the pointer file."""

    version: int
    sha256: str
    folder: str

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "sha256": self.sha256, "folder": self.folder}


class PackStore:
    """The packs folder of one data folder (see module docstring)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def metadata_dir(self) -> Path:
        return self.root / "metadata"

    @property
    def downloads_dir(self) -> Path:
        return self.root / "downloads"

    @property
    def packs_dir(self) -> Path:
        return self.root / "packs"

    @property
    def lock_file(self) -> Path:
        return self.root / "update.lock"

    def content_dir(self, pack: InstalledPack) -> Path:
        return self.packs_dir / pack.folder / "content"

    # ---- pointer ------------------------------------------------------------------------
    def installed(self) -> list[InstalledPack]:
        """Pointer entries, newest first; [] when none or the pointer is unreadable."""
        try:
            data = json.loads((self.root / POINTER).read_text(encoding="utf-8"))
            return [
                InstalledPack(int(e["version"]), str(e["sha256"]), str(e["folder"]))
                for e in data["packs"]
            ]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("content pack pointer unreadable: %s", exc)
            return []

    def _write_pointer(self, packs: list[InstalledPack]) -> None:
        data = {"packs": [p.to_json() for p in packs], "written": datetime.now(UTC).isoformat()}
        atomic_write(self.root / POINTER, json.dumps(data, indent=2).encode("utf-8"))

    def is_intact(self, pack: InstalledPack) -> bool:
        """Cheap check at start-up: the manifest matches, every file is there with its size."""
        folder = self.packs_dir / pack.folder
        try:
            manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            if manifest["version"] != pack.version or manifest["sha256"] != pack.sha256:
                return False
            content = folder / "content"
            return all(
                (content / name).stat().st_size == size for name, size in manifest["files"].items()
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return False

    def newest_good(self) -> tuple[InstalledPack | None, list[InstalledPack]]:
        """The newest intact pack and the damaged ones skipped on the way."""
        damaged: list[InstalledPack] = []
        for pack in self.installed():
            if self.is_intact(pack):
                return pack, damaged
            damaged.append(pack)
        return None, damaged

    # ---- install ------------------------------------------------------------------------
    def install(self, archive: Path, version: int, sha256: str) -> InstalledPack:
        """Extract, check and activate a verified download; raise PackRefused and keep the
        current pack on any problem."""
        folder = f"v{version:06d}-{sha256[:8]}"
        self.packs_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".new-", dir=self.packs_dir))
        try:
            refused: list[str] = []
            files = extract_pack(
                archive,
                staging / "content",
                lambda name, data: refused.append(name) if refused_file(name, data) else None,
            )
            problems = content_problems(staging / "content", refused)
            if problems:
                raise PackRefused("Innholdspakken ble avvist: " + "; ".join(problems))
            _write_manifest(staging, version, sha256, files)
            final = self.packs_dir / folder
            if final.exists():
                shutil.rmtree(final)
            staging.rename(final)
        except PackArchiveError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise PackRefused(f"Innholdspakken ble avvist: {exc}") from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        pack = InstalledPack(version, sha256, folder)
        previous = [p for p in self.installed() if p.folder != folder and self.is_intact(p)]
        keep = [pack, *previous][:KEEP_PACKS]  # the previous *good* pack stays for rollback
        self._write_pointer(keep)
        self.prune(keep)
        return pack

    def prune(self, keep: list[InstalledPack]) -> None:
        """Remove pack folders not in the pointer (older packs, left-over staging folders)."""
        wanted = {p.folder for p in keep}
        for child in self.packs_dir.iterdir() if self.packs_dir.is_dir() else ():
            if child.name not in wanted:
                shutil.rmtree(child, ignore_errors=True)


def _write_manifest(folder: Path, version: int, sha256: str, files: list[PackedFile]) -> None:
    manifest = {
        "version": version,
        "sha256": sha256,
        "installed": datetime.now(UTC).isoformat(),
        "files": {f.name: f.size for f in files},
    }
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write to a temporary file beside `path`, flush to disk, then rename over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
