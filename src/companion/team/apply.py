"""Apply changes pulled from the team to the local database (deterministically).

Rules a superuser can follow (docs/decisions/0005-team-sync.md):

* Fields of a person, superuser, proposal or coaching entry: the newest write wins, per field
  (ordered by time, then change id: every desktop picks the same winner). The losing value is
  kept in ``teamconflict``; the server keeps every change anyway.
* Registrations are events: every mark and every undo is kept, and an item's stage is its
  latest registration that is not undone (:func:`companion.training.signoff.recompute`).

Applying is idempotent (a change seen twice does nothing the second time), so a pull that was
cut off can be repeated.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select as sa_select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel, select

from companion.db.models import (
    ChangeProposalLink,
    SuperuserHoliday,
    TeamClock,
    TeamConflict,
    Trainee,
    TrainingAssignment,
    TrainingMark,
    TrainingProgress,
)
from companion.team.records import (
    AGGREGATES,
    DELETED,
    FIELDS,
    RECORDS,
    REQUIRED,
    Kind,
    decode,
    dumps,
)
from companion.team.transport import Change
from companion.training.signoff import recompute

ItemKey = tuple[int, str, str]
KINDS = frozenset(str(kind) for kind in Kind)


def apply_changes(s: Session, changes: list[Change]) -> set[ItemKey]:
    """Apply a page of pulled changes; returns the checklist items whose state may have moved.

    Clock entries are read and written in bulk, and each record is brought in line once per
    page (before any registration that may refer to it).
    """
    touched: set[ItemKey] = set()
    page = _Page(s, {c.record for c in changes if c.kind in RECORDS or c.kind in AGGREGATES})
    for change in changes:
        if change.kind not in KINDS:
            continue  # from a newer Følgesvenn: kept on the server (`sync --from-start` later)
        payload = json.loads(change.payload)
        kind = Kind(change.kind)
        if kind in RECORDS or kind in AGGREGATES:
            page.fields(kind, change.record, payload["fields"], payload["stamp"])
            continue
        page.settle()
        key = (_apply_mark if kind is Kind.MARK else _apply_undo)(s, change.record, payload)
        if key:
            touched.add(key)
    page.settle()
    s.flush()
    for key in touched:
        recompute(s, *key)
    return touched


class _Page:
    """Last-writer-wins bookkeeping for one page of changes."""

    def __init__(self, s: Session, records: set[str]) -> None:
        self.s = s
        self.clocks: dict[tuple[str, str], tuple[str, str]] = {}  # → (value JSON, stamp)
        self.dirty: dict[tuple[str, str], dict[str, str]] = {}
        self.won: dict[tuple[Kind, str], dict[str, Any]] = {}
        table = TeamClock.__table__  # type: ignore[attr-defined]
        ordered = sorted(records)
        for start in range(0, len(ordered), 500):
            query = sa_select(table.c.record, table.c.field, table.c.value, table.c.stamp)
            rows = s.connection().execute(
                query.where(table.c.record.in_(ordered[start : start + 500]))
            )
            for record, name, value, stamp in rows:
                self.clocks[(record, name)] = (value, stamp)

    def fields(self, kind: Kind, record: str, fields: dict[str, Any], stamp: str) -> None:
        """Compare each field with its clock; remember winners, keep losers (TeamConflict)."""
        for name, value in fields.items():
            text = dumps(value)
            held = self.clocks.get((record, name))
            if held is None or stamp > held[1]:
                if held is not None and held[0] != text:
                    _lost(self.s, record, name, held[0], held[1], stamp)
                self.clocks[(record, name)] = (text, stamp)
                self.dirty[(record, name)] = {"kind": str(kind), "value": text, "stamp": stamp}
                if kind not in AGGREGATES:
                    self.won.setdefault((kind, record), {})[name] = value
            elif stamp != held[1] and held[0] != text:
                _lost(self.s, record, name, text, stamp, held[1])

    def settle(self) -> None:
        """Write the new clock entries, then bring every touched record in line."""
        if self.dirty:
            table = TeamClock.__table__  # type: ignore[attr-defined]
            statement = sqlite_insert(table)
            statement = statement.on_conflict_do_update(
                index_elements=["record", "field"],
                set_={
                    "kind": statement.excluded.kind,
                    "value": statement.excluded.value,
                    "stamp": statement.excluded.stamp,
                },
            )
            rows = [{"record": r, "field": f, **v} for (r, f), v in self.dirty.items()]
            self.s.connection().execute(statement, rows)
            self.dirty = {}
        for (kind, record), won in self.won.items():
            _materialise(self.s, kind, record, won)
        self.won = {}


def _lost(s: Session, record: str, name: str, value: str, stamp: str, winner: str) -> None:
    s.add(TeamConflict(record=record, field=name, value=value, stamp=stamp, winner_stamp=winner))


def _winners(s: Session, record: str) -> dict[str, Any]:
    rows = s.exec(select(TeamClock).where(TeamClock.record == record))
    return {row.field: json.loads(row.value) for row in rows}


def _materialise(s: Session, kind: Kind, record: str, won: dict[str, Any]) -> None:
    model = RECORDS[kind]
    row: Any = s.exec(select(model).where(model.uid == record)).first()  # type: ignore[attr-defined]
    values = won
    if row is None or DELETED in won:
        values = _winners(s, record)
    if values.get(DELETED):
        if row is not None:
            s.delete(row)
        return
    if row is None:
        if any(values.get(name) is None for name in REQUIRED.get(kind, ())):
            return  # wait for the change that creates it
        row = model(uid=record)
    for name in FIELDS[kind]:
        if name in values:
            setattr(row, name, decode(kind, name, values[name]))
    s.add(row)
    s.flush()
    for name, value in values.items():
        _pseudo(s, kind, row, name, value)


def _pseudo(s: Session, kind: Kind, row: Any, name: str, value: Any) -> None:
    """Child rows that travel as fields of their parent (see companion.team.records)."""
    prefix, _, rest = name.partition(":")
    if kind is Kind.PERSON and prefix == "checklist":
        existing = s.exec(
            select(TrainingAssignment).where(
                TrainingAssignment.trainee_id == row.id, TrainingAssignment.checklist_id == rest
            )
        ).first()
        _ensure(s, existing, bool(value), TrainingAssignment(trainee_id=row.id, checklist_id=rest))
    elif kind is Kind.PERSON and prefix == "note":
        checklist, _, item = rest.partition("/")
        progress = s.exec(
            select(TrainingProgress).where(
                TrainingProgress.trainee_id == row.id,
                TrainingProgress.checklist_id == checklist,
                TrainingProgress.item_id == item,
            )
        ).first() or TrainingProgress(trainee_id=row.id, checklist_id=checklist, item_id=item)
        progress.note = str(value or "")
        s.add(progress)
    elif kind is Kind.SUPERUSER and prefix == "week":
        year, _, week = rest.partition("-")
        existing_week = s.exec(
            select(SuperuserHoliday).where(
                SuperuserHoliday.superuser_id == row.id,
                SuperuserHoliday.year == int(year),
                SuperuserHoliday.week == int(week),
            )
        ).first()
        new = SuperuserHoliday(superuser_id=row.id, year=int(year), week=int(week))
        _ensure(s, existing_week, bool(value), new)
    elif kind is Kind.PROPOSAL and prefix == "link":
        link_kind, _, ref = rest.partition(":")
        existing_link = s.exec(
            select(ChangeProposalLink).where(
                ChangeProposalLink.proposal_id == row.id,
                ChangeProposalLink.kind == link_kind,
                ChangeProposalLink.ref == ref,
            )
        ).first()
        new_link = ChangeProposalLink(proposal_id=row.id, kind=link_kind, ref=ref)
        _ensure(s, existing_link, bool(value), new_link)


def _ensure(s: Session, existing: SQLModel | None, wanted: bool, new: SQLModel) -> None:
    if wanted and existing is None:
        s.add(new)
    elif not wanted and existing is not None:
        s.delete(existing)


def _apply_mark(s: Session, uid: str, p: dict[str, Any]) -> ItemKey | None:
    trainee_id = s.exec(select(Trainee.id).where(Trainee.uid == p["trainee"])).first()
    if trainee_id is None:
        return None  # person deleted (or not here yet): the server keeps the registration
    if s.exec(select(TrainingMark.id).where(TrainingMark.uid == uid)).first() is None:
        s.add(
            TrainingMark(
                uid=uid,
                trainee_id=trainee_id,
                checklist_id=p["checklist"],
                item_id=p["item"],
                stage=p["stage"],
                action=p["action"],
                by_name=p["by"],
                machine=p.get("machine", ""),
                on_date=date.fromisoformat(p["on"]) if p.get("on") else None,
                note=p.get("note", ""),
                before=p.get("before", ""),
                created_at=datetime.fromisoformat(p["created_at"]),
                undone_at=datetime.fromisoformat(p["undone_at"]) if p.get("undone_at") else None,
            )
        )
    return trainee_id, p["checklist"], p["item"]


def _apply_undo(s: Session, uid: str, p: dict[str, Any]) -> ItemKey | None:
    mark = s.exec(select(TrainingMark).where(TrainingMark.uid == uid)).first()
    if mark is None:
        return None
    if mark.undone_at is None:
        mark.undone_at = datetime.fromisoformat(p["at"])
        s.add(mark)
    return mark.trainee_id, mark.checklist_id, mark.item_id
