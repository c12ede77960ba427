"""Unit overview speed: a unit with 40 people and 3 checklists (~47 items) must open in < 200 ms.

Seeds a throw-away home (40 people on the measured unit, each with all three bundled
checklists and mixed progress, plus 200 people on other units as noise), then times:

* ``service``  – ``Overview.matrix(unit)``: three queries and one pass;
* ``model``    – ``TrainingMatrixModel.set_matrix``;
* ``open``     – what the user waits for: ``MatrixTab.refresh()`` (matrix + "starter neste uke")
  plus laying out and painting the table once (offscreen).

Prints the first (cold) run and the median of the rest, and the SQL statements per matrix load.

    python benchmarks/training_bench.py [--runs 20] [--people 40]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

UNIT = "Avd 3 Medisin"
BUDGET_MS = 200.0


def seed(service, people: int, noise: int) -> None:  # type: ignore[no-untyped-def]
    """Fast bulk seeding through the ORM (one transaction), with realistic, mixed progress."""
    from companion.db.models import Trainee, TrainingAssignment, TrainingProgress

    rng = random.Random(42)
    checklists = list(service.library.checklists.values())
    start = date(2026, 6, 8)
    with service.db.session() as s:
        for n in range(people + noise):
            unit = UNIT if n < people else f"Avd {n % 9 + 4}"
            first = start + timedelta(days=7 * rng.randrange(0, 10) + rng.randrange(0, 5))
            trainee = Trainee(
                name=f"Vikar {n:03d}",
                role="assistent",
                unit=unit,
                first_day=first,
                last_day=first + timedelta(days=56),
                is_substitute=True,
            )
            s.add(trainee)
            s.flush()
            for checklist in checklists:
                s.add(TrainingAssignment(trainee_id=trainee.id, checklist_id=checklist.id))
                for item in checklist.items:
                    level = rng.choice((0, 0, 1, 2, 3, 3))
                    if level:
                        s.add(
                            TrainingProgress(
                                trainee_id=trainee.id,
                                checklist_id=checklist.id,
                                item_id=item.id,
                                shown_by="Siri",
                                shown_on=first,
                                practised_by="Siri" if level > 1 else "",
                                practised_on=first if level > 1 else None,
                                approved_by="Per" if level > 2 else "",
                                approved_on=first + timedelta(days=2) if level > 2 else None,
                            )
                        )


def ms(seconds: float) -> float:
    return seconds * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--noise", type=int, default=200, help="people on other units")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from companion.app import AppContext
    from companion.paths import resources_dir
    from companion.ui.models.training_matrix import TrainingMatrixModel
    from companion.ui.pages.training_matrix import MatrixTab
    from companion.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv)
    apply_theme(app, resources_dir(), 11)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as home:
        context = AppContext.create(home=home, machine_file=Path(home) / "none.toml")
        service = context.training
        seed(service, args.people, args.noise)
        items = sum(len(c.items) for c in service.library.checklists.values())

        statements: list[str] = []
        event.listen(service.db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        service_times, model_times, open_times = [], [], []
        model = TrainingMatrixModel()
        tab = MatrixTab(service)
        tab.resize(1100, 640)
        tab.show()
        tab.refresh_filters()
        tab.unit_combo.setCurrentIndex(tab.unit_combo.findData(UNIT))
        app.processEvents()
        for _ in range(args.runs):
            statements.clear()
            t0 = time.perf_counter()
            matrix = service.overview.matrix(unit=UNIT)
            t1 = time.perf_counter()
            queries = sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))
            model.set_matrix(matrix)
            t2 = time.perf_counter()
            tab.refresh()
            tab.view.viewport().repaint()
            tab.view.horizontalHeader().viewport().repaint()
            app.processEvents()
            t3 = time.perf_counter()
            service_times.append(ms(t1 - t0))
            model_times.append(ms(t2 - t1))
            open_times.append(ms(t3 - t2))
        rows, cols = len(matrix.rows), len(matrix.columns)
        tab.close()
        tab.deleteLater()
        model.deleteLater()
        app.processEvents()
        del tab, model
        context.close()

    def line(name: str, values: list[float]) -> str:
        rest = values[1:] or values
        return (
            f"{name:<8} first {values[0]:7.1f} ms   median {statistics.median(rest):7.1f} ms   "
            f"max {max(rest):7.1f} ms"
        )

    print(
        f"Unit overview: {rows} people × {cols} item columns ({items} items in 3 "
        f"checklists), {args.noise} people on other units"
    )
    print(f"SQL SELECTs per matrix load: {queries}")
    print(line("service", service_times))
    print(line("model", model_times))
    print(line("open", open_times))
    median_open = statistics.median(open_times[1:] or open_times)
    verdict = "OK" if open_times[0] < BUDGET_MS and median_open < BUDGET_MS else "TOO SLOW"
    print(f"Budget {BUDGET_MS:.0f} ms for opening the overview: {verdict}")
    return 0 if verdict == "OK" else 1


if __name__ == "__main__":
    raise SystemExit(main())
