"""Saker: drafts autosave, the guard blocks and redacts, queue count, conversation, notes."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.core.idguard import REDACTION
from companion.ui.models.tickets import TicketTableModel
from companion.ui.pages.tickets_page import TicketsPage
from companion.ui.shell import Shell

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def fnr() -> str:
    w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for individual in range(100, 500):
        base = f"150575{individual}"
        k1 = (11 - sum(int(d) * w for d, w in zip(base, w1, strict=True)) % 11) % 11
        k2 = (11 - sum(int(d) * w for d, w in zip(base + str(k1 % 10), w2, strict=True)) % 11) % 11
        if k1 != 10 and k2 != 10:
            return f"{base}{k1}{k2}"
    raise AssertionError


@pytest.fixture
def shell(ready_shell: Shell) -> Shell:
    return ready_shell


@pytest.fixture
def page(shell: Shell) -> TicketsPage:
    shell.window.show_page("tickets")
    return shell.tickets_page


def test_empty_state_then_new_draft_autosaves(
    page: TicketsPage, qtbot: QtBot, context: AppContext
) -> None:
    assert page.list_empty.isVisibleTo(page)
    ticket_id = page.new_ticket()
    page.editor.subject.setText("Rover logger meg ut")
    page.editor.description.setPlainText("Skjer på nattevakt")
    qtbot.waitUntil(
        lambda: context.tickets.get(ticket_id).description == "Skjer på nattevakt", timeout=3000
    )
    assert context.tickets.get(ticket_id).state == "utkast"
    assert page.model.rowCount() == 1


def test_guard_blocks_and_redacts(page: TicketsPage, qtbot: QtBot, context: AppContext) -> None:
    ticket_id = page.new_ticket()
    page.editor.subject.setText("Feil i kurven")
    page.editor.description.setPlainText(f"Gjelder pasient {fnr()} på rom 3")
    page.editor.save()
    assert page.editor.guard_banner.isVisibleTo(page.editor)
    assert fnr() not in page.editor.guard_text.text()
    assert fnr() not in context.tickets.get(ticket_id).description
    page.editor.redact_button.click()
    stored = context.tickets.get(ticket_id).description
    assert REDACTION in stored and fnr() not in stored
    assert not page.editor.guard_banner.isVisibleTo(page.editor)


def test_send_queues_and_updates_status_bar(
    shell: Shell, page: TicketsPage, context: AppContext
) -> None:
    ticket_id = page.new_ticket()
    page.editor.subject.setText("Skriveren skriver ikke etiketter")
    page.editor.send()
    assert context.tickets.get(ticket_id).state == "i_kø"
    assert shell.window.queue_label.text() == "Saker i kø: 1"
    assert page.right.currentWidget() is page.detail


def test_attachment_needs_confirmation(
    page: TicketsPage, tmp_path: Path, context: AppContext
) -> None:
    ticket_id = page.new_ticket()
    shot = tmp_path / "skjerm.png"
    shot.write_bytes(PNG)
    assert page.editor.attach(shot, confirmed=False) is False
    assert context.tickets.get(ticket_id).attachments == ()
    assert page.editor.attach(shot, confirmed=True) is True
    assert [a.filename for a in context.tickets.get(ticket_id).attachments] == ["skjerm.png"]
    assert "skjerm.png" in page.editor.attachment_list.text()


def test_sync_without_desk_keeps_tickets_queued(
    shell: Shell, page: TicketsPage, qtbot: QtBot, context: AppContext
) -> None:
    page.new_ticket("Rover logger ut")
    context.tickets.submit(context.tickets.list_tickets()[0].id)
    with qtbot.waitSignal(shell.tickets.syncFinished, timeout=5000):
        page.sync_button.click()
    assert "ikke satt opp" in shell.window.statusBar().currentMessage()
    assert context.tickets.queued_count() == 1


def test_desk_refusing_our_address_is_shown_in_the_status_bar(
    shell: Shell,
    page: TicketsPage,
    qtbot: QtBot,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from support.faults import CannedServer

    page.new_ticket("Rover logger ut")
    context.tickets.submit(context.tickets.list_tickets()[0].id)
    monkeypatch.setenv("COMPANION_RT_TOKEN", "t")
    with CannedServer.redirect("https://rt.example.no/rt/") as server:
        context.settings.support.backend, context.settings.rt.url = "rt", server.url
        shell.tickets.configured = True
        with qtbot.waitSignal(shell.tickets.syncFinished, timeout=10000):
            page.sync_button.click()
    message = shell.window.statusBar().currentMessage()
    assert "sendte oss videre (HTTP 302)" in message and "rt.url" in message
    assert context.tickets.list_tickets()[0].state == "i_kø"


def test_conversation_and_note(qtbot: QtBot, page: TicketsPage, context: AppContext) -> None:
    from sqlmodel import select

    from companion.db.models import Ticket, TicketMessage, utcnow

    ticket_id = page.new_ticket("PLO-melding uten kvittering")
    with context.database.session() as s:
        ticket = s.exec(select(Ticket).where(Ticket.id == ticket_id)).one()
        ticket.state, ticket.remote_id, ticket.sent_at, ticket.first_reply_at = (
            "besvart",
            "42",
            utcnow(),
            utcnow(),
        )
        s.add(ticket)
        s.add(
            TicketMessage(
                ticket_id=ticket_id,
                remote_transaction=7,
                author="Brukerstøtte Midt",
                direction="inn",
                body=f"Vi ser på saken. Gjelder det {REDACTION}?",
                redacted=True,
            )
        )
    page.reload()
    page.select(ticket_id)
    assert page.right.currentWidget() is page.detail
    assert "Vi ser på saken." in page.detail.conversation.toPlainText()
    assert "fødselsnummer ble fjernet" in page.detail.conversation.toPlainText()
    page.detail.note.setText("Ringte 10:15")
    page.detail.add_note()  # written in the task runner
    qtbot.waitUntil(lambda: "Ringte 10:15" in page.detail.conversation.toPlainText())
    assert [n.body for n in context.tickets.get(ticket_id).notes] == ["Ringte 10:15"]


def test_suggestions_while_typing_subject(page: TicketsPage) -> None:
    page.new_ticket()
    page.editor.subject.setText("rover logger meg ut")
    assert page.editor.suggestions.count() >= 1
    titles = [
        page.editor.suggestions.item(i).text() for i in range(page.editor.suggestions.count())
    ]
    assert any("Rover" in t for t in titles)


def test_tab_order_types_into_the_fields_not_the_suggestions(
    page: TicketsPage, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    page.new_ticket()
    editor = page.editor
    editor.activateWindow()
    editor.subject.setFocus()
    qtbot.keyClicks(editor.subject, "rover logger meg ut")
    assert editor.suggestions.count() >= 1, "suggestions are shown"
    seen = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [
        editor.description,
        editor.category,
        editor.urgency,
        editor.guide,
        editor.unit,
        editor.reporter,
        editor.contact,
        editor.suggestions,
    ]
    assert "\t" not in editor.description.toPlainText()
    editor.subject.setFocus()
    qtbot.keyClick(editor.subject, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.suggestions, "Alt+K reaches the suggestions"


def test_ticket_model(qtmodeltester: object, page: TicketsPage) -> None:
    page.new_ticket("En sak")
    page.new_ticket("En annen sak")
    assert isinstance(page.model, TicketTableModel)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_screenshot_region_is_saved_as_png(qtbot: QtBot) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QPixmap

    from companion.ui.screenshot import RegionGrabber

    picture = QPixmap(400, 300)
    picture.fill(QColor("#0b5cab"))
    grabber = RegionGrabber(picture, QRect(0, 0, 400, 300))
    qtbot.addWidget(grabber)
    with qtbot.waitSignal(grabber.captured) as blocker:
        path = grabber.finish(QRect(10, 20, 120, 80))
    assert path is not None and blocker.args == [path]
    saved = QPixmap(str(path))
    assert (saved.width(), saved.height()) == (120, 80)
    with qtbot.waitSignal(grabber.captured) as tiny:
        grabber.finish(QRect(0, 0, 2, 2))  # a click without a drag is not a screenshot
    assert tiny.args == [None]
