"""Read models: one person's record, and the unit matrix (people × checklist items).

The matrix is built from three queries (people, their assignments, their progress) and one
pass over the rows, so a unit of 40 people with three checklists opens well under 200 ms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Select
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from companion.db.models import Trainee, TrainingAssignment, TrainingProgress
from companion.training.base import Part, to_person
from companion.training.progress import Stored, build_checklists, readiness, status_of
from companion.training.signoff import SignOff
from companion.training.types import (
    Matrix,
    MatrixColumn,
    MatrixRow,
    Person,
    PersonRecord,
    TrainingError,
)
from companion.training.weeks import next_week, week_range

Key = tuple[str, str]


class Overview(Part):
    """Progress as the person view, the unit overview and the exports need it."""

    def person_record(self, trainee_id: int, with_history: bool = False) -> PersonRecord:
        with self.db.session() as s:
            row = s.get(Trainee, trainee_id)
            if row is None:
                raise TrainingError(
                    "Personen finnes ikke lenger. Den kan være slettet; oppdater listen."
                )
            person = to_person(row)
            assigned = list(
                s.exec(
                    select(TrainingAssignment.checklist_id)
                    .where(TrainingAssignment.trainee_id == trainee_id)
                    .order_by(col(TrainingAssignment.id))
                )
            )
            stored = {
                key: value
                for _tid, key, value in _stored_rows(s.execute(_progress_query([trainee_id])))
            }
        checklists = build_checklists(assigned, self.library, stored)
        signoff = SignOff(self.db, self._library, self.today)
        history = tuple(signoff.history(trainee_id)) if with_history else ()
        return PersonRecord(
            person, checklists, readiness(checklists), signoff.last_mark(trainee_id), history
        )

    def matrix(
        self,
        unit: str | None = None,
        role: str | None = None,
        start_week: tuple[int, int] | None = None,
    ) -> Matrix:
        """People (filtered) × the items of every checklist assigned to any of them."""
        with self.db.session() as s:
            query = select(Trainee).order_by(col(Trainee.first_day), col(Trainee.name))
            if unit:
                query = query.where(Trainee.unit == unit)
            if role:
                query = query.where(Trainee.role == role)
            if start_week:
                monday, sunday = week_range(*start_week)
                query = query.where(
                    col(Trainee.first_day) >= monday, col(Trainee.first_day) <= sunday
                )
            people = [to_person(r) for r in s.exec(query)]
            ids = [p.id for p in people]
            assigned: dict[int, list[str]] = defaultdict(list)
            stored: dict[int, dict[Key, Stored]] = defaultdict(dict)
            if ids:
                assignment_query = (
                    select(TrainingAssignment.trainee_id, TrainingAssignment.checklist_id)
                    .where(col(TrainingAssignment.trainee_id).in_(ids))
                    .order_by(col(TrainingAssignment.id))
                )
                for trainee_id, checklist_id in s.exec(assignment_query):
                    assigned[trainee_id].append(checklist_id)
                for trainee_id, key, value in _stored_rows(s.execute(_progress_query(ids))):
                    stored[trainee_id][key] = value
        return self._build(people, assigned, stored)

    def starting_next_week_not_ready(
        self, unit: str | None = None, today: date | None = None
    ) -> list[MatrixRow]:
        """Who starts next week and cannot yet work a shift alone."""
        week = next_week(today or self.today())
        return [
            row for row in self.matrix(unit=unit, start_week=week).rows if not row.readiness.ready
        ]

    # building --------------------------------------------------------------------------------
    def _build(
        self,
        people: Iterable[Person],
        assigned: dict[int, list[str]],
        stored: dict[int, dict[Key, Stored]],
    ) -> Matrix:
        library = self.library
        used = {cid for ids in assigned.values() for cid in ids}
        columns: list[MatrixColumn] = []
        for checklist_id in sorted(
            used, key=lambda c: library.checklists[c].title if c in library.checklists else c
        ):
            checklist = library.checklists.get(checklist_id)
            title = checklist.title if checklist else checklist_id
            known = set()
            if checklist is not None:
                for item in checklist.items:
                    known.add(item.id)
                    columns.append(
                        MatrixColumn(checklist_id, title, item.id, item.title, item.required)
                    )
            obsolete = sorted(
                {
                    item
                    for rows in stored.values()
                    for (cid, item) in rows
                    if cid == checklist_id and item not in known
                }
            )
            columns.extend(
                MatrixColumn(checklist_id, title, item, item, False, obsolete=True)
                for item in obsolete
            )
        rows: list[MatrixRow] = []
        for person in people:
            mine = assigned.get(person.id, [])
            values = stored.get(person.id, {})
            states = build_checklists(mine, library, values)
            ready = readiness(states)
            mine_set = set(mine)
            cells = tuple(
                status_of(values.get((c.checklist_id, c.item_id)))
                if c.checklist_id in mine_set
                else None
                for c in columns
            )
            missing = tuple(
                i.title
                for cl in states
                if not cl.missing
                for i in cl.items
                if i.required and not i.obsolete and i.approved_on is None
            )
            rows.append(MatrixRow(person, ready, cells, missing))
        return Matrix(tuple(columns), tuple(rows))


def _progress_query(ids: list[int]) -> Select[Any]:
    p = TrainingProgress
    names = (
        "trainee_id",
        "checklist_id",
        "item_id",
        "shown_by",
        "shown_on",
        "practised_by",
        "practised_on",
        "approved_by",
        "approved_on",
        "note",
        "shown_pc",
        "practised_pc",
        "approved_pc",
    )
    return sa_select(*(col(getattr(p, n)) for n in names)).where(col(p.trainee_id).in_(ids))


def _stored_rows(rows: Iterable[Any]) -> Iterable[tuple[int, Key, Stored]]:
    for trainee_id, checklist_id, item_id, *values in rows:
        yield trainee_id, (checklist_id, item_id), Stored(*values)
