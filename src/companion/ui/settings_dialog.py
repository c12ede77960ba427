"""Fil → Innstillinger: support desk connection, form defaults, language and text size.

Settings go to the user's config.toml; the password or token goes to the OS keyring, never
to a file. Values set by IT in the machine-wide file show as defaults here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.app import AppContext
from companion.credentials import get_secret, set_secret
from companion.settings import save_user_settings
from companion.ui.workers import TaskRunner


class SettingsDialog(QDialog):
    """Edits a copy of the settings; Lagre writes them and emits `saved`."""

    saved = Signal()

    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.setWindowTitle(self.tr("Innstillinger"))
        self.setMinimumWidth(560)
        s = context.settings
        layout = QVBoxLayout(self)

        desk = QGroupBox(self.tr("Brukerstøtte"))
        form = QFormLayout(desk)
        self.backend = QComboBox()
        self.backend.addItem(self.tr("Ikke satt opp (saker blir liggende i kø)"), "none")
        self.backend.addItem(self.tr("Request Tracker"), "rt")
        self.backend.setCurrentIndex(max(0, self.backend.findData(s.support.backend)))
        self.url = QLineEdit(s.rt.url)
        self.url.setPlaceholderText("https://rt.kommune.no")
        self.queue = QLineEdit(s.rt.queue)
        self.user = QLineEdit(s.rt.user)
        self.user.setPlaceholderText(self.tr("tom hvis du bruker token"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        has_secret = bool(get_secret("rt_token") or get_secret("rt_password"))
        self.secret.setPlaceholderText(
            self.tr("lagret – skriv for å endre") if has_secret else self.tr("passord eller token")
        )
        self.secret_is_token = QCheckBox(self.tr("Dette er et token (ikke passord)"))
        self.secret_is_token.setChecked(not s.rt.user)
        self.verify = QCheckBox(self.tr("Kontroller sertifikatet (anbefalt)"))
        self.verify.setChecked(s.rt.verify_tls)
        self.interval = QSpinBox()
        self.interval.setRange(1, 120)
        self.interval.setValue(s.support.sync_interval_minutes)
        self.interval.setSuffix(self.tr(" min"))
        self.test_button = QPushButton(self.tr("Test tilkoblingen"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        for label, widget in (
            (self.tr("System"), self.backend),
            (self.tr("Adresse"), self.url),
            (self.tr("Kø"), self.queue),
            (self.tr("Brukernavn"), self.user),
            (self.tr("Passord/token"), self.secret),
            ("", self.secret_is_token),
            ("", self.verify),
            (self.tr("Synkroniser hvert"), self.interval),
            ("", self.test_button),
            ("", self.test_result),
        ):
            if label:
                widget.setAccessibleName(label)
            form.addRow(label, widget)
        layout.addWidget(desk)

        org = QGroupBox(self.tr("Standardverdier i skjemaer"))
        org_form = QFormLayout(org)
        self.unit = QLineEdit(s.org.unit)
        self.name = QLineEdit(s.org.reporter_name)
        self.contact = QLineEdit(s.org.reporter_contact)
        for label, widget in (
            (self.tr("Enhet"), self.unit),
            (self.tr("Ditt navn"), self.name),
            (self.tr("Kontakt"), self.contact),
        ):
            widget.setAccessibleName(label)
            org_form.addRow(label, widget)
        layout.addWidget(org)

        look = QGroupBox(self.tr("Visning"))
        look_form = QFormLayout(look)
        self.language = QComboBox()
        self.language.addItem("Norsk (bokmål)", "nb")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(s.ui.language)))
        self.font_size = QSpinBox()
        self.font_size.setRange(11, 24)
        self.font_size.setValue(s.ui.font_point_size)
        self.font_size.setSuffix(" pt")
        look_form.addRow(self.tr("Språk (etter omstart)"), self.language)
        look_form.addRow(self.tr("Tekststørrelse"), self.font_size)
        layout.addWidget(look)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Lagre"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def apply(self) -> None:
        """Copy the form into the live settings object."""
        s = self.context.settings
        s.support.backend = str(self.backend.currentData())
        s.support.sync_interval_minutes = self.interval.value()
        s.rt.url, s.rt.queue, s.rt.user = (
            self.url.text().strip(),
            self.queue.text().strip() or "General",
            self.user.text().strip(),
        )
        s.rt.verify_tls = self.verify.isChecked()
        s.org.unit, s.org.reporter_name, s.org.reporter_contact = (
            self.unit.text().strip(),
            self.name.text().strip(),
            self.contact.text().strip(),
        )
        s.ui.language, s.ui.font_point_size = (
            str(self.language.currentData()),
            self.font_size.value(),
        )

    def save(self) -> None:
        self.apply()
        try:
            save_user_settings(
                self.context.settings, self.context.paths.config_file, self.context.machine_file
            )
        except OSError as exc:
            self.message.setText(
                self.tr(
                    "Kunne ikke lagre innstillingene: %1. Sjekk at datamappen er skrivbar."
                ).replace("%1", str(exc))
            )
            return
        secret = self.secret.text()
        if secret:
            name = "rt_token" if self.secret_is_token.isChecked() else "rt_password"
            if not set_secret(name, secret):
                self.message.setText(
                    self.tr(
                        "Innstillingene er lagret, men passordet kunne ikke lagres i nøkkelringen på denne PC-en. Bruk miljøvariabelen COMPANION_RT_TOKEN, eller kontakt IT."
                    )
                )
                self.saved.emit()
                return
        self.saved.emit()
        self.accept()

    def test_connection(self) -> None:
        self.apply()
        self.test_result.setText(self.tr("Tester …"))
        self.test_button.setEnabled(False)
        self.runner.start(self._ping, on_done=self._on_tested, on_error=self._on_test_error)

    def _ping(self) -> bool:
        from companion.tickets.factory import ping_desk

        secret = self.secret.text() or None
        is_token = self.secret_is_token.isChecked()
        return ping_desk(
            self.context.settings,
            token=secret if is_token else None,
            password=None if is_token else secret,
        )

    def _on_tested(self, ok: bool) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(
            self.tr("✓ Tilkoblet. Brukerstøtte svarer.")
            if ok
            else self.tr("✗ Fikk ikke kontakt. Sjekk adressen, nettet og innloggingen.")
        )

    def _on_test_error(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText("✗ " + message)
