"""Innsikt for the whole team: this PC's local counts plus the other PCs' pulled aggregates.

No server here: the pulled aggregates are written into the clock as `apply` stores them. The
real two-desktop round trip is in tests/team/test_team_insights.py.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

from tests.content.conftest import MISTAKE, write
from tests.content.test_governance import APPROVED

from companion.app import AppContext
from companion.content.layers import load_merged
from companion.insights.period import Period
from companion.insights.scope import Scope, combine
from companion.insights.service import InsightsService
from companion.team.aggregates import DESKTOP_STATE, record_id
from companion.team.records import Kind

from .helpers import feedback, search

PERIOD = Period(date(2026, 3, 1), date(2026, 3, 31))
OWN, OTHER, THIRD = "desk-own", "desk-other", "desk-third"


def test_combine_adds_key_by_key_and_keeps_local_only_and_team_only_keys() -> None:
    local = [("rover", (3, 3, 0)), ("smartkort", (1, 0, 1))]
    others = {"rover": (2, 1, 0), "vaktbytte": (4, 4, 0)}
    assert combine(local, others) == {
        "rover": [5, 4, 0],
        "smartkort": [1, 0, 1],
        "vaktbytte": [4, 4, 0],
    }
    assert combine(local, {}) == {"rover": [3, 3, 0], "smartkort": [1, 0, 1]}


def _clock(con: sqlite3.Connection, desktop: str, kind: Kind, fields: dict[str, list[int]]) -> None:
    for name, value in fields.items():
        con.execute(
            "INSERT INTO teamclock (record, field, kind, value, stamp) VALUES (?,?,?,?,?)",
            (record_id(desktop, kind), name, str(kind), json.dumps(value), "2026-03-10|x"),
        )


def seed_team(con: sqlite3.Connection) -> None:
    """This PC: 3 zero-hit «rover» searches (2 already published), «Nei» ×1 on kb-a.

    Other PCs: 2 + 1 zero-hit «rover», one «vaktbytte» (outside the period for one of them),
    «Nei» ×2 on kb-a.
    """
    con.execute("INSERT INTO teamstate (key, value) VALUES (?, ?)", (DESKTOP_STATE, OWN))
    for day in ("2026-03-05 12:00", "2026-03-06 12:00", "2026-03-07 12:00"):
        search(con, "Rover", day, hits=0, normalized="rover")
    feedback(con, "kb-a", False, "2026-03-05 12:00")
    # This PC's own published (older) record must not be added on top of the local log.
    _clock(con, OWN, Kind.SEARCH_STATS, {"2026-03-05|rover": [2, 2, 0]})
    _clock(con, OWN, Kind.FEEDBACK_STATS, {"2026-03-05|kb-a": [0, 1]})
    _clock(con, OTHER, Kind.SEARCH_STATS, {"2026-03-05|rover": [2, 2, 0]})
    _clock(con, OTHER, Kind.FEEDBACK_STATS, {"2026-03-05|kb-a": [1, 2]})
    _clock(
        con,
        THIRD,
        Kind.SEARCH_STATS,
        {"2026-03-09|rover": [1, 1, 0], "2026-03-10|vaktbytte": [1, 1, 0]},
    )
    _clock(con, THIRD, Kind.SEARCH_STATS, {"2026-04-02|vaktbytte": [5, 5, 0]})
    con.commit()


def test_team_gaps_add_other_pcs_without_counting_this_pc_twice(
    context: AppContext, con: sqlite3.Connection
) -> None:
    seed_team(con)
    service = InsightsService(context.database, None, team=True)
    assert service.default_scope is Scope.TEAM
    team = service.gaps(PERIOD)
    assert (team.scope, team.pcs) == (Scope.TEAM, 3)
    assert [(s.normalized, s.searches, s.zero_hits) for s in team.top] == [
        ("rover", 6, 6),
        ("vaktbytte", 1, 1),
    ]
    assert (team.total_searches, team.zero_hit_searches) == (7, 7)
    assert [(v.article_id, v.no, v.yes) for v in team.unhelpful] == [("kb-a", 3, 1)]
    local = service.gaps(PERIOD, scope=Scope.LOCAL)
    assert (local.scope, local.pcs) == (Scope.LOCAL, 1)
    assert [(s.normalized, s.searches) for s in local.top] == [("rover", 3)]
    assert [(v.article_id, v.no, v.yes) for v in local.unhelpful] == [("kb-a", 1, 0)]


def test_without_team_config_nothing_changes(context: AppContext, con: sqlite3.Connection) -> None:
    seed_team(con)
    service = InsightsService(context.database, None)
    assert service.default_scope is Scope.LOCAL
    gaps = service.gaps(PERIOD)
    assert (gaps.scope, gaps.pcs) == (Scope.LOCAL, 1)
    assert [(s.normalized, s.searches) for s in gaps.top] == [("rover", 3)]
    assert context.insights.default_scope is Scope.LOCAL  # no [team] url in the test home


def test_review_list_uses_the_teams_all_time_votes(
    context: AppContext, con: sqlite3.Connection, tmp_path: Path
) -> None:
    seed_team(con)
    _clock(con, THIRD, Kind.FEEDBACK_STATS, {"2025-01-02|kb-b": [0, 4]})
    con.commit()
    root = tmp_path / "c"
    write(root, "kb/a.md", APPROVED.format(id="kb-a", title="A", review="2099-01-01"))
    write(root, "kb/b.md", APPROVED.format(id="kb-b", title="B", review="2099-01-01"))
    write(root, "kb/c.md", MISTAKE.format(id="kb-c", title="Utkast C"))
    service = InsightsService(context.database, load_merged(root, None), team=True)
    items = service.review_queue(today=date(2026, 3, 20))
    assert [(i.article_id, i.no, i.yes) for i in items] == [
        ("kb-b", 4, 0),
        ("kb-a", 3, 1),
        ("kb-c", 0, 0),
    ]
    assert service.review_pcs() == 3
    local = service.review_queue(today=date(2026, 3, 20), scope=Scope.LOCAL)
    assert [(i.article_id, i.no) for i in local] == [("kb-a", 1), ("kb-c", 0)]
    assert service.review_pcs(Scope.LOCAL) == 1
