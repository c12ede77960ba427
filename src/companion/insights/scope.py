"""Whose figures Innsikt shows: this PC's own, or the whole team's (issue #14).

With a team, every desktop publishes daily search-gap and feedback counts (never raw search
logs, :mod:`companion.team.aggregates`). The team view adds the *other* desktops' pulled counts
to this PC's local ones. This PC's own published record is skipped: the local log is newer than
what was last published, and counting both would count this PC twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import chain

from sqlmodel import Session

from companion.team.aggregates import other_desktops
from companion.team.records import Kind

Counts = Mapping[str, tuple[int, ...]]


class Scope(StrEnum):
    TEAM = "team"
    LOCAL = "local"


@dataclass(frozen=True)
class TeamExtras:
    """The other desktops' counts to add to the local ones, and how many PCs are covered.

    `searches`: normalised query → (searches, zero hits, nothing opened);
    `votes`: article id → («Nei», «Ja») - the order the local queries use.
    """

    scope: Scope = Scope.LOCAL
    pcs: int = 1
    searches: Counts = field(default_factory=dict)
    votes: Counts = field(default_factory=dict)


LOCAL_ONLY = TeamExtras()


def combine(local: Iterable[tuple[str, tuple[int, ...]]], others: Counts) -> dict[str, list[int]]:
    """Add the other desktops' counts to the local counts, key by key (nothing counted twice)."""
    total: dict[str, list[int]] = {}
    for key, numbers in chain(local, others.items()):
        bucket = total.setdefault(key, [0] * len(numbers))
        for i, n in enumerate(numbers):
            bucket[i] += n
    return total


def team_extras(s: Session, start: date | None, end: date) -> TeamExtras:
    """The other desktops' counts for the days (`start` None: all time, as the review list)."""
    searches = other_desktops(s, Kind.SEARCH_STATS, start, end, 3)
    votes = other_desktops(s, Kind.FEEDBACK_STATS, start, end, 2)
    return TeamExtras(
        Scope.TEAM,
        1 + max(searches.desktops, votes.desktops),
        searches.counts,
        {article: (v[1], v[0]) for article, v in votes.counts.items()},  # team: (ja, nei)
    )
