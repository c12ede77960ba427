"""Rotating log files in the home folder; never secrets, never patient data.

The log travels in the diagnostics zip, so what reaches it is filtered twice: the database
engine hides SQL parameters (``hide_parameters=True``), and the formatter here removes any
``[parameters: …]`` block that still appears (an engine made elsewhere) and redacts identity
numbers. A log that cannot be written (disk full, read-only disk) is dropped quietly: the
user gets a clear message from the command itself, never Python's "--- Logging error ---".
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any, TextIO

from companion.core.idguard import redact

LOG_FILE = "companion.log"
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\(|$))", re.DOTALL | re.MULTILINE)
HIDDEN = "[parameters: hidden]"


class SafeFormatter(logging.Formatter):
    """The usual format, without SQL parameter values or identity numbers."""

    def format(self, record: logging.LogRecord) -> str:
        text = _PARAMETERS.sub(HIDDEN, super().format(record))
        # The time stamp we wrote ourselves is left out of the search: its 17 digits would
        # send every line through the full identity-number scan.
        stamp = getattr(record, "asctime", "")
        if stamp and text.startswith(stamp):
            return stamp + redact(text[len(stamp) :])
        return redact(text)


class QuietWrites(logging.Handler):
    """Write errors never reach stderr as a traceback dump; `failed` records that one happened."""

    failed = False
    _companion = True  # ours: the next setup_logging call replaces it

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True


class QuietFileHandler(QuietWrites, logging.FileHandler):
    """Appends to ``companion.log``; past ``max_bytes`` it moves on to a new file.

    Older files are kept as ``companion.log.1`` (newest) to ``.{backup_count}``, the names
    `logging.handlers.RotatingFileHandler` uses. Not that class: importing `logging.handlers`
    pulls in socket, pickle, queue and selectors, 10-13 ms of the GUI's start (issue 16,
    docs/decisions/0004); the size check and the renames below are all of it we use.
    """

    def __init__(
        self, path: Path, max_bytes: int = 1_000_000, backup_count: int = 5, **kwargs: Any
    ) -> None:
        super().__init__(path, **kwargs)
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self.rollover()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        stream: TextIO | None = self.stream  # None after a roll-over, until the next write
        if stream is None:
            return False
        written = stream.tell()
        return written > 0 and written + len(self.format(record)) + 1 >= self.max_bytes

    def rollover(self) -> None:
        """companion.log -> .1 -> .2 ...; the oldest beyond `backup_count` is dropped."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # FileHandler.emit opens it again
        base = Path(self.baseFilename)
        for number in range(self.backup_count - 1, 0, -1):
            older = base.with_name(f"{base.name}.{number}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{number + 1}"))
        if self.backup_count > 0 and base.exists():
            base.replace(base.with_name(f"{base.name}.1"))
        else:
            base.unlink(missing_ok=True)


def setup_logging(log_dir: Path, verbose: bool = False) -> Path:
    """Log to ``log_dir/companion.log`` (5 x 1 MiB). Returns the log file path.

    Raises :class:`OSError` when the file cannot be opened at all (start-up checks the home
    folder first, so this only happens when it changed in between).
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_companion", False):
            root.removeHandler(old)
            old.close()
    handler = QuietFileHandler(path, max_bytes=1_000_000, backup_count=5, encoding="utf-8")
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path
