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

from companion.core.idguard import redact

LOG_FILE = "companion.log"
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\(|$))", re.DOTALL | re.MULTILINE)
HIDDEN = "[parameters: hidden]"


class SafeFormatter(logging.Formatter):
    """The usual format, without SQL parameter values or identity numbers."""

    def format(self, record: logging.LogRecord) -> str:
        text = _PARAMETERS.sub(HIDDEN, super().format(record))
        return redact(text) if any(c.isdigit() for c in text) else text


class QuietWrites(logging.Handler):
    """Write errors never reach stderr as a traceback dump; `failed` records that one happened."""

    failed = False
    _companion = True  # ours: the next setup_logging call replaces it

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True


class QuietPlainFileHandler(QuietWrites, logging.FileHandler):
    """Appends without rotating: the GUI's handler until its window has been drawn."""


def setup_logging(log_dir: Path, verbose: bool = False, rotating: bool = True) -> Path:
    """Log to ``log_dir/companion.log`` (5 x 1 MiB). Returns the log file path.

    ``rotating=False`` appends to the same file without `logging.handlers` (start-up time,
    issue 16); calling again with ``rotating=True`` swaps in the rotating handler.

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
    handler: logging.FileHandler
    if rotating:
        from companion.log_rotation import QuietFileHandler

        handler = QuietFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    else:
        handler = QuietPlainFileHandler(path, encoding="utf-8")
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path
