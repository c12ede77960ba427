"""Cyclic garbage collection on the GUI thread only.

Python's cycle collector runs in whichever thread happens to allocate when a generation's
threshold is crossed. When that is a worker (content loading, a sync) and the garbage holds a
Qt object (a closed dialog whose slots refer back to it, say), the object is destroyed off the
GUI thread and the process can crash. The test suite caught it: a segfault in
"Garbage-collecting" inside a YAML parse on a QThreadPool worker while the window waited.

The known remedy (pyqtgraph's ``GarbageCollector`` does the same) is to switch automatic
collection off and run it from a GUI-thread timer with Python's own thresholds. Reference
counting still frees everything that is not in a cycle at once; only cycles wait for the tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """While it lives, cycles are collected only here, on the thread that owns the widgets."""

    def __init__(self, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds, as gc itself would.

        Returns the number of unreachable objects found (0 when nothing was due).
        """
        young, middle, old = gc.get_count()
        found = 0
        if young > self.threshold[0]:
            found = gc.collect(0)
            if middle > self.threshold[1]:
                found += gc.collect(1)
                if old > self.threshold[2]:
                    found += gc.collect(2)
        return found

    def stop(self) -> None:
        """Hand collection back to Python (automatic, any thread)."""
        self._timer.stop()
        gc.enable()
