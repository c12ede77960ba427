"""What users do with articles: favourites, recently seen, feedback, coaching sessions."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from companion.db.models.base import uid_field, utcnow


class Favorite(SQLModel, table=True):
    """An article the user starred (*Favoritter*)."""

    article_id: str = Field(primary_key=True, max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


class RecentView(SQLModel, table=True):
    """One opening of an article (*Sist sett*); also feeds insights."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: str = Field(index=True, max_length=200)
    viewed_at: datetime = Field(default_factory=utcnow, index=True)


class Feedback(SQLModel, table=True):
    """ "Var dette nyttig?" answers, with an optional comment (guarded for identity numbers)."""

    id: int | None = Field(default=None, primary_key=True)
    article_id: str = Field(index=True, max_length=200)
    helpful: bool
    comment: str = ""
    created_at: datetime = Field(default_factory=utcnow, index=True)


class CoachingSession(SQLModel, table=True):
    """A guide shown shoulder-to-shoulder in coaching mode (*Vis ved siden av*)."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    guide_id: str = Field(index=True, max_length=200)
    coached_person: str = ""
    coach_name: str = ""
    unit: str = ""
    steps_seen: int = 0
    total_steps: int = 0
    minutes: int = 0
    outcome: str = "løst"  # løst | oppfølging | eskalert
    note: str = ""
    started_at: datetime = Field(default_factory=utcnow, index=True)
    finished_at: datetime | None = None
    topic: str = ""  # free-text topic when no guide was shown (added in 0003, training)
    ticket_id: int | None = None  # the sak created when the session was escalated (0003)
