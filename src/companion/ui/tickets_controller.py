"""Background sync for *Saker*: on a timer, on demand, and when the desk becomes reachable.

The sync engine runs in the thread pool (never the GUI thread); results update the status bar
(nett/frakoblet, saker i kø, sist synkronisert) and a tray notification announces replies.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from companion.app import AppContext
from companion.tickets.factory import DeskNotConfigured, ping_desk
from companion.ui.i18n import fmt
from companion.ui.main_window import MainWindow
from companion.ui.pages.tickets_page import TicketsPage
from companion.ui.theme import icon
from companion.ui.workers import TaskRunner

if TYPE_CHECKING:
    from companion.tickets.sync import SyncReport

log = logging.getLogger(__name__)
PING_INTERVAL_MS = 60_000


class TicketsController(QObject):
    """Owns the sync timer and keeps the status bar honest."""

    syncFinished = Signal(object)  # SyncReport | None

    def __init__(
        self, context: AppContext, runner: TaskRunner, window: MainWindow, page: TicketsPage
    ) -> None:
        super().__init__(window)
        self.context = context
        self.runner = runner
        self.window = window
        self.page = page
        self.online: bool | None = None
        self.busy = False
        self.tray: QSystemTrayIcon | None = None
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(max(1, context.settings.support.sync_interval_minutes) * 60_000)
        self.sync_timer.timeout.connect(self.sync_now)
        self.ping_timer = QTimer(self)
        self.ping_timer.setInterval(PING_INTERVAL_MS)
        self.ping_timer.timeout.connect(self.check_online)
        page.syncRequested.connect(lambda: self.sync_now(force=True))
        page.ticketsChanged.connect(self.update_queue_count)
        self.configured = context.settings.support.backend not in ("", "none")

    def start(self) -> None:
        self.update_queue_count()
        self.page.set_desk_configured(self.configured)
        if not self.configured:
            self.window.set_network(None)
            return
        self.sync_timer.start()
        self.ping_timer.start()
        self.sync_now()

    def reconfigure(self) -> None:
        """Settings changed: pick up the new desk and interval, then sync."""
        self.configured = self.context.settings.support.backend not in ("", "none")
        self.sync_timer.setInterval(
            max(1, self.context.settings.support.sync_interval_minutes) * 60_000
        )
        self.sync_timer.stop()
        self.ping_timer.stop()
        self.start()

    def update_queue_count(self) -> None:
        self.window.set_queue_count(self.context.tickets.queued_count())

    def check_online(self) -> None:
        if self.busy:
            return
        self.runner.start(
            self._ping, on_done=self._on_ping, on_error=lambda _m: self._on_ping(False)
        )

    def _ping(self) -> bool:
        try:
            return ping_desk(self.context.settings)
        except DeskNotConfigured:
            return False

    def _on_ping(self, online: bool) -> None:
        was = self.online
        self.online = online
        self.window.set_network(online)
        if online and was is False and self.context.tickets.queued_count():
            self.sync_now()  # the desk just became reachable: send what waited

    def sync_now(self, force: bool = False) -> None:
        if self.busy:
            return
        if not self.configured:
            self.window.show_message(
                self.tr(
                    "Brukerstøtte er ikke satt opp. Sakene ligger trygt i kø. Velg Fil → "
                    "Innstillinger."
                )
            )
            self.syncFinished.emit(None)
            return
        self.busy = True
        self.page.sync_button.setEnabled(False)
        self.window.show_message(self.tr("Synkroniserer saker …"), 0)
        self.runner.start(
            self._sync,
            force,
            on_done=self._on_synced,
            on_error=self._on_failed,
            on_progress=self._on_progress,
        )

    def _sync(
        self, force: bool, progress: object = None, cancel_event: object = None
    ) -> SyncReport:
        engine = self.context.sync_engine()
        try:
            return engine.sync(progress=progress, cancel_event=cancel_event, force=force)  # type: ignore[arg-type]
        finally:
            close = getattr(engine.desk, "close", None)
            if callable(close):
                close()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.window.show_message(
            fmt(self.tr("%1 … %2 av %3"), text, str(done), str(total)),
            0,
        )

    def _on_synced(self, report: SyncReport) -> None:
        self.busy = False
        self.page.sync_button.setEnabled(True)
        if report.busy:
            self.window.show_message(
                self.tr(
                    "En annen synkronisering pågår allerede (for eksempel fra kommandolinjen). "
                    "Prøv igjen om litt."
                )
            )
            self.syncFinished.emit(report)
            return
        if report.config_error:  # the desk refused our address or credentials: say what to fix
            self.update_queue_count()
            self.window.show_message(report.config_error, 0)
            self.syncFinished.emit(report)
            return
        self.online = report.online
        self.window.set_network(report.online)
        self.window.set_last_sync(datetime.now().strftime("%H:%M"))
        self.update_queue_count()
        self.page.reload()
        current = self.page.current_id()
        if current is not None:
            self.page.show_ticket(current)
        if report.online:
            text = fmt(
                self.tr("Synkronisert: %1 sendt, %2 nye svar."),
                str(report.sent),
                str(report.replies),
            )
        else:
            text = self.tr(
                "Frakoblet: brukerstøtte svarer ikke. Sakene ligger trygt i kø og sendes senere."
            )
        if report.failed:
            text += " " + self.tr(
                "%n sak(er) feilet – åpne dem for å se hvorfor.", "", report.failed
            )
        self.window.show_message(text)
        if report.new_replies:
            self._notify(report)
        self.syncFinished.emit(report)

    def _on_failed(self, message: str) -> None:
        self.busy = False
        self.page.sync_button.setEnabled(True)
        self.window.show_message(message)
        self.syncFinished.emit(None)

    def _notify(self, report: SyncReport) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(icon(self.window.resources, "app"), self)
            self.tray.show()
        subjects = ", ".join(subject for _tid, subject in report.new_replies[:3])
        self.tray.showMessage(
            self.tr("Nytt svar fra brukerstøtte"),
            subjects,
            QSystemTrayIcon.MessageIcon.Information,
            8000,
        )
