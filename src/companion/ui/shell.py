"""Builds the window's pages and wires them to services (the GUI's composition step)."""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from companion.app import AppContext
from companion.settings import Settings
from companion.ui.library_controller import LibraryController
from companion.ui.main_window import MainWindow
from companion.ui.pages.base import PlaceholderPage
from companion.ui.pages.library_page import LibraryPage
from companion.ui.workers import TaskRunner

if TYPE_CHECKING:
    from companion.content.model import Library
    from companion.ui.about import HelpActions
    from companion.ui.pages.search_page import SearchPage
    from companion.ui.pages.training_page import TrainingPage
    from companion.ui.search_controller import SearchController
    from companion.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class Shell(QObject):
    """Owns the main window, the task runner and the page controllers."""

    servicePagesReady = Signal()
    settingsChanged = Signal(object)  # Settings, after AppContext.replace_settings()
    # Built by finish_pages() (after the first paint when the launcher defers them).
    training_page: TrainingPage
    search_page: SearchPage
    search: SearchController

    def __init__(self, context: AppContext, resources: Path, defer_pages: bool = False) -> None:
        """With ``defer_pages`` only the start page is built; the launcher calls
        :meth:`finish_pages` right after the window's first paint (start-up time, #16)."""
        super().__init__()
        self.context = context
        self.resources = resources
        self.runner = TaskRunner(parent=self)
        self.window = MainWindow(
            resources, context.paths.home / "ui-state.ini", context.settings.ui.font_point_size
        )
        self._build_pages()
        if not defer_pages:
            self.finish_pages()
        # Hjelp menu: the dialog module is imported on first use, not at start-up.
        self.window.about_action.triggered.connect(lambda: self.help_actions.show_about())
        self.window.diagnostics_action.triggered.connect(lambda: self.help_actions.ask_and_export())
        self.window.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.window.getting_started_action.triggered.connect(self.show_getting_started)

    def show_shortcuts(self) -> QWidget:
        from companion.ui.help_pages import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.open()
        return dialog

    def show_getting_started(self) -> QWidget:
        from companion.ui.help_pages import GettingStartedDialog

        dialog = GettingStartedDialog(self.window)
        dialog.open()
        return dialog

    def _build_pages(self) -> None:
        """The navigation with every entry; only the start page is built here."""
        w = self.window
        # Filled by _build_library_page(); the controller uses them once the library loads.
        self.library_pages: dict[str, LibraryPage] = {}
        w.add_page("guides", self.tr("Veiledninger"), "guides", self._slot(self.tr("Veiledninger")))
        w.add_page("kb", self.tr("Kunnskapsbase"), "kb", self._slot(self.tr("Kunnskapsbase")))
        self.library = LibraryController(self.context, self.runner, self.library_pages, w)
        # Pages that need the database start as placeholders; _build_service_pages() swaps in
        # the real ones after the background warm-up (keeps SQLAlchemy out of start-up time).
        w.add_page(
            "tickets",
            self.tr("Saker"),
            "tickets",
            PlaceholderPage(self.tr("Saker"), self.tr("Laster saker …")),
        )
        w.add_page(
            "training",
            self.tr("Opplæring"),
            "training",
            self._slot(self.tr("Opplæring")),
        )
        w.add_lazy_page(
            "insights",
            self.tr("Innsikt"),
            "insights",
            self._make_insights_page,
            PlaceholderPage(self.tr("Innsikt"), self.tr("Laster innsikt …")),
        )
        w.add_page(
            "search",
            self.tr("Søk"),
            "search",
            self._slot(self.tr("Søk")),
            in_nav=False,
        )
        start = w.saved_page()
        start = start if start in ("guides", "kb", "tickets", "training", "insights") else "guides"
        if start == "training":
            self._build_training_page()
        elif start in ("guides", "kb"):
            self._build_library_page(start)
        w.show_page(start)

    @staticmethod
    def _slot(title: str) -> QWidget:
        """Stands in for a page until finish_pages() builds it (one event-loop turn)."""
        return PlaceholderPage(title, "")

    def finish_pages(self) -> None:
        """Build the pages the start page does not need (runs once, after the first paint)."""
        if hasattr(self, "search"):
            return
        from companion.ui.pages.search_page import SearchPage
        from companion.ui.search_controller import SearchController

        for key in ("guides", "kb"):
            if key not in self.library_pages:
                self._build_library_page(key)
        if not hasattr(self, "training_page"):
            self._build_training_page()
        self.search_page = SearchPage()
        self.window.replace_page("search", self.search_page)
        self.search = SearchController(self.context, self.runner, self.window, self.search_page)
        self.search.openArticle.connect(self.open_article)

    def _build_library_page(self, key: str) -> None:
        title = self.tr("Veiledninger") if key == "guides" else self.tr("Kunnskapsbase")
        page = LibraryPage("guide" if key == "guides" else "mistake", title)
        self.library_pages[key] = page
        self.window.replace_page(key, page)

    def _build_training_page(self) -> None:
        from companion.ui.pages.training_page import TrainingPage

        self.training_page = TrainingPage(
            lambda: self.context.training, self.runner, self.context.settings.org.unit
        )
        self.window.replace_page("training", self.training_page)

    @cached_property
    def help_actions(self) -> HelpActions:
        """Om Følgesvenn and Eksporter diagnostikk (built on first use)."""
        from companion.ui.about import HelpActions

        return HelpActions(self.window, self.context, self.runner, connect_menu=False)

    def _make_insights_page(self) -> QWidget:
        from companion.ui.pages.insights_page import InsightsPage

        page = InsightsPage(self.context, self.runner)
        page.review_view.openArticle.connect(self.open_article)
        return page

    def start_background(self) -> None:
        """Load what the pages need without blocking the window."""
        self.finish_pages()
        self.library.libraryLoaded.connect(self._build_service_pages)
        self.library.load()

    def _build_service_pages(self, library: Library) -> None:
        """Runs on the GUI thread once the worker has imported the database layer."""
        from companion.ui.pages.tickets_page import TicketsPage
        from companion.ui.team_controller import TeamController
        from companion.ui.tickets_controller import TicketsController

        self.search.set_ready()
        guides = [(g.id, g.title) for g in library.guides()]
        self.tickets_page = TicketsPage(
            self.context.tickets, self.context.settings.org, guides, self.suggest_articles
        )
        self.tickets_page.editor.openArticle.connect(self.open_article)
        self.window.replace_page("tickets", self.tickets_page)
        self.tickets = TicketsController(self.context, self.runner, self.window, self.tickets_page)
        self.settingsChanged.connect(lambda s: self.tickets_page.set_org(s.org))
        self.tickets.start()
        self.team = TeamController(
            self.context, self.runner, self.window, self.training_page.refresh_current
        )
        self.team.start()
        self.training_page.coachingRequested.connect(self._coach_from_training)
        self.library.coachingRecorded.connect(lambda _id: self.training_page.refresh_coaching())
        self.training_page.ticketCreated.connect(self._on_ticket_created)
        self.window.settings_action.triggered.connect(self.open_settings)
        self._start_content_updates()
        self.servicePagesReady.emit()

    def _start_content_updates(self) -> None:
        """Signed content packs: background checks, and new content swapped in live."""
        from companion.ui.content_updates import ContentUpdateController

        self.content_updates = ContentUpdateController(self.context, self.runner, self.window)
        self.content_updates.contentReloaded.connect(self._on_content_reloaded)
        self.content_updates.start()

    def _on_content_reloaded(self, library: Library) -> None:
        """The same path as the warm-up: pages get the new library, search its new index."""
        self.library.set_library(library)
        self.search.set_ready()

    def open_settings(self) -> SettingsDialog:
        from companion.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self.runner, self.window)
        dialog.saved.connect(self._on_settings_saved)
        dialog.open()
        return dialog

    def _on_settings_saved(self, settings: Settings) -> None:
        self.context.replace_settings(settings)
        self.settingsChanged.emit(settings)
        self.tickets.reconfigure()
        self.team.start()
        self.window.show_message(self.tr("Innstillingene er lagret."))

    def _on_ticket_created(self, _ticket_id: int) -> None:
        self.tickets_page.reload()
        self.tickets.update_queue_count()

    def _coach_from_training(self, guide_id: str, person: str, unit: str) -> None:
        """A checklist item's guide, opened in coaching mode for the trainee."""
        self.library.start_coaching(guide_id, coached_person=person, unit=unit)

    def suggest_articles(self, text: str) -> list[tuple[str, str]]:
        """Articles that may answer a ticket being typed ("Kanskje dette hjelper?")."""
        if not self.search.ready:
            return []
        return [
            (hit.id, hit.title)
            for hit in self.context.search.search(text, limit=4)
            if hit.kind != "checklist"
        ]

    def open_article(self, article_id: str) -> None:
        page = self.library.open_article(article_id)
        if page:
            self.window.show_page(page)

    def shutdown(self) -> None:
        self.runner.wait(3000)
        team = getattr(self, "team", None)  # built with the service pages
        if team is not None:
            team.shutdown()
