"""Talking to the shared change log: idempotent push, commit-safe pull.

Push: one transaction, ``INSERT … ON CONFLICT (id) DO NOTHING`` for every outbox row, so a
push cut off after the server committed (the desktop never heard back) can simply be repeated.

Pull: a sequence value is taken before commit, so "seq > last" would skip a row whose
transaction commits late. Each row therefore stores ``pg_current_xact_id()``; a pull reads only
rows whose transaction is older than ``pg_snapshot_xmin(pg_current_snapshot())`` (every such
transaction has ended) and pages on the cursor (xid, seq). A pull with nothing new is one
statement in autocommit mode: one round trip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

PULL = text(
    """
    SELECT xid::text, seq, id::text, kind, record::text, payload::text, author, machine
    FROM team_change
    WHERE (xid, seq) > (CAST(:xid AS xid8), :seq)
      AND xid < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY xid, seq
    LIMIT :limit
    """
)
PUSH = text(
    """
    INSERT INTO team_change (id, kind, record, payload, author, machine)
    VALUES (CAST(:id AS uuid), :kind, CAST(:record AS uuid), CAST(:payload AS jsonb), :author,
            :machine)
    ON CONFLICT (id) DO NOTHING
    """
)
START = ("0", 0)


@dataclass(frozen=True)
class Change:
    """One change as the server holds it."""

    id: str
    kind: str
    record: str
    payload: str  # JSON
    author: str = ""
    machine: str = ""


@dataclass(frozen=True)
class Pulled:
    """A page of changes and the cursor after it."""

    changes: tuple[Change, ...]
    cursor: tuple[str, int]


def push(conn: Connection, changes: Sequence[Change]) -> None:
    """Insert every change (already-present ids are skipped); the caller commits."""
    if changes:
        conn.execute(
            PUSH,
            [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "record": c.record,
                    "payload": c.payload,
                    "author": c.author,
                    "machine": c.machine,
                }
                for c in changes
            ],
        )


def pull(conn: Connection, cursor: tuple[str, int], limit: int = 1000) -> Pulled:
    """The next committed changes after `cursor` (one statement)."""
    rows = conn.execute(PULL, {"xid": cursor[0], "seq": cursor[1], "limit": limit}).all()
    changes = tuple(Change(r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows)
    last = (str(rows[-1][0]), int(rows[-1][1])) if rows else cursor
    return Pulled(changes, last)
