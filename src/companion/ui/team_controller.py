"""Background team sync: on a timer and shortly after local changes, never on the GUI thread.

Like the ticket sync (ui/tickets_controller.py): the work runs in the thread pool; the status
bar says in words whether the team is reached ("Synkronisert med teamet 10:42" / "Teamet: ikke
tilkoblet"), and the training pages re-read the database after a pull brought changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from companion.app import AppContext
from companion.ui.i18n import fmt
from companion.ui.main_window import MainWindow
from companion.ui.workers import TaskRunner

if TYPE_CHECKING:
    from companion.team.sync import SyncResult, TeamSync

log = logging.getLogger(__name__)
AFTER_CHANGE_MS = 3_000  # gather a burst of edits into one sync


class TeamController(QObject):
    """Owns the team sync timer and the status-bar word for the team."""

    localChanged = Signal()  # emitted from any thread when the outbox got a row
    syncFinished = Signal(object)  # SyncResult | None

    def __init__(
        self,
        context: AppContext,
        runner: TaskRunner,
        window: MainWindow,
        on_pulled: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.context = context
        self.runner = runner
        self.window = window
        self.on_pulled = on_pulled
        self.busy = False
        self.again = False
        self._team: TeamSync | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.sync_now)
        self.localChanged.connect(self.soon.start)  # queued across threads
        self._notify = self.localChanged.emit
        context.team_change_listeners.append(self._notify)

    def start(self) -> None:
        if not self.context.team_configured:
            self.window.set_team_state(None)
            return
        minutes = max(1, self.context.settings.team.sync_interval_minutes)
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()
        self.window.set_team_state(self.tr("Teamet: synkroniserer …"))
        self.sync_now()

    def sync_now(self) -> None:
        if not self.context.team_configured:
            return
        if self.busy:
            self.again = True  # a change came in during the sync: go once more after it
            return
        self.busy = True
        self.runner.start(self._sync, on_done=self._on_synced, on_error=self._on_failed)

    def _sync(self) -> SyncResult:
        if self._team is None:
            self._team = self.context.team_sync()
        return self._team.sync()

    def _on_synced(self, result: SyncResult) -> None:
        self.busy = False
        when = result.finished_at.astimezone().strftime("%H:%M")
        self.window.set_team_state(
            fmt(self.tr("Synkronisert med teamet %1"), when),
            fmt(self.tr("Sendt %1, hentet %2 endringer."), result.pushed, result.pulled),
        )
        if result.pulled:
            self.on_pulled()
        self.syncFinished.emit(result)
        self._maybe_again()

    def _on_failed(self, message: str) -> None:
        self.busy = False
        self.window.set_team_state(self.tr("Teamet: ikke tilkoblet"), message)
        self.syncFinished.emit(None)
        self.again = False  # the timer retries; changes wait safely in the outbox

    def _maybe_again(self) -> None:
        if self.again:
            self.again = False
            self.soon.start()

    def shutdown(self) -> None:
        self.timer.stop()
        self.soon.stop()
        if self._notify in self.context.team_change_listeners:
            self.context.team_change_listeners.remove(self._notify)
        if self._team is not None:
            self._team.close()
