"""Endringsforslag: register proposals for the joint meeting; every edit is saved at once.

Writes are single-row updates (a few milliseconds), so they run on the GUI thread; text passes
the identity-number guard in the service, and a blocked edit is shown with a one-click fix.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion.core.idguard import REDACT_ACTION_LABEL, redact
from companion.insights.model import LINK_KINDS, PROPOSAL_STATUSES, Proposal
from companion.ui.domain_words import word
from companion.ui.flow_layout import FlowLayout
from companion.ui.i18n import fmt
from companion.ui.models.insights_tables import ProposalListModel
from companion.ui.pages.base import empty_state, muted
from companion.ui.theme import ERROR
from companion.ui.workers import TaskRunner

SAVE_DELAY_MS = 600

if TYPE_CHECKING:
    from companion.insights.service import InsightsService


class ProposalsView(QWidget):
    """List on the left, the selected proposal on the right."""

    changed = Signal()  # a proposal was added, edited or removed (the report may differ now)

    def __init__(
        self, service: Callable[[], InsightsService], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = TaskRunner(parent=self)  # writes run off the GUI thread, in order
        self._proposals: dict[int, Proposal] = {}
        self._current: int | None = None
        self._loading = False
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_text)
        self._build()

    # ---- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nytt endringsforslag"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_proposal)
        self.export_button = QPushButton(self.tr("Eksporter liste …"))
        self.export_button.clicked.connect(self.export_list)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.export_button)
        left_layout.addLayout(buttons)
        self.model = ProposalListModel(self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Endringsforslag"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.selectionModel().currentChanged.connect(
            lambda current, _prev: self.select(current.data(ProposalListModel.ID_ROLE))
        )
        left_layout.addWidget(self.list, 1)
        self.list_empty = empty_state(
            self.tr(
                "Ingen endringsforslag ennå. Velg «Nytt endringsforslag» for å registrere et "
                "forslag til fellesmøtet."
            )
        )
        left_layout.addWidget(self.list_empty)

        self.editor = QWidget()
        form = QFormLayout(self.editor)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Tittel"))
        self.title.textEdited.connect(lambda _t: self._save_timer.start())
        self.title.editingFinished.connect(self.save_text)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for key, label in PROPOSAL_STATUSES.items():
            self.status.addItem(label, key)
        self.status.activated.connect(lambda _i: self.save_status())
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Forslag og begrunnelse"))
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(lambda: None if self._loading else self._save_timer.start())
        self.guard_label = QLabel()
        self.guard_label.setWordWrap(True)
        self.guard_label.setStyleSheet(f"color: {ERROR};")
        self.redact_button = QPushButton(REDACT_ACTION_LABEL)
        self.redact_button.clicked.connect(self.redact_text)
        guard_row = QHBoxLayout()
        guard_row.addWidget(self.guard_label, 1)
        guard_row.addWidget(self.redact_button)
        form.addRow(self.tr("Tittel"), self.title)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Forslag"), self.body)
        form.addRow(guard_row)
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Grunnlag"))
        self.links.setMaximumHeight(110)
        form.addRow(self.tr("Grunnlag"), self.links)
        link_row = FlowLayout()
        self.link_kind = QComboBox()
        self.link_kind.setAccessibleName(self.tr("Type grunnlag"))
        for key, label in LINK_KINDS.items():
            self.link_kind.addItem(word(label), key)
        self.link_ref = QLineEdit()
        self.link_ref.setAccessibleName(self.tr("Saksnummer, artikkel-id eller avvikskategori"))
        self.link_ref.setPlaceholderText(self.tr("Saksnummer, artikkel-id eller avvikskategori"))
        self.link_ref.returnPressed.connect(self.add_link)
        self.link_ref.setMinimumWidth(220)
        self.add_link_button = QPushButton(self.tr("Koble til"))
        self.add_link_button.clicked.connect(self.add_link)
        self.remove_link_button = QPushButton(self.tr("Fjern kobling"))
        self.remove_link_button.clicked.connect(self.remove_link)
        for w in (self.link_kind, self.link_ref, self.add_link_button, self.remove_link_button):
            link_row.addWidget(w)
        form.addRow("", link_row)
        self.message = muted("")
        form.addRow(self.message)
        self.delete_button = QPushButton(self.tr("Slett forslaget"))
        self.delete_button.clicked.connect(self.delete_current)
        form.addRow("", self.delete_button)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        self._show_guard("")
        self._update_enabled()

    # ---- data --------------------------------------------------------------------------
    def set_proposals(self, proposals: tuple[Proposal, ...] | list[Proposal]) -> None:
        self._proposals = {p.id: p for p in proposals}
        self.model.set_rows([(p.id, p.title, p.status_label) for p in proposals])
        self.list_empty.setVisible(not proposals)
        self.list.setVisible(bool(proposals))
        if self._current in self._proposals:
            self._select_row(self._current)
        elif proposals:
            self._select_row(proposals[0].id)
        else:
            self.select(None)

    def reload(self) -> None:
        self.set_proposals(self._service().proposals())
        self.changed.emit()

    def _select_row(self, proposal_id: int) -> None:
        row = self.model.row_of(proposal_id)
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.select(proposal_id)

    def select(self, proposal_id: int | None) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_text()
        self._current = proposal_id
        proposal = self._proposals.get(proposal_id) if proposal_id is not None else None
        self._loading = True
        self.title.setText(proposal.title if proposal else "")
        self.body.setPlainText(proposal.body if proposal else "")
        self.status.setCurrentIndex(
            max(0, self.status.findData(proposal.status if proposal else "utkast"))
        )
        self.links.clear()
        for link in proposal.links if proposal else ():
            item = QListWidgetItem(link.label)
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            self.links.addItem(item)
        self._loading = False
        self._show_guard("")
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.editor.setEnabled(self._current is not None)

    # ---- actions -----------------------------------------------------------------------
    def new_proposal(self) -> None:
        self._write(
            self._service().create_proposal, self.tr("Nytt endringsforslag"), done=self._created
        )

    def _write(self, fn: Callable[..., object], *args: object, done: Callable[..., None]) -> None:
        self._runner.write(fn, *args, on_done=done, on_error=self.message.setText)

    def _reloaded(self, _result: object = None) -> None:
        self.reload()

    def _created(self, pid: int) -> None:
        self._current = pid
        self.reload()
        self.title.setFocus()
        self.title.selectAll()

    def save_text(self) -> None:
        if self._loading or self._current is None:
            return
        title, body = self.title.text(), self.body.toPlainText()
        proposal = self._proposals.get(self._current)
        if proposal and proposal.title == title and proposal.body == body:
            return

        def saved(_result: object) -> None:
            self._text_saved(proposal, title, body)

        self._runner.write(
            self._service().update_proposal, self._current, title=title, body=body,
            on_done=saved, on_error=self._show_guard,
        )  # fmt: skip

    def _text_saved(self, proposal: Proposal | None, title: str, body: str) -> None:
        self._show_guard("")
        if proposal:
            self._proposals[proposal.id] = Proposal(
                proposal.id,
                title,
                body,
                proposal.status,
                proposal.created_on,
                proposal.updated_on,
                proposal.links,
            )
            self.model.update_row(proposal.id, title, proposal.status_label)
        self.message.setText(self.tr("Lagret."))
        self.changed.emit()

    def save_status(self) -> None:
        if self._current is None:
            return
        self._runner.write(
            self._service().update_proposal, self._current, status=str(self.status.currentData()),
            on_done=self._reloaded, on_error=self.message.setText,
        )  # fmt: skip

    def redact_text(self) -> None:
        self.title.setText(redact(self.title.text()))
        self.body.setPlainText(redact(self.body.toPlainText()))
        self.save_text()

    def _show_guard(self, text: str) -> None:
        self.guard_label.setText(text)
        self.guard_label.setVisible(bool(text))
        self.redact_button.setVisible("fødselsnummer" in text)

    def add_link(self) -> None:
        if self._current is None:
            return
        kind, ref = str(self.link_kind.currentData()), self.link_ref.text()
        self._write(self._service().add_link, self._current, kind, ref, done=self._linked)

    def _linked(self, _result: object) -> None:
        self.link_ref.clear()
        self.reload()
        self.message.setText(self.tr("Koblet til."))

    def remove_link(self) -> None:
        item = self.links.currentItem()
        if item is None:
            self.message.setText(self.tr("Velg koblingen du vil fjerne i listen over."))
            return
        link_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._write(self._service().remove_link, link_id, done=self._reloaded)

    def delete_current(self) -> None:
        if self._current is None:
            return
        proposal_id, self._current = self._current, None
        self._write(self._service().delete_proposal, proposal_id, done=self._reloaded)

    def export_list(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Eksporter endringsforslag"),
            str(Path.home() / "endringsforslag.csv"),
            self.tr("CSV-fil (*.csv)"),
        )
        if not path:
            return
        try:
            n = self._service().export_proposals(Path(path))
        except OSError as exc:
            self.message.setText(
                fmt(
                    self.tr("Kunne ikke lagre filen (%1). Velg en annen mappe."),
                    exc.strerror or str(exc),
                )
            )
            return
        self.message.setText(self.tr("%n endringsforslag eksportert til ", "", n) + path)
