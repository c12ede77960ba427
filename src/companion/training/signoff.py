"""Marking checklist items vist / øvd / godkjent, notes, history and exact undo.

Every mark writes the progress row and a history row (with a snapshot of the stage fields
before it) in one transaction. Registrations are events: a stage's state is its latest
registration that is not undone (ordered by time, then uid, the same on every team desktop),
or the first registration's snapshot when all are undone. Undo is an event too, so
"Angre siste registrering" brings back exactly who/when, even after a team sync. The item's
note is free text saved as typed; it is not a mark and undo leaves it alone.
"""

from __future__ import annotations

import json
from datetime import date

from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from companion.db.models import Trainee, TrainingAssignment, TrainingMark, TrainingProgress, utcnow
from companion.training.base import Part, clean, guard
from companion.training.types import STAGES, MarkInfo, Stage, TrainingError

STAGE_FIELDS = {
    Stage.SHOWN: ("shown_by", "shown_on"),
    Stage.PRACTISED: ("practised_by", "practised_on"),
    Stage.APPROVED: ("approved_by", "approved_on"),
}
STAGE_PC = {Stage.SHOWN: "shown_pc", Stage.PRACTISED: "practised_pc", Stage.APPROVED: "approved_pc"}
MAX_NOTE = 2000


def snapshot(row: TrainingProgress | None) -> str:
    """JSON of the stage fields ('' when there was no row)."""
    if row is None:
        return ""
    data: dict[str, str | None] = {}
    for stage, (by_field, on_field) in STAGE_FIELDS.items():
        data[by_field] = getattr(row, by_field)
        on = getattr(row, on_field)
        data[on_field] = on.isoformat() if on else None
        data[STAGE_PC[stage]] = getattr(row, STAGE_PC[stage])
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _set_stage(row: TrainingProgress, stage: Stage, by: str, on: date | None, pc: str) -> None:
    by_field, on_field = STAGE_FIELDS[stage]
    setattr(row, by_field, by)
    setattr(row, on_field, on)
    setattr(row, STAGE_PC[stage], pc)


def recompute(s: Session, trainee_id: int, checklist_id: str, item_id: str) -> None:
    """Derive an item's stage fields from its registrations (see the module docstring).

    Stages nobody registered keep what they hold (progress from before the history existed).
    An item left with nothing set and no note has its progress row removed.
    """
    query = (
        select(TrainingMark)
        .where(
            TrainingMark.trainee_id == trainee_id,
            TrainingMark.checklist_id == checklist_id,
            TrainingMark.item_id == item_id,
        )
        .order_by(col(TrainingMark.created_at), col(TrainingMark.uid))
    )
    marks = list(s.exec(query))
    row = s.exec(
        select(TrainingProgress).where(
            TrainingProgress.trainee_id == trainee_id,
            TrainingProgress.checklist_id == checklist_id,
            TrainingProgress.item_id == item_id,
        )
    ).first() or TrainingProgress(trainee_id=trainee_id, checklist_id=checklist_id, item_id=item_id)
    for stage in STAGES:
        of_stage = [m for m in marks if m.stage == stage]
        live = [m for m in of_stage if m.undone_at is None]
        if live:
            last = live[-1]
            if last.action == "satt":
                _set_stage(row, stage, last.by_name, last.on_date, last.machine)
            else:
                _set_stage(row, stage, "", None, "")
        elif of_stage:
            data = json.loads(of_stage[0].before) if of_stage[0].before else {}
            by_field, on_field = STAGE_FIELDS[stage]
            on = data.get(on_field)
            pc = data.get(STAGE_PC[stage]) or ""
            _set_stage(
                row, stage, data.get(by_field) or "", date.fromisoformat(on) if on else None, pc
            )
    empty = all(getattr(row, on) is None for _by, on in STAGE_FIELDS.values()) and not row.note
    if empty:
        if row.id is not None:
            s.delete(row)
        return
    row.updated_at = utcnow()
    s.add(row)


class SignOff(Part):
    """Marks, notes and undo for one person's checklist items."""

    machine = ""  # label of this PC, stored with every registration (set by TrainingService)

    def mark(
        self,
        trainee_id: int,
        checklist_id: str,
        item_id: str,
        stage: str,
        by_name: str,
        on_date: date | None = None,
    ) -> MarkInfo:
        """Record that `by_name` showed / supervised / signed off the item on `on_date`.

        `on_date` defaults to today.
        """
        by_name = clean(by_name)
        on_date = on_date or self.today()
        self._check_stage(stage)
        if not by_name:
            raise TrainingError(
                "Skriv navnet til superbrukeren som registrerer. Navnet lagres sammen med datoen."
            )
        guard({"superbruker": by_name})
        if on_date > self.today():
            raise TrainingError(
                "Datoen er frem i tid. Velg dagens dato eller en dato som har vært."
            )
        with self.db.session() as s:
            row = self._progress(s, trainee_id, checklist_id, item_id)
            self._check_item(checklist_id, item_id)
            before = snapshot(row)
            if row is None:
                row = TrainingProgress(
                    trainee_id=trainee_id, checklist_id=checklist_id, item_id=item_id
                )
            _set_stage(row, Stage(stage), by_name, on_date, self.machine)
            return self._save(s, row, before, stage, "satt", by_name, on_date)

    def unmark(
        self, trainee_id: int, checklist_id: str, item_id: str, stage: str, by_name: str = ""
    ) -> MarkInfo | None:
        """Remove one stage (for example a sign-off given by mistake); None when it was not set."""
        self._check_stage(stage)
        by_name = clean(by_name)
        guard({"superbruker": by_name})
        _by_field, on_field = STAGE_FIELDS[Stage(stage)]
        with self.db.session() as s:
            row = self._progress(s, trainee_id, checklist_id, item_id)
            if row is None or getattr(row, on_field) is None:
                return None
            before = snapshot(row)
            _set_stage(row, Stage(stage), "", None, "")
            return self._save(s, row, before, stage, "fjernet", by_name, self.today())

    def set_note(self, trainee_id: int, checklist_id: str, item_id: str, note: str) -> None:
        """Save the item's note as typed (refused if it holds a fødselsnummer)."""
        note = note.strip()
        guard({"notat": note})
        if len(note) > MAX_NOTE:
            raise TrainingError(f"Notatet kan ha høyst {MAX_NOTE} tegn. Korte det ned.")
        with self.db.session() as s:
            self._trainee(s, trainee_id)
            row = self._progress(s, trainee_id, checklist_id, item_id)
            if row is None:
                if not note:
                    return
                row = TrainingProgress(
                    trainee_id=trainee_id, checklist_id=checklist_id, item_id=item_id
                )
            row.note = note
            row.updated_at = utcnow()
            s.add(row)

    def last_mark(self, trainee_id: int) -> MarkInfo | None:
        with self.db.session() as s:
            row = s.exec(self._open_marks(trainee_id).limit(1)).first()
            return self._info(row) if row else None

    def history(self, trainee_id: int, limit: int = 200) -> list[MarkInfo]:
        with self.db.session() as s:
            query = (
                select(TrainingMark)
                .where(TrainingMark.trainee_id == trainee_id)
                .order_by(col(TrainingMark.id).desc())
                .limit(limit)
            )
            return [self._info(r) for r in s.exec(query) if r.undone_at is None]

    def undo_last(self, trainee_id: int) -> MarkInfo | None:
        """Restore the state before the person's latest mark; returns what was undone."""
        with self.db.session() as s:
            mark = s.exec(self._open_marks(trainee_id).limit(1)).first()
            if mark is None:
                return None
            self._progress(s, trainee_id, mark.checklist_id, mark.item_id)
            mark.undone_at = utcnow()
            s.add(mark)
            s.flush()
            recompute(s, trainee_id, mark.checklist_id, mark.item_id)
            return self._info(mark)

    # helpers -----------------------------------------------------------------------------------
    @staticmethod
    def _check_stage(stage: str) -> None:
        if stage not in STAGES:
            raise ValueError(f"unknown stage {stage!r}")

    def _check_item(self, checklist_id: str, item_id: str) -> None:
        checklist = self.library.checklists.get(checklist_id)
        if checklist is None or all(item.id != item_id for item in checklist.items):
            raise TrainingError(
                "Punktet er utgått fra sjekklisten og kan ikke registreres lenger. Det som alt er "
                "registrert, står fortsatt."
            )

    @staticmethod
    def _trainee(s: Session, trainee_id: int) -> Trainee:
        row = s.get(Trainee, trainee_id)
        if row is None:
            raise TrainingError(
                "Personen finnes ikke lenger. Den kan være slettet; oppdater listen."
            )
        return row

    def _progress(
        self, s: Session, trainee_id: int, checklist_id: str, item_id: str
    ) -> TrainingProgress | None:
        self._trainee(s, trainee_id)
        assigned = s.exec(
            select(TrainingAssignment.id).where(
                TrainingAssignment.trainee_id == trainee_id,
                TrainingAssignment.checklist_id == checklist_id,
            )
        ).first()
        if assigned is None:
            raise TrainingError("Sjekklisten er ikke tildelt denne personen. Tildel den først.")
        query = select(TrainingProgress).where(
            TrainingProgress.trainee_id == trainee_id,
            TrainingProgress.checklist_id == checklist_id,
            TrainingProgress.item_id == item_id,
        )
        return s.exec(query).first()

    def _save(
        self,
        s: Session,
        row: TrainingProgress,
        before: str,
        stage: str,
        action: str,
        by_name: str,
        on_date: date,
    ) -> MarkInfo:
        row.updated_at = utcnow()
        s.add(row)
        mark = TrainingMark(
            trainee_id=row.trainee_id,
            checklist_id=row.checklist_id,
            item_id=row.item_id,
            stage=stage,
            action=action,
            by_name=by_name,
            machine=self.machine,
            on_date=on_date,
            note=row.note,
            before=before,
        )
        s.add(mark)
        s.flush()
        return self._info(mark)

    @staticmethod
    def _open_marks(trainee_id: int) -> SelectOfScalar[TrainingMark]:
        return (
            select(TrainingMark)
            .where(TrainingMark.trainee_id == trainee_id, col(TrainingMark.undone_at).is_(None))
            .order_by(col(TrainingMark.id).desc())
        )

    def _info(self, mark: TrainingMark) -> MarkInfo:
        assert mark.id is not None
        checklist = self.library.checklists.get(mark.checklist_id)
        title = (
            next((i.title for i in checklist.items if i.id == mark.item_id), mark.item_id)
            if checklist
            else mark.item_id
        )
        return MarkInfo(
            mark.id,
            mark.trainee_id,
            mark.checklist_id,
            mark.item_id,
            title,
            mark.stage,
            mark.action,
            mark.by_name,
            mark.on_date,
            mark.created_at,
            mark.machine,
            mark.uid,
        )
