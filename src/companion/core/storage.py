"""Can we write where we keep our data? Classify disk problems so the user gets a clear message.

A read-only or full disk otherwise surfaces deep inside logging or SQLite as a traceback. At
start-up :func:`check_writable` writes (and syncs) a tiny probe file in the home folder; later
failures from SQLite are recognised by :func:`problem_from`. The wording belongs to the CLI
and the UI: this module returns a kind and a path only.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from enum import StrEnum
from pathlib import Path


class StorageKind(StrEnum):
    READ_ONLY = "read-only"
    NO_SPACE = "no-space"
    NO_ACCESS = "no-access"
    NOT_A_FOLDER = "not-a-folder"
    IS_A_FOLDER = "is-a-folder"
    OTHER = "other"


_BY_ERRNO = {
    errno.EROFS: StorageKind.READ_ONLY,
    errno.ENOSPC: StorageKind.NO_SPACE,
    errno.EDQUOT: StorageKind.NO_SPACE,
    errno.EACCES: StorageKind.NO_ACCESS,
    errno.EPERM: StorageKind.NO_ACCESS,
    errno.ENOTDIR: StorageKind.NOT_A_FOLDER,
    errno.EEXIST: StorageKind.NOT_A_FOLDER,
    errno.ENOENT: StorageKind.NOT_A_FOLDER,
    errno.EISDIR: StorageKind.IS_A_FOLDER,
}

# SQLite reports these as text, not errno (sqlite3.OperationalError).
_BY_SQLITE_TEXT = (
    ("readonly database", StorageKind.READ_ONLY),
    ("disk is full", StorageKind.NO_SPACE),
    ("disk i/o error", StorageKind.OTHER),
    ("unable to open database file", StorageKind.NO_ACCESS),
)


class StorageProblem(OSError):
    """The data folder cannot be written; ``kind`` says why (no user text here)."""

    def __init__(self, kind: StorageKind, path: Path, detail: str = "") -> None:
        super().__init__(kind.value)
        self.kind = kind
        self.path = path
        self.detail = detail

    def inside(self, folder: Path) -> bool:
        """True when the problem is with ``folder`` or something in it (not an output file)."""
        return self.path == folder or folder in self.path.parents


def from_os_error(exc: OSError, path: Path) -> StorageProblem:
    if isinstance(exc, StorageProblem):
        return exc
    kind = _BY_ERRNO.get(exc.errno or 0, StorageKind.OTHER)
    name = exc.filename2 or exc.filename  # os.replace(tmp, target): the target is what we meant
    return StorageProblem(kind, Path(name) if name else path, exc.strerror or "")


def problem_from(exc: BaseException, path: Path) -> StorageProblem | None:
    """A storage problem behind ``exc`` (OSError, sqlite3 or SQLAlchemy), or ``None``."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _BY_ERRNO:
            return from_os_error(current, path)
        if isinstance(current, sqlite3.OperationalError):
            text = str(current).casefold()
            for needle, kind in _BY_SQLITE_TEXT:
                if needle in text:
                    return StorageProblem(kind, path, needle)
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def check_writable(folder: Path) -> None:
    """Write, sync and remove a one-byte probe in ``folder``; raise :class:`StorageProblem`."""
    try:
        fd, name = tempfile.mkstemp(prefix=".skrivetest-", dir=folder)
    except OSError as exc:
        raise from_os_error(exc, folder) from None
    try:
        os.write(fd, b"x")
        os.fsync(fd)
    except OSError as exc:
        raise from_os_error(exc, folder) from None
    finally:
        os.close(fd)
        Path(name).unlink(missing_ok=True)
