"""Search results for the global search field (Ctrl+K): live, keyboard-driven, with snippets."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.content.model import Library
from companion.content.vocabulary import CATEGORIES, KIND_LABELS, KNOWN_ROLES
from companion.ui.content_status import with_status
from companion.ui.i18n import fmt
from companion.ui.models.articles import ID_ROLE, ArticleDelegate, ArticleListModel, ArticleRow
from companion.ui.pages.base import empty_state, heading, labelled_combo


class SearchPage(QWidget):
    """Shows hits; Enter opens the top hit; arrows move; filters narrow by kind, category, role."""

    openResult = Signal(str)
    filtersChanged = Signal()
    suggestionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Søkeresultater"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 8)
        self.title = heading(self.tr("Søk"))
        layout.addWidget(self.title)
        filters = QHBoxLayout()
        self.kind = labelled_combo(
            filters,
            self.tr("Type"),
            [(self.tr("Alt"), "")] + [(label, key) for key, label in KIND_LABELS.items()],
            self._filters_changed,
        )
        self.category = labelled_combo(
            filters,
            self.tr("Kategori"),
            [(self.tr("Alle kategorier"), "")]
            + [(label, key) for key, label in CATEGORIES.items()],
            self._filters_changed,
        )
        self.role = labelled_combo(
            filters,
            self.tr("Rolle"),
            [(self.tr("Alle roller"), "")]
            + [(label, key) for key, label in KNOWN_ROLES.items() if key != "alle"],
            self._filters_changed,
        )
        filters.addStretch(1)
        layout.addLayout(filters)
        self.suggestion = QPushButton()
        self.suggestion.setFlat(True)
        self.suggestion.setStyleSheet(
            "text-align:left; color:#0b5cab; text-decoration: underline; border:none;"
        )
        self.suggestion.clicked.connect(
            lambda: self.suggestionChosen.emit(str(self.suggestion.property("query")))
        )
        self.suggestion.setVisible(False)
        layout.addWidget(self.suggestion)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        layout.addWidget(self.status)
        self.model = ArticleListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(ArticleDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Treff"))
        self.list.activated.connect(self._open_index)
        self.list.clicked.connect(self._open_index)
        self.empty = empty_state("")
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.empty.setVisible(False)

    def _filters_changed(self) -> None:
        self.filtersChanged.emit()

    def filters(self) -> dict[str, str | None]:
        return {
            "kind": self.kind.currentData() or None,
            "category": self.category.currentData() or None,
            "role": self.role.currentData() or None,
        }

    def show_results(self, query: str, rows: list[ArticleRow], suggestion: str | None) -> None:
        self.title.setText(fmt(self.tr("Søk: %1"), query) if query else self.tr("Søk"))
        self.model.set_rows(rows)
        if rows:
            self.list.setCurrentIndex(self.model.index(0))
        self.status.setText(self.tr("%n treff", "", len(rows)) if query else "")
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(
            fmt(
                self.tr(
                    "Ingen treff på «%1». Prøv et annet ord, eller lag en sak under Saker – søket "
                    "blir registrert slik at superbrukerne ser hva som mangler."
                ),
                query,
            )
            if query
            else self.tr(
                "Skriv i søkefeltet øverst. Du kan skrive på bokmål eller nynorsk, og bruke "
                "Epic-ord som MAR eller In Basket."
            )
        )
        self.suggestion.setVisible(bool(suggestion))
        if suggestion:
            self.suggestion.setText(fmt(self.tr("Mente du «%1»?"), suggestion))
            self.suggestion.setProperty("query", suggestion)

    def move_selection(self, delta: int) -> None:
        """Arrow keys in the search field move the selection here."""
        if not self.model.rowCount():
            return
        row = min(self.model.rowCount() - 1, max(0, self.list.currentIndex().row() + delta))
        self.list.setCurrentIndex(self.model.index(row))

    def open_current(self) -> str | None:
        index = self.list.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        if index.isValid():
            self._open_index(index)
            return str(index.data(ID_ROLE))
        return None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openResult.emit(str(index.data(ID_ROLE)))


def rows_from_hits(hits: list[object], library: Library | None = None) -> list[ArticleRow]:
    """Convert search hits to list rows (snippet as the second line, status in the badge)."""
    from companion.content.values import fill_plain  # YAML loading is not needed to start

    rows = []
    for hit in hits:
        kind = KIND_LABELS.get(getattr(hit, "kind", ""), "")
        category = CATEGORIES.get(getattr(hit, "category", ""), "")
        badge = f"{kind} · {category}" if category else kind
        snippet = getattr(hit, "snippet", "")
        if library is not None:
            badge = with_status(badge, library.articles.get(getattr(hit, "id", "")))
            snippet = fill_plain(snippet, library.values)
        rows.append(ArticleRow(hit.id, hit.title, snippet, badge))  # type: ignore[attr-defined]
    return rows
