"""Helpers shared by the training tests (importable: tests/training is on sys.path)."""

from __future__ import annotations

import uuid
from datetime import date

from companion.content.model import Library
from companion.db.engine import Database
from companion.db.models import Ticket
from companion.training.types import PersonInput

TODAY = date(2026, 6, 10)  # a Wednesday in ISO week 24


class TableTicketCreator:
    """A tiny real TicketCreator: writes a draft row to the `ticket` table."""

    def __init__(self, database: Database) -> None:
        self.db = database

    def create_ticket(self, subject: str, description: str, category: str, unit: str) -> int:
        with self.db.session() as s:
            ticket = Ticket(
                external_id=str(uuid.uuid4()),
                subject=subject,
                description=description,
                category=category,
                unit=unit,
            )
            s.add(ticket)
            s.flush()
            assert ticket.id is not None
            return ticket.id


class LibraryHolder:
    """Lets a test swap the content library, as a content reload would."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def __call__(self) -> Library:
        return self.library


def person(
    name: str = "Kari Nordmann",
    role: str = "assistent",
    unit: str = "Avd 3 Medisin",
    first_day: date = date(2026, 6, 15),
    **kw: object,
) -> PersonInput:
    return PersonInput(name=name, role=role, unit=unit, first_day=first_day, **kw)  # type: ignore[arg-type]
