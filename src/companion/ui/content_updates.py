"""Checks for signed content packs in the background and swaps new content in without a restart.

Runs only when `[content] update_url` is set: a first check shortly after start-up, then every
`update_interval_hours`, and on *Fil → Se etter oppdatert innhold*. The check and the rebuild of
library and search index run in workers; the GUI thread only swaps the finished objects in.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from companion.app import AppContext
from companion.content.model import Library
from companion.content.packs import ContentSource
from companion.ui.i18n import fmt
from companion.ui.main_window import MainWindow
from companion.ui.workers import TaskRunner

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 60_000
MESSAGE_MS = 20_000


class ContentUpdateController(QObject):
    """Owns the update timer and the File-menu action."""

    contentReloaded = Signal(object)  # the new Library, already loaded and indexed
    checkFinished = Signal(str)  # UpdateStatus value

    def __init__(self, context: AppContext, runner: TaskRunner, window: MainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.runner = runner
        self.window = window
        self.busy = False
        self._manual = False
        self.configured = bool(context.settings.content.update_url)
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, context.settings.content.update_interval_hours) * 3_600_000)
        self.timer.timeout.connect(lambda: self.check(manual=False))
        window.content_update_action.setVisible(self.configured)
        window.content_update_action.triggered.connect(lambda: self.check(manual=True))

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        """Begin the schedule (nothing at all when no update server is configured)."""
        warning = self.context.content_source.warning
        if warning:
            self.window.show_message(warning, 0)
        if not self.configured:
            return
        self.timer.start()
        QTimer.singleShot(first_check_ms, self, lambda: self.check(manual=False))

    def check(self, manual: bool = False) -> None:
        if self.busy or not self.configured:
            return
        from companion.content.packs.client import check_for_update

        self.busy, self._manual = True, manual
        if manual:
            self.window.show_message(self.tr("Ser etter oppdatert innhold …"))
        self.runner.start(
            check_for_update,
            self.context.paths,
            self.context.settings,
            on_done=self._on_result,
            on_error=self._on_error,
        )

    def _on_result(self, result: object) -> None:
        from companion.content.packs.client import UpdateResult, UpdateStatus

        assert isinstance(result, UpdateResult)
        status = result.status
        if status == UpdateStatus.UPDATED:
            self.runner.start(
                self.context.reload_content, on_done=self._on_reloaded, on_error=self._on_error
            )
            return
        self.busy = False
        text = self._describe(status, result.version)
        if text and (self._manual or status == UpdateStatus.REFUSED):
            self.window.show_message(text, MESSAGE_MS)
        self.checkFinished.emit(str(status))

    def _describe(self, status: str, version: int | None) -> str:
        shown = str(version) if version is not None else self.tr("innebygd")
        texts = {
            "current": fmt(self.tr("Innholdet er oppdatert (versjon %1)."), shown),
            "offline": self.tr("Fikk ikke kontakt med innholdsserveren. Prøv igjen senere."),
            "refused": self.tr(
                "En innholdsoppdatering ble avvist fordi den ikke kunne bekreftes. "
                "Innholdet du har, brukes videre. Gi beskjed til IT."
            ),
            "busy": self.tr("En innholdsoppdatering pågår allerede."),
            "failed": self.tr("Nytt innhold kunne ikke lagres. Sjekk ledig diskplass."),
        }
        return texts.get(status, "")

    def _on_reloaded(self, source: object) -> None:
        assert isinstance(source, ContentSource)
        self.busy = False
        library: Library = self.context.library
        self.contentReloaded.emit(library)
        self.window.show_message(
            fmt(self.tr("Nytt innhold: versjon %1"), source.version), MESSAGE_MS
        )
        self.checkFinished.emit("updated")

    def _on_error(self, message: str) -> None:
        self.busy = False
        if self._manual:
            self.window.show_message(message, MESSAGE_MS)
        self.checkFinished.emit("failed")
