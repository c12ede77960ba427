"""Cycles are collected on the GUI thread only (companion.ui.gui_gc)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from companion.ui.gui_gc import GuiThreadCollector


class Node:
    """Garbage only the cycle collector can free: it refers to itself."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector(qtbot: QtBot) -> Iterator[GuiThreadCollector]:
    was_enabled = gc.isenabled()
    made = GuiThreadCollector(interval_ms=50)
    yield made
    made.stop()
    if not was_enabled:  # the suite's own collector keeps gc off for the rest of the run
        gc.disable()


def _live_containers(count: int = 5000) -> list[list[int]]:
    """gc counts containers alive since its last run: these push generation 0 past 700."""
    return [[] for _ in range(count)]


def _allocate_on_a_worker() -> None:
    def churn() -> None:
        held = _live_containers()  # with automatic gc, a collection would run right here
        assert len(held) == 5000

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()


def test_a_worker_never_collects_and_the_gui_thread_timer_does(
    qtbot: QtBot, collector: GuiThreadCollector
) -> None:
    gc.collect()
    node = Node()
    ref = weakref.ref(node)
    del node
    assert not gc.isenabled()
    _allocate_on_a_worker()
    assert ref() is not None, "the worker's allocations must not run the collector"
    held = _live_containers()
    qtbot.waitUntil(lambda: ref() is None, timeout=5000)  # the timer tick on this thread
    assert len(held) == 5000


def test_check_collects_only_when_a_threshold_is_passed(collector: GuiThreadCollector) -> None:
    gc.collect()
    node = Node()
    ref = weakref.ref(node)
    del node
    if gc.get_count()[0] <= collector.threshold[0]:
        assert collector.check() == 0 and ref() is not None  # not due yet: gc would wait too
    _allocate_on_a_worker()
    assert ref() is not None
    held = _live_containers()
    assert collector.check() > 0
    assert ref() is None
    assert len(held) == 5000


def test_stop_hands_collection_back_to_python(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    made = GuiThreadCollector()
    assert not gc.isenabled()
    made.stop()
    assert gc.isenabled()
    if not was_enabled:
        gc.disable()
