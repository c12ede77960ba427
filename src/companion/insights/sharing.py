"""Aggregates to share with other municipalities: counts and gap queries, never people.

What goes out: counts per measure, month and category (saker, veiledning, avvik), response
time figures per month and category, and normalised search queries that found nothing or
nothing useful - only those searched at least :data:`MIN_QUERY_COUNT` times (a one-off query
could be someone's name), that pass the identity-number guard again and hold no run of five or
more digits. What never goes out:
names (coach, coached person, reporter), ticket subjects or texts, comments, units.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from companion import __version__
from companion.core.csvio import write_csv
from companion.core.idguard import find_identity_numbers
from companion.insights.model import Dashboard, MonthlyCounts, ResponseRow

FORMAT = "folgesvenn-innsikt/1"
MIN_QUERY_COUNT = 3
UNMAPPED = "ikke-koblet"
LONG_NUMBER = re.compile(r"\d{5,}")  # phone, employee or case numbers stay home


def shared_gap_queries(
    dashboard: Dashboard, min_count: int = MIN_QUERY_COUNT
) -> list[dict[str, Any]]:
    out = []
    for stat in dashboard.gaps.poor:
        query = stat.normalized
        if stat.searches < min_count or find_identity_numbers(query) or LONG_NUMBER.search(query):
            continue
        out.append(
            {
                "query": query,
                "searches": stat.searches,
                "zero_hits": stat.zero_hits,
                "no_open": stat.no_open,
            }
        )
    return out


def _counts(series: MonthlyCounts) -> list[dict[str, Any]]:
    return [
        {"measure": series.name, "month": month, "category": category or UNMAPPED, "count": n}
        for (month, category), n in sorted(series.counts.items())
    ]


def _response(row: ResponseRow) -> dict[str, Any]:
    month, _, category = row.key.partition("/")
    return {
        "month": month,
        "category": category,
        "sent": row.sent,
        "replied": row.replied,
        "median_reply_days": _round(row.median_reply),
        "p90_reply_days": _round(row.p90_reply),
        "resolved": row.resolved,
        "median_resolve_days": _round(row.median_resolve),
        "p90_resolve_days": _round(row.p90_resolve),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def shared_aggregates(dashboard: Dashboard, today: date | None = None) -> dict[str, Any]:
    """The whole shareable document (what both the JSON and the CSV contain)."""
    trends = dashboard.trends
    return {
        "format": FORMAT,
        "app_version": __version__,
        "created": (today or date.today()).isoformat(),
        "period": {
            "from": dashboard.period.start.isoformat(),
            "to": dashboard.period.end.isoformat(),
        },
        "counts": _counts(trends.tickets) + _counts(trends.coaching) + _counts(trends.deviations),
        "response": [_response(row) for row in dashboard.response.by_month_category],
        "gap_queries": shared_gap_queries(dashboard),
        "note": (
            "Kun tall per måned og kategori og søk uten gode treff (minst "
            f"{MIN_QUERY_COUNT} søk). Ingen navn, ingen sakstekster, ingen kommentarer."
        ),
    }


def write_shared(dashboard: Dashboard, path: Path, fmt: str | None = None) -> str:
    """Write JSON or CSV (chosen by ``fmt`` or the file suffix); returns the format used."""
    chosen = (fmt or path.suffix.lstrip(".") or "json").lower()
    data = shared_aggregates(dashboard)
    path.parent.mkdir(parents=True, exist_ok=True)
    if chosen == "json":
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return "json"
    if chosen != "csv":
        raise ValueError(f"Ukjent format «{chosen}». Bruk csv eller json.")
    write_csv(path, ["del", "måned", "kategori", "søk", "mål", "verdi"], _csv_rows(data))
    return "csv"


def _csv_rows(data: dict[str, Any]) -> Iterator[list[object]]:
    for row in data["counts"]:
        yield [row["measure"], row["month"], row["category"], "", "antall", row["count"]]
    for row in data["response"]:
        for measure in (
            "sent",
            "median_reply_days",
            "p90_reply_days",
            "median_resolve_days",
            "p90_resolve_days",
        ):
            yield ["svartid", row["month"], row["category"], "", measure, _decimal(row[measure])]
    for row in data["gap_queries"]:
        for measure in ("searches", "zero_hits", "no_open"):
            yield ["kunnskapshull", "", "", row["query"], measure, row[measure]]


def _decimal(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(value).replace(".", ",")
