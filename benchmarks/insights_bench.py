"""How fast Innsikt opens on a year of data, and whether every query uses an index.

    python benchmarks/insights_bench.py [--home DIR] [--runs 10]

Without --home a temporary home is seeded first (benchmarks/insights_seed.py: 50,000 searches,
2,000 tickets, 5,000 coaching sessions). Prints:

* the query plan of every statement (a line with SCAN and no index is flagged),
* the time per statement and for the whole dashboard (cold first call and warm median),
* the Innsikt page (Qt offscreen): from opening the page to filled tabs, with the database and
  content already loaded as they are after the app's start-up warm-up - the 300 ms budget.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MS = 300.0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def query_plans(db: Path) -> int:
    from companion.insights import queries as q
    from companion.insights.period import Period

    period = Period.last_months(12)
    start, end = period.db_bounds()
    params = {
        **q.SAMPLE_PARAMS,
        "start": start,
        "end": end,
        "first_day": period.start.isoformat(),
        "last_day": period.end.isoformat(),
    }
    con = sqlite3.connect(db)
    problems = 0
    print("Query plans and times (last 12 months):")
    for name, sql in q.PERIOD_QUERIES.items():
        plan = con.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        bad = q.plan_problems(plan)
        problems += len(bad)
        started = time.perf_counter()
        rows = len(con.execute(sql, params).fetchall())
        elapsed = time.perf_counter() - started
        print(
            f"  {name:<24} {ms(elapsed)} {rows:>6} "
            f"rows  {'; '.join(str(r[-1]) for r in plan)}{'  <-- NO INDEX' if bad else ''}"
        )
    con.close()
    return problems


def service_times(home: Path, runs: int) -> float:
    from companion.app import AppContext
    from companion.insights.period import Period

    context = AppContext.create(home=home)
    started = time.perf_counter()
    service = context.insights
    _ = service.library
    warm_up = time.perf_counter() - started
    period = Period.last_months(12)
    started = time.perf_counter()
    service.dashboard(period)
    cold = time.perf_counter() - started
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        service.dashboard(period)
        times.append(time.perf_counter() - started)
    print("\nInsightsService.dashboard(last 12 months):")
    print(
        f"  services (SQLAlchemy import, migration check, content): {ms(warm_up)}  (done by the "
        "app's start-up warm-up)"
    )
    print(f"  first call:  {ms(cold)}")
    print(
        f"  warm median: {ms(statistics.median(times))}  (min {ms(min(times))}, "
        f"max {ms(max(times))}, n={runs})"
    )
    context.close()
    return statistics.median(times)


def page_times(home: Path, runs: int) -> float:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from companion.app import AppContext
    from companion.paths import resources_dir
    from companion.ui.pages.insights_page import InsightsPage
    from companion.ui.theme import apply_theme
    from companion.ui.workers import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app, resources_dir(), 11)
    context = AppContext.create(home=home)
    _ = context.insights, context.library  # what the start-up warm-up has done before a click
    runner = TaskRunner()
    results: list[float] = []

    def wait_loaded(page: InsightsPage, action: object) -> float:
        loop = QEventLoop()
        got: list[float] = []
        page.loaded.connect(lambda value: (got.append(value), loop.quit()))
        started = time.perf_counter()
        action()  # type: ignore[operator]
        QTimer.singleShot(20_000, loop.quit)
        loop.exec()
        app.processEvents()  # paint
        return time.perf_counter() - started

    page = InsightsPage(context, runner)
    page.resize(1366, 768)
    first = wait_loaded(page, page.show)
    for _ in range(runs):
        results.append(wait_loaded(page, page.refresh))
    print("\nInnsikt page (offscreen, 1366x768), open → all tabs filled:")
    print(f"  first open:   {ms(first)}")
    print(f"  refresh median: {ms(statistics.median(results))}  (n={runs})")
    page.close()
    runner.wait(5000)
    context.close()
    return first


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, help="a seeded home (default: seed a temporary one)")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    home = args.home
    if home is None:
        import insights_seed

        home = Path(tempfile.mkdtemp(prefix="innsikt-bench-")) / "home"
        started = time.perf_counter()
        counts = insights_seed.seed(home, date.today(), random.Random(7))
        print(f"Seeded {home} in {time.perf_counter() - started:.1f} s: {counts}\n")
    problems = query_plans(home / "companion.db")
    warm = service_times(home, args.runs)
    first = page_times(home, args.runs)
    verdict = "OK" if first * 1000 < BUDGET_MS else "OVER"
    print(
        f"\nBudget {BUDGET_MS:.0f} ms for opening the page: {verdict} "
        f"({first * 1000:.0f} ms; service alone {warm * 1000:.0f} ms). "
        f"Queries without index: {problems}."
    )
    return 0 if problems == 0 and first * 1000 < BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
