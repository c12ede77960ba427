"""The form for a new or failed ticket. Autosaves as you type; the guard runs on every save."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import CATEGORIES
from companion.core.idguard import REDACT_ACTION_LABEL
from companion.tickets.model import (
    URGENCIES,
    IdentityNumberFound,
    TicketDraft,
    TicketError,
    TicketView,
)
from companion.tickets.state import TicketState
from companion.ui import theme
from companion.ui.domain_words import word
from companion.ui.flow_layout import FlowLayout
from companion.ui.i18n import fmt
from companion.ui.pages.base import heading, muted

if TYPE_CHECKING:
    from companion.tickets.service import TicketService

Suggest = Callable[[str], list[tuple[str, str]]]
AUTOSAVE_MS = 400


class TicketEditor(QWidget):
    """Edits one draft; emits `changed` after each save and `openArticle` for suggestions."""

    changed = Signal(int)
    openArticle = Signal(str)
    screenshotRequested = Signal()

    def __init__(
        self,
        service: TicketService,
        guides: list[tuple[str, str]],
        suggest: Suggest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.suggest = suggest
        self.ticket_id: int | None = None
        self._loading = False
        # The form scrolls rather than squeezing fields on top of each other at 1366x768.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(12, 0, 8, 0)
        self.title = heading(self.tr("Ny sak"))
        layout.addWidget(self.title)
        self.status = muted(self.tr("Lagres automatisk mens du skriver."))
        layout.addWidget(self.status)

        self.guard_banner = QWidget()
        banner = QHBoxLayout(self.guard_banner)
        self.guard_text = QLabel()
        self.guard_text.setWordWrap(True)
        self.guard_banner.setObjectName("guardBanner")
        self.guard_banner.setStyleSheet(
            "#guardBanner { background:#fdf0ef; "
            f"border:1px solid {theme.ERROR}; border-radius:4px; }}"
        )
        self.guard_banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.redact_button = QPushButton(REDACT_ACTION_LABEL)
        self.redact_button.clicked.connect(self.redact)
        banner.addWidget(QLabel("⚠"))
        banner.addWidget(self.guard_text, 1)
        banner.addWidget(self.redact_button)
        self.guard_banner.setVisible(False)
        layout.addWidget(self.guard_banner)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(
            self.tr("Kort og konkret, f.eks. «Rover logger meg ut under legemiddelrunden»")
        )
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Kanskje dette hjelper"))
        self.suggestions.itemActivated.connect(lambda item: self.openArticle.emit(item.data(256)))
        self.suggestions_label = muted(self.tr("&Kanskje dette hjelper? (Alt+K)"))
        self.suggestions_label.setBuddy(self.suggestions)
        self.description = QPlainTextEdit()
        self.description.setMinimumHeight(110)
        self.description.setTabChangesFocus(True)  # Tab goes on to Kategori
        self.description.setPlaceholderText(
            self.tr(
                "Hva skjedde, hva prøvde du, hva står det på skjermen? Ikke skriv "
                "pasientopplysninger."
            )
        )
        self.category = QComboBox()
        for key, label in CATEGORIES.items():
            self.category.addItem(word(label), key)
        self.urgency = QComboBox()
        for key, label in URGENCIES.items():
            self.urgency.addItem(word(label), key)
        self.guide = QComboBox()
        self.guide.addItem(self.tr("(ingen)"), "")
        for guide_id, title in guides:
            self.guide.addItem(title, guide_id)
        self.unit = QLineEdit()
        self.reporter = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Telefon eller e-post (din, ikke pasientens)"))
        for combo in (self.category, self.urgency, self.guide):
            # Long guide titles must not make the form wider than its pane.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        for label, widget in (
            (self.tr("Emne"), self.subject),
            ("", self.suggestions_label),
            (" ", self.suggestions),
            (self.tr("Beskrivelse"), self.description),
            (self.tr("Kategori"), self.category),
            (self.tr("Hastegrad"), self.urgency),
            (self.tr("Gjelder veiledning"), self.guide),
            (self.tr("Enhet"), self.unit),
            (self.tr("Ditt navn"), self.reporter),
            (self.tr("Kontakt"), self.contact),
        ):
            if label.strip():
                widget.setAccessibleName(label)
            form.addRow(label, widget)
        layout.addLayout(form)

        attachments = FlowLayout()
        self.attachment_list = QLabel(self.tr("Ingen vedlegg"))
        self.attachment_list.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Legg ved fil …"))
        self.attach_button.clicked.connect(self.choose_file)
        self.screenshot_button = QPushButton(self.tr("Ta skjermbilde …"))
        self.screenshot_button.clicked.connect(self.screenshotRequested)
        layout.addWidget(self.attachment_list)  # its own row: a long list wraps
        attachments.addWidget(self.attach_button)
        attachments.addWidget(self.screenshot_button)
        layout.addLayout(attachments)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Slett utkast"))
        self.delete_button.clicked.connect(self.delete)
        self.send_button = QPushButton(self.tr("Send sak"))
        self.send_button.setProperty("primary", True)
        self.send_button.clicked.connect(self.send)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        outer.addLayout(buttons)  # always visible: sending never needs scrolling
        # Typing order: the suggestions come after the fields (Alt+K jumps there directly).
        order = [
            self.subject,
            self.description,
            self.category,
            self.urgency,
            self.guide,
            self.unit,
            self.reporter,
            self.contact,
            self.suggestions,
            self.attach_button,
            self.screenshot_button,
            self.delete_button,
            self.send_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        for signal in (
            self.subject.textChanged,
            self.description.textChanged,
            self.unit.textChanged,
            self.reporter.textChanged,
            self.contact.textChanged,
        ):
            signal.connect(self._schedule)
        for combo in (self.category, self.urgency, self.guide):
            combo.currentIndexChanged.connect(self._schedule)
        self.subject.textChanged.connect(self._update_suggestions)

    # state -----------------------------------------------------------------------------------
    def load(self, ticket: TicketView) -> None:
        self._loading = True
        self.ticket_id = ticket.id
        self.title.setText(fmt(self.tr("Sak %1 – %2"), str(ticket.id), word(ticket.state_label)))
        self.subject.setText(ticket.subject)
        self.description.setPlainText(ticket.description)
        self.category.setCurrentIndex(max(0, self.category.findData(ticket.category)))
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(ticket.urgency)))
        self.guide.setCurrentIndex(max(0, self.guide.findData(ticket.guide_id)))
        self.unit.setText(ticket.unit)
        self.reporter.setText(ticket.reporter_name)
        self.contact.setText(ticket.reporter_contact)
        self.guard_banner.setVisible(False)
        self.status.setText(ticket.last_error or self.tr("Lagres automatisk mens du skriver."))
        self.send_button.setText(
            self.tr("Prøv igjen") if ticket.state == TicketState.FEILET else self.tr("Send sak")
        )
        self.delete_button.setVisible(ticket.state == TicketState.UTKAST)
        self._show_attachments(ticket)
        self._loading = False
        self._update_suggestions()

    def draft(self) -> TicketDraft:
        return TicketDraft(
            subject=self.subject.text(),
            description=self.description.toPlainText(),
            category=str(self.category.currentData()),
            urgency=str(self.urgency.currentData()),
            guide_id=str(self.guide.currentData() or ""),
            unit=self.unit.text(),
            reporter_name=self.reporter.text(),
            reporter_contact=self.contact.text(),
        )

    def _schedule(self) -> None:
        if not self._loading:
            self._timer.start()

    def save(self, redact_numbers: bool = False) -> bool:
        """Write the form to the database now; False if the guard blocked it."""
        self._timer.stop()
        if self.ticket_id is None:
            return False
        try:
            ticket = self.service.update_draft(
                self.ticket_id, self.draft(), redact_numbers=redact_numbers
            )
        except IdentityNumberFound as exc:
            self.guard_text.setText(str(exc))
            self.guard_banner.setVisible(True)
            self.status.setText(self.tr("Ikke lagret: fjern fødselsnummeret først."))
            return False
        except TicketError as exc:
            self.status.setText(str(exc))
            return False
        self.guard_banner.setVisible(False)
        self.status.setText(
            fmt(self.tr("Lagret %1."), f"{ticket.updated_at.astimezone():%H:%M:%S}")
        )
        self.changed.emit(ticket.id)
        return True

    def redact(self) -> None:
        if self.save(redact_numbers=True) and self.ticket_id is not None:
            self.load(self.service.get(self.ticket_id))

    def send(self) -> None:
        if self.ticket_id is None or not self.save():
            return
        try:
            self.service.submit(self.ticket_id)
        except TicketError as exc:
            QMessageBox.information(self, self.tr("Saken er ikke sendt"), str(exc))
            return
        self.changed.emit(self.ticket_id)

    def delete(self) -> None:
        if self.ticket_id is None:
            return
        if (
            QMessageBox.question(
                self,
                self.tr("Slett utkast"),
                self.tr("Vil du slette utkastet? Det kan ikke angres."),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        ticket_id, self.ticket_id = self.ticket_id, None
        self.service.delete_draft(ticket_id)
        self.changed.emit(ticket_id)

    # attachments ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Legg ved fil"),
            str(Path.home()),
            self.tr("Bilder og PDF (*.png *.jpg *.jpeg *.pdf)"),
        )
        if name:
            self.attach(Path(name))

    def attach(self, path: Path, confirmed: bool | None = None) -> bool:
        """Attach after an explicit confirmation that no patient information is visible."""
        if self.ticket_id is None:
            return False
        if confirmed is None:
            answer = QMessageBox.question(
                self,
                self.tr("Bekreft vedlegg"),
                fmt(
                    self.tr(
                        "Bekrefter du at «%1» ikke viser pasientopplysninger (navn, fødselsnummer, "
                        "journaltekst)?"
                    ),
                    path.name,
                ),
            )
            confirmed = answer == QMessageBox.StandardButton.Yes
        if not confirmed:
            return False
        try:
            self.service.add_attachment(self.ticket_id, path, confirmed_no_patient_data=True)
        except TicketError as exc:
            QMessageBox.warning(self, self.tr("Vedlegget ble ikke lagt ved"), str(exc))
            return False
        self._show_attachments(self.service.get(self.ticket_id))
        self.changed.emit(self.ticket_id)
        return True

    def _show_attachments(self, ticket: TicketView) -> None:
        names = [f"📎 {a.filename} ({max(1, a.size // 1024)} kB)" for a in ticket.attachments]
        self.attachment_list.setText(", ".join(names) if names else self.tr("Ingen vedlegg"))

    # suggestions -----------------------------------------------------------------------------
    def _update_suggestions(self) -> None:
        self.suggestions.clear()
        text = self.subject.text().strip()
        hits = self.suggest(text) if self.suggest and len(text) >= 4 else []
        for article_id, title in hits[:3]:
            item = QListWidgetItem(title)
            item.setData(256, article_id)
            self.suggestions.addItem(item)
        visible = bool(hits)
        if visible:  # show every suggestion without a scroll bar (at most three)
            rows = self.suggestions.count()
            self.suggestions.setFixedHeight(
                self.suggestions.sizeHintForRow(0) * rows + 2 * self.suggestions.frameWidth() + 4
            )
        self.suggestions.setVisible(visible)
        self.suggestions_label.setVisible(visible)
