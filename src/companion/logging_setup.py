"""Rotating log files in the home folder; never secrets, never patient data.

The log travels in the diagnostics zip, so what reaches it is filtered twice: the database
engine hides SQL parameters (``hide_parameters=True``), and the formatter here removes any
``[parameters: …]`` block that still appears (an engine made elsewhere) and redacts identity
numbers. A log that cannot be written (disk full, read-only disk) is dropped quietly: the
user gets a clear message from the command itself, never Python's "--- Logging error ---".
"""

from __future__ import annotations

import logging
import logging.handlers
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


class QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose write errors never reach stderr as a traceback dump."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True


def setup_logging(log_dir: Path, verbose: bool = False) -> Path:
    """Log to ``log_dir/companion.log`` (5 x 1 MiB). Returns the log file path.

    Raises :class:`OSError` when the file cannot be opened at all (start-up checks the home
    folder first, so this only happens when it changed in between).
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_companion", False):
            root.removeHandler(handler)
            handler.close()
    handler = QuietFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._companion = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path
