"""Team workspace bookkeeping in the local database (see docs/decisions/0005-team-sync.md).

* :class:`TeamOutbox` – changes made here and not yet pushed; written in the same transaction
  as the change itself, so a crash can lose neither.
* :class:`TeamClock` – the last-writer-wins register of every shared field: value, when it was
  written and by which change. Local rows are a projection of it.
* :class:`TeamConflict` – values that lost a last-writer-wins race (nothing is discarded
  silently).
* :class:`TeamState` – the pull cursor, last sync time and similar small state.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from companion.db.models.base import utcnow


class TeamOutbox(SQLModel, table=True):
    """One local change waiting to be pushed; `change_id` makes the push idempotent."""

    id: int | None = Field(default=None, primary_key=True)
    change_id: str = Field(unique=True, max_length=36)
    kind: str = Field(max_length=40)
    record: str = Field(max_length=36)
    payload: str = ""  # JSON
    created_at: datetime = Field(default_factory=utcnow)


class TeamClock(SQLModel, table=True):
    """The winning value of one field of one shared record; `stamp` orders writes."""

    record: str = Field(primary_key=True, max_length=36)
    field: str = Field(primary_key=True, max_length=300)
    kind: str = Field(default="", max_length=40)
    value: str = ""  # JSON
    stamp: str = Field(default="", max_length=120)  # "<iso utc>|<change id>"


class TeamConflict(SQLModel, table=True):
    """A value that lost a last-writer-wins race, kept so nobody's work disappears unseen."""

    id: int | None = Field(default=None, primary_key=True)
    record: str = Field(index=True, max_length=36)
    field: str = Field(max_length=300)
    value: str = ""  # JSON
    stamp: str = Field(default="", max_length=120)
    winner_stamp: str = Field(default="", max_length=120)
    created_at: datetime = Field(default_factory=utcnow)


class TeamState(SQLModel, table=True):
    """Small sync state: pull cursor, last sync time, whether local data was seeded."""

    key: str = Field(primary_key=True, max_length=100)
    value: str = ""
