"""Veiledning ved siden av: quick entry of shoulder-to-shoulder help, and the log of sessions."""

from __future__ import annotations

import json

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core.idguard import redact
from companion.training.service import TrainingService
from companion.training.types import OUTCOMES, CoachingInput, TrainingError
from companion.ui.domain_words import word
from companion.ui.flow_layout import FlowLayout
from companion.ui.i18n import fmt
from companion.ui.models.training_coaching import CoachingLogModel
from companion.ui.pages.base import empty_state
from companion.ui.pages.training_common import DebouncedSaver, MessageBar, fill_combo
from companion.ui.workers import TaskRunner

DRAFT_KEY = "training/coaching_draft"


class CoachingTab(QWidget):
    """The entry form is kept as a draft in the database while typing (survives a crash)."""

    ticketCreated = Signal(int)

    def __init__(
        self, service: TrainingService, default_unit: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = TaskRunner(parent=self)  # draft saves run off the GUI thread, in order
        self.default_unit = default_unit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._build_form())
        self.message = MessageBar()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.unit_filter = QComboBox()
        self.unit_filter.setAccessibleName(self.tr("Vis enhet"))
        self.unit_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self.summary.setWordWrap(True)
        self.ticket_button = QPushButton(self.tr("Opprett sak"))
        self.ticket_button.setToolTip(
            self.tr("Lag en sak til brukerstøtte fra den valgte eskalerte oppføringen")
        )
        self.ticket_button.clicked.connect(self.create_ticket_for_selected)
        row.addWidget(QLabel(self.tr("Logg")))
        row.addWidget(self.unit_filter)
        row.addWidget(self.summary, 1)
        row.addWidget(self.ticket_button)
        layout.addLayout(row)
        self.model = CoachingLogModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Logg over veiledning ved siden av"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._update_ticket_button)
        layout.addWidget(self.table, 1)
        self.empty = empty_state(
            self.tr(
                "Ingen registreringer ennå. Skriv inn hjelp du har gitt over, eller bruk «Vis ved "
                "siden av» i en veiledning."
            )
        )
        layout.addWidget(self.empty, 1)

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Registrer hjelp du har gitt"))
        grid = QGridLayout(box)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Navn på kollegaen (ikke pasient)"))
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("For eksempel «Rover logger ut»"))
        self.guide = QComboBox()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setValue(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.coach = QLineEdit(self.service.superuser_name())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Valgfritt. Ingen pasientopplysninger."))
        self.outcomes = QButtonGroup(self)
        outcome_row = FlowLayout()
        for i, (key, label) in enumerate(OUTCOMES.items()):
            radio = QRadioButton(word(label))
            radio.setProperty("outcome", key)
            radio.setChecked(i == 0)
            self.outcomes.addButton(radio, i)
            outcome_row.addWidget(radio)
        fields = [
            (self.tr("Hvem fikk hjelp"), self.person, 0, 0),
            (self.tr("Tema"), self.topic, 0, 2),
            (self.tr("Veiledning"), self.guide, 1, 0),
            (self.tr("Tid brukt"), self.minutes, 1, 2),
            (self.tr("Enhet"), self.unit, 2, 0),
            (self.tr("Superbruker"), self.coach, 2, 2),
            (self.tr("Notat"), self.note, 3, 0),
        ]
        for text, widget, row, column in fields:
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(text)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1, 1, 3 if widget is self.note else 1)
        grid.addWidget(QLabel(self.tr("Utfall")), 4, 0)
        grid.addLayout(outcome_row, 4, 1, 1, 3)
        self.save_button = QPushButton(self.tr("Lagre i loggen"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_entry)
        grid.addWidget(self.save_button, 5, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.draft_saver = DebouncedSaver(self._save_draft, self)
        for edit in (self.person, self.topic, self.note, self.coach):
            edit.textEdited.connect(lambda _t: self.draft_saver.trigger())
            edit.editingFinished.connect(self.draft_saver.flush)
        self.unit.editTextChanged.connect(lambda _t: self.draft_saver.trigger())
        self.guide.currentIndexChanged.connect(lambda _i: self.draft_saver.trigger())
        self.minutes.valueChanged.connect(lambda _v: self.draft_saver.trigger())
        self.outcomes.idToggled.connect(lambda _i, _c: self.draft_saver.trigger())
        return box

    # data ----------------------------------------------------------------------------------------
    def load(self) -> None:
        """Fill pickers and restore the draft typed before (e.g. before a crash)."""
        library = self.service.library
        fill_combo(
            self.guide,
            [(self.tr("(ingen veiledning)"), "")] + [(a.title, a.id) for a in library.guides()],
        )
        units = self.service.people.units()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItems(units)
        self.unit.setEditText(self.default_unit)
        self.unit.blockSignals(False)
        completer = QCompleter(self.service.people.names(), self.person)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person.setCompleter(completer)
        self._restore_draft()
        self.refresh()

    def refresh(self) -> None:
        units = self.service.people.units()
        fill_combo(self.unit_filter, [(self.tr("Alle enheter"), "")] + [(u, u) for u in units])
        unit = self.unit_filter.currentData() or None
        entries = self.service.coaching.entries(unit=unit)
        self.model.set_entries(entries)
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        s = self.service.coaching.summary(unit)
        parts = [f"{s.by_outcome.get(k, 0)} {word(OUTCOMES[k]).lower()}" for k in OUTCOMES]
        self.summary.setText(
            fmt(
                self.tr("%1 registreringer, %2 minutter: %3"),
                str(s.count),
                str(s.minutes),
                ", ".join(parts),
            )
        )
        self._update_ticket_button()

    def _input(self) -> CoachingInput:
        button = self.outcomes.checkedButton()
        outcome = str(button.property("outcome")) if button else "løst"
        return CoachingInput(
            coached_person=self.person.text(),
            topic=self.topic.text(),
            guide_id=str(self.guide.currentData() or ""),
            minutes=self.minutes.value(),
            outcome=outcome,
            unit=self.unit.currentText(),
            coach_name=self.coach.text(),
            note=self.note.text(),
        )

    def save_entry(self) -> None:
        self.draft_saver.cancel()
        entry = self._input()
        try:
            saved = self.service.coaching.add(entry)
            if entry.coach_name.strip():
                self.service.remember_superuser_name(entry.coach_name)
        except TrainingError as exc:
            self.message.show_error(str(exc))
            return
        self._clear_form()
        self.message.show_info(self.tr("Lagret i loggen."))
        if saved.outcome == "eskalert":
            self._escalate(saved.id)
        self.refresh()

    def create_ticket_for_selected(self) -> None:
        entry = self.model.entry_at(self.table.currentIndex().row())
        if entry is not None and entry.outcome == "eskalert" and entry.ticket_id is None:
            self._escalate(entry.id)
            self.refresh()

    def _escalate(self, session_id: int) -> None:
        try:
            ticket_id = self.service.coaching.escalate(session_id)
        except TrainingError as exc:
            self.message.show_error(str(exc))
            return
        self.message.show_info(
            fmt(
                self.tr(
                    "Lagret i loggen, og sak %1 er laget som utkast under Saker. Se over saken og "
                    "send den."
                ),
                str(ticket_id),
            )
        )
        self.ticketCreated.emit(ticket_id)

    def _update_ticket_button(self, *_args: QModelIndex) -> None:
        entry = self.model.entry_at(self.table.currentIndex().row())
        self.ticket_button.setEnabled(
            entry is not None and entry.outcome == "eskalert" and entry.ticket_id is None
        )

    # draft ----------------------------------------------------------------------------------------
    def _save_draft(self) -> None:
        e = self._input()
        data = {
            "person": e.coached_person,
            "topic": e.topic,
            "guide": e.guide_id,
            "minutes": e.minutes,
            "outcome": e.outcome,
            "unit": e.unit,
            "coach": e.coach_name,
            "note": e.note,
        }
        draft = redact(json.dumps(data, ensure_ascii=False))
        self.runner.write(
            self.service.set_preference, DRAFT_KEY, draft, on_error=self.message.show_error
        )

    def _restore_draft(self) -> None:
        try:
            data = json.loads(self.service.preference(DRAFT_KEY) or "{}")
        except ValueError:
            data = {}
        if not isinstance(data, dict) or not data:
            return
        self.person.setText(str(data.get("person", "")))
        self.topic.setText(str(data.get("topic", "")))
        self.guide.setCurrentIndex(max(0, self.guide.findData(data.get("guide", ""))))
        self.minutes.setValue(int(data.get("minutes", 5) or 0))
        self.unit.setEditText(str(data.get("unit", self.default_unit)))
        self.coach.setText(str(data.get("coach", "")) or self.service.superuser_name())
        self.note.setText(str(data.get("note", "")))
        for button in self.outcomes.buttons():
            button.setChecked(button.property("outcome") == data.get("outcome", "løst"))
        self.draft_saver.cancel()

    def _clear_form(self) -> None:
        for edit in (self.person, self.topic, self.note):
            edit.clear()
        self.guide.setCurrentIndex(0)
        self.minutes.setValue(5)
        self.outcomes.button(0).setChecked(True)
        self.draft_saver.cancel()
        self.runner.write(
            self.service.set_preference, DRAFT_KEY, "", on_error=self.message.show_error
        )
