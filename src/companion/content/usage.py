"""What users do with content: favourites, recently seen, feedback, coaching, search log.

Plain Python over the database; every call is one short session, so the GUI may call it from
worker threads. Free text (feedback comments, coaching notes, search queries) passes the
identity-number guard before it is stored: a number found there is replaced, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, func, select

from companion.core.idguard import redact
from companion.core.redact import clean_text
from companion.db.engine import Database
from companion.db.models import CoachingSession, Favorite, Feedback, RecentView, SearchLog, utcnow

RECENT_LIMIT = 20


@dataclass(frozen=True)
class CoachingRecord:
    """A coaching session as the UI sees it."""

    id: int
    guide_id: str
    coached_person: str
    coach_name: str
    unit: str
    steps_seen: int
    total_steps: int
    minutes: int
    outcome: str
    started_at: datetime


def _clean(text: str) -> str:
    """Strip and redact identity numbers; employee names are allowed, patients never."""
    text = text.strip()
    return redact(text)


class UsageService:
    """Favourites, recently seen, feedback, coaching sessions and the search log."""

    def __init__(self, database: Database) -> None:
        self.db = database

    # favourites ----------------------------------------------------------------------------
    def favorites(self) -> list[str]:
        with self.db.session() as s:
            return list(
                s.exec(select(Favorite.article_id).order_by(col(Favorite.created_at).desc()))
            )

    def set_favorite(self, article_id: str, on: bool) -> None:
        with self.db.session() as s:
            existing = s.get(Favorite, article_id)
            if on and existing is None:
                s.add(Favorite(article_id=article_id))
            elif not on and existing is not None:
                s.delete(existing)

    # recently seen -------------------------------------------------------------------------
    def record_view(self, article_id: str) -> None:
        with self.db.session() as s:
            s.add(RecentView(article_id=article_id))

    def recent(self, limit: int = RECENT_LIMIT) -> list[str]:
        """Distinct article ids, most recently viewed first."""
        with self.db.session() as s:
            rows = s.exec(
                select(RecentView.article_id, func.max(RecentView.viewed_at).label("last"))
                .group_by(RecentView.article_id)
                .order_by(func.max(RecentView.viewed_at).desc())
                .limit(limit)
            )
            return [row[0] for row in rows]

    # feedback --------------------------------------------------------------------------------
    def add_feedback(self, article_id: str, helpful: bool, comment: str = "") -> int:
        with self.db.session() as s:
            row = Feedback(article_id=article_id, helpful=helpful, comment=_clean(comment))
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id

    def update_feedback_comment(self, feedback_id: int, comment: str) -> None:
        with self.db.session() as s:
            row = s.get(Feedback, feedback_id)
            if row is not None:
                row.comment = _clean(comment)

    # coaching ----------------------------------------------------------------------------------
    def record_coaching(
        self,
        guide_id: str,
        coached_person: str,
        coach_name: str,
        unit: str,
        steps_seen: int,
        total_steps: int,
        minutes: int,
        started_at: datetime,
        outcome: str = "løst",
        note: str = "",
    ) -> int:
        with self.db.session() as s:
            row = CoachingSession(
                guide_id=guide_id,
                coached_person=_clean(coached_person),
                coach_name=_clean(coach_name),
                unit=_clean(unit),
                steps_seen=steps_seen,
                total_steps=total_steps,
                minutes=max(0, minutes),
                outcome=outcome,
                note=_clean(note),
                started_at=started_at,
                finished_at=utcnow(),
            )
            s.add(row)
            s.flush()
            assert row.id is not None
            return row.id

    def coaching_sessions(
        self, guide_id: str | None = None, limit: int = 200
    ) -> list[CoachingRecord]:
        with self.db.session() as s:
            query = (
                select(CoachingSession)
                .order_by(col(CoachingSession.started_at).desc())
                .limit(limit)
            )
            if guide_id:
                query = query.where(CoachingSession.guide_id == guide_id)
            return [
                CoachingRecord(
                    r.id or 0,
                    r.guide_id,
                    r.coached_person,
                    r.coach_name,
                    r.unit,
                    r.steps_seen,
                    r.total_steps,
                    r.minutes,
                    r.outcome,
                    r.started_at,
                )
                for r in s.exec(query)
            ]

    # search log --------------------------------------------------------------------------------
    def log_search(
        self, query: str, normalized: str, hits: int, top_id: str, source: str = "gui"
    ) -> int | None:
        """Store a search for insights; a query holding an identity number is stored redacted."""
        query = query.strip()
        if not query:
            return None
        with self.db.session() as s:
            row = SearchLog(
                query=clean_text(query),
                normalized=clean_text(normalized),
                hits=hits,
                top_id=top_id,
                source=source,
            )
            s.add(row)
            s.flush()
            return row.id

    def mark_opened(self, search_id: int, article_id: str) -> None:
        with self.db.session() as s:
            row = s.get(SearchLog, search_id)
            if row is not None:
                row.opened_id = article_id
