"""The local search log that powers knowledge-gap insights."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from companion.db.models.base import utcnow


class SearchLog(SQLModel, table=True):
    """One search; `query` has passed the identity-number guard before it is stored."""

    id: int | None = Field(default=None, primary_key=True)
    query: str = Field(max_length=500)
    normalized: str = Field(default="", index=True, max_length=500)
    hits: int = 0
    top_id: str = ""
    opened_id: str = ""
    source: str = "gui"  # gui | cli
    created_at: datetime = Field(default_factory=utcnow, index=True)
