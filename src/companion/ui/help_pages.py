"""Hjelp → Hurtigtaster (generated from the registered actions and shortcuts) and Kom i gang."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpPages", text)


def coaching_keys() -> list[tuple[str, str]]:
    """Keys of Vis ved siden av (its window is not open while the list is made)."""
    return [
        (
            QCoreApplication.translate("HelpPages", "Vis ved siden av: neste steg"),
            "→, Mellomrom, Page Down",
        ),
        (QCoreApplication.translate("HelpPages", "Vis ved siden av: forrige steg"), "←, Page Up"),
        (
            QCoreApplication.translate("HelpPages", "Vis ved siden av: første / siste steg"),
            "Home / End",
        ),
        (QCoreApplication.translate("HelpPages", "Vis ved siden av: fullskjerm av og på"), "F11"),
        (
            QCoreApplication.translate(
                "HelpPages", "Vis ved siden av: avslutt fullskjerm, deretter veiledningen"
            ),
            "Esc",
        ),
        (
            QCoreApplication.translate("HelpPages", "Vis ved siden av: større / mindre tekst"),
            "Ctrl++ / Ctrl+-",
        ),
    ]


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def collect_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """Every shortcut the window has registered: menu actions, QShortcuts and buttons."""
    found: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and action.text():
            found.setdefault(action.text().replace("&", "").rstrip(" …"), keys)
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        if keys and shortcut.whatsThis():
            found.setdefault(shortcut.whatsThis(), keys)
    for button in window.findChildren(QAbstractButton):
        keys = _keys([button.shortcut()])
        if keys and button.text():
            found.setdefault(button.text().replace("&", "").rstrip(" …"), keys)
    rows = sorted(found.items(), key=lambda row: row[0].casefold())
    return rows + coaching_keys()


class ShortcutsDialog(QDialog):
    """A plain table of what each key does (readable by screen readers)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Hurtigtaster"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        rows = collect_shortcuts(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Hurtigtaster"))
        self.table.setHorizontalHeaderLabels([self.tr("Hva"), self.tr("Taster")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        for number, (what, keys) in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(what))
            self.table.setItem(number, 1, QTableWidgetItem(keys))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


GETTING_STARTED = [
    (
        QT_TRANSLATE_NOOP("HelpPages", "Finn svar"),
        QT_TRANSLATE_NOOP(
            "HelpPages",
            "Søk med Ctrl+K fra hvor som helst. Veiledninger viser arbeidsflyter steg for steg; "
            "Kunnskapsbase forklarer vanlige feil og hvordan du retter dem.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPages", "Vis ved siden av"),
        QT_TRANSLATE_NOOP(
            "HelpPages",
            "Åpne en veiledning og trykk «Vis ved siden av»: ett steg om gangen i stor tekst. "
            "Piltastene blar, F11 gir fullskjerm, Esc avslutter.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPages", "Saker"),
        QT_TRANSLATE_NOOP(
            "HelpPages",
            "Trykk «Ny sak» (Ctrl+N) når noe ikke virker. Saken lagres mens du skriver og sendes "
            "til brukerstøtte når den er satt opp under Fil → Innstillinger.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPages", "Opplæring"),
        QT_TRANSLATE_NOOP(
            "HelpPages",
            "Skriv navnet ditt øverst. Legg til personer, og registrer vist, øvd og godkjent for "
            "hvert punkt. Hver registrering kan angres rett i bekreftelsen.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HelpPages", "Innsikt"),
        QT_TRANSLATE_NOOP(
            "HelpPages",
            "Til superbrukermøtet: hva kollegaer ikke finner, hva som øker og forslag til "
            "endringer.",
        ),
    ),
]


class GettingStartedDialog(QDialog):
    """Five short paragraphs for a new superuser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kom i gang"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Kom i gang"))
        self.text.setHtml(
            "".join(
                f"<h3>{html.escape(_tr(str(title)))}</h3><p>{html.escape(_tr(str(body)))}</p>"
                for title, body in GETTING_STARTED
            )
        )
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
