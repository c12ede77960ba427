"""Single instance: a second launch focuses the running window and exits 0.

The second launch is always a real second process (as when staff click the Start-menu
entry again); the first is an in-process server under qtbot, or a real GUI process in the
end-to-end test.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.single_instance import (
    InstanceServer,
    activate_window,
    instance_key,
    notify_running_instance,
)

SRC = Path(__file__).resolve().parents[2] / "src"
unix_only = pytest.mark.skipif(sys.platform == "win32", reason="socket files exist only on Unix")


def child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPANION_")}
    env.update(COMPANION_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(SRC))
    return env


def start_launch(home: Path, *extra: str) -> subprocess.Popen[str]:
    """`companion` with no subcommand, exactly as the Start-menu entry runs it."""
    return subprocess.Popen(
        [sys.executable, "-m", "companion", *extra],
        env=child_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def start_client(key: str, home: Path) -> subprocess.Popen[str]:
    code = (
        "import sys; from companion.ui.single_instance import notify_running_instance as n; "
        "sys.exit(0 if n(sys.argv[1]) else 1)"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, key], env=child_env(home), stderr=subprocess.PIPE, text=True
    )


def finish(proc: subprocess.Popen[str], timeout: float = 30) -> int:
    """Wait for the process (killing it after ``timeout``) and close its pipes."""
    try:
        proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
    return proc.returncode


@pytest.fixture
def server(home: Path) -> Iterator[InstanceServer]:
    srv = InstanceServer(instance_key(home))
    yield srv
    srv.close()


def shown_window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("Følgesvenn")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_key_holds_a_hash_of_the_home_folder(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert instance_key(a) != instance_key(b)
    assert instance_key(a) == instance_key(tmp_path / "b" / ".." / "a")
    assert instance_key(a).startswith("companion-")
    assert len(instance_key(a)) < 40  # Unix socket paths are limited to ~100 bytes


def test_nobody_listening_means_first_launch(home: Path) -> None:
    assert notify_running_instance(instance_key(home), timeout_ms=200) is False


def test_second_launch_activates_the_running_window_and_exits_0(
    qtbot: QtBot, home: Path, server: InstanceServer
) -> None:
    window = shown_window(qtbot)
    other = QWidget()
    other.setWindowTitle("Journal")
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    window.showMinimized()
    server.activateRequested.connect(lambda: activate_window(window))
    assert server.listen()

    with qtbot.waitSignal(server.activateRequested, timeout=30000):
        second = start_launch(home, "--exit-when-ready")  # exits by itself even if the check failed
    assert finish(second) == 0
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not window.isMinimized()
    assert not (home / "companion.db").exists(), "the second launch must not touch the database"


def test_other_home_is_another_instance(
    qtbot: QtBot, tmp_path: Path, server: InstanceServer
) -> None:
    assert server.listen()
    assert notify_running_instance(instance_key(tmp_path / "other-home"), timeout_ms=200) is False


@unix_only
def test_a_live_owner_is_never_replaced(home: Path, server: InstanceServer) -> None:
    """Qt would silently rename its socket over a live one; listen() must ask first."""
    path = Path(QDir.tempPath()) / server.key
    owner = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    owner.bind(str(path))
    owner.listen()

    def answer() -> None:
        conn, _ = owner.accept()
        with conn:
            conn.recv(64)
            # On a loaded machine the client may have given up waiting for the answer; the
            # test is about the socket file surviving, not about the reply.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                conn.sendall(b"ok\n")

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        assert server.listen() is False
        assert not server.listening
        thread.join(10)
        assert path.exists()
    finally:
        owner.close()
        path.unlink(missing_ok=True)


@unix_only
def test_stale_socket_left_by_a_crash_is_removed(
    qtbot: QtBot, home: Path, server: InstanceServer, caplog: pytest.LogCaptureFixture
) -> None:
    path = Path(QDir.tempPath()) / server.key
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(path))  # a socket file nobody listens on, as a killed process leaves it
    crashed.close()
    assert path.exists()
    assert notify_running_instance(server.key, timeout_ms=200) is False

    with caplog.at_level(logging.INFO, logger="companion.ui.single_instance"):
        assert server.listen()
    assert "removing stale single-instance socket" in caplog.text
    assert Path(server.full_name()) == path
    with qtbot.waitSignal(server.activateRequested, timeout=30000):
        client = start_client(server.key, home)
    assert finish(client) == 0

    server.close()
    assert not path.exists(), "closing the server removes its socket file"
    assert notify_running_instance(server.key, timeout_ms=200) is False


@pytest.mark.slow
@unix_only
def test_real_app_end_to_end_including_a_crash(qtbot: QtBot, home: Path) -> None:
    key = instance_key(home)
    path = Path(QDir.tempPath()) / key
    log_file = home / "logs" / "companion.log"
    first = start_launch(home)
    try:
        qtbot.waitUntil(path.exists, timeout=30000)
        second = start_launch(home)
        assert finish(second) == 0
        qtbot.waitUntil(
            lambda: "another launch asked for the window" in log_file.read_text(encoding="utf-8"),
            timeout=10000,
        )
        assert first.poll() is None, "the first instance keeps running"
    finally:
        first.send_signal(signal.SIGKILL)  # a crash: no chance to remove the socket file
        finish(first)
    assert path.exists()

    started = time.monotonic()
    third = start_launch(home, "--exit-when-ready")
    assert finish(third) == 0
    log_text = log_file.read_text(encoding="utf-8")
    assert "removing stale single-instance socket" in log_text
    assert log_text.count("starting Følgesvenn") == 3
    assert not path.exists(), "the server is closed on exit"
    assert time.monotonic() - started < 30
