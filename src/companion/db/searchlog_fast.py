"""Append one search to the search log with plain sqlite3 (no SQLAlchemy import).

The CLI answers `companion kb search` in a fraction of a second; importing the ORM just to
insert one row would more than double that. The row format matches what SQLModel writes
(UTC timestamps as 'YYYY-MM-DD HH:MM:SS.ffffff'), and the identity-number guard runs first
(:func:`companion.core.redact.clean_text`, shared with the GUI's search log).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from companion.core.redact import clean_text


def append_search(database: Path, query: str, hits: int, top_id: str, source: str = "cli") -> None:
    """Insert a settled query (the database must be at the current schema)."""
    query = clean_text(query)
    if not query:
        return
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    con = sqlite3.connect(database, timeout=5)
    try:
        with con:
            con.execute(
                "INSERT INTO searchlog (query, normalized, hits, top_id, opened_id, source, "
                "created_at)"
                " VALUES (?, ?, ?, ?, '', ?, ?)",
                (query, query.lower(), hits, top_id, source, stamp),
            )
    finally:
        con.close()
