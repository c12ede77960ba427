"""Small statistics with exactly defined results, so tests and the meeting agree on numbers."""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """Percentile by linear interpolation between closest ranks (same as Excel's PERCENTILE.INC).

    ``fraction`` is 0..1; returns ``None`` for no values. Median is ``percentile(v, 0.5)``.
    Chosen because superusers check the figures in a spreadsheet.
    """
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = math.ceil(position)
    if low == high:
        return float(ordered[low])
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float | None:
    return percentile(values, 0.5)


def days_between(start: str, end: str) -> float:
    """Days from one stored timestamp text to another (``YYYY-MM-DD HH:MM:SS[.ffffff]``)."""
    from datetime import datetime

    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() / 86400.0


def format_days(value: float | None) -> str:
    """``1.25`` → ``1,3 d``; ``None`` → ``–`` (Norwegian decimal comma)."""
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",") + " d"
