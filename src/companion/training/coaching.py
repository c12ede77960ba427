"""The coaching log: shoulder-to-shoulder help, quick entries and sessions from coaching mode.

Rows live in the shared ``coachingsession`` table, so sessions recorded by the guide viewer's
coaching mode (*Vis ved siden av*) show up here too. An escalated entry becomes a *sak* through
a :class:`TicketCreator` (the tickets service), prefilled from the entry.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol, runtime_checkable

from sqlmodel import col, func, select

from companion.db.engine import Database
from companion.db.models import CoachingSession, utcnow
from companion.training.base import LibraryProvider, Part, Today, clean, guard
from companion.training.types import OUTCOMES, CoachingEntry, CoachingInput, TrainingError

log = logging.getLogger(__name__)
MAX_MINUTES = 600


@runtime_checkable
class TicketCreator(Protocol):
    """Creates a draft or queued *sak* and returns its local id (the tickets service)."""

    def create_ticket(self, subject: str, description: str, category: str, unit: str) -> int: ...


@dataclass(frozen=True)
class CoachingSummary:
    """Totals for the log's footer."""

    count: int
    minutes: int
    by_outcome: dict[str, int]


class CoachingLog(Part):
    """Add, list and escalate coaching-log entries."""

    def __init__(
        self,
        database: Database,
        library: LibraryProvider,
        today: Today = date.today,
        tickets: TicketCreator | None = None,
    ) -> None:
        super().__init__(database, library, today)
        self.tickets = tickets

    def add(self, entry: CoachingInput) -> CoachingEntry:
        """Save a quick entry now (escalation to a sak is a separate step: :meth:`escalate`)."""
        entry = self._validated(entry)
        now = utcnow()
        with self.db.session() as s:
            row = CoachingSession(
                guide_id=entry.guide_id,
                topic=entry.topic,
                coached_person=entry.coached_person,
                coach_name=entry.coach_name,
                unit=entry.unit,
                minutes=entry.minutes,
                outcome=entry.outcome,
                note=entry.note,
                started_at=now - timedelta(minutes=entry.minutes),
                finished_at=now,
            )
            s.add(row)
            s.flush()
            return self._entry(row)

    def entries(
        self, unit: str | None = None, since: date | None = None, limit: int = 500
    ) -> list[CoachingEntry]:
        with self.db.session() as s:
            when = func.coalesce(CoachingSession.finished_at, CoachingSession.started_at)
            query = (
                select(CoachingSession)
                .order_by(when.desc(), col(CoachingSession.id).desc())
                .limit(limit)
            )
            if unit:
                query = query.where(CoachingSession.unit == unit)
            if since:
                query = query.where(
                    col(CoachingSession.started_at) >= datetime.combine(since, time.min, tzinfo=UTC)
                )
            return [self._entry(r) for r in s.exec(query)]

    def summary(self, unit: str | None = None) -> CoachingSummary:
        with self.db.session() as s:
            query = select(
                CoachingSession.outcome, func.count(), func.sum(CoachingSession.minutes)
            ).group_by(CoachingSession.outcome)
            if unit:
                query = query.where(CoachingSession.unit == unit)
            rows = list(s.exec(query))
        return CoachingSummary(
            sum(r[1] for r in rows), sum(r[2] or 0 for r in rows), {r[0]: r[1] for r in rows}
        )

    def escalate(self, session_id: int) -> int:
        """Create a sak prefilled from the entry (once); returns the sak's id."""
        with self.db.session() as s:
            row = s.get(CoachingSession, session_id)
            if row is None:
                raise TrainingError("Oppføringen finnes ikke lenger. Oppdater loggen.")
            if row.ticket_id is not None:
                return row.ticket_id
            entry = self._entry(row)
        if self.tickets is None:
            raise TrainingError(
                "Saker er ikke satt opp i denne installasjonen ennå, så det ble ikke laget en sak. "
                "Oppføringen er lagret som eskalert; velg «Opprett sak» igjen senere, eller "
                "kontakt brukerstøtte direkte."
            )
        subject, description, category = self.ticket_text(entry)
        try:
            ticket_id = self.tickets.create_ticket(subject, description, category, entry.unit)
        except TrainingError:
            raise
        except Exception as exc:
            log.exception("could not create ticket for coaching session %s", session_id)
            message = str(exc) if getattr(exc, "user_message", False) else "Saken kunne ikke lages."
            raise TrainingError(
                f"{message} Oppføringen er lagret som eskalert; prøv «Opprett sak» igjen."
            ) from exc
        with self.db.session() as s:
            stored = s.get(CoachingSession, session_id)
            if stored is not None:
                stored.ticket_id = ticket_id
                stored.outcome = "eskalert"
                s.add(stored)
        return ticket_id

    def ticket_text(self, entry: CoachingEntry) -> tuple[str, str, str]:
        """(subject, description, category) for the sak; employee data only."""
        article = self.library.articles.get(entry.guide_id) if entry.guide_id else None
        subject = f"Trenger hjelp fra brukerstøtte: {entry.subject or 'veiledning ved siden av'}"[
            :300
        ]
        lines = [
            "Eskalert fra veiledning ved siden av i Følgesvenn.",
            "",
            f"Tema: {entry.topic or '-'}",
            f"Veiledning: {article.title if article else (entry.guide_id or '-')}",
            f"Hvem fikk hjelp (ansatt): {entry.coached_person or '-'}",
            f"Enhet: {entry.unit or '-'}",
            f"Superbruker: {entry.coach_name or '-'}",
            f"Tid brukt: {entry.minutes} min",
            f"Dato: {entry.when.astimezone():%d.%m.%Y %H:%M}",
        ]
        if entry.note:
            lines += ["", "Notat:", entry.note]
        category = article.category if article else "annet"
        return subject, "\n".join(lines), category

    # helpers -------------------------------------------------------------------------------------
    @staticmethod
    def _validated(entry: CoachingInput) -> CoachingInput:
        entry = replace(
            entry,
            coached_person=clean(entry.coached_person),
            topic=clean(entry.topic),
            unit=clean(entry.unit),
            coach_name=clean(entry.coach_name),
            note=entry.note.strip(),
            guide_id=entry.guide_id.strip(),
        )
        guard(
            {
                "hvem fikk hjelp": entry.coached_person,
                "tema": entry.topic,
                "enhet": entry.unit,
                "superbruker": entry.coach_name,
                "notat": entry.note,
            }
        )
        if not entry.coached_person:
            raise TrainingError("Skriv hvem som fikk hjelp (navnet på kollegaen, ikke pasienten).")
        if not entry.topic and not entry.guide_id:
            raise TrainingError(
                "Skriv et tema eller velg en veiledning, så du ser senere hva hjelpen gjaldt."
            )
        if entry.outcome not in OUTCOMES:
            raise TrainingError(f"Velg utfall: {', '.join(OUTCOMES.values())}.")
        if not 0 <= entry.minutes <= MAX_MINUTES:
            raise TrainingError(f"Tid brukt må være mellom 0 og {MAX_MINUTES} minutter.")
        if len(entry.note) > 2000 or len(entry.topic) > 300:
            raise TrainingError(
                "Teksten er for lang. Korte ned tema (høyst 300 tegn) eller notat (høyst 2000 "
                "tegn)."
            )
        return entry

    def _entry(self, row: CoachingSession) -> CoachingEntry:
        assert row.id is not None
        article = self.library.articles.get(row.guide_id) if row.guide_id else None
        return CoachingEntry(
            id=row.id,
            started_at=row.started_at,
            coached_person=row.coached_person,
            coach_name=row.coach_name,
            unit=row.unit,
            guide_id=row.guide_id,
            guide_title=article.title if article else "",
            topic=row.topic,
            minutes=row.minutes,
            outcome=row.outcome,
            note=row.note,
            ticket_id=row.ticket_id,
            from_coaching_mode=row.total_steps > 0,
            finished_at=row.finished_at,
        )
