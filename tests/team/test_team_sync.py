"""Team workspace against a real PostgreSQL: sharing, offline convergence, tenant isolation."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import func, select
from team_support import CHECKLIST, ITEM, ITEM2, Desktop, admin_count, person, tenant_engine

from companion.db.models import TeamConflict, TeamOutbox
from companion.team.config import TeamUnreachable
from companion.training.types import PersonRecord, Stage
from support.pg_server import PGServer


def record_of(desk: Desktop, uid: str) -> PersonRecord:
    training = desk.training
    return training.overview.person_record(training.people.by_uid(uid).id, with_history=True)


def item(record: PersonRecord, item_id: str) -> tuple[object, ...]:
    state = next(i for c in record.checklists for i in c.items if i.item_id == item_id)
    return (
        state.shown_by, state.shown_on, state.shown_pc,
        state.practised_by, state.practised_on,
        state.approved_by, state.approved_on, state.approved_pc,
        state.note,
    )  # fmt: skip


def test_a_records_and_c_sees_it_with_who_and_which_pc(
    desktops: Callable[..., Desktop],
) -> None:
    a, c = desktops("PC-A"), desktops("PC-C")
    kari = a.training.people.add(person())
    a.training.signoff.mark(kari.id, CHECKLIST, ITEM, Stage.APPROVED, "Siri Lund")
    a.training.signoff.set_note(kari.id, CHECKLIST, ITEM, "Øvde to ganger")
    lund = a.training.coverage.add_superuser("Siri Lund", "Avd 3")
    a.training.coverage.set_holiday(lund.id, 2026, 28, True)
    a.context.insights.create_proposal("Kortere vei til legemiddelkurven")

    assert a.sync().pushed >= 5
    assert c.sync().pulled >= 5

    seen = record_of(c, kari.uid)
    assert seen.person.name == "Kari Nordmann"
    assert item(seen, ITEM)[5:] == ("Siri Lund", date.today(), "PC-A", "Øvde to ganger")
    assert [m.machine for m in seen.history] == ["PC-A"]
    weeks = c.training.coverage.superusers(2026)[0].holiday_weeks
    assert weeks == frozenset({28})
    assert [p.title for p in c.context.insights.proposals()] == ["Kortere vei til legemiddelkurven"]


def test_edits_made_while_the_server_is_down_converge(
    desktops: Callable[..., Desktop], team_server: PGServer
) -> None:
    a, c = desktops("PC-A"), desktops("PC-C")
    kari = a.training.people.add(person())
    a.sync()
    c.sync()
    on_c = c.training.people.by_uid(kari.uid)

    team_server.stop()
    try:
        # A: renames and records øvd, then approves and undoes the approval.
        a.training.people.update(kari.id, name="Kari Nordmann Berg", contact="a@kommune.no")
        a.training.signoff.mark(kari.id, CHECKLIST, ITEM, Stage.PRACTISED, "Per Hansen")
        a.training.signoff.mark(kari.id, CHECKLIST, ITEM2, Stage.APPROVED, "Per Hansen")
        a.training.signoff.undo_last(kari.id)
        # C: moves her to another unit, approves the same item, writes the same field later.
        c.training.people.update(on_c.id, unit="Avd 5")
        c.training.signoff.mark(on_c.id, CHECKLIST, ITEM, Stage.APPROVED, "Siri Lund")
        c.training.people.update(on_c.id, contact="c@kommune.no")
        for desk in (a, c):
            with pytest.raises(TeamUnreachable):
                desk.sync()
            with desk.context.database.session() as s:
                assert s.exec(select(func.count()).select_from(TeamOutbox)).one() > 0
    finally:
        team_server.start()

    a.sync()
    c.sync()
    a.sync()
    left, right = record_of(a, kari.uid), record_of(c, kari.uid)
    assert left.person.name == right.person.name == "Kari Nordmann Berg"  # per field: A's name
    assert left.person.unit == right.person.unit == "Avd 5"  # ... and C's unit
    assert left.person.contact == right.person.contact == "c@kommune.no"  # newest write wins
    assert item(left, ITEM) == item(right, ITEM)
    assert item(left, ITEM)[3] == "Per Hansen" and item(left, ITEM)[5] == "Siri Lund"
    assert item(left, ITEM2) == item(right, ITEM2) and item(left, ITEM2)[6] is None  # undone
    with a.context.database.session() as s:  # A's losing contact is kept, not discarded
        lost = s.exec(select(TeamConflict).where(TeamConflict.field == "contact")).all()
    assert [row.value for row in lost] == ['"a@kommune.no"']


def test_a_second_tenant_sees_nothing_not_even_with_plain_sql(
    desktops: Callable[..., Desktop], team_server: PGServer, tenant: str
) -> None:
    from team_support import new_tenant

    other = new_tenant(team_server)
    a = desktops("PC-A")
    a.training.people.add(person())
    a.sync()
    b = desktops("PC-B", other)
    assert b.sync().pulled == 0
    assert b.training.people.all() == []

    mine, theirs = tenant_engine(team_server, tenant), tenant_engine(team_server, other)
    try:
        with mine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM team_change")).scalar_one() > 0
        with theirs.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM team_change")).scalar_one() == 0
            assert (
                conn.execute(
                    text("SELECT count(*) FROM team_change WHERE tenant = :t"), {"t": tenant}
                ).scalar_one()
                == 0
            )
        with pytest.raises(DBAPIError, match="row-level security"), theirs.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO team_change (id, tenant, kind, record, payload) VALUES "
                    "(gen_random_uuid(), :t, 'trainee', gen_random_uuid(), '{}')"
                ),
                {"t": tenant},
            )
        with pytest.raises(DBAPIError, match="permission denied"), mine.begin() as conn:
            conn.execute(text("DELETE FROM team_change"))  # history is append-only
    finally:
        mine.dispose()
        theirs.dispose()
    assert admin_count(team_server, other) == (0, 0)


def test_search_gaps_and_feedback_are_shared_as_counts_only(
    desktops: Callable[..., Desktop], capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import timedelta

    from companion.db.models import Feedback, SearchLog
    from companion.team.aggregates import team_queries, team_votes

    a, c = desktops("PC-A"), desktops("PC-C")
    for desk, zero_hits in ((a, 3), (c, 2)):
        with desk.context.database.session() as s:
            for _ in range(zero_hits):
                s.add(SearchLog(query="Rover bytte pasient", normalized="rover bytt pasient"))
            s.add(SearchLog(query="Smartkort", normalized="smartkort", hits=4, opened_id="x"))
            s.add(Feedback(article_id="kb-rover", helpful=False, comment="fant ikke"))
    a.sync()
    c.sync()
    a.sync()
    today = date.today()
    for desk in (a, c):
        with desk.context.database.session() as s:
            queries = team_queries(s, today - timedelta(days=1), today)
            votes = team_votes(s, today - timedelta(days=1), today)
        assert [(q.normalized, q.searches, q.zero_hits) for q in queries] == [
            ("rover bytt pasient", 5, 5),
            ("smartkort", 2, 0),
        ]
        assert [(v.article_id, v.helpful, v.not_helpful) for v in votes] == [("kb-rover", 0, 2)]
    # Republishing after more searches replaces this desktop's counts; nothing is counted twice.
    with a.context.database.session() as s:
        s.add(SearchLog(query="Smartkort", normalized="smartkort", hits=4, opened_id="x"))
    a.sync()
    c.sync()
    with c.context.database.session() as s:
        counts = {q.normalized: q.searches for q in team_queries(s, today, today)}
    assert counts == {"rover bytt pasient": 5, "smartkort": 3}
    from companion.cli.main import main

    home = str(c.context.paths.home)
    assert main(["team", "gaps", "--json", "--days", "2", "--home", home]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["zero_hits"][0] == {
        "normalized": "rover bytt pasient",
        "searches": 5,
        "zero_hits": 5,
        "nothing_opened": 0,
    }
