"""Insights data Følgesvenn cannot derive itself: imported deviations and change proposals.

Deviations (*avvik*) live in the municipality's own quality system; we keep only what the CSV
export says about *when* and *what kind* (date, category, unit), never the free-text
description, so no patient data can come in this way. Their foreign category names are mapped
to ours at query time through :class:`DeviationCategoryMap`, so editing the map re-sorts
deviations that were imported earlier.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from companion.db.models.base import uid_field, utcnow
from companion.db.models.search import SearchLog


class Deviation(SQLModel, table=True):
    """One deviation report from the quality system's CSV export."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=64)  # idempotency: re-importing a file adds nothing
    occurred_on: date = Field(index=True)
    source_category: str = Field(default="", max_length=200)
    unit: str = Field(default="", max_length=200)
    source_file: str = Field(default="", max_length=255)
    imported_at: datetime = Field(default_factory=utcnow)


class DeviationCategoryMap(SQLModel, table=True):
    """The small editable table: a quality-system category name → one of our categories."""

    source_category: str = Field(primary_key=True, max_length=200)
    category: str = Field(default="annet", max_length=100)
    updated_at: datetime = Field(default_factory=utcnow)


class ChangeProposal(SQLModel, table=True):
    """An *endringsforslag* to bring to the joint meeting of municipalities."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = uid_field()
    title: str = Field(default="", max_length=300)
    body: str = ""
    status: str = Field(default="utkast", index=True)  # utkast|klar|meldt|vedtatt|avvist
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ChangeProposalLink(SQLModel, table=True):
    """What a proposal rests on: a ticket (*sak*), an article or a deviation."""

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="changeproposal.id", index=True, ondelete="CASCADE")
    kind: str = Field(default="sak", max_length=20)  # sak | artikkel | avvik
    ref: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


# Covering index for the knowledge-gap aggregates (top searches, zero/poor hits per period):
# the range scan on created_at reads everything it needs from the index, never the table.
# Declared here, next to the queries' owner, and created by migration 0004.
ix_searchlog_gaps = Index(
    "ix_searchlog_gaps",
    SearchLog.__table__.c.created_at,  # type: ignore[attr-defined]
    SearchLog.__table__.c.normalized,  # type: ignore[attr-defined]
    SearchLog.__table__.c.hits,  # type: ignore[attr-defined]
    SearchLog.__table__.c.opened_id,  # type: ignore[attr-defined]
)
