"""Start-up time: `companion --exit-when-ready` against a bare PySide6 window, same run.

Both count until the window has been drawn once (the app's --exit-when-ready quits then).

Prints both medians and the ratio (goal: ratio <= 1.5). Each run is a fresh process on the
offscreen platform; the app uses a prepared home folder so the one-off first-run migration is
not what we measure.

    python benchmarks/startup.py [--runs 15] [--baseline-src DIR]

`--baseline-src` also times another checkout's `src` (e.g. `git archive` of main) in the same
interleaved loop, so a before/after comparison sees the same machine noise.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time

# Both sides stop in the event-loop turn after their window's first paint: a bare window that
# quits on a zero timer after show() exits before it is ever drawn (measured: no paint event).
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, app.quit)
app = QApplication(sys.argv)
w = Window(); w.resize(1280, 760); w.show()
sys.exit(app.exec())
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--baseline-src", help="also time the app from this src folder")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="companion-bench-")
    # An installed app has its bytecode compiled (pip does it); a source checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would otherwise compile every companion module on each run.
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "src")
    for folder in filter(None, (src, args.baseline_src)):
        compileall.compile_dir(folder, quiet=1)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_HOME": home}
    app_cmd = [sys.executable, "-m", "companion", "--exit-when-ready"]
    bare_cmd = [sys.executable, "-c", BARE]
    timed(app_cmd, env)  # first run creates and migrates the database: not measured
    timed(bare_cmd, env)
    base_env = {**env, "PYTHONPATH": args.baseline_src} if args.baseline_src else None
    app_times, bare_times, base_times = [], [], []
    for _ in range(args.runs):  # interleave so machine noise hits both alike
        bare_times.append(timed(bare_cmd, env))
        app_times.append(timed(app_cmd, env))
        if base_env is not None:
            base_times.append(timed(app_cmd, base_env))
    bare, app = statistics.median(bare_times), statistics.median(app_times)
    if base_times:
        base = statistics.median(base_times)
        print(
            f"baseline app        : median {base * 1000:7.1f} ms  "
            f"(min {min(base_times) * 1000:.1f}, ratio {base / bare:.2f})"
        )
    print(
        f"bare PySide6 window : median {bare * 1000:7.1f} ms  (min {min(bare_times) * 1000:.1f}, "
        f"n={args.runs})"
    )
    print(
        f"companion           : median {app * 1000:7.1f} ms  (min {min(app_times) * 1000:.1f}, "
        f"n={args.runs})"
    )
    print(f"ratio               : {app / bare:.2f}  (goal <= 1.5)")


if __name__ == "__main__":
    main()
