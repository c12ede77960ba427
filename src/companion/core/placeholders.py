"""Fill %1, %2 … placeholders like QString::arg, without Qt (domain wording and the UI share it)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *args: object) -> str:
    """Fill %1, %2 … in one pass (a value containing "%2" stays as it is)."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(args[index]) if 0 <= index < len(args) else match.group(0)

    return _PLACEHOLDER.sub(one, template)
