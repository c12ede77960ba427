"""A sent ticket: state, the conversation with the desk, and private local notes."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.content.vocabulary import CATEGORIES
from companion.tickets.model import URGENCIES, TicketView
from companion.ui.domain_words import word
from companion.ui.i18n import fmt
from companion.ui.pages.base import heading, muted
from companion.ui.workers import TaskRunner

if TYPE_CHECKING:
    from companion.tickets.service import TicketService


class TicketDetail(QWidget):
    """Read-only conversation plus a note field; notes are saved immediately."""

    changed = Signal(int)

    def __init__(self, service: TicketService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._runner = TaskRunner(parent=self)
        self.ticket: TicketView | None = None
        self.desk_configured = True  # set by TicketsPage.set_desk_configured()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        self.title = heading("")
        self.meta = muted("")
        self.waiting = muted("")
        self.conversation = QTextBrowser()
        self.conversation.setAccessibleName(self.tr("Samtale med brukerstøtte"))
        self.conversation.setOpenExternalLinks(False)
        note_row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("Privat notat (sendes ikke), f.eks. «ringte brukerstøtte 10:15»")
        )
        self.note.setAccessibleName(self.tr("Nytt notat"))
        self.note.returnPressed.connect(self.add_note)
        self.note_button = QPushButton(self.tr("Lagre notat"))
        self.note_button.clicked.connect(self.add_note)
        self.note_status = muted("")
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.note_button)
        for widget in (self.title, self.meta, self.waiting):
            layout.addWidget(widget)
        layout.addWidget(self.conversation, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.note_status)

    def load(self, ticket: TicketView) -> None:
        self.ticket = ticket
        self.title.setText(ticket.subject)
        number = (
            fmt(self.tr(" · nr. %1 hos brukerstøtte"), ticket.remote_id) if ticket.remote_id else ""
        )
        self.meta.setText(
            f"{word(ticket.state_label)}{number} · "
            f"{word(CATEGORIES.get(ticket.category, ticket.category))} · "
            f"{word(URGENCIES.get(ticket.urgency, ticket.urgency))}"
        )
        days = ticket.waiting_days(datetime.now(UTC))
        self.waiting.setText(
            self.tr("Venter på svar i %n dager", "", days) if days is not None else ""
        )
        self.waiting.setVisible(days is not None)
        self.conversation.setHtml(self._conversation_html(ticket))
        self.note_status.setText("")

    def _conversation_html(self, t: TicketView) -> str:
        parts = [
            f"<p><b>{html.escape(self.tr('Du skrev'))}</b> "
            f"<span style='color:#4b5563'>{t.created_at.astimezone():%d.%m.%Y %H:%M}</span></p>",
            f"<p>{html.escape(t.description or t.subject).replace(chr(10), '<br/>')}</p>",
        ]
        for m in t.messages:
            if m.direction != "inn":
                continue
            parts.append(
                f"<hr/><p><b>{html.escape(self.tr('Brukerstøtte'))} ({html.escape(m.author)})</b> "
                f"<span style='color:#4b5563'>{m.created_at.astimezone():%d.%m.%Y %H:%M}</span></p>"
                f"<p>{html.escape(m.body).replace(chr(10), '<br/>')}</p>"
            )
            if m.redacted:
                note = self.tr("Et fødselsnummer ble fjernet fra dette svaret før det ble lagret.")
                parts.append(f"<p style='color:#4b5563'><i>{html.escape(note)}</i></p>")
        if not any(m.direction == "inn" for m in t.messages):
            waiting = (
                self.tr(
                    "Ingen svar fra brukerstøtte ennå. Svar hentes automatisk når du er på nett."
                )
                if self.desk_configured
                else self.tr(
                    "Saken ligger i kø på denne PC-en, fordi brukerstøtte ikke er satt opp. "
                    "Velg Fil → Innstillinger → Brukerstøtte når du har adressen fra IT; "
                    "da sendes saken."
                )
            )
            parts.append(f"<hr/><p style='color:#4b5563'>{html.escape(waiting)}</p>")
        for n in t.notes:
            parts.append(
                f"<hr/><p><b>{html.escape(self.tr('Notat'))}</b> "
                "<span style='color:#4b5563'>"
                f"{n.created_at.astimezone():%d.%m.%Y %H:%M}</span><br/>{html.escape(n.body)}</p>"
            )
        return "".join(parts)

    def add_note(self) -> None:
        if self.ticket is None or not self.note.text().strip():
            return
        ticket_id = self.ticket.id
        # Written in the task runner (a sync may hold the database); errors are plain Norwegian.
        self._runner.write(
            self.service.add_note, ticket_id, self.note.text(),
            on_done=lambda _r: self._note_added(ticket_id), on_error=self.note_status.setText,
        )  # fmt: skip

    def _note_added(self, ticket_id: int) -> None:
        self.note.clear()
        self.load(self.service.get(ticket_id))
        self.note_status.setText(self.tr("Notatet er lagret."))
        self.changed.emit(ticket_id)
