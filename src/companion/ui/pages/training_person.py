"""One person in training: details, assigned checklists, item sign-off with undo, exports."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from companion.training.export import export_person_csv
from companion.training.service import TrainingService
from companion.training.types import ItemState, PersonRecord, TrainingError
from companion.ui.models.training_items import ChecklistItemsModel
from companion.ui.pages.base import empty_state
from companion.ui.pages.training_common import (
    DebouncedSaver,
    MessageBar,
    confirm,
    export_file,
    pydate,
    qdate,
    slug,
    superuser_field,
)
from companion.ui.pages.training_person_form import PersonForm
from companion.ui.workers import TaskRunner

STAGE_BUTTONS = (
    ("vist", "Marker som vist", "Fjern vist"),
    ("øvd", "Marker som øvd", "Fjern øvd"),
    ("godkjent", "Godkjenn", "Fjern godkjenning"),
)


class PersonPanel(QWidget):
    """Everything is stored at once; "Angre siste registrering" undoes the latest mark exactly."""

    personChanged = Signal(int)
    personDeleted = Signal(int)
    coachingRequested = Signal(str, str, str)  # guide id, person's name, unit

    def __init__(
        self,
        service: TrainingService,
        runner: TaskRunner,
        superuser: QLineEdit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.superuser = superuser if superuser is not None else superuser_field(service)
        self.record: PersonRecord | None = None
        self._note_item: ItemState | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.empty = empty_state(
            self.tr(
                "Velg en person i listen, eller legg til en ny person eller importer en liste fra vaktplanen."
            )
        )
        layout.addWidget(self.empty)
        self.body = QWidget()
        layout.addWidget(self.body, 1)
        self._build(QVBoxLayout(self.body))
        self.body.setVisible(False)

    # layout ------------------------------------------------------------------------------------
    def _build(self, layout: QVBoxLayout) -> None:
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        top.addWidget(self.title, 1)
        self.pdf_button = QPushButton(self.tr("Eksporter PDF"))
        self.csv_button = QPushButton(self.tr("Eksporter CSV"))
        self.delete_button = QPushButton(self.tr("Slett person"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.delete_button.clicked.connect(self._delete)
        for button in (self.pdf_button, self.csv_button, self.delete_button):
            top.addWidget(button)
        layout.addLayout(top)
        status = QHBoxLayout()
        self.readiness = QLabel()
        self.readiness.setAccessibleName(self.tr("Status for selvstendig vakt"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(140, 12)
        self.progress.setAccessibleName(self.tr("Andel påkrevde punkter godkjent"))
        status.addWidget(self.readiness)
        status.addWidget(self.progress)
        status.addStretch(1)
        layout.addLayout(status)
        self.form = PersonForm(self.service.people.update)
        self.form.saved.connect(self._on_form_saved)
        self.form.failed.connect(self._error)
        layout.addWidget(self.form)

        assign_row = QHBoxLayout()
        self.assign_combo = QComboBox()
        self.assign_combo.setAccessibleName(self.tr("Sjekkliste å tildele"))
        self.assign_button = QPushButton(self.tr("Tildel sjekkliste"))
        self.unassign_button = QPushButton(self.tr("Fjern valgt sjekkliste"))
        self.assign_button.clicked.connect(self._assign)
        self.unassign_button.clicked.connect(self._unassign)
        assign_row.addWidget(self.assign_combo, 1)
        assign_row.addWidget(self.assign_button)
        assign_row.addWidget(self.unassign_button)
        layout.addLayout(assign_row)

        self.model = ChecklistItemsModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Sjekklistepunkter"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 130)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._build_actions())
        self.message = MessageBar()
        layout.addWidget(self.message)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_last)

    def _build_actions(self) -> QVBoxLayout:
        box = QVBoxLayout()
        who = QHBoxLayout()
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.item_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 6)
        self.item_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.item_label)
        self.name_saver = DebouncedSaver(
            lambda: self.service.remember_superuser_name(self.superuser.text()), self
        )
        self.name_saver.failed.connect(self._error)
        self.superuser.textEdited.connect(lambda _t: self.name_saver.trigger())
        self.superuser.editingFinished.connect(self.name_saver.flush)
        self.on_date = QDateEdit(qdate(self.service.today()))
        self.on_date.setMaximumDate(qdate(self.service.today()))
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("dd.MM.yyyy")
        self.on_date.setAccessibleName(self.tr("Dato for registreringen"))
        date_label = QLabel(self.tr("Dato"))
        date_label.setBuddy(self.on_date)
        who.addWidget(date_label)
        who.addWidget(self.on_date)
        self.stage_buttons: dict[str, QPushButton] = {}
        for stage, text, _undo_text in STAGE_BUTTONS:
            button = QPushButton(self.tr(text))
            button.clicked.connect(lambda _c=False, s=stage: self.toggle_stage(s))
            who.addWidget(button)
            self.stage_buttons[stage] = button
        self.stage_buttons["godkjent"].setProperty("primary", True)
        who.addStretch(1)
        self.coach_button = QPushButton(self.tr("Vis ved siden av"))
        self.coach_button.clicked.connect(self._coach)
        who.addWidget(self.coach_button)
        box.addLayout(who)
        note_row = QHBoxLayout()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("Notat til punktet (valgfritt, ingen pasientopplysninger)")
        )
        self.note.setAccessibleName(self.tr("Notat til punktet"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        self.note_saver = DebouncedSaver(self._save_note, self)
        self.note_saver.failed.connect(self._error)
        self.note.textChanged.connect(self._note_edited)
        self.undo_button = QPushButton(self.tr("Angre siste registrering"))
        self.undo_button.clicked.connect(self.undo_last)
        self.last_label = QLabel()
        self.last_label.setProperty("role", "muted")
        self.last_label.setWordWrap(True)
        side = QVBoxLayout()
        side.setSpacing(2)
        side.addWidget(self.undo_button)
        side.addWidget(self.last_label, 1)
        note_row.addWidget(self.note, 3)
        note_row.addLayout(side, 2)
        box.addLayout(note_row)
        return box

    # loading -----------------------------------------------------------------------------------
    def show_person(self, person_id: int | None) -> None:
        self.flush()
        self.message.clear_message()
        if person_id is None:
            self.record = None
            self.body.setVisible(False)
            self.empty.setVisible(True)
            return
        self.reload(person_id)
        self.form.set_person(self.record.person if self.record else None)
        self.tree.setCurrentIndex(QModelIndex())
        self._select_first_open_item()

    def reload(self, person_id: int | None = None) -> None:
        """Re-read the record from the database (the only source of truth) and redraw."""
        pid = (
            person_id if person_id is not None else (self.record.person.id if self.record else None)
        )
        if pid is None:
            return
        current = self.current_item()
        try:
            self.record = self.service.overview.person_record(pid)
        except TrainingError as exc:
            self._error(str(exc))
            return
        self.body.setVisible(True)
        self.empty.setVisible(False)
        record = self.record
        self.title.setText(record.person.name or self.tr("(uten navn)"))
        ready = record.readiness
        symbol = "✓" if ready.ready else "!"
        self.readiness.setText(
            f"{symbol} {ready.label} ({ready.required_approved} av {ready.required_total})"
        )
        self.readiness.setStyleSheet(
            f"font-weight:bold; color:{'#146c2e' if ready.ready else '#8a4b00'};"
        )
        self.progress.setValue(ready.percent)
        self.model.set_checklists(record.checklists)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        self._fill_assign_combo()
        if current is not None:
            self.tree.setCurrentIndex(self.model.index_of(current.checklist_id, current.item_id))
        self._update_actions()

    def _select_first_open_item(self) -> None:
        if self.record is None:
            return
        for checklist in self.record.checklists:
            for item in checklist.items:
                if item.status != "godkjent" and not item.obsolete:
                    self.tree.setCurrentIndex(
                        self.model.index_of(checklist.checklist_id, item.item_id)
                    )
                    return

    def _fill_assign_combo(self) -> None:
        assert self.record is not None
        assigned = {c.checklist_id for c in self.record.checklists}
        role = self.record.person.role
        options = sorted(
            self.service.library.checklists.values(), key=lambda c: (c.role != role, c.title)
        )
        self.assign_combo.clear()
        for checklist in options:
            if checklist.id not in assigned:
                self.assign_combo.addItem(checklist.title, checklist.id)
        self.assign_button.setEnabled(self.assign_combo.count() > 0)

    def current_item(self) -> ItemState | None:
        return self.model.item_at(self.tree.currentIndex())

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.note_saver.flush()
        item = self.model.item_at(current)
        self._note_item = item
        if self.note.toPlainText() != (item.note if item else ""):
            self.note.blockSignals(True)
            self.note.setPlainText(item.note if item else "")
            self.note.blockSignals(False)
        self._update_actions()

    def _update_actions(self) -> None:
        item = self.current_item()
        usable = item is not None and not item.obsolete
        for stage, text, undo_text in STAGE_BUTTONS:
            button = self.stage_buttons[stage]
            is_set = item is not None and item.stage(stage)[1] is not None
            button.setText(self.tr(undo_text if is_set else text))
            button.setEnabled(usable or (item is not None and is_set))
        self.note.setEnabled(item is not None)
        if item is None:
            self.item_label.setText(
                self.tr("Velg et punkt i listen for å registrere vist, øvd eller godkjent.")
            )
        else:
            text = f"<b>{html.escape(item.title)}</b>" + (
                f" – {html.escape(item.description)}" if item.description else ""
            )
            if item.obsolete:
                text += " " + self.tr("(utgått fra sjekklisten: kan ikke registreres lenger)")
            stages = []
            for stage, label in (
                ("vist", self.tr("Vist")),
                ("øvd", self.tr("Øvd")),
                ("godkjent", self.tr("Godkjent")),
            ):
                who, when = item.stage(stage)
                stages.append(
                    f"{label} {when:%d.%m.%Y} av {html.escape(who)}" if when else f"{label}: –"
                )
            self.item_label.setText(
                f"{text}<br/><span style='color:#4b5563'>{' · '.join(stages)}</span>"
            )
        guide = self.service.library.articles.get(item.guide) if item and item.guide else None
        self.coach_button.setEnabled(guide is not None)
        self.coach_button.setToolTip(
            self.tr("Åpne «%1» i Vis ved siden av").replace("%1", guide.title)
            if guide
            else self.tr("Punktet har ingen veiledning")
        )
        index = self.tree.currentIndex()
        self.unassign_button.setEnabled(index.isValid() and not index.parent().isValid())
        last = self.record.last_mark if self.record else None
        self.undo_button.setEnabled(last is not None)
        full = (
            self.tr("Siste: %1").replace("%1", last.description)
            if last
            else self.tr("Ingen registreringer å angre.")
        )
        self.last_label.setText(full)
        self.last_label.setAccessibleName(full)

    # actions -----------------------------------------------------------------------------------
    def toggle_stage(self, stage: str) -> None:
        item, record = self.current_item(), self.record
        if item is None or record is None:
            return
        self.name_saver.flush()
        self.note_saver.flush()
        # Writes run in the task runner: a write that meets a sync must not freeze the window.
        who, ids = self.superuser.text(), (record.person.id, item.checklist_id, item.item_id)
        if item.stage(stage)[1] is not None:
            self.runner.write(
                self.service.signoff.unmark, *ids, stage, who,
                on_done=self._stage_saved, on_error=self._stage_failed,
            )  # fmt: skip
        else:
            day = pydate(self.on_date.date()) or date.today()
            self.runner.write(
                self.service.signoff.mark, *ids, stage, who, day,
                on_done=self._stage_saved, on_error=self._stage_failed,
            )  # fmt: skip

    def _stage_saved(self, _result: object) -> None:
        self.message.clear_message()
        self._changed()

    def _stage_failed(self, text: str) -> None:
        self._error(text)
        if not self.superuser.text().strip():
            self.superuser.setFocus()

    def undo_last(self) -> None:
        if self.record is None:
            return
        self.runner.write(
            self.service.signoff.undo_last, self.record.person.id,
            on_done=self._undone, on_error=self._error,
        )  # fmt: skip

    def _undone(self, undone: Any) -> None:
        if undone is not None:
            self.message.show_info(self.tr("Angret: %1").replace("%1", undone.description))
            self._changed()

    def _note_edited(self) -> None:
        if self.note.hasFocus():
            self.note_saver.trigger()

    def _save_note(self) -> None:
        """Save the note for the item it was typed for (selection may have moved on since)."""
        item, record = self._note_item, self.record
        if item is not None and record is not None:
            text = self.note.toPlainText()
            self.runner.write(
                self.service.signoff.set_note, record.person.id, item.checklist_id, item.item_id,
                text, on_error=self._error,
            )  # fmt: skip
            self._note_item = replace(item, note=text.strip())
            self.model.replace_item(self._note_item)  # no reload: keeps the cursor where it is

    def _assign(self) -> None:
        if self.record is None or self.assign_combo.currentData() is None:
            return
        self.service.people.assign(self.record.person.id, str(self.assign_combo.currentData()))
        self._changed()

    def _unassign(self) -> None:
        index = self.tree.currentIndex()
        if self.record is None or not index.isValid() or index.parent().isValid():
            return
        checklist = self.record.checklists[index.row()]
        self.service.people.unassign(self.record.person.id, checklist.checklist_id)
        self.message.show_info(
            self.tr(
                "Sjekklisten er fjernet. Det som var registrert, kommer tilbake hvis du tildeler den igjen."
            )
        )
        self._changed()

    def _coach(self) -> None:
        item, record = self.current_item(), self.record
        if item and item.guide and record:
            self.coachingRequested.emit(item.guide, record.person.name, record.person.unit)

    def _delete(self) -> None:
        if self.record is None:
            return
        person = self.record.person
        text = self.tr(
            "%1 og all registrert opplæring slettes. Dette kan ikke angres. Eksporter PDF først hvis den skal i personalmappen."
        ).replace("%1", person.name)
        if confirm(self, self.tr("Slette person?"), text, self.tr("Slett")):
            self.runner.write(
                self.service.people.delete, person.id,
                on_done=lambda _r: self._deleted(person.id), on_error=self._error,
            )  # fmt: skip

    def _deleted(self, person_id: int) -> None:
        self.show_person(None)
        self.personDeleted.emit(person_id)

    def export(self, kind: str) -> None:
        record = self.record
        if record is None:
            return

        def write(path: Path) -> None:
            if kind == "csv":
                export_person_csv(record, path)
            else:
                from companion.reports.training_pdf import export_person_pdf

                export_person_pdf(record, path)

        export_file(
            self,
            self.message,
            self.tr("Eksporter opplæringslogg"),
            f"opplaering-{slug(record.person.name)}",
            kind,
            write,
        )

    # helpers -----------------------------------------------------------------------------------
    def flush(self) -> None:
        self.form.flush()
        self.note_saver.flush()
        self.name_saver.flush()

    def _on_form_saved(self) -> None:
        self.message.clear_message()
        self._changed()

    def _changed(self) -> None:
        self.reload()
        if self.record is not None:
            self.personChanged.emit(self.record.person.id)

    def _error(self, text: str) -> None:
        self.message.show_error(text)
