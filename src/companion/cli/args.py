"""argparse ``type=`` validators: bad input becomes exit 2 with a Norwegian message.

argparse reports an :class:`argparse.ArgumentTypeError` as ``companion …: error: argument
--limit: <our text>`` and exits 2, before any data is opened. Values that would overflow
SQLite (ids beyond 64 bits) or the search engine (limits beyond a 32-bit int) stop here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

MAX_ID = 2**63 - 1  # SQLite INTEGER
MAX_LIMIT = 1000


def int_between(low: int, high: int, what: str = "tallet") -> Callable[[str], int]:
    """A whole number in ``low..high`` (inclusive)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"«{text[:40]}» er ikke et helt tall.") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} må være mellom {low} og {high}.")
        return value

    return parse


search_limit = int_between(1, MAX_LIMIT, "antallet treff")
record_id = int_between(1, MAX_ID, "nummeret")
year = int_between(2000, 2099, "året")


def existing_dir(text: str) -> str:
    """A folder that exists (returned as given, so defaults and help stay strings)."""
    path = Path(text).expanduser()
    if not path.exists():
        raise argparse.ArgumentTypeError(f"Mappen {text} finnes ikke. Sjekk navnet.")
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} er en fil, ikke en mappe.")
    return text
