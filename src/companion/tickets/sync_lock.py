"""One sync per database at a time, across threads and processes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

__all__ = ["SyncLock"]


class SyncLock:
    """One sync per database, across threads and processes; the OS frees it if we die.

    An exclusive, non-blocking lock on ``<database>.sync.lock`` (flock on POSIX, msvcrt on
    Windows). Each acquire opens its own file handle, so two threads conflict as well.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        fh.close()  # closing also drops a flock
