"""UI writes run off the GUI thread, in the order they were asked for."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from companion.ui.workers import TaskRunner


def test_writes_run_off_the_gui_thread_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, threading.Thread]] = []
    done: list[int] = []

    def write(n: int) -> int:
        seen.append((n, threading.current_thread()))
        return n

    for n in range(20):
        runner.write(write, n, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 20)
    assert [n for n, _ in seen] == list(range(20)), "one writer thread keeps the order"
    assert all(t is not threading.main_thread() for _, t in seen)
    assert done == list(range(20))


def test_a_failed_write_reports_its_message(qtbot: QtBot) -> None:
    class Refused(Exception):
        user_message = True

    def write() -> None:
        raise Refused("Kan ikke lagre nå.")

    errors: list[str] = []
    TaskRunner().write(write, on_error=errors.append)
    qtbot.waitUntil(lambda: errors == ["Kan ikke lagre nå."])
