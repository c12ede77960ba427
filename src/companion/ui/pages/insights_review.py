"""Innsikt → *Innhold som må gjennomgås*: drafts, overdue articles and the least helpful."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.insights.review import ReviewItem
from companion.insights.scope import Scope
from companion.insights.service import InsightsService
from companion.ui.content_status import kind_word, reason_text, status_word
from companion.ui.i18n import fmt
from companion.ui.models.insights_tables import Column
from companion.ui.pages.base import muted
from companion.ui.pages.insights_views import scope_text, scroll, table_section
from companion.ui.workers import TaskRunner


class ReviewView(QWidget):
    """The list, loaded in a worker whenever Innsikt refreshes; double-click opens an article."""

    openArticle = Signal(str)
    loaded = Signal(int)

    def __init__(
        self,
        service: Callable[[], InsightsService],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        body = QWidget()
        layout = QVBoxLayout(body)
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.scope_label.setStyleSheet("font-weight: 600;")
        self.scope_label.setVisible(False)  # only with a team
        layout.addWidget(self.scope_label)
        layout.addWidget(
            muted(
                self.tr(
                    "Utkast som ikke er godkjent hos dere, innhold som har passert datoen for "
                    "gjennomgang, og artikler flere har svart «Nei» på «Var dette nyttig?». "
                    "Dobbeltklikk for å åpne."
                )
            )
        )
        columns: list[Column[Any]] = [
            Column(self.tr("Tittel"), lambda i: i.title),
            Column(self.tr("Type"), lambda i: kind_word(i.kind)),
            Column(
                self.tr("Status"),
                lambda i: status_word(i.status) + (self.tr(" · lokal") if i.local else ""),
            ),
            Column(self.tr("Hvorfor"), reason_text),
            Column(
                self.tr("Gjennomgås innen"),
                lambda i: f"{i.review_by:%d.%m.%Y}" if i.review_by else "",
                sort=lambda i: i.review_by.isoformat() if i.review_by else "9999",
            ),
            Column(self.tr("Nei"), lambda i: str(i.no), sort=lambda i: i.no, numeric=True),
            Column(self.tr("Ja"), lambda i: str(i.yes), sort=lambda i: i.yes, numeric=True),
        ]
        self.section, self.model = table_section(
            self.tr("Innhold som må gjennomgås"),
            columns,
            self.tr("Alt innhold er godkjent og innenfor datoen for gjennomgang. Bra!"),
        )
        self.section.content.doubleClicked.connect(self._open)  # type: ignore[attr-defined]
        layout.addWidget(self.section)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll(body))

    def load(self, scope: Scope | None = None, show_scope: bool = False) -> None:
        """Read the list in a worker; with `show_scope`, also say whose «Nei»/«Ja» they are."""
        if not show_scope:
            self.scope_label.setVisible(False)
            self.runner.start(
                lambda: self.service().review_queue(scope=scope), on_done=self.set_items
            )
            return

        def job() -> tuple[tuple[ReviewItem, ...], Scope, int]:
            service = self.service()
            chosen = scope or service.default_scope
            return service.review_queue(scope=chosen), chosen, service.review_pcs(chosen)

        self.runner.start(job, on_done=self._loaded_with_scope)

    def _loaded_with_scope(self, result: tuple[tuple[ReviewItem, ...], Scope, int]) -> None:
        items, scope, pcs = result
        self.scope_label.setText(
            fmt(
                self.tr("«Nei» og «Ja»: %1 (alle svar, ikke bare perioden)."),
                scope_text(scope, pcs),
            )
        )
        self.scope_label.setVisible(True)
        self.set_items(items)

    def set_items(self, items: tuple[ReviewItem, ...]) -> None:
        self.model.set_rows(items)
        self.section.set_empty(not items)
        self.loaded.emit(len(items))

    def _open(self, index: object) -> None:
        table = self.section.content
        source = table.model().mapToSource(index)  # type: ignore[attr-defined]
        item = self.model.row_at(source.row())
        if item is not None:
            self.openArticle.emit(item.article_id)
