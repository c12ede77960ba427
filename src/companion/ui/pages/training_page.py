"""Opplæring: people being trained, unit overview, coaching log and summer coverage, as tabs.

The page is built empty; the first time it is shown it gets the service in a worker (that
may open the database and load content), then builds the tabs. Everything the tabs show is
read from the database when the tab is shown, so nothing lives only in widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.i18n import fmt
from companion.ui.pages.base import empty_state, heading
from companion.ui.workers import TaskRunner

if TYPE_CHECKING:
    from companion.training.service import TrainingService
    from companion.ui.pages.training_coaching import CoachingTab
    from companion.ui.pages.training_coverage import CoverageTab
    from companion.ui.pages.training_matrix import MatrixTab
    from companion.ui.pages.training_people import PeopleTab

TABS = ("people", "matrix", "coaching", "coverage")


class TrainingPage(QWidget):
    """Signals for the shell.

    `coachingRequested(guide_id, person, unit)` opens a guide in coaching mode;
    `ticketCreated(id)` after an escalation made a draft sak; `ready` when the tabs are built."""

    coachingRequested = Signal(str, str, str)
    ticketCreated = Signal(int)
    ready = Signal()

    def __init__(
        self,
        service: Callable[[], TrainingService],
        runner: TaskRunner,
        default_unit: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._provider = service
        self.runner = runner
        self.default_unit = default_unit
        self.service: TrainingService | None = None
        self._loading = False
        self.setAccessibleName(self.tr("Opplæring"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Opplæring")), 1)
        self.superuser = QLineEdit()
        self.superuser.setPlaceholderText(self.tr("Ditt navn"))
        self.superuser.setAccessibleName(self.tr("Superbruker som registrerer"))
        self.superuser.setMinimumWidth(220)
        self.superuser.setEnabled(False)
        caption = QLabel(self.tr("Superbruker (deg)"))
        caption.setBuddy(self.superuser)
        top.addWidget(caption)
        top.addWidget(self.superuser)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        self.placeholder = empty_state(self.tr("Laster opplæring …"))
        self.stack.addWidget(self.placeholder)
        layout.addWidget(self.stack, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.stack.addWidget(self.tabs)
        self.people_tab: PeopleTab | None = None
        self.matrix_tab: MatrixTab | None = None
        self.coaching_tab: CoachingTab | None = None
        self.coverage_tab: CoverageTab | None = None

    # loading --------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page or closing the window: store what was typed in the last moments."""
        self.flush_pending()
        super().hideEvent(event)

    def flush_pending(self) -> None:
        if self.people_tab is not None:
            self.people_tab.panel.flush()
        if self.coaching_tab is not None:
            self.coaching_tab.draft_saver.flush()

    def load(self) -> None:
        """Get the service off the GUI thread (database and content may need loading)."""
        if self.service is not None or self._loading:
            return
        self._loading = True
        self.runner.start(self._prepare, on_done=self._on_ready, on_error=self._on_error)

    def _prepare(self) -> TrainingService:
        service = self._provider()
        _ = service.library  # load content here, not on the GUI thread
        return service

    def _on_error(self, message: str) -> None:
        self._loading = False
        self.placeholder.setText(fmt(self.tr("Opplæring kunne ikke åpnes. %1"), message))

    def _on_ready(self, service: TrainingService) -> None:
        from companion.ui.pages.training_coaching import CoachingTab
        from companion.ui.pages.training_coverage import CoverageTab
        from companion.ui.pages.training_matrix import MatrixTab
        from companion.ui.pages.training_people import PeopleTab

        self.service = service
        self._loading = False
        self.superuser.setText(service.superuser_name())
        self.superuser.setEnabled(True)
        self.people_tab = PeopleTab(service, self.runner, self.default_unit, self.superuser)
        self.matrix_tab = MatrixTab(service)
        self.coaching_tab = CoachingTab(service, self.default_unit)
        self.coverage_tab = CoverageTab(service, self.default_unit)
        self.tabs.addTab(self.people_tab, self.tr("Personer"))
        self.tabs.addTab(self.matrix_tab, self.tr("Enhetsoversikt"))
        self.tabs.addTab(self.coaching_tab, self.tr("Veiledning ved siden av"))
        self.tabs.addTab(self.coverage_tab, self.tr("Sommerdekning"))
        self.people_tab.coachingRequested.connect(self.coachingRequested)
        self.coaching_tab.ticketCreated.connect(self.ticketCreated)
        self.matrix_tab.personActivated.connect(self.open_person)
        self.tabs.currentChanged.connect(self._on_tab)
        self.coaching_tab.load()
        self.stack.setCurrentWidget(self.tabs)
        self._on_tab(self.tabs.currentIndex())
        self.ready.emit()

    # navigation ----------------------------------------------------------------------------------
    def _on_tab(self, index: int) -> None:
        """Re-read the tab's data from the database whenever it is shown."""
        self.flush_pending()
        tab = self.tabs.widget(index)
        if tab is self.people_tab and self.people_tab:
            self.people_tab.refresh()
        elif tab is self.matrix_tab and self.matrix_tab:
            self.matrix_tab.refresh_filters()
            self.matrix_tab.refresh()
        elif tab is self.coaching_tab and self.coaching_tab:
            self.coaching_tab.refresh()
        elif tab is self.coverage_tab and self.coverage_tab:
            self.coverage_tab.refresh()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    def open_person(self, person_id: int) -> None:
        if self.people_tab is None:
            return
        self.tabs.setCurrentWidget(self.people_tab)
        self.people_tab.select_person(person_id)

    def refresh_current(self) -> None:
        """Re-read the visible tab (after a team sync brought others' changes)."""
        if self.service is not None:
            self._on_tab(self.tabs.currentIndex())
            if self.people_tab is not None:
                self.people_tab.panel.reload()  # no-op when nobody is open

    def refresh_coaching(self, *_args: object) -> None:
        """Call when coaching mode recorded a session (LibraryController.coachingRecorded)."""
        if self.coaching_tab is not None:
            self.coaching_tab.refresh()
