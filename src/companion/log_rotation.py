"""The rotating log handler, apart from `logging_setup` because of what it imports.

`logging.handlers` pulls in socket, pickle, queue and struct (~5 ms). The GUI logs to a plain
file until its window has been drawn and only then switches to this handler (issue 16).
"""

from __future__ import annotations

import logging.handlers

from companion.logging_setup import QuietWrites


class QuietFileHandler(QuietWrites, logging.handlers.RotatingFileHandler):
    """A rotating file handler whose write errors never reach stderr as a traceback dump."""
