"""Builds the window's pages and wires them to services (the GUI's composition step)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject

from companion.app import AppContext
from companion.ui.about import HelpActions
from companion.ui.main_window import MainWindow
from companion.ui.library_controller import LibraryController
from companion.ui.pages.base import PlaceholderPage
from companion.ui.pages.library_page import LibraryPage
from companion.ui.workers import TaskRunner

log = logging.getLogger(__name__)


class Shell(QObject):
    """Owns the main window, the task runner and the page controllers."""

    def __init__(self, context: AppContext, resources: Path) -> None:
        super().__init__()
        self.context = context
        self.resources = resources
        self.runner = TaskRunner(parent=self)
        self.window = MainWindow(resources, context.paths.home / "ui-state.ini", context.settings.ui.font_point_size)
        self._build_pages()
        self.help_actions = HelpActions(self.window, context, self.runner)  # Om Følgesvenn, Eksporter diagnostikk

    def _build_pages(self) -> None:
        w = self.window
        tr = w.tr
        self.library_pages = {"guides": LibraryPage("guide", tr("Veiledninger")), "kb": LibraryPage("mistake", tr("Kunnskapsbase"))}
        w.add_page("guides", tr("Veiledninger"), "guides", self.library_pages["guides"])
        w.add_page("kb", tr("Kunnskapsbase"), "kb", self.library_pages["kb"])
        self.library = LibraryController(self.context, self.runner, self.library_pages, w)
        w.add_page("tickets", tr("Saker"), "tickets", PlaceholderPage(tr("Saker"), tr("Her samler du saker til brukerstøtte. Saker lagres lokalt først og sendes når du er på nett.")))
        w.add_page("training", tr("Opplæring"), "training", PlaceholderPage(tr("Opplæring"), tr("Her følger du opp opplæring av vikarer og nyansatte.")))
        w.add_page("insights", tr("Innsikt"), "insights", PlaceholderPage(tr("Innsikt"), tr("Her ser du hva kollegaer søker etter og ikke finner, og hva som går galt.")))
        w.show_page(w.saved_page() if w.saved_page() in ("guides", "kb", "tickets", "training", "insights") else "guides")

    def start_background(self) -> None:
        """Load what the pages need without blocking the window."""
        self.library.load()

    def open_article(self, article_id: str) -> None:
        page = self.library.open_article(article_id)
        if page:
            self.window.show_page(page)

    def shutdown(self) -> None:
        self.runner.wait(3000)
