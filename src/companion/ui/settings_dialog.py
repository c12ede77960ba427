"""Fil → Innstillinger: support desk connection, form defaults, language and text size.

Settings go to the user's config.toml; the password or token goes to the OS keyring, never
to a file. Values set by IT in the machine-wide file show as defaults here.
"""

from __future__ import annotations

import copy
import logging
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.app import AppContext
from companion.credentials import get_secret, set_secret
from companion.settings import Settings, save_user_settings
from companion.training.types import TrainingError
from companion.ui.i18n import fmt
from companion.ui.workers import TaskRunner

log = logging.getLogger(__name__)


class TestOutcome(StrEnum):
    """What a connection test found (worded by the dialog)."""

    OK = "ok"
    NO_ANSWER = "no-answer"
    INVALID = "invalid"
    REFUSED = "refused"


class SettingsDialog(QDialog):
    """Edits a copy of the settings; Lagre writes them and emits `saved` with the new copy.

    The live settings are never touched here: the receiver swaps the copy in with
    `AppContext.replace_settings()`, so Test tilkoblingen followed by Avbryt changes nothing.
    """

    saved = Signal(object)  # Settings

    def __init__(
        self, context: AppContext, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.setWindowTitle(self.tr("Innstillinger"))
        self.setMinimumWidth(560)
        self.draft: Settings = copy.deepcopy(context.settings)
        s = self.draft
        outer = QVBoxLayout(self)
        # The fields scroll on a low screen (1024x700); Lagre/Avbryt always stay visible.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)

        desk = QGroupBox(self.tr("Brukerstøtte"))
        form = QFormLayout(desk)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        self.test_result.setAccessibleName(self.tr("Resultat av testen"))
        self.test_result.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
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
            else:
                form.addRow(widget)  # full width: long check box texts are never cut
        self.desk_fields: list[QWidget] = [
            self.url,
            self.queue,
            self.user,
            self.secret,
            self.secret_is_token,
            self.verify,
            self.interval,
            self.test_button,
        ]
        self.backend.currentIndexChanged.connect(lambda _i: self._update_desk_fields())
        layout.addWidget(desk)

        org = QGroupBox(self.tr("Standardverdier i skjemaer"))
        org_form = QFormLayout(org)
        org_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.unit = QLineEdit(s.org.unit)
        self.name = QLineEdit(context.user_name())
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
        look_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        outer.addWidget(self.message)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Lagre"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(inner.minimumSizeHint().width() + bar)  # never cut at the sides
        self._update_desk_fields()

    def _update_desk_fields(self) -> None:
        """The desk fields mean nothing while "Ikke satt opp" is chosen."""
        on = self.backend.currentData() != "none"
        for widget in self.desk_fields:
            widget.setEnabled(on)
        self.test_result.setText(
            ""
            if on
            else self.tr(
                "Sakene lagres på denne PC-en. Velg Request Tracker over når IT har gitt deg "
                "adressen."
            )
        )

    def apply(self) -> None:
        """Copy the form into the dialog's own copy of the settings (never the live ones)."""
        s = self.draft
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
                self.draft, self.context.paths.config_file, self.context.machine_file
            )
        except OSError as exc:
            self.message.setText(
                fmt(
                    self.tr(
                        "Kunne ikke lagre innstillingene: %1. Sjekk at datamappen er skrivbar."
                    ),
                    str(exc),
                )
            )
            return
        name = self.name.text().strip()
        if name != self.context.user_name():
            try:
                self.context.training.remember_superuser_name(name)
            except TrainingError as exc:
                self.message.setText(str(exc))
                return
        secret = self.secret.text()
        if secret:
            key = "rt_token" if self.secret_is_token.isChecked() else "rt_password"
            if not set_secret(key, secret):
                self.message.setText(
                    self.tr(
                        "Innstillingene er lagret, men passordet kunne ikke lagres i nøkkelringen "
                        "på denne PC-en. Bruk miljøvariabelen COMPANION_RT_TOKEN, eller kontakt IT."
                    )
                )
                self.saved.emit(self.draft)
                return
        self.saved.emit(self.draft)
        self.accept()

    def test_connection(self) -> None:
        self.apply()
        missing = self._missing_for_test()
        if missing:
            self.test_result.setText("✗ " + missing)
            return
        self.test_result.setText(self.tr("Tester …"))
        self.test_button.setEnabled(False)
        self.runner.start(self._ping, on_done=self._on_tested, on_error=self._on_test_error)

    def _missing_for_test(self) -> str:
        """What the user must fill in here before a test makes sense ("" when nothing)."""
        if self.draft.support.backend == "none":
            return self.tr("Velg Request Tracker under System først.")
        if not self.draft.rt.url:
            return self.tr("Skriv adressen til Request Tracker i feltet Adresse.")
        has_saved = bool(get_secret("rt_token") or get_secret("rt_password"))
        if not self.secret.text() and not has_saved:
            return self.tr("Skriv passord eller token i feltet Passord/token.")
        if not self.secret_is_token.isChecked() and not self.draft.rt.user:
            return self.tr("Skriv brukernavnet, eller kryss av for at dette er et token.")
        return ""

    def _ping(self) -> TestOutcome:
        from companion.tickets.desk import DeskError
        from companion.tickets.factory import DeskNotConfigured, ping_desk

        secret = self.secret.text() or None
        is_token = self.secret_is_token.isChecked()
        try:
            ok = ping_desk(
                self.draft,
                token=secret if is_token else None,
                password=None if is_token else secret,
            )
        except DeskNotConfigured:
            return TestOutcome.INVALID
        except DeskError as exc:  # RT answered but refused us: a message, not a traceback
            log.info("connection test refused: %s", exc)
            return TestOutcome.REFUSED
        return TestOutcome.OK if ok else TestOutcome.NO_ANSWER

    def _on_tested(self, outcome: TestOutcome) -> None:
        self.test_button.setEnabled(True)
        texts = {
            TestOutcome.OK: self.tr(
                "✓ Tilkoblet. Brukerstøtte svarer. Trykk Lagre for å bruke dette."
            ),
            TestOutcome.NO_ANSWER: self.tr(
                "✗ Fikk ikke kontakt. Sjekk adressen over og at PC-en er på nettet, og prøv igjen."
            ),
            TestOutcome.REFUSED: self.tr(
                "✗ Brukerstøtte svarte, men godtok ikke innloggingen eller køen. Sjekk brukernavn, "
                "passord/token og kø over."
            ),
            TestOutcome.INVALID: self.tr(
                "✗ Adressen ser ikke riktig ut. Den skal se slik ut: https://rt.kommune.no"
            ),
        }
        self.test_result.setText(texts[outcome])

    def _on_test_error(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText("✗ " + message)
