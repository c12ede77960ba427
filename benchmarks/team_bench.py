"""Team sync at region scale: many desktops pushing and pulling against one PostgreSQL.

    python benchmarks/team_bench.py [--desktops 200] [--changes 50] [--tenants 20] [--workers 16]

Needs PostgreSQL installed (.ci/install-postgres.sh); uses tests/support/pg_server.py to run a
throwaway cluster. Every simulated desktop is a real one: its own SQLite (copied from one
migrated template), the real outbox hook, a real TeamSync over psycopg. Desktops are spread
over tenants (municipalities), as on a region's server, and sync concurrently from a thread
pool. Prints:

* changes/s over the push-and-pull round of all desktops, and p50/p95 sync time per desktop,
* a second round where nothing is new: statements and network round trips of one sync
  (round trips counted from libpq's protocol trace: every Query or Sync message is one).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests")]

from sqlalchemy import event  # noqa: E402

from companion.db.engine import Database  # noqa: E402
from companion.db.migrate import ensure_schema  # noqa: E402
from companion.db.models import CoachingSession  # noqa: E402
from companion.settings import Settings  # noqa: E402
from companion.team.capture import install  # noqa: E402
from companion.team.config import team_config  # noqa: E402
from companion.team.server import add_tenant, init_schema  # noqa: E402
from companion.team.sync import TeamSync  # noqa: E402
from support.pg_server import PGServer, pg_installed  # noqa: E402

PASSWORD = "bench-password"


def desktop(server: PGServer, template: Path, folder: Path, tenant: str) -> TeamSync:
    folder.mkdir(parents=True)
    path = folder / "companion.db"
    shutil.copyfile(template, path)
    database = Database(path)
    database.session_hooks.append(install)
    settings = Settings()
    settings.team.url = server.url_for(tenant)
    settings.team.machine = folder.name
    return TeamSync(database, team_config(settings, lambda _name: PASSWORD))


def make_changes(team: TeamSync, count: int) -> None:
    with team.db.session() as s:
        for n in range(count):
            s.add(CoachingSession(guide_id="", coached_person=f"Ansatt {n}", topic="Rover"))


def timed_sync(team: TeamSync) -> tuple[float, int, int]:
    start = time.perf_counter()
    result = team.sync()
    return time.perf_counter() - start, result.pushed, result.pulled


def count_round_trips(team: TeamSync, trace: Path) -> tuple[int, int]:
    """(statements, round trips) of one sync, on a warm connection."""
    statements = 0

    def count(*_args: object) -> None:
        nonlocal statements
        statements += 1

    team.keep_connection = True  # measure the sync itself, not connection set-up
    with team.engine.connect() as conn:  # warm the pool's one connection, then trace it
        raw = conn.connection.dbapi_connection
        assert raw is not None
        pgconn = raw.pgconn  # type: ignore[attr-defined]
    with trace.open("w") as fh:
        pgconn.trace(fh.fileno())
        event.listen(team.engine, "before_cursor_execute", count)
        team.sync()
        event.remove(team.engine, "before_cursor_execute", count)
        pgconn.untrace()
    lines = [line.split("\t") for line in trace.read_text().splitlines()]
    trips = sum(1 for p in lines if len(p) > 3 and p[1] == "F" and p[3] in ("Query", "Sync"))
    return statements, trips


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desktops", type=int, default=200)
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("--tenants", type=int, default=20)
    parser.add_argument("--workers", type=int, default=16)
    args = parser.parse_args()
    if not pg_installed():
        print("PostgreSQL is not installed: run .ci/install-postgres.sh", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="team-bench-"))
    server = PGServer(work / "pg").start()
    try:
        init_schema(server.admin_url)
        tenants = [f"kommune_{n:02d}" for n in range(args.tenants)]
        for tenant in tenants:
            add_tenant(server.admin_url, tenant, PASSWORD)
        template = work / "template.db"
        ensure_schema(template, work / "backups")
        desks = [
            desktop(server, template, work / f"pc{n:03d}", tenants[n % len(tenants)])
            for n in range(args.desktops)
        ]
        for desk in desks:
            make_changes(desk, args.changes)
        print(
            f"{args.desktops} desktops × {args.changes} changes, {args.tenants} tenants, "
            f"{args.workers} syncing at once"
        )
        start = time.perf_counter()
        with ThreadPoolExecutor(args.workers) as pool:
            first = list(pool.map(timed_sync, desks))
        wall = time.perf_counter() - start
        # Second round: everyone pulls what the others pushed after their own sync.
        with ThreadPoolExecutor(args.workers) as pool:
            second = list(pool.map(timed_sync, desks))
        pushed = sum(r[1] for r in first)
        pulled = sum(r[2] for r in first) + sum(r[2] for r in second)
        times = sorted(r[0] for r in first)
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"pushed {pushed} changes in {wall:.1f} s: {pushed / wall:,.0f} changes/s pushed")
        print(f"pulled {pulled} changes in total (each desktop gets its tenant's changes)")
        print(
            f"sync time per desktop: p50 {statistics.median(times) * 1000:.0f} ms, "
            f"p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms"
        )
        statements, trips = count_round_trips(desks[0], work / "trace.txt")
        print(f"a sync with nothing new: {statements} statement(s), {trips} round trip(s)")
        for desk in desks:
            desk.close()
            desk.db.dispose()
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    raise SystemExit(main())
