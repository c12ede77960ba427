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
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from companion.training.export import export_person_csv
from companion.training.service import TrainingService
from companion.training.types import ItemState, PersonRecord, Stage, TrainingError
from companion.ui.domain_words import readiness_text, recorded_by, word
from companion.ui.flow_layout import FlowLayout
from companion.ui.i18n import fmt
from companion.ui.models.training_items import ChecklistItemsModel
from companion.ui.pages.base import empty_state
from companion.ui.pages.training_common import (
    DebouncedSaver,
    MessageBar,
    confirm,
    export_file,
    keep_width,
    pydate,
    qdate,
    slug,
    superuser_field,
)
from companion.ui.pages.training_person_form import PersonForm
from companion.ui.workers import TaskRunner

STAGE_BUTTONS = (
    (Stage.SHOWN, "Marker som vist", "Fjern vist"),
    (Stage.PRACTISED, "Marker som øvd", "Fjern øvd"),
    (Stage.APPROVED, "Godkjenn", "Fjern godkjenning"),
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
                "Velg en person i listen, eller legg til en ny person eller importer en liste fra "
                "vaktplanen."
            )
        )
        layout.addWidget(self.empty)
        # The details scroll as a whole rather than squeezing on a low screen (1024x700).
        content = QWidget()
        self.body = QScrollArea()
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setWidget(content)
        layout.addWidget(self.body, 1)
        self._build(QVBoxLayout(content))
        self.body.setVisible(False)

    # layout ------------------------------------------------------------------------------------
    def _build(self, layout: QVBoxLayout) -> None:
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.title.setProperty("content", True)  # the person's name
        layout.addWidget(self.title)
        top = FlowLayout()
        # Undo lives at one fixed place (and in each confirmation), never where a stage button was.
        self.undo_button = QPushButton(self.tr("Angre siste registrering"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_last)
        top.addWidget(self.undo_button)
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
        self.readiness.setWordWrap(True)
        self.readiness.setAccessibleName(self.tr("Status for selvstendig vakt"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(140, 12)
        self.progress.setAccessibleName(self.tr("Andel påkrevde punkter godkjent"))
        status.addWidget(self.readiness, 1)
        status.addWidget(self.progress)
        layout.addLayout(status)
        self.form = PersonForm(self.service.people.update)
        self.form.saved.connect(self._on_form_saved)
        self.form.failed.connect(self._error)
        layout.addWidget(self.form)

        assign_row = FlowLayout()
        self.assign_combo = QComboBox()
        self.assign_combo.setAccessibleName(self.tr("Sjekkliste å tildele"))
        self.assign_button = QPushButton(self.tr("Tildel sjekkliste"))
        self.unassign_button = QPushButton(self.tr("Fjern valgt sjekkliste"))
        self.assign_button.clicked.connect(self._assign)
        self.assign_combo.currentIndexChanged.connect(lambda _i: self._update_assign_button())
        self.unassign_button.clicked.connect(self._unassign)
        self.assign_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.assign_combo.setMinimumContentsLength(22)
        assign_row.addWidget(self.assign_combo)
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
        header.resizeSection(4, 90)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._build_actions())
        self.message = MessageBar()
        self.message.linkActivated.connect(self._on_message_link)
        layout.addWidget(self.message)
        self.message.reserve_space()
        undo = QShortcut(QKeySequence("Ctrl+Z"), self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.undo_last)
        undo.setWhatsThis(self.tr("Angre siste registrering i Opplæring"))

    def _build_actions(self) -> QVBoxLayout:
        box = QVBoxLayout()
        who = FlowLayout()
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.item_label.setProperty("content", True)  # checklist text from the content pack
        # A fixed height: a longer or shorter item text must not push the buttons below it.
        self.item_label.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 6)
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
        for stage, text, undo_text in STAGE_BUTTONS:
            button = QPushButton(word(text))
            button.setObjectName(f"stage-{stage}")
            keep_width(button, [word(text), word(undo_text)])
            button.clicked.connect(lambda _c=False, s=stage: self.toggle_stage(s))
            who.addWidget(button)
            self.stage_buttons[stage] = button
        self.stage_buttons[Stage.APPROVED].setProperty("primary", True)
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
        note_row.addWidget(self.note, 1)
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
            fmt(
                self.tr("%1 %2 (%3 av %4)"),
                symbol,
                readiness_text(ready),
                str(ready.required_approved),
                str(ready.required_total),
            )
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
                if item.status != Stage.APPROVED and not item.obsolete:
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
        self.assign_combo.blockSignals(True)
        self.assign_combo.clear()
        offered = [c for c in options if c.id not in assigned]
        if offered and offered[0].role != role:
            # The person's own checklist is assigned already: suggest nothing for another role.
            self.assign_combo.addItem(self.tr("Velg sjekkliste å legge til …"), None)
        for checklist in offered:
            self.assign_combo.addItem(checklist.title, checklist.id)
        self.assign_combo.setCurrentIndex(0)
        self.assign_combo.blockSignals(False)
        self._update_assign_button()

    def _update_assign_button(self) -> None:
        self.assign_button.setEnabled(self.assign_combo.currentData() is not None)

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
            button.setText(word(undo_text if is_set else text))
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
                (Stage.SHOWN, self.tr("Vist")),
                (Stage.PRACTISED, self.tr("Øvd")),
                (Stage.APPROVED, self.tr("Godkjent")),
            ):
                who, when = item.stage(stage)
                pc = item.stage_pc(stage)
                stages.append(
                    html.escape(recorded_by(stage, who, when, pc)) if when else f"{label}: –"
                )
            self.item_label.setText(
                f"{text}<br/><span style='color:#4b5563'>{' · '.join(stages)}</span>"
            )
        guide = self.service.library.articles.get(item.guide) if item and item.guide else None
        self.coach_button.setEnabled(guide is not None)
        self.coach_button.setToolTip(
            fmt(self.tr("Åpne «%1» i Vis ved siden av"), guide.title)
            if guide
            else self.tr("Punktet har ingen veiledning")
        )
        index = self.tree.currentIndex()
        self.unassign_button.setEnabled(index.isValid() and not index.parent().isValid())
        last = self.record.last_mark if self.record else None
        self.undo_button.setEnabled(last is not None)
        full = (
            fmt(self.tr("Angre: %1"), last.description)
            if last
            else self.tr("Ingen registreringer å angre.")
        )
        self.undo_button.setToolTip(full)
        self.undo_button.setAccessibleDescription(full)

    # actions -----------------------------------------------------------------------------------
    def toggle_stage(self, stage: str) -> None:
        item, record = self.current_item(), self.record
        if item is None or record is None:
            return
        self.name_saver.flush()
        self.note_saver.flush()
        self._pending_confirm = (item, record.person.name)
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
        self._confirm(*self._pending_confirm)

    def _confirm(self, item: ItemState, person_name: str) -> None:
        """Say what was registered, for whom and by whom, with Angre right there."""
        last = self.record.last_mark if self.record else None
        if last is None:
            self.message.clear_message()
            return
        set_texts = {
            Stage.SHOWN: self.tr("Vist: «%1» for %2 av %3, %4"),
            Stage.PRACTISED: self.tr("Øvd: «%1» for %2 av %3, %4"),
            Stage.APPROVED: self.tr("Godkjent: «%1» for %2 av %3, %4"),
        }
        if last.action == "satt" and last.stage in set_texts:
            when = f"{last.on_date:%d.%m.%Y}" if last.on_date else ""
            text = fmt(set_texts[Stage(last.stage)], item.title, person_name, last.by_name, when)
        else:
            text = fmt(self.tr("Fjernet: %1 (%2)"), last.description, person_name)
        self.message.show_info_with_action(text, self.tr("Angre"), "undo")

    def _on_message_link(self, href: str) -> None:
        if href == "undo":
            self.undo_last()

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
            self.message.show_info(fmt(self.tr("Angret: %1"), undone.description))
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
                "Sjekklisten er fjernet. Det som var registrert, kommer tilbake hvis du tildeler "
                "den igjen."
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
        text = fmt(
            self.tr(
                "%1 og all registrert opplæring slettes. Dette kan ikke angres. Eksporter PDF "
                "først hvis den skal i personalmappen."
            ),
            person.name,
        )
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
