"""Shared column helpers and the key-value preference table."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import text
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Aware UTC now; SQLModel's UTCDateTime stores UTC and returns aware values."""
    return datetime.now(UTC)


def new_uid() -> str:
    """A globally unique record id made on the desktop (team sync); local ids never travel."""
    return str(uuid4())


# The same (a random v4 UUID) made by SQLite, for rows inserted with plain SQL.
UID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) "
    "|| substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))"
)


def uid_field() -> Any:
    """The `uid` column every shared record carries (unique, indexed, never empty)."""
    return Field(
        default_factory=new_uid,
        unique=True,
        index=True,
        max_length=36,
        sa_column_kwargs={"server_default": text(f"({UID_SQL})")},
    )


class Preference(SQLModel, table=True):
    """Small UI and app state that must survive restarts (window geometry, last page)."""

    key: str = Field(primary_key=True, max_length=200)
    value: str = ""
    updated_at: datetime = Field(default_factory=utcnow)
