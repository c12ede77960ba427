"""The Hjelp menu: «Om Følgesvenn» and «Eksporter diagnostikk».

Why both live here: they answer the support desk's first two questions, "which version?"
and "where are your files?", and the second sends them the logs without the database.
The zip itself is built by the plain-Python :mod:`companion.diagnostics` in the task runner.
"""

from __future__ import annotations

import logging
import platform
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME, __version__
from companion.app import AppContext
from companion.paths import machine_config_file
from companion.ui.i18n import fmt
from companion.ui.main_window import MainWindow
from companion.ui.pages.base import heading, muted
from companion.ui.workers import TaskRunner

if TYPE_CHECKING:
    from companion.diagnostics import DiagnosticsResult

log = logging.getLogger(__name__)


def runtime_info() -> dict[str, str]:
    """Versions only the UI layer knows (added to the diagnostics' info.txt)."""
    return {
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "Qt-plattform": QGuiApplication.platformName(),
    }


class AboutDialog(QDialog):
    """Version, where the data and logs are, and a button to copy it all for the desk."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Om Følgesvenn"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(APP_NAME))
        self.version_label = QLabel(fmt(self.tr("Versjon %1"), __version__))
        self.version_label.setAccessibleName(self.tr("Versjon"))
        layout.addWidget(self.version_label)
        layout.addWidget(
            muted(
                self.tr(
                    "Veiledninger, vanlige feil og saker til brukerstøtte for superbrukere i "
                    "Helseplattformen."
                )
            )
        )
        layout.addSpacing(8)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {"version": self.version_label}
        for key, label, value in self.rows():
            if key == "version":
                continue  # shown under the heading
            field = QLabel(value)
            field.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            field.setWordWrap(True)
            field.setAccessibleName(label)
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.values[key] = field
            form.addRow(label, field)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(
            muted(
                self.tr(
                    "Hvis noe ikke virker: velg Hjelp → Eksporter diagnostikk og send filen til "
                    "brukerstøtte."
                )
            )
        )
        buttons = QDialogButtonBox()
        self.open_folder_button = QPushButton(self.tr("Åpne datamappen"))
        self.copy_button = QPushButton(self.tr("Kopier opplysningene"))
        close_button = QPushButton(self.tr("Lukk"))
        close_button.setDefault(True)
        for button in (self.open_folder_button, self.copy_button, close_button):
            button.ensurePolished()
            button.setMinimumWidth(button.sizeHint().width())  # large text: never cut
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def rows(self) -> list[tuple[str, str, str]]:
        """(key, label, value) for every line in the dialog."""
        paths = self.context.paths
        machine = machine_config_file()
        return [
            ("version", self.tr("Versjon"), __version__),
            ("home", self.tr("Datamappe"), str(paths.home)),
            ("database", self.tr("Database"), str(paths.database)),
            ("logs", self.tr("Logger"), str(paths.logs)),
            ("config", self.tr("Dine innstillinger"), str(paths.config_file)),
            (
                "machine",
                self.tr("Innstillinger fra IT"),
                str(machine) + ("" if machine.is_file() else self.tr(" (finnes ikke)")),
            ),
            ("content", self.tr("Innhold"), str(self.context.content_dir)),
            (
                "runtime",
                self.tr("Teknisk"),
                f"Python {platform.python_version()}, Qt {qVersion()}, {platform.system()} "
                f"{platform.release()}",
            ),
        ]

    def text(self) -> str:
        """Plain text of the dialog, for the clipboard."""
        return "\n".join(
            [f"{APP_NAME}", *(f"{label}: {value}" for _key, label, value in self.rows())]
        )

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy_button.setText(self.tr("Kopiert"))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.paths.home)))


class ExportFailed(Exception):
    """Could not write the zip; the message is for the user."""

    user_message = True


def _export(context: AppContext, target: Path, runtime: dict[str, str]) -> DiagnosticsResult:
    try:
        from companion.diagnostics import export_diagnostics

        return export_diagnostics(
            context.paths,
            context.settings,
            target,
            content_dir=context.content_dir,
            runtime=runtime,
        )
    except OSError as exc:
        raise ExportFailed(
            fmt(
                QCoreApplication.translate(
                    "HelpActions",
                    "Kunne ikke lagre diagnostikken i %1: %2. Ingen filer er endret. Velg en "
                    "annen mappe, for eksempel Skrivebord, og prøv igjen.",
                ),
                target,
                exc.strerror or type(exc).__name__,
            )
        ) from exc


class HelpActions(QObject):
    """Connects the Hjelp menu of the main window to the dialog and the export."""

    exported = Signal(object)  # DiagnosticsResult
    exportFailed = Signal(str)

    def __init__(
        self, window: MainWindow, context: AppContext, runner: TaskRunner, connect_menu: bool = True
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.runner = runner
        self.dialog: AboutDialog | None = None
        self.message: QMessageBox | None = None
        if connect_menu:
            window.about_action.triggered.connect(self.show_about)
            window.diagnostics_action.triggered.connect(self.ask_and_export)

    def show_about(self) -> AboutDialog:
        """Open «Om Følgesvenn» (window-modal, does not block the event loop)."""
        if self.dialog is None:
            self.dialog = AboutDialog(self.context, self.window)
        self.dialog.open()
        return self.dialog

    def default_target(self) -> Path:
        desktop = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DesktopLocation)
        folder = Path(desktop) if desktop and Path(desktop).is_dir() else Path.home()
        from companion.diagnostics import default_filename

        return folder / default_filename()

    def ask_and_export(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Eksporter diagnostikk"),
            str(self.default_target()),
            self.tr("Zip-filer (*.zip)"),
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, target: Path) -> None:
        """Write the zip in the background; reports with a message and :attr:`exported`."""
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        self.window.show_message(self.tr("Lager diagnostikk …"))
        self.runner.start(
            _export, self.context, target, runtime_info(), on_done=self._done, on_error=self._failed
        )

    def _done(self, result: DiagnosticsResult) -> None:
        text = fmt(
            self.tr(
                "Diagnostikken er lagret i %1. Send filen til brukerstøtte. Den inneholder logger "
                "og innstillinger, ikke databasen og ingen passord."
            ),
            str(result.path),
        )
        self.window.show_message(self.tr("Diagnostikken er lagret."))
        self._inform(QMessageBox.Icon.Information, text)
        self.exported.emit(result)

    def _failed(self, message: str) -> None:
        self.window.show_message(self.tr("Diagnostikken ble ikke lagret."))
        self._inform(QMessageBox.Icon.Warning, message)
        self.exportFailed.emit(message)

    def _inform(self, icon: QMessageBox.Icon, text: str) -> None:
        self.message = QMessageBox(
            icon, self.tr("Eksporter diagnostikk"), text, QMessageBox.StandardButton.Ok, self.window
        )
        self.message.open()
