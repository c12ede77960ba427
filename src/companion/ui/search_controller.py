"""Live search from the top field: debounced, keyboard-driven, and logged for insights.

The search itself runs on the GUI thread: it takes a few milliseconds (see
benchmarks/search_bench.py), far less than a worker round-trip. Logging happens in a worker,
once the user pauses or opens a result, so insights see settled queries, not keystrokes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from companion.app import AppContext
from companion.ui.main_window import MainWindow
from companion.ui.pages.search_page import SearchPage, rows_from_hits
from companion.ui.workers import TaskRunner

DEBOUNCE_MS = 30
LOG_AFTER_MS = 1500
LIMIT = 30


class SearchController(QObject):
    """Connects the global search field to the search page and the search log."""

    resultsShown = Signal(str, int)
    openArticle = Signal(str)

    def __init__(
        self, context: AppContext, runner: TaskRunner, window: MainWindow, page: SearchPage
    ) -> None:
        super().__init__(window)
        self.context = context
        self.runner = runner
        self.window = window
        self.page = page
        self.ready = False
        self.previous_page = "guides"
        self.query = ""
        self.hits: list[object] = []
        self._logged_query = ""
        self._log_id: int | None = None
        self.debounce = self._timer(DEBOUNCE_MS, self.run)
        self.log_timer = self._timer(LOG_AFTER_MS, self.log_current)
        window.searchRequested.connect(self._on_text)
        window.searchSubmitted.connect(self._on_enter)
        page.openResult.connect(self.open_result)
        page.filtersChanged.connect(self.run)
        page.suggestionChosen.connect(window.search_field.setText)
        window.search_field.installEventFilter(self)

    def _timer(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def set_ready(self) -> None:
        self.ready = True
        if self.window.search_field.text().strip():
            self.run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window.search_field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key == Qt.Key.Key_Down:
                self.page.move_selection(1)
                return True
            if key == Qt.Key.Key_Up:
                self.page.move_selection(-1)
                return True
            if key == Qt.Key.Key_Escape:
                self.window.search_field.clear()
                self.window.show_page(self.previous_page)
                return True
        return super().eventFilter(watched, event)

    def _on_text(self, text: str) -> None:
        if not text.strip():
            self.debounce.stop()
            if self.window.current_page_key() == "search":
                self.window.show_page(self.previous_page)
            return
        self.debounce.start()

    def run(self) -> None:
        query = self.window.search_field.text().strip()
        if not query:
            return
        if self.window.current_page_key() != "search":
            self.previous_page = self.window.current_page_key() or "guides"
            self.window.show_page("search")
        if not self.ready:
            self.page.show_results(query, [], None)
            self.page.status.setText(self.tr("Søket gjøres klart …"))
            return
        search = self.context.search
        self.query = query
        self.hits = list(search.search(query, limit=LIMIT, **self.page.filters()))
        suggestion = search.suggest(query) if len(self.hits) < 3 else None
        self.page.show_results(query, rows_from_hits(self.hits, self.context.library), suggestion)
        self.resultsShown.emit(query, len(self.hits))
        self.log_timer.start()

    def _on_enter(self, _text: str) -> None:
        if self.debounce.isActive():
            self.debounce.stop()
            self.run()
        self.page.open_current()

    def open_result(self, article_id: str) -> None:
        self.log_current(opened=article_id)
        self.openArticle.emit(article_id)

    def log_current(self, opened: str = "") -> None:
        """Store the settled query once (identity numbers are redacted by the service)."""
        self.log_timer.stop()
        if not self.query:
            return
        if self.query == self._logged_query and self._log_id is not None:
            if opened:
                self.runner.start(self.context.usage.mark_opened, self._log_id, opened)
            return
        self._logged_query, self._log_id = self.query, None
        top = getattr(self.hits[0], "id", "") if self.hits else ""
        normalized = " ".join(self.query.lower().split())
        usage = self.context.usage

        def work() -> int | None:
            log_id = usage.log_search(self.query, normalized, len(self.hits), top)
            if log_id is not None and opened:
                usage.mark_opened(log_id, opened)
            return log_id

        self.runner.start(work, on_done=self._remember)

    def _remember(self, log_id: int | None) -> None:
        self._log_id = log_id
