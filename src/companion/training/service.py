"""The training service (*Opplæring*): one object the GUI and CLI get from ``AppContext.training``.

It composes small parts that each own one concern, all sharing the database and the content
library: ``people`` (register, CSV import, checklist assignment), ``signoff`` (vist/øvd/godkjent,
notes, undo), ``overview`` (person record, unit matrix), ``coaching`` (coaching log, escalation
to a sak) and ``coverage`` (superusers, holidays, summer coverage). Every call is one short
session, so the UI may call it from worker threads.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from companion.content.model import Library
from companion.db.engine import Database
from companion.db.models import Preference, utcnow
from companion.training.base import LibraryProvider, Today, clean, guard
from companion.training.coaching import CoachingLog, TicketCreator
from companion.training.coverage import CoverageService
from companion.training.overview import Overview
from companion.training.people import People
from companion.training.signoff import SignOff

PREF_SUPERUSER = "training/superuser_name"


class TrainingService:
    """Facade over the training parts; see the module docstring."""

    def __init__(
        self,
        database: Database,
        library: LibraryProvider,
        tickets: TicketCreator | None = None,
        today: Today = date.today,
        machine: str = "",
    ) -> None:
        self.db = database
        self.people = People(database, library, today)
        self.signoff = SignOff(database, library, today)
        self.signoff.machine = machine
        self.overview = Overview(database, library, today)
        self.coaching = CoachingLog(database, library, today, tickets)
        self.coverage = CoverageService(database, library, today)
        self.today = today

    @property
    def library(self) -> Library:
        return self.people.library

    def set_ticket_creator(self, tickets: TicketCreator | None) -> None:
        """Wire escalation to the tickets service once it exists."""
        self.coaching.tickets = tickets

    # preferences -------------------------------------------------------------------------------
    def preference(self, key: str, default: str = "") -> str:
        with self.db.session() as s:
            row = s.exec(select(Preference).where(Preference.key == key)).first()
            return row.value if row else default

    def set_preference(self, key: str, value: str) -> None:
        with self.db.session() as s:
            row = s.get(Preference, key)
            if row is None:
                s.add(Preference(key=key, value=value))
            else:
                row.value = value
                row.updated_at = utcnow()
                s.add(row)

    def superuser_name(self) -> str:
        """The name last used for a sign-off (remembered between sessions)."""
        return self.preference(PREF_SUPERUSER)

    def remember_superuser_name(self, name: str) -> None:
        name = clean(name)
        guard({"superbruker": name})
        self.set_preference(PREF_SUPERUSER, name)
