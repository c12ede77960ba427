"""Fil → Innstillinger writes config.toml (no secrets) and reconfigures the sync."""

import tomllib

from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.paths import resources_dir
from companion.ui.shell import Shell


def _shell(qtbot: QtBot, context: AppContext) -> Shell:
    context.prepare_database()
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.servicePagesReady, timeout=20000):
        shell.start_background()
    return shell


def test_settings_saved_without_secret_in_file(qtbot: QtBot, context: AppContext) -> None:
    shell = _shell(qtbot, context)
    dialog = shell.open_settings()
    dialog.backend.setCurrentIndex(dialog.backend.findData("rt"))
    dialog.url.setText("http://127.0.0.1:9")
    dialog.queue.setText("Helseplattformen")
    dialog.unit.setText("Avdeling 3")
    dialog.secret.setText("hemmelig-token-123")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    data = tomllib.loads(context.paths.config_file.read_text(encoding="utf-8"))
    assert data["rt"]["url"] == "http://127.0.0.1:9"
    assert data["rt"]["queue"] == "Helseplattformen"
    assert data["org"]["unit"] == "Avdeling 3"
    assert "hemmelig" not in context.paths.config_file.read_text(encoding="utf-8")
    assert shell.tickets.configured is True


def test_connection_test_reports_unreachable_desk(qtbot: QtBot, context: AppContext) -> None:
    shell = _shell(qtbot, context)
    dialog = shell.open_settings()
    dialog.backend.setCurrentIndex(dialog.backend.findData("rt"))
    dialog.url.setText("http://127.0.0.1:9")
    dialog.secret.setText("token")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.test_result.text().startswith("✗")


def test_test_then_cancel_leaves_live_settings_untouched(qtbot: QtBot, context: AppContext) -> None:
    shell = _shell(qtbot, context)
    live = context.settings
    before = live.to_dict()
    dialog = shell.open_settings()
    dialog.backend.setCurrentIndex(dialog.backend.findData("rt"))
    dialog.url.setText("http://127.0.0.1:9")
    dialog.unit.setText("Ulagret enhet")
    dialog.secret.setText("token")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    dialog.reject()
    assert context.settings is live and live.to_dict() == before
    assert shell.tickets.configured is False


def test_save_swaps_in_new_settings_and_listeners_hear_it(
    qtbot: QtBot, context: AppContext
) -> None:
    shell = _shell(qtbot, context)
    dialog = shell.open_settings()
    dialog.unit.setText("Avdeling 7")
    dialog.name.setText("Siri Superbruker")
    with qtbot.waitSignal(shell.settingsChanged) as blocker:
        dialog.save()
    assert blocker.args[0] is context.settings
    assert context.settings.org.unit == "Avdeling 7"
    assert shell.tickets_page.org.unit == "Avdeling 7"
    assert context.user_name() == "Siri Superbruker", "one name for sign-off and coaching"


def test_desk_fields_disabled_and_test_advice_is_doable_here(
    qtbot: QtBot, context: AppContext
) -> None:
    shell = _shell(qtbot, context)
    dialog = shell.open_settings()
    dialog.backend.setCurrentIndex(dialog.backend.findData("none"))
    assert not dialog.url.isEnabled() and not dialog.test_button.isEnabled()
    dialog.backend.setCurrentIndex(dialog.backend.findData("rt"))
    assert dialog.url.isEnabled() and dialog.test_button.isEnabled()
    dialog.url.setText("")
    dialog.test_connection()
    text = dialog.test_result.text()
    assert "Adresse" in text and "Innstillinger" not in text and "COMPANION_" not in text
    assert dialog.test_button.isEnabled()


def test_queued_ticket_does_not_promise_replies_without_a_desk(
    qtbot: QtBot, context: AppContext
) -> None:
    from companion.tickets.model import TicketDraft

    shell = _shell(qtbot, context)
    draft = TicketDraft(subject="Skriver ikke ut", description="Etikettskriveren står")
    ticket_id = context.tickets.create(draft).id
    shell.tickets_page.reload()
    shell.tickets_page.show_ticket(ticket_id)
    text = shell.tickets_page.detail.conversation.toPlainText()
    assert "når du er på nett" not in text
    assert "ikke er satt opp" in text and "Innstillinger" in text
