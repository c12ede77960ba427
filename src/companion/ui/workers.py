"""Background work on QThreadPool, reported back by signals (the window never freezes).

Work functions are plain Python from the service layer; each call opens its own database
session through the service, so nothing is shared between threads but the engine.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from companion.core.idguard import IdentityNumberFound
from companion.ui.i18n import fmt

log = logging.getLogger(__name__)


def identity_message(fields: tuple[str, ...]) -> str:
    """The refusal for text with an identity number, translated; never shows the number."""
    text = QCoreApplication.translate(
        "TaskRunner",
        "Teksten ser ut til å inneholde et fødselsnummer (i: %1). Av personvernhensyn kan det "
        "ikke lagres eller sendes. Fjern nummeret og prøv igjen.",
    )
    return fmt(text, ", ".join(fields))


class WorkerSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int, str)  # done, total, text


class Cancelled(Exception):
    """Raised inside a work function when the user pressed Avbryt."""


class Worker(QRunnable):
    """Run ``fn(*args, **kwargs)``; pass ``progress=``/``cancel_event=`` if fn accepts them."""

    def __init__(
        self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any
    ) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self.cancel_event = threading.Event()
        if with_progress:
            self.kwargs["progress"] = self._progress
            self.kwargs["cancel_event"] = self.cancel_event
        self.setAutoDelete(False)

    def _progress(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Cancelled:
            self.signals.failed.emit("Avbrutt.")
        except Exception as exc:
            if getattr(exc, "user_message", False):
                log.info("background task stopped: %s", exc)  # expected: no traceback
            else:
                log.exception("background task failed")
            message = (
                identity_message(exc.fields)
                if isinstance(exc, IdentityNumberFound)
                else str(exc)
                if getattr(exc, "user_message", False)
                else fmt(
                    QCoreApplication.translate(
                        "TaskRunner",
                        "Noe gikk galt (%1). Prøv igjen; hvis det gjentar seg, send diagnostikk "
                        "til superbrukeren (Hjelp → Eksporter diagnostikk).",
                    ),
                    type(exc).__name__,
                )
            )
            self.signals.failed.emit(message)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts workers and keeps them alive until they report (owned by the main window)."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Worker] = set()

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        **kwargs: Any,
    ) -> Worker:
        return self._launch(self.pool, fn, args, on_done, on_error, on_progress, kwargs)

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> Worker:
        """Run a database write off the GUI thread, after every write started before it.

        SQLite waits up to busy_timeout (5 s) for a sync's transaction; on the GUI thread that
        froze the window. One shared writer thread keeps the user's writes in order (a note
        saved twice never ends with the older text).
        """
        return self._launch(write_pool(), fn, args, on_done, on_error, None, kwargs)

    def _launch(
        self,
        pool: QThreadPool,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[str], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        kwargs: dict[str, Any],
    ) -> Worker:
        worker = Worker(fn, *args, with_progress=on_progress is not None, **kwargs)
        self._running.add(worker)
        if on_done:
            worker.signals.finished.connect(on_done)
        if on_error:
            worker.signals.failed.connect(on_error)
        if on_progress:
            worker.signals.progress.connect(on_progress)
        worker.signals.finished.connect(lambda _r, w=worker: self._running.discard(w))
        worker.signals.failed.connect(lambda _m, w=worker: self._running.discard(w))
        pool.start(worker)
        return worker

    def wait(self, msecs: int = 5000) -> bool:
        done = self.pool.waitForDone(msecs)
        return write_pool().waitForDone(msecs) and done


_WRITE_POOL: list[QThreadPool] = []


def write_pool() -> QThreadPool:
    """The one-thread pool all UI writes share (created on first use)."""
    if not _WRITE_POOL:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _WRITE_POOL.append(pool)
    return _WRITE_POOL[0]
