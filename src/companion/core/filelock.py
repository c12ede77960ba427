"""An exclusive, non-blocking OS file lock that dies with the process.

Shared by the ticket sync (one sync per database) and content-pack updates (one update per
data folder): two overlapping runs from the GUI timer and the CLI must never interleave.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO


class FileLock:
    """flock on POSIX, msvcrt on Windows. Each acquire opens its own handle, so two threads
    conflict as well."""

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
