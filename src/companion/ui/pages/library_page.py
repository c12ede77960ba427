"""Veiledninger and Kunnskapsbase: browse by category, role, favourites and recently seen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import CATEGORIES, KNOWN_ROLES
from companion.ui.content_status import with_status
from companion.ui.domain_words import word
from companion.ui.models.articles import ID_ROLE, ArticleDelegate, ArticleListModel, ArticleRow
from companion.ui.pages.base import empty_state, heading, labelled_combo
from companion.ui.qt_values import SCROLL_BAR_ALWAYS_OFF

if TYPE_CHECKING:  # built when content has loaded, after the first paint (issue 16)
    from companion.content.model import Article, Library
    from companion.ui.pages.article_view import ArticleView

SHOW_ALL, SHOW_FAVORITES, SHOW_RECENT = "alle", "favoritter", "sist-sett"


class LibraryPage(QWidget):
    """One page per article kind; the controller feeds it favourites and recent ids."""

    articleSelected = Signal(str)

    def __init__(self, kind: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.library: Library | None = None
        self.favorites: list[str] = []
        self.recent: list[str] = []
        self.user_lists_loaded = False  # favourites and recently seen come after the content
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 8)
        layout.addWidget(heading(title))

        filters = QHBoxLayout()
        self.show_combo = labelled_combo(
            filters,
            self.tr("Vis"),
            [
                (self.tr("Alle"), SHOW_ALL),
                (self.tr("Favoritter"), SHOW_FAVORITES),
                (self.tr("Sist sett"), SHOW_RECENT),
            ],
            self.refresh,
        )
        self.category_combo = labelled_combo(
            filters,
            self.tr("Kategori"),
            [(self.tr("Alle kategorier"), "")]
            + [(word(label), key) for key, label in CATEGORIES.items()],
            self.refresh,
        )
        self.role_combo = labelled_combo(
            filters,
            self.tr("Rolle"),
            [(self.tr("Alle roller"), "")]
            + [(word(label), key) for key, label in KNOWN_ROLES.items() if key != "alle"],
            self.refresh,
        )
        filters.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        self.skipped_label = QLabel()
        self.skipped_label.setWordWrap(True)
        self.skipped_label.setStyleSheet(
            "background:#fff4e5; border:1px solid #8a4b00; padding:6px; border-radius:4px;"
        )
        self.skipped_label.setVisible(False)
        layout.addWidget(self.skipped_label)

        splitter = QSplitter()  # horizontal; no `Qt` before the first paint (see qt_values)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = ArticleListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(ArticleDelegate(self.list))
        self.list.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.list.setAccessibleName(self.tr("Liste over artikler"))
        self.list.setUniformItemSizes(True)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list_empty = empty_state("")
        self.list_empty.setVisible(False)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.list_empty, 1)
        splitter.addWidget(left)
        self.view_holder = QWidget()
        self.view_layout = QVBoxLayout(self.view_holder)
        self.view_layout.setContentsMargins(0, 0, 0, 0)
        self.loading = empty_state(self.tr("Laster innhold …"))
        self.view_layout.addWidget(self.loading)
        self.view: ArticleView | None = None
        splitter.addWidget(self.view_holder)
        splitter.setSizes([430, 770])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

    def set_library(self, library: Library) -> ArticleView:
        """Called once content has loaded (in the background)."""
        from companion.ui.pages.article_view import ArticleView

        self.library = library
        self.loading.setVisible(False)
        if self.view is not None:  # new content (a pack update): the old view goes
            self.view_layout.removeWidget(self.view)
            self.view.deleteLater()
        self.view = ArticleView(library)
        self.view_layout.addWidget(self.view)
        skipped = [p.name for p in library.skipped if p.parent.name in ("guides", "kb")]
        if skipped:
            self.skipped_label.setText(
                self.tr(
                    "%n fil(er) i innholdsmappen kunne ikke leses og vises ikke: ", "", len(skipped)
                )
                + ", ".join(skipped)
                + self.tr(
                    ". Kjør «companion content check» for detaljer, eller gi beskjed til "
                    "superbrukeren."
                )
            )
            self.skipped_label.setVisible(True)
        self.refresh()
        self.show_start()
        return self.view

    def show_start(self) -> None:
        """Nothing chosen yet: the reading pane shows the start page, never blankness."""
        if self.view is not None and self.view.article is None and not self.view.shown_id:
            loaded = self.user_lists_loaded
            self.view.show_start(
                self.kind, self.favorites if loaded else None, self.recent if loaded else None
            )

    def set_user_lists(self, favorites: list[str], recent: list[str]) -> None:
        self.favorites, self.recent = favorites, recent
        self.user_lists_loaded = True
        if self.show_combo.currentData() != SHOW_ALL:
            self.refresh()
        self.show_start()

    def articles(self) -> list[Article]:
        if self.library is None:
            return []
        pool = self.library.guides() if self.kind == "guide" else self.library.mistakes()
        show = self.show_combo.currentData()
        if show == SHOW_FAVORITES:
            pool = [a for a in pool if a.id in self.favorites]
        elif show == SHOW_RECENT:
            order = {aid: i for i, aid in enumerate(self.recent)}
            pool = sorted((a for a in pool if a.id in order), key=lambda a: order[a.id])
        category, role = self.category_combo.currentData(), self.role_combo.currentData()
        if category:
            pool = [a for a in pool if a.category == category]
        if role:
            pool = [a for a in pool if role in a.roles or "alle" in a.roles]
        return pool

    def refresh(self) -> None:
        from companion.content.values import fill_plain  # YAML loading is not needed to start

        current = self.current_id()
        rows = [
            ArticleRow(
                a.id,
                a.title,
                fill_plain(a.summary, self.library.values if self.library else {}),
                with_status(word(CATEGORIES.get(a.category, a.category)), a),
            )
            for a in self.articles()
        ]
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n artikler", "", len(rows)))
        empty = not rows and self.library is not None
        self.list.setVisible(not empty)
        self.list_empty.setVisible(empty)
        if empty:
            show = self.show_combo.currentData()
            self.list_empty.setText(
                self.tr(
                    "Du har ingen favoritter ennå. Trykk «Legg til i favoritter» på en artikkel."
                )
                if show == SHOW_FAVORITES
                else self.tr("Du har ikke åpnet noen artikler ennå.")
                if show == SHOW_RECENT
                else self.tr(
                    "Ingen artikler passer filtrene. Velg «Alle kategorier» og «Alle roller»."
                )
            )
        if current:
            self.select(current, emit=False)

    def current_id(self) -> str:
        index = self.list.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else ""

    def select(self, article_id: str, emit: bool = True) -> bool:
        row = self.model.row_of(article_id)
        if row < 0 and self.library is not None and article_id in self.library.articles:
            for combo in (self.show_combo, self.category_combo, self.role_combo):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.refresh()
            row = self.model.row_of(article_id)
        if row < 0:
            return False
        if not emit:
            self.list.selectionModel().blockSignals(True)
        self.list.setCurrentIndex(self.model.index(row))
        if not emit:
            self.list.selectionModel().blockSignals(False)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.articleSelected.emit(str(current.data(ID_ROLE)))
