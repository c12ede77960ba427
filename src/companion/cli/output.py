"""Shared output helpers for subcommands: JSON and plain tables."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from typing import Any

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x7f-\x9f]")


def print_json(data: Any) -> None:
    """JSON to stdout, UTF-8, non-ASCII kept readable."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)  # escapes C0 itself
    sys.stdout.write(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


def terminal_safe(text: str) -> str:
    """`text` with control characters (ESC, other C0/C1, DEL) shown as ``\\xNN``, not obeyed.

    Stored text from outside (desk replies, imports) must not move the cursor, recolour or
    retitle the user's terminal. Newlines and tabs stay.
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 60) -> None:
    """A readable fixed-width table; long cells are shortened with an ellipsis."""
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=False)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip())


def _cell(value: Any, max_width: int) -> str:
    text = "" if value is None else terminal_safe(str(value).replace("\n", " "))
    return text if len(text) <= max_width else text[: max_width - 1] + "…"
