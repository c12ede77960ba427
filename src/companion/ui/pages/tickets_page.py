"""*Saker*: the local ticket queue – list with filters, editor for drafts, conversation view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.settings import OrgSettings
from companion.tickets.model import STATES, TicketDraft
from companion.tickets.state import TicketState
from companion.ui.models.tickets import TicketTableModel
from companion.ui.pages.base import empty_state, heading
from companion.ui.pages.ticket_detail import TicketDetail
from companion.ui.pages.ticket_editor import Suggest, TicketEditor

if TYPE_CHECKING:
    from companion.tickets.service import TicketService


class TicketsPage(QWidget):
    """The list drives which ticket is shown; all edits go straight to the database."""

    syncRequested = Signal()
    ticketsChanged = Signal()

    def __init__(
        self,
        service: TicketService,
        org: OrgSettings,
        guides: list[tuple[str, str]],
        suggest: Suggest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.org = org
        self.setAccessibleName(self.tr("Saker"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 8)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Saker")))
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("Ny sak"))
        self.new_button.setProperty("primary", True)
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.clicked.connect(lambda: self.new_ticket())
        self.sync_button = QPushButton(self.tr("Synkroniser nå"))
        self.sync_button.clicked.connect(self.syncRequested)
        top.addWidget(self.sync_button)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Vis tilstand"))
        self.state_filter.addItem(self.tr("Alle saker"), "")
        for key, label in STATES.items():
            self.state_filter.addItem(label, key)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filtrer på tekst i emne eller beskrivelse"))
        self.text_filter.setAccessibleName(self.tr("Filtrer saker"))
        self.state_filter.currentIndexChanged.connect(self.reload)
        self.text_filter.textChanged.connect(self.reload)
        state_label = QLabel(self.tr("Vis"))
        state_label.setBuddy(self.state_filter)
        filters.addWidget(state_label)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.text_filter, 1)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.model = TicketTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Liste over saker"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.list_empty = empty_state(
            self.tr(
                "Ingen saker ennå. Trykk «Ny sak» når noe ikke virker – saken lagres her først og "
                "sendes til brukerstøtte når du er på nett."
            )
        )
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.list_empty, 1)
        splitter.addWidget(left)

        self.right = QStackedWidget()
        self.placeholder = empty_state(self.tr("Velg en sak i listen, eller trykk «Ny sak»."))
        self.editor = TicketEditor(service, guides, suggest)
        self.detail = TicketDetail(service)
        for widget in (self.placeholder, self.editor, self.detail):
            self.right.addWidget(widget)
        self.editor.changed.connect(self._on_changed)
        self.editor.screenshotRequested.connect(self.take_screenshot)
        self._grabber: object = None
        self.detail.changed.connect(self._on_changed)
        splitter.addWidget(self.right)
        splitter.setSizes([520, 680])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        rows = self.service.list_tickets(
            state=self.state_filter.currentData() or None, text=self.text_filter.text().strip()
        )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        has_any = (
            bool(rows) or bool(self.state_filter.currentData()) or bool(self.text_filter.text())
        )
        self.table.setVisible(has_any)
        self.list_empty.setVisible(not has_any)
        if current is not None and self.model.row_of(current) >= 0:
            self.select(current, show=False)

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        ticket = self.model.ticket_at(rows[0].row()) if rows else None
        return ticket.id if ticket else None

    def select(self, ticket_id: int, show: bool = True) -> None:
        row = self.model.row_of(ticket_id)
        if row < 0:
            return
        if not show:
            self.table.selectionModel().blockSignals(True)
        self.table.selectRow(row)
        if not show:
            self.table.selectionModel().blockSignals(False)
        else:
            self.show_ticket(ticket_id)

    def set_org(self, org: OrgSettings) -> None:
        """New form defaults after the settings were saved."""
        self.org = org

    def set_desk_configured(self, configured: bool) -> None:
        """Whether queued tickets can be sent at all (decides what the detail promises)."""
        self.detail.desk_configured = configured
        if self.detail.ticket is not None and self.right.currentWidget() is self.detail:
            self.detail.load(self.service.get(self.detail.ticket.id))

    def show_ticket(self, ticket_id: int) -> None:
        ticket = self.service.get(ticket_id)
        if ticket.state in (TicketState.UTKAST, TicketState.FEILET):
            self.editor.load(ticket)
            self.right.setCurrentWidget(self.editor)
        else:
            self.detail.load(ticket)
            self.right.setCurrentWidget(self.detail)

    def new_ticket(
        self, subject: str = "", description: str = "", category: str = "annet", guide_id: str = ""
    ) -> int:
        """Create an empty draft right away so nothing typed is ever lost."""
        draft = TicketDraft(
            subject=subject,
            description=description,
            category=category,
            guide_id=guide_id,
            unit=self.org.unit,
            reporter_name=self.org.reporter_name,
            reporter_contact=self.org.reporter_contact,
        )
        ticket_id = self.service.create(draft, queue=False, redact_numbers=True).id
        self.state_filter.setCurrentIndex(0)
        self.text_filter.clear()
        self.reload()
        self.select(ticket_id)
        self.editor.subject.setFocus()
        self.ticketsChanged.emit()
        return ticket_id

    def take_screenshot(self) -> None:
        """Hide the app, let the user drag a region, then attach it after confirmation."""
        from PySide6.QtCore import QTimer

        from companion.ui.screenshot import RegionGrabber

        top = self.window()
        top.hide()

        def grab() -> None:
            grabber = RegionGrabber.start()
            if grabber is None:
                top.show()
                return
            self._grabber = grabber
            grabber.captured.connect(self._on_captured)

        QTimer.singleShot(350, grab)  # let the window manager remove our window first

    def _on_captured(self, path: object) -> None:
        from pathlib import Path

        top = self.window()
        top.show()
        top.raise_()
        self._grabber = None
        if isinstance(path, Path):
            self.editor.attach(path)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        ticket = self.model.ticket_at(indexes[0].row())
        if ticket is not None:
            self.show_ticket(ticket.id)

    def _on_changed(self, ticket_id: int) -> None:
        self.reload()
        if self.model.row_of(ticket_id) < 0:
            self.right.setCurrentWidget(self.placeholder)
        elif self.right.currentWidget() is self.editor:
            ticket = self.service.get(ticket_id)
            if ticket.state not in (TicketState.UTKAST, TicketState.FEILET):
                self.show_ticket(ticket_id)
        self.ticketsChanged.emit()
