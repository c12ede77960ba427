"""Many processes starting at once on a fresh home: the schema is made once, nobody fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from companion.core.filelock import FileLock

STARTS = 20


def test_twenty_concurrent_commands_on_a_fresh_home_all_succeed(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    env = {**os.environ, "COMPANION_HOME": str(home)}
    command = [sys.executable, "-m", "companion", "insights", "proposals", "list", "--json"]
    procs = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(STARTS)
    ]
    results = [(p.wait(timeout=300), p.stderr.read().decode() if p.stderr else "") for p in procs]
    for p in procs:
        for stream in (p.stdout, p.stderr):
            if stream:
                stream.close()
    failed = [(code, err) for code, err in results if code != 0]
    assert not failed, f"{len(failed)}/{STARTS} failed: {failed[0][1][-400:]}"
    assert all("Traceback" not in err for _, err in results)


def test_file_lock_tries_once_by_default_and_waits_with_a_timeout(tmp_path: Path) -> None:
    path = tmp_path / "x.lock"
    holder = FileLock(path)
    assert holder.acquire()
    other = FileLock(path)
    assert not other.acquire()
    assert not other.acquire(timeout=0.2)
    holder.release()
    assert other.acquire(timeout=1)
    assert not FileLock(path).acquire()
    other.release()
    last = FileLock(path)
    assert last.acquire()
    last.release()


def test_a_version_table_without_a_version_is_never_called_newer(tmp_path: Path) -> None:
    """The race used to report "laget av en nyere versjon (versjon None)"."""
    import sqlite3

    from companion.db.migrate import DbState, read_state

    only_version = tmp_path / "a.db"
    half_made = tmp_path / "b.db"
    for path, extra in ((only_version, ""), (half_made, "CREATE TABLE ticket (id INTEGER);")):
        con = sqlite3.connect(path)
        con.executescript(f"CREATE TABLE alembic_version (version_num TEXT);{extra}")
        con.close()
    assert read_state(only_version) == (DbState.EMPTY, None)
    assert read_state(half_made) == (DbState.CORRUPT, None)
