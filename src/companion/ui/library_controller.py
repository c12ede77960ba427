"""Wires the Veiledninger and Kunnskapsbase pages to the content library and usage service."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from companion.app import AppContext
from companion.ui.i18n import fmt
from companion.ui.pages.library_page import LibraryPage
from companion.ui.workers import TaskRunner

if TYPE_CHECKING:
    from companion.content.model import Article, Library
    from companion.ui.coaching import CoachingWindow, RecordCoachingDialog
    from companion.ui.local_editor import LocalEditorDialog
    from companion.ui.pages.article_view import ArticleView

log = logging.getLogger(__name__)


def _slug_filename(title: str) -> str:
    keep = "".join(c if c.isalnum() or c in " -_" else " " for c in title)
    return "-".join(keep.split())[:80] or "veiledning"


class LibraryController(QObject):
    """Owns the two library pages' behaviour; all database work goes through the runner."""

    libraryLoaded = Signal(object)
    libraryReloaded = Signal(object)
    coachingRecorded = Signal(int)

    def __init__(
        self,
        context: AppContext,
        runner: TaskRunner,
        pages: dict[str, LibraryPage],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.runner = runner
        self.pages = pages
        self.window = window
        self.library: Library | None = None
        self._last_feedback_id: int | None = None

    # loading -------------------------------------------------------------------------------
    def load(self) -> None:
        self.runner.start(
            self._load_in_background, on_done=self._on_loaded, on_error=self._on_error
        )

    def _load_in_background(self) -> Library:
        return self.context.library  # the parsed-content cache: tens of milliseconds

    def _on_loaded(self, library: Library) -> None:
        """The lists show now; favourites, recently seen and the search index come next.

        They need the database layer (SQLModel, ~0.5 s to import on a slow PC) and the index,
        which the user does not need to start reading: the start pane says "Henter …" there.
        """
        for page in self.pages.values():
            page.articleSelected.connect(self.show_article)
        self.set_library(library)
        self.runner.start(
            self._load_user_lists, on_done=self._on_user_lists, on_error=self._on_error
        )

    def _usage(self, method: str) -> Callable[..., Any]:
        """A usage-service method looked up when the worker runs it: the first lookup imports
        the database layer, which must never happen on the GUI thread (clicks can come before
        the user lists have loaded)."""
        return lambda *args: getattr(self.context.usage, method)(*args)

    def _load_user_lists(self) -> tuple[list[str], list[str]]:
        usage = self.context.usage
        self.context.search  # noqa: B018  (build or load the search index off the GUI thread)
        return usage.favorites(), usage.recent()

    def _on_user_lists(self, result: tuple[list[str], list[str]]) -> None:
        favorites, recent = result
        for page in self.pages.values():
            page.set_user_lists(favorites, recent)
            if page.view is not None and page.view.article is not None:  # opened meanwhile
                page.view.set_favorite(page.view.article.id in favorites)
        if self.library is not None:
            self.libraryLoaded.emit(self.library)

    def set_library(
        self, library: Library, favorites: list[str] | None = None, recent: list[str] | None = None
    ) -> None:
        """Show `library` on both pages (at start-up, and again after a content update)."""
        self.library = library
        for page in self.pages.values():
            view = page.set_library(library)
            if favorites is not None or recent is not None:
                page.set_user_lists(
                    page.favorites if favorites is None else favorites,
                    page.recent if recent is None else recent,
                )
            view.openArticle.connect(self.open_article)
            view.navigate.connect(lambda target, v=view: self.show_in_view(v, target))
            view.favoriteToggled.connect(self._on_favorite)
            view.feedbackGiven.connect(self._on_feedback)
            view.feedbackComment.connect(self._on_comment)
            view.coachRequested.connect(self.start_coaching)
            view.pdfRequested.connect(self.export_pdf)
            view.editRequested.connect(self.edit_locally)

    def _on_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs: not before the first paint (#16)

        QMessageBox.warning(self.window, self.tr("Kunne ikke laste innholdet"), message)

    # article display --------------------------------------------------------------------------
    def page_for(self, article: Article) -> LibraryPage:
        return self.pages["guides" if article.kind == "guide" else "kb"]

    def open_article(self, article_id: str) -> str | None:
        """Select the article on its page; returns the page key, or None if unknown."""
        if self.library is not None and article_id in self.library.checklists:
            view = self.pages["guides"].view
            if view is not None:
                view.show_checklist(article_id)
            return "guides"
        if self.library is None or article_id not in self.library.articles:
            return None
        article = self.library.articles[article_id]
        page = self.page_for(article)
        if not page.select(article_id):
            self.show_article(article_id)
        return "guides" if article.kind == "guide" else "kb"

    def show_article(self, article_id: str) -> None:
        if self.library is None or article_id not in self.library.articles:
            return
        article = self.library.articles[article_id]
        page = self.page_for(article)
        if page.view is None:
            return
        favorites = page.favorites
        page.view.show_article(article, favorite=article_id in favorites)
        self.runner.write(self._usage("record_view"), article_id)

    def show_in_view(self, view: ArticleView, target: str) -> None:
        """A followed link (or Tilbake) shows its article in the same pane, whatever its kind."""
        if self.library is None:
            return
        if target in self.library.checklists:
            view.show_checklist(target, keep_history=True)
            return
        article = self.library.articles.get(target)
        if article is None:
            return
        favorites = self.page_for(article).favorites
        view.show_article(article, favorite=target in favorites, keep_history=True)
        self.runner.write(self._usage("record_view"), target)

    def _on_favorite(self, article_id: str, on: bool) -> None:
        for page in self.pages.values():
            if on and article_id not in page.favorites:
                page.favorites = [article_id, *page.favorites]
            elif not on:
                page.favorites = [a for a in page.favorites if a != article_id]
        self.runner.write(self._usage("set_favorite"), article_id, on)

    def _on_feedback(self, article_id: str, helpful: bool) -> None:
        self.runner.write(
            self._usage("add_feedback"), article_id, helpful, on_done=self._remember_feedback
        )

    def _remember_feedback(self, feedback_id: int) -> None:
        self._last_feedback_id = feedback_id

    def _on_comment(self, comment: str) -> None:
        if self._last_feedback_id is not None:
            self.runner.write(
                self._usage("update_feedback_comment"), self._last_feedback_id, comment
            )

    # coaching -------------------------------------------------------------------------------------
    def start_coaching(
        self, article_id: str, coached_person: str = "", unit: str = ""
    ) -> CoachingWindow | None:
        if self.library is None or article_id not in self.library.articles:
            return None
        article = self.library.articles[article_id]
        if not article.steps:
            return None
        from companion.ui.coaching import CoachingWindow

        window = CoachingWindow(
            article, self.library.root_for(article), self.window, self.library.values
        )
        window.completed.connect(
            lambda seen, total, w=window: self._offer_record(
                article, w.started_at, seen, total, coached_person, unit
            )
        )
        window.show()
        return window

    def _offer_record(
        self,
        article: Article,
        started_at: datetime,
        seen: int,
        total: int,
        person: str = "",
        unit: str = "",
    ) -> None:
        minutes = max(1, round((datetime.now(UTC) - started_at).total_seconds() / 60))
        org = self.context.settings.org
        from companion.ui.coaching import RecordCoachingDialog

        dialog = RecordCoachingDialog(
            article.title, minutes, self.context.user_name(), unit or org.unit, self.window
        )
        dialog.person.setText(person)
        dialog.setObjectName("recordCoachingDialog")
        dialog.accepted.connect(lambda: self._record(article, dialog, started_at, seen, total))
        dialog.open()

    def _record(
        self,
        article: Article,
        dialog: RecordCoachingDialog,
        started_at: datetime,
        seen: int,
        total: int,
    ) -> None:
        r = dialog.result_value()
        if r.coach_name and r.coach_name != self.context.user_name():
            self.runner.write(self.context.training.remember_superuser_name, r.coach_name)
        self.runner.write(
            self._usage("record_coaching"),
            article.id,
            r.coached_person,
            r.coach_name,
            r.unit,
            seen,
            total,
            r.minutes,
            started_at,
            r.outcome,
            on_done=self.coachingRecorded.emit,
        )

    # local editing -------------------------------------------------------------------------------
    def edit_locally(self, article_id: str) -> LocalEditorDialog | None:
        """Open *Rediger lokalt* for an article (a copy of the central one when not local yet)."""
        if self.library is None:
            return None
        from companion.ui.local_editor import LocalEditorDialog

        article = self.library.articles.get(article_id)
        dialog = LocalEditorDialog(
            self.library,
            self.context.local_content_dir,
            self.context.paths.cache,
            self.runner,
            article,
            article.kind if article else "mistake",
            self.window,
        )
        dialog.setObjectName("localEditorDialog")
        dialog.localDirChosen.connect(self._save_local_dir)
        dialog.saved.connect(self.reload_after_edit)
        dialog.open()
        return dialog

    def _save_local_dir(self, folder: str) -> None:
        from companion.settings import save_user_settings

        self.context.settings.content.local_dir = folder
        try:
            save_user_settings(
                self.context.settings, self.context.paths.config_file, self.context.machine_file
            )
        except OSError as exc:
            log.warning("local_dir not saved: %s", exc)

    def reload_after_edit(self, article_id: str) -> None:
        """Load central + local again in a worker, then show the (now local) article."""
        self.runner.start(
            self._reload_in_background,
            on_done=lambda library: self._apply_library(library, article_id),
            on_error=self._on_error,
        )

    def _reload_in_background(self) -> Library:
        library = self.context.reload_library()
        self.context.search  # noqa: B018  (rebuild the index off the GUI thread)
        return library

    def _apply_library(self, library: Library, article_id: str) -> None:
        self.library = library
        for page in self.pages.values():
            page.library = library
            if page.view is not None:
                page.view.library = library
            page.refresh()
        if article_id in library.articles:
            self.open_article(article_id)
            self.show_article(article_id)  # re-render even if the row was already selected
        else:  # retired locally: it must not stay on screen
            for page in self.pages.values():
                shown = page.view.article if page.view is not None else None
                if page.view is not None and shown is not None and shown.id == article_id:
                    page.view.show_article(None)
        self.libraryReloaded.emit(library)

    # pdf ---------------------------------------------------------------------------------------
    def export_pdf(self, article_id: str, target: Path | None = None) -> Path | None:
        if self.library is None:
            return None
        article = self.library.articles.get(article_id)
        if article is None:
            return None
        if target is None:
            from PySide6.QtWidgets import QFileDialog

            default = str(Path.home() / f"{_slug_filename(article.title)}.pdf")
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Eksporter PDF"), default, "PDF (*.pdf)"
            )
            if not chosen:
                return None
            target = Path(chosen)
        from companion.reports.article_pdf import export_article

        try:
            export_article(article, self.library, target)
        except OSError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self.window,
                self.tr("Kunne ikke lagre PDF"),
                fmt(self.tr("PDF-filen kunne ikke skrives: %1. Velg en annen mappe."), str(exc)),
            )
            return None
        return target
