"""Which local tables are shared with the team, and how their values travel as JSON.

A shared record is a row with a ``uid``; its fields travel by name. Child rows that have no
identity of their own (checklist assignments, item notes, holiday weeks, proposal links)
travel as *pseudo fields* of their parent, for example ``checklist:<id>`` → true/false, so
one last-writer-wins rule covers them all.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlmodel import SQLModel

from companion.db.models import ChangeProposal, CoachingSession, Superuser, Trainee

DELETED = "_deleted"


class Kind(StrEnum):
    """What a change is about (stored on the server with every change)."""

    PERSON = "trainee"
    SUPERUSER = "superuser"
    PROPOSAL = "changeproposal"
    COACHING = "coachingsession"
    MARK = "mark"
    UNDO = "undo"
    SEARCH_STATS = "searchstats"  # daily search counts of one desktop (companion.team.aggregates)
    FEEDBACK_STATS = "feedbackstats"


# Records that are only counted, never turned into local rows.
AGGREGATES = frozenset({Kind.SEARCH_STATS, Kind.FEEDBACK_STATS})


RECORDS: dict[Kind, type[SQLModel]] = {
    Kind.PERSON: Trainee,
    Kind.SUPERUSER: Superuser,
    Kind.PROPOSAL: ChangeProposal,
    Kind.COACHING: CoachingSession,
}
FIELDS: dict[Kind, tuple[str, ...]] = {
    Kind.PERSON: ("name", "role", "unit", "first_day", "last_day", "is_substitute", "contact"),
    Kind.SUPERUSER: ("name", "unit"),
    Kind.PROPOSAL: ("title", "body", "status", "created_at"),
    Kind.COACHING: (
        "guide_id",
        "coached_person",
        "coach_name",
        "unit",
        "steps_seen",
        "total_steps",
        "minutes",
        "outcome",
        "note",
        "started_at",
        "finished_at",
        "topic",
    ),
}
# Fields a record cannot be created without (a person needs a first working day).
REQUIRED: dict[Kind, tuple[str, ...]] = {Kind.PERSON: ("name", "first_day")}
KIND_OF: dict[type[SQLModel], Kind] = {cls: kind for kind, cls in RECORDS.items()}


def dumps(value: Any) -> str:
    """JSON with dates as ISO text (stable: equal values give equal text)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_iso)


def _iso(value: Any) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def decode(kind: Kind, field: str, value: Any) -> Any:
    """A JSON value back to the column's Python type (dates and datetimes)."""
    if value is None:
        return None
    column = RECORDS[kind].__table__.c[field]  # type: ignore[attr-defined]
    column_type = getattr(column.type, "impl_instance", column.type)  # TypeDecorator → impl
    python_type = column_type.python_type
    if python_type is datetime:
        return datetime.fromisoformat(value)
    if python_type is date:
        return date.fromisoformat(value)
    return value


def stamp(at: datetime, change_id: str) -> str:
    """Orders writes: UTC time, then the change id as a tie-breaker (same on every desktop)."""
    return f"{at.isoformat(timespec='microseconds')}|{change_id}"
