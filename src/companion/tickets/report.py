"""What a sync run reports back to the CLI and the GUI, and what both halves of the engine
(`companion.tickets.push`, `companion.tickets.pull`) rely on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from companion.db.engine import Database
from companion.tickets.desk import SupportDesk

__all__ = ["EngineParts", "ProgressFn", "SyncReport"]

T = TypeVar("T")


@dataclass
class SyncReport:
    """What one sync run did; `remaining` counts tickets still queued afterwards.

    `busy` is True when another sync (another thread or process) held the lock, so this run
    did nothing. `config_error` (Norwegian) is set when the desk refused our address or
    credentials: nothing was marked failed, the user must fix the settings. `redacted` counts
    replies whose identity numbers were removed before storing.
    """

    sent: int = 0
    failed: int = 0
    retry_later: int = 0
    replies: int = 0
    remaining: int = 0
    online: bool = True
    busy: bool = False
    config_error: str = ""
    redacted: int = 0
    errors: list[str] = field(default_factory=list)
    new_replies: list[tuple[int, str]] = field(default_factory=list)  # (ticket id, subject)


ProgressFn = Callable[[int, int, str], None]


class EngineParts:
    """What `companion.tickets.sync.SyncEngine` gives its push and pull halves (mixins)."""

    db: Database
    desk: SupportDesk
    queue: str
    clock: Callable[[], datetime]
    _sent_this_run: set[int]  # tickets sent in this run: first pulled in the next one

    def _attempt(self, call: Callable[[], T]) -> T:
        """`call()` with the engine's in-run retries."""
        raise NotImplementedError
