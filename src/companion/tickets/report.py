"""What a sync run reports back to the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["ProgressFn", "SyncReport"]


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
