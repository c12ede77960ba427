"""The pack file: a deterministic tar.gz of a content folder, and its careful extraction.

Deterministic (sorted names, zero times and owners, fixed modes, gzip mtime 0) so the same
folder always gives the same bytes and the same sha256: a republish of unchanged content is
recognisably the same pack. Extraction never trusts the archive: only plain files and folders
with short, relative, normalised names are written, by our own code (not ``tar.extract``),
and sizes are capped so a small download cannot fill the disk.
"""

from __future__ import annotations

import gzip
import io
import os
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

MAX_MEMBERS = 100_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_NAME_CHARS = 240


class PackArchiveError(Exception):
    """The archive is unsafe or unreadable; the message says why (Norwegian, for the user)."""


@dataclass(frozen=True)
class PackedFile:
    """One file in a pack (relative POSIX name, size in bytes)."""

    name: str
    size: int


def pack_files(src: Path) -> list[Path]:
    """Files that go into a pack: everything but hidden files and folders (.git, .DS_Store)."""
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if path.is_symlink() or not path.is_file():
                raise PackArchiveError(
                    f"{path.relative_to(src)} er ikke en vanlig fil (snarvei eller enhet)"
                )
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(src).as_posix())


def build_pack(src: Path) -> bytes:
    """The deterministic tar.gz bytes of `src` (see module docstring)."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in pack_files(src):
            data = path.read_bytes()
            info = tarfile.TarInfo(path.relative_to(src).as_posix())
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, compresslevel=6) as gz:
        gz.write(raw.getvalue())
    return out.getvalue()


def safe_member_name(name: str) -> str:
    """The normalised relative name, or PackArchiveError for anything that could escape."""
    if not name or len(name) > MAX_NAME_CHARS or "\\" in name or "\x00" in name:
        raise PackArchiveError(f"ugyldig filnavn i pakken: {name!r}")
    path = PurePosixPath(name)
    if path.is_absolute() or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise PackArchiveError(f"absolutt filsti i pakken: {name!r}")
    parts = [p for p in path.parts if p != "."]
    if not parts or any(p == ".." for p in parts):
        raise PackArchiveError(f"filsti med «..» i pakken: {name!r}")
    return "/".join(parts)


def extract_pack(
    archive: Path, target: Path, inspect: Callable[[str, bytes], None] | None = None
) -> list[PackedFile]:
    """Extract into the new, empty folder `target`; raise PackArchiveError on anything unsafe.

    `inspect(name, data)` sees every file's bytes as it is written (the identity-number guard
    runs here, so the files need not be read back).
    """
    target.mkdir(parents=True)
    files: list[PackedFile] = []
    total = 0
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            for count, member in enumerate(tar, start=1):
                if count > MAX_MEMBERS:
                    raise PackArchiveError("pakken har for mange filer")
                name = safe_member_name(member.name)
                if member.isdir():
                    (target / name).mkdir(parents=True, exist_ok=True)
                    continue
                if not member.isreg():
                    raise PackArchiveError(
                        f"{name!r} er en snarvei, lenke eller enhet, ikke en vanlig fil"
                    )
                if member.size > MAX_FILE_BYTES:
                    raise PackArchiveError(f"{name!r} er større enn 20 MiB")
                total += member.size
                if total > MAX_TOTAL_BYTES:
                    raise PackArchiveError("pakken er større enn 1 GiB pakket ut")
                data = _write_member(tar, member, target / name)
                if inspect is not None:
                    inspect(name, data)
                files.append(PackedFile(name, member.size))
    except (tarfile.TarError, EOFError, gzip.BadGzipFile, UnicodeError) as exc:
        raise PackArchiveError(f"pakken kan ikke leses: {exc}") from exc
    return files


def _write_member(tar: tarfile.TarFile, member: tarfile.TarInfo, dest: Path) -> bytes:
    source = tar.extractfile(member)
    if source is None:
        raise PackArchiveError(f"{member.name!r} kan ikke leses")
    with source:
        data = source.read(member.size + 1)
    if len(data) != member.size:
        raise PackArchiveError(f"{member.name!r} har feil lengde")
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(dest, "xb") as out:  # "x": a duplicate name never overwrites
            out.write(data)
    except FileExistsError:
        raise PackArchiveError(f"{member.name!r} finnes to ganger i pakken") from None
    return data
