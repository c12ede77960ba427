"""Fil → Innstillinger writes config.toml (no secrets) and reconfigures the sync."""

import tomllib

from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.paths import resources_dir
from companion.ui.shell import Shell


def test_settings_saved_without_secret_in_file(qtbot: QtBot, context: AppContext) -> None:
    context.prepare_database()
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)
    shell.window.show()
    with qtbot.waitSignal(shell.servicePagesReady, timeout=20000):
        shell.start_background()
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
    context.prepare_database()
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.servicePagesReady, timeout=20000):
        shell.start_background()
    dialog = shell.open_settings()
    dialog.backend.setCurrentIndex(dialog.backend.findData("rt"))
    dialog.url.setText("http://127.0.0.1:9")
    dialog.secret.setText("token")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15000)
    assert dialog.test_result.text().startswith("✗")
