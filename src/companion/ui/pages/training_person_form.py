"""The person's details (navn, rolle, enhet, dager, vikar, kontakt), saved as the user types."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from companion.training.types import ROLES, Person
from companion.ui.domain_words import word
from companion.ui.pages.training_common import NO_DATE, DebouncedSaver, pydate, qdate


class PersonForm(QWidget):
    """Every field writes through `save(**changes)` shortly after typing; no Lagre button.

    `saved` fires after a stored change (the list refreshes); `failed` carries a plain message.
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(self, save: Callable[..., Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._person: Person | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.name = QLineEdit()
        self.role = QComboBox()
        for key, label in ROLES.items():
            self.role.addItem(word(label), key)
        self.unit = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Telefon eller e-post (jobb)"))
        self.first_day = QDateEdit()
        self.last_day = QDateEdit()
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.last_day.setMinimumDate(NO_DATE)
        self.last_day.setSpecialValueText(self.tr("Ikke satt"))
        self.substitute = QCheckBox(self.tr("Vikar"))
        fields: list[tuple[str, str, QWidget, int, int]] = [
            (self.tr("Navn"), self.tr("Navn"), self.name, 0, 0),
            (self.tr("Rolle"), self.tr("Rolle"), self.role, 0, 2),
            (self.tr("Enhet"), self.tr("Enhet"), self.unit, 1, 0),
            (self.tr("Kontakt"), self.tr("Kontakt"), self.contact, 1, 2),
            (self.tr("Første dag"), self.tr("Første arbeidsdag"), self.first_day, 2, 0),
            (self.tr("Siste dag"), self.tr("Siste arbeidsdag"), self.last_day, 2, 2),
        ]
        # Two label+field pairs per row: fits beside the person list at 1024x700 and 150% text.
        for text, accessible, widget, row, column in fields:
            caption = QLabel(text)
            caption.setBuddy(widget)
            caption.setMinimumWidth(caption.sizeHint().width())
            widget.setAccessibleName(accessible)
            widget.setMinimumWidth(60)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        self.substitute.setAccessibleName(self.tr("Vikar"))
        grid.addWidget(self.substitute, 3, 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self._savers: list[DebouncedSaver] = []
        self._bind_text(self.name, "name")
        self._bind_text(self.unit, "unit")
        self._bind_text(self.contact, "contact")
        self._bind(
            self.role.currentIndexChanged, lambda: {"role": self.role.currentData()}, delay=0
        )
        self._bind(
            self.substitute.toggled, lambda: {"is_substitute": self.substitute.isChecked()}, delay=0
        )
        self._bind_date(self.first_day, "first_day")
        self._bind_date(self.last_day, "last_day")
        self.setEnabled(False)

    # binding -----------------------------------------------------------------------------------
    def _bind(
        self,
        signal: Any,
        changes: Callable[[], dict[str, Any]],
        delay: int = 400,
        flush_on: Any = None,
    ) -> DebouncedSaver:
        saver = DebouncedSaver(lambda: self._store(changes()), self, delay)
        saver.failed.connect(self.failed)
        saver.saved.connect(self.saved)
        signal.connect(lambda *_: self._trigger(saver))
        if flush_on is not None:
            flush_on.connect(saver.flush)
        self._savers.append(saver)
        return saver

    def _trigger(self, saver: DebouncedSaver) -> None:
        if self._person is not None:
            saver.trigger()

    def _bind_text(self, edit: QLineEdit, field: str) -> None:
        self._bind(edit.textEdited, lambda: {field: edit.text()}, flush_on=edit.editingFinished)

    def _bind_date(self, edit: QDateEdit, field: str) -> None:
        self._bind(
            edit.dateChanged,
            lambda: {field: pydate(edit.date())},
            delay=700,
            flush_on=edit.editingFinished,
        )

    def _store(self, changes: dict[str, Any]) -> None:
        if self._person is None:
            return
        if changes.get("first_day", True) is None:
            changes.pop("first_day")
        self._person = self._save(self._person.id, **changes)

    # state -------------------------------------------------------------------------------------
    def flush(self) -> None:
        """Save anything typed but not yet stored (called before switching person)."""
        for saver in self._savers:
            saver.flush()

    def set_person(self, person: Person | None) -> None:
        for saver in self._savers:
            saver.cancel()
        self._person = person
        widgets = (
            self.name,
            self.role,
            self.unit,
            self.contact,
            self.first_day,
            self.last_day,
            self.substitute,
        )
        for widget in widgets:
            widget.blockSignals(True)
        if person is not None:
            self.name.setText(person.name)
            self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
            self.unit.setText(person.unit)
            self.contact.setText(person.contact)
            self.first_day.setDate(qdate(person.first_day))
            self.last_day.setDate(qdate(person.last_day))
            self.substitute.setChecked(person.is_substitute)
            for edit in (self.name, self.unit, self.contact):
                edit.setCursorPosition(0)  # show the start of long text, not the end
        for widget in widgets:
            widget.blockSignals(False)
        self.setEnabled(person is not None)

    @property
    def person(self) -> Person | None:
        return self._person
