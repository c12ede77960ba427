"""Sync throughput: N queued tickets (default 500) pushed to a local Request Tracker.

Prints tickets/s and the total time, and splits that time into what RT spends (wall time
inside the HTTP transport: connect, send, RT working, receive) and what the client adds on
top (everything else: building requests, JSON, RTDesk, the sync engine, SQLite). The client
part is also given per ticket, with the share spent in local database sessions.

    python benchmarks/sync_bench.py                 # 500 tickets, throwaway RT (~4 s to start)
    python benchmarks/sync_bench.py --tickets 100 --profile   # + cProfile of the client side
    python benchmarks/sync_bench.py --pull          # also describe the pull rounds in detail

It then measures the cost of pulling: the first pull fetches every open ticket (what the
engine did on *every* sync before the delta pull), the next sync is idle (one TicketSQL
query for what changed). From those measured request counts it prints the load on the
desk for a whole organisation (default 1,700 desktops x 20 open tickets, a sync every
5 minutes).

Needs RT installed (.ci/install-rt.sh); uses tests/support/rt_server.py to run it.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / "src"), str(REPO / "tests")]

from companion.app import AppContext  # noqa: E402
from companion.tickets.model import TicketDraft  # noqa: E402
from companion.tickets.rt import RTDesk  # noqa: E402
from companion.tickets.sync import SyncEngine, SyncReport  # noqa: E402
from support.rt_server import RTServer  # noqa: E402


class TimedTransport(httpx.BaseTransport):
    """Wraps the real transport; records wall time per request including reading the body."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.times: dict[str, list[float]] = defaultdict(list)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        start = time.perf_counter()
        response = self.inner.handle_request(request)
        response.read()  # the body is part of the answer's time, not the client's
        self.times[_kind(request)].append(time.perf_counter() - start)
        return response

    def close(self) -> None:
        self.inner.close()

    @property
    def total(self) -> float:
        return sum(sum(v) for v in self.times.values())

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.times.values())


def _kind(request: httpx.Request) -> str:
    path = re.sub(r"/\d+", "/<id>", request.url.path.removeprefix("/REST/2.0"))
    return f"{request.method} {path}"


class TimedDatabase:
    """Counts the wall time the engine spends inside database sessions."""

    def __init__(self, database: Any) -> None:
        self.inner = database
        self.path = database.path
        self.seconds = 0.0
        self.sessions = 0
        self.times: list[float] = []

    @contextmanager
    def session(self) -> Iterator[Any]:
        start = time.perf_counter()
        try:
            with self.inner.session() as s:
                yield s
        finally:
            took = time.perf_counter() - start
            self.seconds += took
            self.sessions += 1
            self.times.append(took)


def queue(context: AppContext, count: int, tag: str) -> float:
    start = time.perf_counter()
    for n in range(1, count + 1):
        context.tickets.create(
            TicketDraft(
                subject=f"{tag} #{n}",
                description=f"Rover mister paringen etter skanning av armbånd (måling {n}).",
                category="rover",
                unit="Sengepost 3",
                reporter_name="Benk Måler",
            )
        )
    return time.perf_counter() - start


def timed_sync(
    context: AppContext, server_url: str, token: str, profile: bool
) -> tuple[SyncReport, float, float, TimedTransport, TimedDatabase, str]:
    desk = RTDesk(server_url, token=token)
    transport = TimedTransport(desk._client._transport)
    desk._client._transport = transport
    database = TimedDatabase(context.database)
    engine = SyncEngine(database, desk, "General")  # type: ignore[arg-type]
    profiler = cProfile.Profile() if profile else None
    start, cpu_start = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    report = engine.sync(force=True)
    if profiler:
        profiler.disable()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    engine.close()
    text = ""
    if profiler:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("tottime").print_stats(25)
        text = out.getvalue()
    return report, elapsed, cpu, transport, database, text


def describe(
    label: str,
    report: SyncReport,
    elapsed: float,
    cpu: float,
    transport: TimedTransport,
    database: TimedDatabase,
    per: int,
) -> None:
    wire = transport.total
    client = elapsed - wire
    print(f"\n{label}: {elapsed:.2f} s")
    print(
        f"  report: sent={report.sent} replies={report.replies} failed={report.failed} "
        f"retry_later={report.retry_later} remaining={report.remaining}"
    )
    print(
        f"  HTTP: {transport.count} requests, {wire:.2f} s waiting for RT ({wire / elapsed:.1%} of "
        "the time)"
    )
    for kind, times in sorted(transport.times.items()):
        print(
            f"    {kind:<32} {len(times):>5} x  median {statistics.median(times) * 1000:6.1f} ms  "
            f"total {sum(times):6.2f} s"
        )
    print(
        f"  client overhead (time outside HTTP): {client:.2f} s = {client / per * 1000:.2f} ms per "
        f"ticket ({client / elapsed:.1%})"
    )
    print(
        f"    of which in local database sessions: {database.seconds:.2f} s "
        f"= {database.seconds / per * 1000:.2f} ms per ticket ({database.sessions} sessions, "
        f"median {statistics.median(database.times) * 1000:.2f} ms, "
        f"slowest {max(database.times) * 1000:.0f} ms)"
    )
    print(
        f"  client CPU time (this process, all of it, HTTP handling included): {cpu:.2f} s "
        f"= {cpu / per * 1000:.2f} ms per ticket"
    )


def desk_load(polling: int, idle: int, args: argparse.Namespace) -> None:
    """Requests per idle sync, and what they mean for the desk across the organisation.

    `polling`: the requests the first pull spent fetching every open ticket one by one (what
    every sync cost before the delta pull).
    """
    per_ticket = polling / args.tickets  # polling one ticket, as measured here
    syncs_per_s = args.desktops / args.interval
    polled = syncs_per_s * args.open
    print(f"\nrequests per idle sync (delta pull, {args.tickets} open tickets): {idle}")
    print(f"requests per open ticket when each is polled (measured): {per_ticket:.2f}")
    print(
        f"desk load, {args.desktops:,} desktops x {args.open} open tickets, a sync every "
        f"{args.interval / 60:g} min:"
    )
    print(
        f"  per-ticket polling: {polled:.0f} requests/s at one request per ticket "
        f"({polled * per_ticket:.0f} requests/s with this adapter's {per_ticket:.2f})"
    )
    print(f"  one query per sync: {syncs_per_s * idle:.1f} requests/s ({idle} per idle sync)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tickets", type=int, default=500)
    parser.add_argument(
        "--profile", action="store_true", help="cProfile the push run (slows it down)"
    )
    parser.add_argument(
        "--pull", action="store_true", help="also describe the pull rounds in detail"
    )
    parser.add_argument("--desktops", type=int, default=1700, help="for the desk load figures")
    parser.add_argument("--open", type=int, default=20, help="open tickets per desktop")
    parser.add_argument("--interval", type=float, default=300.0, help="seconds between syncs")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sync-bench-") as tmp:
        tmp_path = Path(tmp)
        start = time.perf_counter()
        server = RTServer(tmp_path / "rt").start()
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        try:
            assert server.service_token
            print(
                f"RT on {server.url}, started in {time.perf_counter() - start:.1f} s (rt-server, 2 "
                "workers, SQLite); "
                f"{os.cpu_count()} CPUs, load average {load:.1f} (other work on the machine "
                "inflates every figure)"
            )
            home = tmp_path / "home"
            context = AppContext.create(home=home, machine_file=home / "none.toml")
            try:
                queued = queue(context, args.tickets, f"Benk {int(time.time())}")
                print(
                    f"queued {args.tickets} tickets locally in {queued:.2f} s "
                    f"({queued / args.tickets * 1000:.2f} ms per ticket)"
                )

                report, elapsed, cpu, transport, database, profile = timed_sync(
                    context, server.url, server.service_token, args.profile
                )
                assert report.sent == args.tickets and report.remaining == 0, report
                describe("push", report, elapsed, cpu, transport, database, args.tickets)
                print(
                    f"\n==> {args.tickets / elapsed:.1f} tickets/s, {elapsed:.1f} s total "
                    f"for {args.tickets} tickets; "
                    f"client overhead {(elapsed - transport.total) / args.tickets * 1000:.2f} ms "
                    "per ticket "
                    f"(client CPU {cpu / args.tickets * 1000:.2f} ms; "
                    f"RT {transport.total / args.tickets * 1000:.1f} ms per ticket)"
                )
                if profile:
                    print(
                        "\ncProfile of the push run (top 25 by own time; socket waits are RT's "
                        "time):"
                    )
                    print(profile)
                first = timed_sync(context, server.url, server.service_token, False)
                # tickets RT changed in the last second before that query are fetched once more
                timed_sync(context, server.url, server.service_token, False)
                idle = timed_sync(context, server.url, server.service_token, False)
                if args.pull:
                    describe(
                        f"first pull over {args.tickets} sent tickets (each ticket polled)",
                        *first[:5],
                        args.tickets,
                    )
                    describe("idle sync (delta pull, nothing new)", *idle[:5], args.tickets)
                listing = len(first[3].times.get("GET /tickets", []))  # the delta query's pages
                desk_load(first[3].count - listing, idle[3].count, args)
            finally:
                context.close()
        finally:
            server.stop()


if __name__ == "__main__":
    main()
