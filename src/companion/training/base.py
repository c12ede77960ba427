"""Shared pieces of the training services: dependencies, the identity-number guard, row → value."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from companion.content.model import Library
from companion.core.idguard import IdentityNumberFound, guard_fields
from companion.db.engine import Database
from companion.db.models import Trainee
from companion.training.types import Person, TrainingError

LibraryProvider = Callable[[], Library]
Today = Callable[[], date]


class Part:
    """Base for the service parts: the database, the content library (fetched per call, so a
    reloaded library is picked up) and a clock that tests can replace."""

    def __init__(
        self, database: Database, library: LibraryProvider, today: Today = date.today
    ) -> None:
        self.db = database
        self._library = library
        self.today = today

    @property
    def library(self) -> Library:
        return self._library()


class TrainingIdentityError(TrainingError, IdentityNumberFound):
    """Free text refused for an identity number; ``fields`` says where (the UI words it)."""


def guard(fields: Mapping[str, str]) -> None:
    """Refuse free text that holds a fødselsnummer (label → value); nothing is stored then."""
    hits = guard_fields(fields)
    if hits:
        raise TrainingIdentityError(list(hits))


def clean(text: str) -> str:
    """Trim and collapse whitespace (names, units): keeps duplicates recognisable."""
    return " ".join(text.split())


def to_person(row: Trainee) -> Person:
    assert row.id is not None
    return Person(
        row.id,
        row.name,
        row.role,
        row.unit,
        row.first_day,
        row.last_day,
        row.is_substitute,
        row.contact,
        row.uid,
    )
