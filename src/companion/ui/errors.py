"""Last line of defence: an unexpected error in a slot becomes a calm message, not a traceback.

The traceback goes to the log file; the user sees what happened and what to do next.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.ui.i18n import fmt

log = logging.getLogger("companion.ui")


def install_excepthook(parent: QWidget, log_file_hint: str) -> None:
    """Route uncaught exceptions on the GUI thread to the log and a message box."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        from PySide6.QtWidgets import QMessageBox  # not before the first paint (issue 16)

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ErrorHook", "Noe gikk galt"),
            fmt(
                QCoreApplication.translate(
                    "ErrorHook",
                    "Følgesvenn møtte en uventet feil (%1). Det du har lagret er trygt. Prøv "
                    "igjen; hvis det gjentar seg, "
                    "velg Hjelp → Eksporter diagnostikk og send filen til superbrukeren.",
                ),
                kind.__name__,
            ),
            parent=parent,
        )
        box.setDetailedText(
            fmt(
                QCoreApplication.translate("ErrorHook", "Detaljer står i loggen: %1"), log_file_hint
            )
        )
        box.open()

    sys.excepthook = hook
