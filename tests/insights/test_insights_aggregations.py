"""Aggregations with known numbers: what the meeting sees must be exactly right."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from companion.insights import queries as q
from companion.insights.period import Period
from companion.insights.service import InsightsService

from .helpers import coaching, feedback, search, ticket

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
SPRING = Period(date(2026, 2, 1), date(2026, 5, 31))


def test_empty_database_gives_an_empty_dashboard(service: InsightsService) -> None:
    board = service.dashboard(SPRING, today=date(2026, 6, 1))
    assert board.is_empty
    assert board.gaps.top == () and board.response.overall.sent == 0
    assert board.trends.deviations.by_month() == [0, 0, 0, 0]
    assert board.response.overall.median_reply is None


def test_knowledge_gaps_with_known_numbers(
    service: InsightsService, con: sqlite3.Connection
) -> None:
    for _ in range(3):
        search(con, "Rover logger ut", "2026-03-10 12:00", hits=5, normalized="rover logger ut")
    search(
        con,
        "rover logger ut",
        "2026-03-11 12:00",
        hits=5,
        opened="rover-logger-ut",
        normalized="rover logger ut",
    )
    search(con, "vaksine", "2026-03-12 12:00", hits=0)
    search(con, "vaksine", "2026-03-12 12:10", hits=0)
    search(con, "Vaksine ", "2026-04-12 12:00", hits=0, normalized="vaksine")  # outside March
    search(con, "insulin", "2026-03-13 12:00", hits=4, opened="insulin-registrering")
    ticket(con, "2026-03-12 12:25")  # 15 and 25 minutes after the two vaksine searches
    ticket(con, "2026-03-11 14:30")  # two hours after the rover search: not counted
    feedback(con, "bryt-glasset", False, "2026-03-05 12:00", "Steg 2 er feil")
    feedback(con, "bryt-glasset", False, "2026-03-06 12:00")
    feedback(con, "bryt-glasset", True, "2026-03-07 12:00")
    feedback(con, "insulin-registrering", True, "2026-03-07 12:00")
    feedback(con, "insulin-registrering", False, "2026-02-07 12:00")  # outside March
    con.commit()

    gaps = service.gaps(MARCH, today=date(2026, 4, 1))

    assert (gaps.total_searches, gaps.zero_hit_searches) == (7, 2)
    assert [(s.normalized, s.searches, s.zero_hits, s.no_open) for s in gaps.top] == [
        ("rover logger ut", 4, 0, 3),
        ("vaksine", 2, 2, 0),
        ("insulin", 1, 0, 0),
    ]
    assert [(s.normalized, s.poor) for s in gaps.poor] == [("rover logger ut", 3), ("vaksine", 2)]
    assert gaps.top[1].label == "Vaksine "  # the newest way it was typed (at any time)
    assert [(b.normalized, b.tickets) for b in gaps.before_ticket] == [("vaksine", 1)]
    assert len(gaps.unhelpful) == 1
    votes = gaps.unhelpful[0]
    assert (votes.article_id, votes.no, votes.yes, votes.comments) == (
        "bryt-glasset",
        2,
        1,
        ("Steg 2 er feil",),
    )
    assert votes.title != "bryt-glasset"  # title from the library


def test_overdue_content_comes_from_review_by(service: InsightsService) -> None:
    assert service.gaps(MARCH, today=date(2026, 4, 1)).overdue == ()
    overdue = service.gaps(MARCH, today=date(2099, 1, 1)).overdue
    assert overdue and all(o.days_overdue > 0 for o in overdue)
    assert [o.review_by for o in overdue] == sorted(o.review_by for o in overdue)


def test_trends_per_month_and_category(
    service: InsightsService, con: sqlite3.Connection, tmp_path: Path
) -> None:
    for day, category in [
        ("2026-02-10", "rover"),
        ("2026-03-03", "rover"),
        ("2026-03-04", "legemiddel"),
        ("2026-03-05", "legemiddel"),
        ("2026-05-31", "annet"),
    ]:
        ticket(con, f"{day} 12:00", category=category)
    ticket(con, "2026-06-01 12:00")  # after the period
    coaching(con, "bryt-glasset", "2026-04-01 12:00", outcome="eskalert", minutes=20)
    coaching(con, "bryt-glasset", "2026-04-02 12:00", minutes=10)
    coaching(con, "insulin-registrering", "2026-04-03 12:00", outcome="oppfølging", minutes=15)
    coaching(con, "", "2026-04-04 12:00", topic="Kurve  på natt")
    con.commit()

    trends = service.trends(SPRING)

    assert trends.tickets.months == ("2026-02", "2026-03", "2026-04", "2026-05")
    assert trends.tickets.by_month() == [1, 3, 0, 1]
    assert trends.tickets.by_category() == [("legemiddel", 2), ("rover", 2), ("annet", 1)]
    assert trends.tickets.counts[("2026-03", "legemiddel")] == 2
    assert trends.coaching.by_month() == [0, 0, 4, 0]
    assert dict(trends.coaching.by_category()) == {"personvern": 2, "legemiddel": 1, "annet": 1}
    top = trends.coached_topics
    assert [(t.guide_id, t.sessions, t.minutes, t.escalated, t.follow_up) for t in top[:2]] == [
        ("bryt-glasset", 2, 30, 1, 0),
        ("insulin-registrering", 1, 15, 0, 1),
    ]
    assert top[2].title == "Kurve på natt"


def test_avvik_per_month_from_an_imported_export(service: InsightsService, tmp_path: Path) -> None:
    rows = ["Dato;Kategori;Enhet"]
    for month, count in ((2, 1), (3, 20), (4, 56), (5, 7)):
        rows += [
            f"{day % 28 + 1:02d}.{month:02d}.2026;Legemiddelhåndtering;Avd 1"
            for day in range(count)
        ]
    export = tmp_path / "avvik.csv"
    export.write_text("\n".join(rows), encoding="utf-8")

    result = service.import_deviations(export, today=date(2026, 6, 1))

    assert (result.added, result.errors) == (84, ())
    series = service.trends(SPRING).deviations
    assert series.by_month() == [1, 20, 56, 7]
    assert series.by_category() == [("legemiddel", 84)]  # suggested mapping


def test_support_response_median_and_p90(service: InsightsService, con: sqlite3.Connection) -> None:
    # Sent in March; first reply after 1, 2, 3 and 4 days; two resolved after 2 and 10 days.
    ticket(
        con,
        "2026-03-02 11:00",
        sent="2026-03-02 12:00",
        reply="2026-03-03 12:00",
        resolved="2026-03-04 12:00",
        state="løst",
    )
    ticket(
        con,
        "2026-03-02 11:00",
        sent="2026-03-02 12:00",
        reply="2026-03-04 12:00",
        resolved="2026-03-12 12:00",
        state="løst",
    )
    ticket(
        con,
        "2026-03-02 11:00",
        category="legemiddel",
        sent="2026-03-02 12:00",
        reply="2026-03-05 12:00",
        state="besvart",
    )
    ticket(
        con,
        "2026-03-02 11:00",
        category="legemiddel",
        sent="2026-03-02 12:00",
        reply="2026-03-06 12:00",
        state="besvart",
    )
    ticket(
        con,
        "2026-03-20 11:00",
        category="legemiddel",
        subject="Ingen svar ennå",
        sent="2026-03-20 12:00",
    )
    ticket(con, "2026-03-20 11:00", state="i_kø")  # never sent: not part of response times
    con.commit()

    response = service.response(MARCH, now=datetime(2026, 3, 30, 12, tzinfo=UTC))

    overall = response.overall
    assert (overall.sent, overall.replied, overall.resolved) == (5, 4, 2)
    assert overall.median_reply == pytest.approx(2.5)
    assert overall.p90_reply == pytest.approx(3.7)
    assert overall.median_resolve == pytest.approx(6.0)
    assert overall.p90_resolve == pytest.approx(9.2)
    assert [(r.key, r.sent) for r in response.by_category] == [("legemiddel", 3), ("rover", 2)]
    assert response.by_category[0].median_reply == pytest.approx(3.5)
    assert [r.key for r in response.by_month] == ["2026-03"]
    assert {r.key for r in response.by_month_category} == {"2026-03/rover", "2026-03/legemiddel"}
    slow = response.slow
    assert slow[0].subject == "Ingen svar ennå" and slow[0].days_to_reply is None
    assert slow[0].days_waiting == pytest.approx(10.0)
    assert [s.days_waiting for s in slow[1:]] == [4.0, 3.0, 2.0, 1.0]


def test_every_period_query_uses_an_index(service: InsightsService, context: object) -> None:
    db = context.paths.database  # type: ignore[attr-defined]
    con = sqlite3.connect(db)
    try:
        for name, sql in q.PERIOD_QUERIES.items():
            plan = con.execute("EXPLAIN QUERY PLAN " + sql, q.SAMPLE_PARAMS).fetchall()
            assert plan, name
            assert q.plan_problems(plan) == [], name
    finally:
        con.close()


def test_plan_check_catches_a_full_table_scan(service: InsightsService, context: object) -> None:
    context.prepare_database()  # type: ignore[attr-defined]
    con = sqlite3.connect(context.paths.database)  # type: ignore[attr-defined]
    try:
        plan = con.execute("EXPLAIN QUERY PLAN SELECT * FROM ticket WHERE subject = 'x'").fetchall()
        assert q.plan_problems(plan) == ["SCAN ticket"]
    finally:
        con.close()
