"""An OS file lock shared by processes and threads; the OS frees it if the holder dies.

An exclusive lock on a small lock file (flock on POSIX, msvcrt on Windows). Each acquire opens
its own file handle, so two threads of one process conflict as well. Used for one ticket sync
per database, one content-pack update per data folder, and serialising schema migrations
of a fresh home.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from types import TracebackType
from typing import IO

POLL_S = 0.05


class FileLock:
    """``acquire()`` tries once; ``acquire(timeout=…)`` waits up to that many seconds."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    def acquire(self, timeout: float = 0.0) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + timeout
        while True:
            fh = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
            if _try_lock(fh):
                self._fh = fh
                return True
            fh.close()
            if time.monotonic() >= deadline:
                return False
            time.sleep(POLL_S)

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        fh.close()  # closing also drops a flock

    def __enter__(self) -> FileLock:
        return self

    def __exit__(
        self,
        _kind: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.release()


def _try_lock(fh: IO[bytes]) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
