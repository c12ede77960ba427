"""Run the real app on an X display, show every page and form, and walk AT-SPI at each step.

Started by tests/ui/test_atspi.py inside `dbus-run-session` with the at-spi bus running and
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1. Prints one JSON line: {"steps": [...], "unnamed": [...]}.
The walker (system python with pyatspi) runs as a QProcess while the event loop keeps going,
so the app can answer its questions.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/ for `support`

from support.ui_tour import launch, settle, spin_until, tour  # noqa: E402

WALKER = HERE / "atspi_walk.py"


def walk(step: str) -> dict[str, object]:
    process = QProcess()
    process.start("/usr/bin/python3", [str(WALKER), str(QApplication.applicationPid()), step])
    spin_until(lambda: process.state() == QProcess.ProcessState.NotRunning, 60000)
    out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace").strip()
    err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
    try:
        return dict(json.loads(out.splitlines()[-1]))
    except (IndexError, ValueError):
        return {"apps": 0, "checked": 0, "unnamed": [], "error": err[-2000:] or out[-2000:]}


def main() -> int:
    _app, context, shell = launch(Path(sys.argv[1]))
    steps, unnamed, errors = [], [], []
    for name, _root in tour(shell, spin_until):
        settle()
        result = walk(name)
        steps.append({"step": name, "checked": result.get("checked"), "apps": result.get("apps")})
        if result.get("error"):
            errors.append(f"{name}: {result['error']}")
        unnamed += [{"step": name, **u} for u in result.get("unnamed", [])]  # type: ignore[dict-item]
    print(json.dumps({"steps": steps, "unnamed": unnamed, "errors": errors}), flush=True)
    shell.shutdown()
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
