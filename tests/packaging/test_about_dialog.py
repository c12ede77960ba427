"""The Hjelp menu: «Om Følgesvenn» shows version and paths; «Eksporter diagnostikk» writes a zip."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from companion import __version__
from companion.app import AppContext
from companion.diagnostics import DiagnosticsResult
from companion.paths import resources_dir
from companion.ui.shell import Shell


def make_shell(qtbot: QtBot, context: AppContext) -> Shell:
    context.prepare_database()
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    return shell


def test_menu_opens_about_with_version_and_paths(qtbot: QtBot, context: AppContext) -> None:
    shell = make_shell(qtbot, context)
    shell.window.about_action.trigger()
    dialog = shell.help_actions.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Om Følgesvenn"
    assert dialog.version_label.text() == f"Versjon {__version__}"
    assert dialog.values["home"].text() == str(context.paths.home)
    assert dialog.values["logs"].text() == str(context.paths.logs)
    assert dialog.values["database"].text() == str(context.paths.database)
    assert all(label.accessibleName() for label in dialog.values.values())

    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert str(context.paths.logs) in copied and __version__ in copied
    dialog.reject()
    assert not dialog.isVisible()


def test_menu_exports_diagnostics_to_the_chosen_file(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = make_shell(qtbot, context)
    chosen = tmp_path / "til-brukerstotte"  # the user typed no .zip
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), "Zip-filer (*.zip)")
    )
    with qtbot.waitSignal(shell.help_actions.exported, timeout=10000) as blocker:
        shell.window.diagnostics_action.trigger()
    result = blocker.args[0]
    assert isinstance(result, DiagnosticsResult)
    assert result.path == chosen.with_name("til-brukerstotte.zip")
    with zipfile.ZipFile(result.path) as archive:
        assert "info.txt" in archive.namelist()
        info = archive.read("info.txt").decode()
    assert "Qt: 6." in info and "Qt-plattform: offscreen" in info
    message = shell.help_actions.message
    assert message is not None and str(result.path) in message.text()
    message.close()


def test_cancelled_file_dialog_exports_nothing(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = make_shell(qtbot, context)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    with qtbot.assertNotEmitted(shell.help_actions.exported, wait=200):
        shell.window.diagnostics_action.trigger()


def test_export_failure_is_plain_norwegian(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    shell = make_shell(qtbot, context)
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x", encoding="utf-8")
    with qtbot.waitSignal(shell.help_actions.exportFailed, timeout=10000) as blocker:
        shell.help_actions.export_to(blocker_file / "diag.zip")
    text = blocker.args[0]
    assert text.startswith("Kunne ikke lagre diagnostikken")
    assert "Velg en annen mappe" in text and "Traceback" not in text
    message = shell.help_actions.message
    assert message is not None and message.text() == text
    message.close()
