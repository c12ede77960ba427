"""Shared column helpers and the key-value preference table."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Aware UTC now; SQLModel's UTCDateTime stores UTC and returns aware values."""
    return datetime.now(UTC)


class Preference(SQLModel, table=True):
    """Small UI and app state that must survive restarts (window geometry, last page)."""

    key: str = Field(primary_key=True, max_length=200)
    value: str = ""
    updated_at: datetime = Field(default_factory=utcnow)
