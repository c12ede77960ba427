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
