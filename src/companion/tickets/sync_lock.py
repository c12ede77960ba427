"""One sync per database at a time, across threads and processes (the lock lives in core)."""

from __future__ import annotations

from companion.core.filelock import FileLock

__all__ = ["SyncLock"]

SyncLock = FileLock
