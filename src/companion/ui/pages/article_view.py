"""Shows one article: sanitised HTML, favourite toggle, coaching, PDF and feedback."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.content.model import Article, Library
from companion.content.vocabulary import CATEGORIES
from companion.ui.content_status import kind_word, page_word, with_status
from companion.ui.domain_words import word
from companion.ui.flow_layout import FlowLayout
from companion.ui.i18n import fmt
from companion.ui.pages.base import empty_state, muted


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that loads images only from inside the content folder."""

    def __init__(self, content_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content_root = content_root
        self.setOpenLinks(False)
        from companion.content.render import CSS

        self.document().setDefaultStyleSheet(CSS)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        name = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.ImageResource.value and name.scheme() in ("", "file"):
            from companion.content.images import resolve_image

            target = resolve_image(
                self.content_root, name.path() if name.scheme() == "file" else name.toString()
            )
            if target is not None and target.is_file():
                from PySide6.QtGui import QImage

                return QImage(str(target))
            return None
        if name.scheme() in ("http", "https"):
            return None  # offline app: never fetch remote resources
        return super().loadResource(kind, name)


class ArticleView(QWidget):
    """The right-hand side of the library pages."""

    openArticle = Signal(str)
    navigate = Signal(str)  # show this article or checklist here (a followed link, or Tilbake)
    coachRequested = Signal(str)
    pdfRequested = Signal(str)
    favoriteToggled = Signal(str, bool)
    feedbackGiven = Signal(str, bool)
    feedbackComment = Signal(str)
    editRequested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.article: Article | None = None
        self.shown_id = ""  # the article or checklist on screen
        self.history: list[str] = []  # where Tilbake goes (links followed inside this view)
        # "Nytt innhold" per kind: one stat per file, once per library (a new library gets a new
        # view), not on every return to the start pane (10,000 articles: ~10,000 stats).
        self._newest: dict[str, list[str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)

        bar = FlowLayout()  # wraps at 1024 px or large text instead of clipping button texts
        self.back_button = QPushButton(self.tr("← Tilbake"))
        self.back_button.setToolTip(self.tr("Tilbake til forrige artikkel (Alt+←)"))
        self.back_button.setAccessibleName(self.tr("Tilbake til forrige artikkel"))
        self.back_button.clicked.connect(self.go_back)
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.go_back)
        back.setWhatsThis(self.tr("Tilbake til forrige artikkel"))
        bar.addWidget(self.back_button)
        self.favorite_button = QPushButton(self.tr("Legg til i favoritter"))
        self.favorite_button.setCheckable(True)
        self.favorite_button.setAccessibleName(self.tr("Favoritt"))
        self.favorite_button.toggled.connect(self._on_favorite)
        self.coach_button = QPushButton(self.tr("Vis ved siden av"))
        self.coach_button.setProperty("primary", True)
        self.coach_button.setToolTip(
            self.tr("Vis ett steg om gangen i stor tekst, for opplæring ved siden av en kollega")
        )
        self.coach_button.clicked.connect(
            lambda: self.article and self.coachRequested.emit(self.article.id)
        )
        self.pdf_button = QPushButton(self.tr("Eksporter PDF"))
        self.pdf_button.clicked.connect(
            lambda: self.article and self.pdfRequested.emit(self.article.id)
        )
        self.edit_button = QPushButton(self.tr("Rediger lokalt"))
        self.edit_button.setToolTip(self.tr("Lag eller endre deres lokale versjon av artikkelen"))
        self.edit_button.clicked.connect(
            lambda: self.article and self.editRequested.emit(self.article.id)
        )
        bar.addWidget(self.coach_button)
        bar.addWidget(self.favorite_button)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.edit_button)
        layout.addLayout(bar)

        self.notice = muted("")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Melding"))
        self.notice.setVisible(False)
        layout.addWidget(self.notice)

        self.browser = SafeTextBrowser(library.root)
        self.browser.setAccessibleName(self.tr("Artikkel"))
        self.browser.anchorClicked.connect(self._on_link)
        layout.addWidget(self.browser, 1)

        self.empty = empty_state(self.tr("Velg en artikkel i listen, eller søk med Ctrl+K."))
        layout.addWidget(self.empty, 1)

        feedback = QHBoxLayout()
        self.feedback_label = muted(self.tr("Var dette nyttig?"))
        self.yes_button = QPushButton(self.tr("Ja"))
        self.no_button = QPushButton(self.tr("Nei"))
        self.yes_button.clicked.connect(lambda: self._on_feedback(True))
        self.no_button.clicked.connect(lambda: self._on_feedback(False))
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(
            self.tr("Hva manglet? (valgfritt – ikke skriv pasientopplysninger)")
        )
        self.comment.setAccessibleName(self.tr("Kommentar til artikkelen"))
        self.comment.editingFinished.connect(self._on_comment)
        self.thanks = muted("")
        self.comment.setMinimumWidth(320)
        for widget in (
            self.feedback_label,
            self.yes_button,
            self.no_button,
            self.comment,
            self.thanks,
        ):
            feedback.addWidget(widget)
        feedback.addStretch(1)
        layout.addLayout(feedback)
        self.show_article(None)

    def show_article(
        self, article: Article | None, favorite: bool = False, keep_history: bool = False
    ) -> None:
        """Render the article (or the empty state); a new choice from the list forgets links."""
        self.article = article
        self.shown_id = article.id if article else ""
        if not keep_history:
            self.history.clear()
        self.back_button.setEnabled(bool(self.history))
        has = article is not None
        for widget in (
            self.back_button,
            self.browser,
            self.favorite_button,
            self.pdf_button,
            self.edit_button,
            self.feedback_label,
            self.yes_button,
            self.no_button,
        ):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        self.coach_button.setVisible(
            has and article is not None and article.kind == "guide" and bool(article.steps)
        )
        self.comment.setVisible(False)
        self.notice.setVisible(False)
        self.thanks.setText("")
        self.yes_button.setEnabled(True)
        self.no_button.setEnabled(True)
        if article is None:
            return
        self.set_favorite(favorite)
        from companion.content.render import render_for

        rendered = render_for(self.library, article, tr=page_word)
        self.browser.content_root = self.library.root_for(article)
        self.browser.setHtml(rendered.html + self._footer(article))
        self.browser.setFocus()

    def set_favorite(self, favorite: bool) -> None:
        """Show the open article's favourite state (without saving anything)."""
        self.favorite_button.blockSignals(True)
        self.favorite_button.setChecked(favorite)
        self.favorite_button.setText(
            self.tr("Fjern fra favoritter") if favorite else self.tr("Legg til i favoritter")
        )
        self.favorite_button.blockSignals(False)

    def show_start(self, kind: str, favorites: list[str] | None, recent: list[str] | None) -> None:
        """The pane's start page: favourites, recently seen, new content and a short how-to.

        ``None`` for favourites and recently seen: still loading (they come from the database,
        after the content), shown as such rather than as "none yet".
        """
        self.show_article(None)
        self.empty.setVisible(False)
        self.browser.setVisible(True)
        pool = [a for a in self.library.articles.values() if a.kind == kind]
        known = {a.id: a for a in pool}
        if kind not in self._newest:
            self._newest[kind] = [a.id for a in sorted(pool, key=_freshness, reverse=True)[:5]]
        newest = self._newest[kind]

        loading = html.escape(self.tr("Henter …"))

        def section(title: str, ids: list[str] | None, empty: str) -> str:
            if ids is None:
                return f"<h2>{html.escape(title)}</h2><p class='meta'>{loading}</p>"
            items = [
                f"<li><a href='companion://artikkel/{html.escape(i)}'>"
                f"{html.escape(known[i].title)}</a></li>"
                for i in ids
                if i in known
            ][:6]
            body = f"<ul>{''.join(items)}</ul>" if items else f"<p class='meta'>{empty}</p>"
            return f"<h2>{html.escape(title)}</h2>{body}"

        how_to = self.tr(
            "Velg en artikkel i listen til venstre, eller søk med Ctrl+K. Lenker i en artikkel "
            "åpnes her; "
            "«← Tilbake» (Alt+←) går tilbake. Stjernemerk det du bruker ofte med «Legg til i "
            "favoritter»."
        )
        parts = [
            f"<h1>{html.escape(self.tr('Kom i gang'))}</h1><p>{html.escape(how_to)}</p>",
            section(
                self.tr("Favoritter"),
                favorites,
                html.escape(self.tr("Ingen favoritter ennå.")),
            ),
            section(
                self.tr("Sist sett"),
                recent,
                html.escape(self.tr("Du har ikke åpnet noe her ennå.")),
            ),
            section(
                self.tr("Nytt innhold"),
                newest,
                html.escape(self.tr("Ikke noe nytt innhold.")),
            ),
        ]
        self.browser.setHtml("".join(parts))

    def show_checklist(self, checklist_id: str, keep_history: bool = False) -> None:
        """Checklists open read-only here; progress is tracked under Opplæring."""
        from companion.content.render import render_checklist

        checklist = self.library.checklists[checklist_id]
        self.show_article(None, keep_history=keep_history)
        self.shown_id = checklist_id
        self.empty.setVisible(False)
        self.browser.setVisible(True)
        self.back_button.setVisible(True)
        self.browser.setHtml(render_checklist(checklist, self.library))

    def _footer(self, article: Article) -> str:
        badge = with_status(
            f"{kind_word(article.kind)} · "
            f"{word(CATEGORIES.get(article.category, article.category))}",
            article,
        )
        links = [
            f"<li><a href='companion://artikkel/{html.escape(rid)}'>{html.escape(self.library.title_of(rid))}</a></li>"
            for rid in article.related
            if rid in self.library.articles
        ]
        related = f"<h2>{self.tr('Les også')}</h2><ul>{''.join(links)}</ul>" if links else ""
        return f"{related}<p class='meta'>{html.escape(badge)}</p>"

    def _on_link(self, url: QUrl) -> None:
        from companion.content.render import parse_internal_link

        target = parse_internal_link(url.toString())
        if target and target in self.library.retired:
            self.notice.setText(
                fmt(
                    self.tr(
                        "«%1» er utgått og vises ikke lenger. Spør superbrukeren hva som gjelder "
                        "nå."
                    ),
                    self.library.retired[target].title,
                )
            )
            self.notice.setVisible(True)
            return
        if target:
            self.follow(target)
            return
        if url.scheme() in ("http", "https", "mailto"):
            answer = QMessageBox.question(
                self,
                self.tr("Åpne lenke"),
                fmt(self.tr("Lenken åpnes i nettleseren:\n%1\n\nVil du åpne den?"), url.toString()),
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(url)

    def follow(self, target: str) -> None:
        """Open a linked article right here, remembering where we came from."""
        known = target in self.library.articles or target in self.library.checklists
        if not known or target == self.shown_id:
            return
        if self.shown_id:
            self.history.append(self.shown_id)
        self.navigate.emit(target)

    def go_back(self) -> None:
        if self.history:
            self.navigate.emit(self.history.pop())

    def _on_favorite(self, on: bool) -> None:
        if self.article:
            self.favorite_button.setText(
                self.tr("Fjern fra favoritter") if on else self.tr("Legg til i favoritter")
            )
            self.favoriteToggled.emit(self.article.id, on)

    def _on_feedback(self, helpful: bool) -> None:
        if not self.article:
            return
        self.feedbackGiven.emit(self.article.id, helpful)
        self.yes_button.setEnabled(False)
        self.no_button.setEnabled(False)
        self.thanks.setText(self.tr("Takk! Svaret er lagret."))
        if not helpful:
            self.comment.clear()
            self.comment.setVisible(True)
            self.comment.setFocus()

    def _on_comment(self) -> None:
        if self.comment.text().strip():
            self.feedbackComment.emit(self.comment.text())
            self.thanks.setText(self.tr("Takk! Kommentaren er lagret."))


def _freshness(article: Article) -> tuple[date, float]:
    """Newest first: approval date (or an old file's valid_from), then the file's change time
    (a new pack or a local edit), so "Nytt innhold" is never empty just because drafts have
    no dates."""
    day = article.approved_at or article.valid_from or date.min
    try:
        changed = article.path.stat().st_mtime
    except OSError:
        changed = 0.0
    return day, changed
