"""Training (*Opplæring*): people being trained, their checklist progress, superusers' holidays.

Employee data only; never patient data. Checklists live in the content library, so progress
is stored by checklist id + item id (plain strings, no foreign key): content can change and an
item that disappears is shown as *utgått* instead of breaking anything.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from companion.db.models.base import uid_field, utcnow


class Trainee(SQLModel, table=True):
    """A person being trained (often a summer substitute).

    `name` + `unit` + `first_day` is kept unique by the service, not by the schema: two
    desktops of a team may register the same person offline, and sync must not fail on it.
    """

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    name: str = Field(default="", max_length=200)
    role: str = Field(default="assistent", max_length=50)
    unit: str = Field(default="", index=True, max_length=200)
    first_day: date = Field(index=True)
    last_day: date | None = None
    is_substitute: bool = True
    contact: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class TrainingAssignment(SQLModel, table=True):
    """A checklist (from content) assigned to a person."""

    __table_args__ = (UniqueConstraint("trainee_id", "checklist_id", name="uq_assignment"),)

    id: int | None = Field(default=None, primary_key=True)
    trainee_id: int = Field(foreign_key="trainee.id", index=True, ondelete="CASCADE")
    checklist_id: str = Field(max_length=200)
    assigned_at: datetime = Field(default_factory=utcnow)


class TrainingProgress(SQLModel, table=True):
    """Where one person stands on one checklist item: who showed, supervised and signed off."""

    __table_args__ = (
        UniqueConstraint("trainee_id", "checklist_id", "item_id", name="uq_progress_item"),
    )

    id: int | None = Field(default=None, primary_key=True)
    trainee_id: int = Field(foreign_key="trainee.id", index=True, ondelete="CASCADE")
    checklist_id: str = Field(max_length=200)
    item_id: str = Field(max_length=200)
    shown_by: str = ""
    shown_on: date | None = None
    practised_by: str = ""
    practised_on: date | None = None
    approved_by: str = ""
    approved_on: date | None = None
    shown_pc: str = ""  # machine label of the PC that recorded the stage (team workspace)
    practised_pc: str = ""
    approved_pc: str = ""
    note: str = ""
    updated_at: datetime = Field(default_factory=utcnow)


class TrainingMark(SQLModel, table=True):
    """History of every mark (vist/øvd/godkjent set or removed); `before` makes undo exact.

    `before` is a JSON snapshot of the stage fields of :class:`TrainingProgress` before this
    mark ("" when there was no row). Undo restores it and stamps `undone_at`.
    """

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    trainee_id: int = Field(foreign_key="trainee.id", index=True, ondelete="CASCADE")
    checklist_id: str = Field(max_length=200)
    item_id: str = Field(max_length=200)
    stage: str = Field(max_length=20)  # vist | øvd | godkjent
    action: str = Field(default="satt", max_length=20)  # satt | fjernet
    by_name: str = ""
    machine: str = Field(default="", max_length=200)  # the PC it was recorded on
    on_date: date | None = None
    note: str = ""
    before: str = ""
    created_at: datetime = Field(default_factory=utcnow, index=True)
    undone_at: datetime | None = None


class Superuser(SQLModel, table=True):
    """A superuser who trains others; holidays are registered per ISO week."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    name: str = Field(default="", max_length=200)
    unit: str = Field(default="", index=True, max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


class SuperuserHoliday(SQLModel, table=True):
    """One ISO week a superuser is on holiday (not at work)."""

    __table_args__ = (UniqueConstraint("superuser_id", "year", "week", name="uq_holiday_week"),)

    id: int | None = Field(default=None, primary_key=True)
    superuser_id: int = Field(foreign_key="superuser.id", index=True, ondelete="CASCADE")
    year: int
    week: int
