"""Screen readers see a name on every control (AT-SPI, the Linux accessibility bus).

Starts Xvfb, a private D-Bus session with the AT-SPI bus, and the real app on the X display;
the app shows every page and form in turn while the system python (pyatspi) walks its tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DRIVER = REPO / "tests" / "support" / "atspi_driver.py"
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")

pytestmark = [
    pytest.mark.atspi,
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("dbus-run-session") and LAUNCHER.exists())
        or not Path("/usr/bin/python3").exists(),
        reason="needs xvfb, dbus and at-spi2-core (scripts/test.sh installs them)",
    ),
]


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb; it tells its display number through -displayfd once it is ready."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def test_every_showing_control_has_a_name(display: str, tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("COMPANION_", "DBUS_", "AT_SPI", "QT_QPA"))
    }
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
        NO_AT_BRIDGE="0",
        COMPANION_HOME=str(tmp_path / "home"),
        PYTHONPATH=str(REPO / "src"),
    )
    script = f"{LAUNCHER} --launch-immediately & exec {sys.executable} {DRIVER} {tmp_path / 'home'}"
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    report = json.loads(lines[-1])
    assert not report["errors"], report["errors"]
    assert len(report["steps"]) >= 15
    assert all(step["apps"] == 1 for step in report["steps"]), report["steps"]
    assert sum(step["checked"] for step in report["steps"]) > 200, report["steps"]
    unnamed = [f"{u['step']}: {u['role']} in {u['path']}" for u in report["unnamed"]]
    assert not unnamed, "controls without a name:\n" + "\n".join(unnamed)
