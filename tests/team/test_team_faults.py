"""Team sync under faults: a sync killed with SIGKILL, writers that commit late, no config."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import func, select
from team_support import CHECKLIST, ITEM, PASSWORD, Desktop, admin_count, person, tenant_engine

from companion.db.models import CoachingSession, TeamClock, TeamOutbox
from companion.team.transport import START, Change, pull, push
from companion.training.types import Stage
from support.pg_server import PGServer

ENTRIES = 2000


def _outbox(desk: Desktop) -> int:
    with desk.context.database.session() as s:
        return int(s.exec(select(func.count()).select_from(TeamOutbox)).one())


def test_a_sync_killed_midway_loses_and_doubles_nothing(
    desktops: Callable[..., Desktop], team_server: PGServer, tenant: str
) -> None:
    a = desktops("PC-A")
    with a.context.database.session() as s:  # one local transaction, ENTRIES outbox rows
        for n in range(ENTRIES):
            s.add(CoachingSession(guide_id="", coached_person=f"Ansatt {n}", topic="Rover"))
    assert _outbox(a) == ENTRIES
    env = dict(
        os.environ,
        COMPANION_HOME=str(a.context.paths.home),
        COMPANION_TEAM_URL=team_server.url_for(tenant),
        COMPANION_TEAM_PASSWORD=PASSWORD,
    )
    command = [sys.executable, "-m", "companion", "team", "sync", "--json"]
    partial_seen = False
    for delay in (1.0, 1.4, 1.8, 2.2, 2.6, 3.0):
        proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        rows, distinct = admin_count(team_server, tenant)
        assert rows == distinct, "a change is on the server twice"
        assert rows + _outbox(a) >= ENTRIES, "a change is neither pushed nor pending"
        # Killed after the push began: in the push (some chunks on the server) or in the pull.
        partial_seen |= proc.returncode == -signal.SIGKILL and rows > 0
        if proc.returncode == 0 or rows >= ENTRIES:
            break
    finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    assert _outbox(a) == 0
    assert admin_count(team_server, tenant)[0] == ENTRIES  # the seed skipped captured rows

    c = desktops("PC-C")
    assert c.sync().pulled == ENTRIES
    c.sync()
    with c.context.database.session() as s:
        people = list(s.exec(select(CoachingSession.coached_person)))
    assert sorted(people) == sorted(f"Ansatt {n}" for n in range(ENTRIES))
    if not partial_seen:
        pytest.xfail("no kill landed inside a running sync on this machine (timing)")


def _change(payload: str = "{}") -> Change:
    return Change(str(uuid.uuid4()), "trainee", str(uuid.uuid4()), payload)


def test_a_writer_that_commits_late_is_not_skipped_by_the_cursor(
    team_server: PGServer, tenant: str
) -> None:
    engine = tenant_engine(team_server, tenant)
    try:
        slow, fast = _change(), _change()
        with engine.connect() as slow_conn:
            slow_tx = slow_conn.begin()
            push(slow_conn, [slow])  # takes its xid and seq first, commits last
            with engine.begin() as conn:
                push(conn, [fast])
            with engine.connect() as conn:
                early = pull(conn.execution_options(isolation_level="AUTOCOMMIT"), START)
                naive = conn.execute(text("SELECT id::text, seq FROM team_change")).all()
            slow_tx.commit()
        # The trap: a reader going by seq alone would now hold "last = fast's seq" and never
        # see `slow`, whose smaller seq commits after. Ours waits for the older transaction.
        assert [row[0] for row in naive] == [fast.id]
        assert early.changes == ()
        with engine.connect() as conn:
            later = pull(conn.execution_options(isolation_level="AUTOCOMMIT"), early.cursor)
        assert [c.id for c in later.changes] == [slow.id, fast.id]
    finally:
        engine.dispose()


def test_concurrent_writers_sleeping_in_their_transactions_miss_nothing(
    team_server: PGServer, tenant: str
) -> None:
    engine = tenant_engine(team_server, tenant)
    written: list[str] = []
    lock = threading.Lock()
    rng = random.Random(7)
    sleeps = [[rng.uniform(0, 0.15) for _ in range(8)] for _ in range(6)]

    def writer(pauses: list[float]) -> None:
        for pause in pauses:
            change = _change()
            with engine.begin() as conn:
                push(conn, [change])
                time.sleep(pause)  # still inside the transaction
            with lock:
                written.append(change.id)

    threads = [threading.Thread(target=writer, args=(p,)) for p in sleeps]
    for thread in threads:
        thread.start()
    seen: list[str] = []
    cursor = START
    with engine.connect() as conn:
        reader = conn.execution_options(isolation_level="AUTOCOMMIT")
        while any(t.is_alive() for t in threads):
            page = pull(reader, cursor)
            seen += [c.id for c in page.changes]
            cursor = page.cursor
        for thread in threads:
            thread.join()
        page = pull(reader, cursor)
        seen += [c.id for c in page.changes]
    engine.dispose()
    assert len(seen) == len(set(seen)), "a change was delivered twice"
    assert sorted(seen) == sorted(written) and len(written) == 48


def test_without_team_settings_nothing_changes(context: object) -> None:
    from companion.app import AppContext

    assert isinstance(context, AppContext)
    assert not context.team_configured
    assert context.database.session_hooks == []  # no outbox hook at all
    kari = context.training.people.add(person())
    mark = context.training.signoff.mark(kari.id, CHECKLIST, ITEM, Stage.SHOWN, "Siri")
    assert mark.machine == ""  # no "på PC …" without a team
    with context.database.session() as s:
        assert s.exec(select(func.count()).select_from(TeamOutbox)).one() == 0
        assert s.exec(select(func.count()).select_from(TeamClock)).one() == 0


def test_cli_status_and_sync_explain_what_is_wrong(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.cli.main import main

    assert main(["team", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "configured": False,
        "pending": 0,
        "last_sync": None,
    }
    assert main(["team", "sync"]) == 2
    assert "ikke satt opp" in capsys.readouterr().err
    monkeypatch.setenv("COMPANION_TEAM_URL", "postgresql://kommune:hemmelig@127.0.0.1/x")
    assert main(["team", "sync"]) == 2
    assert "inneholder et passord" in capsys.readouterr().err
    monkeypatch.setenv("COMPANION_TEAM_URL", "postgresql://kommune@127.0.0.1:1/x")
    assert main(["team", "sync"]) == 2
    assert "Mangler passord" in capsys.readouterr().err
    monkeypatch.setenv("COMPANION_TEAM_PASSWORD", "pw")
    assert main(["team", "sync", "--json"]) == 4
    assert "Får ikke kontakt" in capsys.readouterr().err
