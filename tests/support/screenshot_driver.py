"""Show every page and form of the real app and save a screenshot of the whole screen at each.

Run by scripts/screenshots.sh on an Xvfb display with openbox (real window decorations):
`python tests/support/screenshot_driver.py HOME OUTDIR SUFFIX`. Files: page-<name>-<SUFFIX>.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QProcess

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/ for `support`

from support.ui_tour import launch, settle, spin_until, tour  # noqa: E402


def capture(target: Path) -> None:
    """`import -window root` (ImageMagick) while our event loop keeps painting."""
    process = QProcess()
    process.start("import", ["-window", "root", str(target)])
    spin_until(lambda: process.state() == QProcess.ProcessState.NotRunning, 30000)


def pause(ms: int) -> None:
    timer = QElapsedTimer()
    timer.start()
    spin_until(lambda: timer.elapsed() >= ms, ms + 5000)


def main() -> int:
    home, out, suffix = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    out.mkdir(parents=True, exist_ok=True)
    _app, context, shell = launch(home, maximized=True)
    for name, _root in tour(shell, spin_until):
        settle()
        pause(300)  # let the window manager draw the frame
        capture(out / f"page-{name}-{suffix}.png")
        print(f"page-{name}-{suffix}.png", flush=True)
    shell.shutdown()
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
