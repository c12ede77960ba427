"""The search-gap and feedback aggregates behind *Innsikt*, shared with the team.

Raw search logs stay on the PC. Each desktop publishes daily counts instead, as one record per
desktop and kind whose fields are ``"<day>|<normalised query>"`` → ``[searches, zero hits,
nothing opened]`` (for feedback: ``"<day>|<article id>"`` → ``[yes, no]``). Only that desktop
writes its record, so last-writer-wins simply keeps its newest counts; every desktop then sums
all records in its clock (:mod:`companion.team.apply` stores them without materialising).
Queries were guarded for identity numbers before they were logged.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, text
from sqlmodel import Session, col, select

from companion.db.models import TeamClock, TeamState
from companion.team import capture
from companion.team.records import Kind, dumps

DESKTOP_STATE = "desktop_id"  # TeamState key (companion.team.sync.DESKTOP)
NAMESPACE = uuid.UUID("6f0c1d2e-7a41-4c3b-9a55-4f6f6c6765a1")
SEARCHES = text(
    """
    SELECT date(created_at) AS day, normalized, COUNT(*), SUM(hits = 0),
           SUM(hits > 0 AND opened_id = '')
    FROM searchlog WHERE created_at >= :since AND normalized != ''
    GROUP BY day, normalized
    """
)
VOTES = text(
    """
    SELECT date(created_at) AS day, article_id, SUM(helpful), SUM(NOT helpful)
    FROM feedback WHERE created_at >= :since
    GROUP BY day, article_id
    """
)


@dataclass(frozen=True)
class TeamQuery:
    normalized: str
    searches: int
    zero_hits: int
    nothing_opened: int


@dataclass(frozen=True)
class TeamVotes:
    article_id: str
    helpful: int
    not_helpful: int


def record_id(desktop: str, kind: Kind) -> str:
    """This desktop's aggregate record for `kind` (the same id every time)."""
    return str(uuid.uuid5(NAMESPACE, f"{desktop}|{kind}"))


def publish(s: Session, desktop: str, since: date) -> int:
    """Queue the counts from `since` that changed since they were last published."""
    conn = s.connection()
    count = 0
    for kind, query in ((Kind.SEARCH_STATS, SEARCHES), (Kind.FEEDBACK_STATS, VOTES)):
        record = record_id(desktop, kind)
        held = {
            row.field: row.value
            for row in s.exec(select(TeamClock).where(TeamClock.record == record))
        }
        changed: dict[str, Any] = {}
        for day, key, *numbers in conn.execute(query, {"since": since.isoformat()}):
            field = f"{day}|{key}"
            value = [int(n or 0) for n in numbers]
            if held.get(field) != dumps(value):
                changed[field] = value
        if changed:
            count += capture.write(conn, [((kind, record), changed)], [])
    return count


def _rows(
    conn: Connection, kind: Kind, start: date | None, end: date
) -> list[tuple[str, str, str]]:
    """(record, field, value) of `kind` between the days (`start` None: from the beginning)."""
    query = select(TeamClock.record, TeamClock.field, TeamClock.value).where(
        TeamClock.kind == str(kind),
        col(TeamClock.field) < (end + timedelta(days=1)).isoformat(),
    )
    if start is not None:
        query = query.where(col(TeamClock.field) >= start.isoformat())
    return [(str(r), str(f), str(v)) for r, f, v in conn.execute(query)]


def _fields(conn: Connection, kind: Kind, start: date, end: date) -> list[tuple[str, Any]]:
    rows = _rows(conn, kind, start, end)
    return [(str(field).partition("|")[2], json.loads(value)) for _, field, value in rows]


@dataclass(frozen=True)
class OtherDesktops:
    """Summed counts per key (query or article) of the *other* desktops, and how many sent any.

    This PC's own record is left out: its counts are read from the local log instead, which is
    newer than what it last published (so nothing is counted twice).
    """

    counts: dict[str, tuple[int, ...]]
    desktops: int


def own_desktop(s: Session) -> str:
    """This PC's desktop id for the team ("" before its first publish)."""
    row = s.get(TeamState, DESKTOP_STATE)
    return row.value if row else ""


def other_desktops(
    s: Session, kind: Kind, start: date | None, end: date, width: int
) -> OtherDesktops:
    """Sum the first `width` numbers of every other desktop's fields of `kind` in the days."""
    desktop = own_desktop(s)
    own = record_id(desktop, kind) if desktop else ""
    sums: dict[str, list[int]] = {}
    senders: set[str] = set()
    for record, field, value in _rows(s.connection(), kind, start, end):
        if record == own:
            continue
        senders.add(str(record))
        total = sums.setdefault(str(field).partition("|")[2], [0] * width)
        for i, n in enumerate(json.loads(value)[:width]):
            total[i] += int(n)
    return OtherDesktops({k: tuple(v) for k, v in sums.items()}, len(senders))


def team_queries(s: Session, start: date, end: date) -> list[TeamQuery]:
    """Searches of the whole team (all desktops) per normalised query, most searched first."""
    sums: dict[str, list[int]] = {}
    for key, value in _fields(s.connection(), Kind.SEARCH_STATS, start, end):
        total = sums.setdefault(key, [0, 0, 0])
        for i, n in enumerate(value[:3]):
            total[i] += int(n)
    rows = [TeamQuery(k, *v) for k, v in sums.items()]
    return sorted(rows, key=lambda r: (-r.searches, r.normalized))


def team_votes(s: Session, start: date, end: date) -> list[TeamVotes]:
    """ "Var dette nyttig?" answers of the whole team per article, most "nei" first."""
    sums: dict[str, list[int]] = {}
    for key, value in _fields(s.connection(), Kind.FEEDBACK_STATS, start, end):
        total = sums.setdefault(key, [0, 0])
        for i, n in enumerate(value[:2]):
            total[i] += int(n)
    rows = [TeamVotes(k, *v) for k, v in sums.items()]
    return sorted(rows, key=lambda r: (-r.not_helpful, r.article_id))
