"""Small writers for known test data (raw SQL: tests pin the numbers, not the ORM)."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path


def ts(text: str) -> str:
    """'2026-03-10 12:00' → stored UTC text (midday: same local day in any time zone)."""
    return text + ":00.000000" if len(text) == 16 else text


def connect(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(db)


def search(
    con: sqlite3.Connection,
    query: str,
    at: str,
    hits: int = 3,
    opened: str = "",
    normalized: str | None = None,
) -> None:
    con.execute(
        "INSERT INTO searchlog (query, normalized, hits, top_id, opened_id, source, created_at) "
        "VALUES (?,?,?,?,?,?,?)",
        (
            query,
            normalized if normalized is not None else query.lower(),
            hits,
            "a" if hits else "",
            opened,
            "gui",
            ts(at),
        ),
    )


def ticket(
    con: sqlite3.Connection,
    at: str,
    category: str = "rover",
    subject: str = "Rover logger ut",
    sent: str | None = None,
    reply: str | None = None,
    resolved: str | None = None,
    state: str = "sendt",
    reporter: str = "",
) -> int:
    cur = con.execute(
        "INSERT INTO ticket (external_id, subject, description, category, urgency, guide_id, unit, "
        "reporter_name,"
        " reporter_contact, state, remote_id, remote_status, last_error, last_transaction, "
        "created_at, updated_at,"
        " sent_at, first_reply_at, resolved_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            str(uuid.uuid4()),
            subject,
            "",
            category,
            "normal",
            "",
            "Avd 1",
            reporter,
            "",
            state,
            "",
            "",
            "",
            0,
            ts(at),
            ts(at),
            ts(sent) if sent else None,
            ts(reply) if reply else None,
            ts(resolved) if resolved else None,
        ),
    )
    return int(cur.lastrowid or 0)


def coaching(
    con: sqlite3.Connection,
    guide: str,
    at: str,
    outcome: str = "løst",
    minutes: int = 10,
    coach: str = "Kari Nordmann",
    person: str = "Ola Vikar",
    topic: str = "",
) -> None:
    con.execute(
        "INSERT INTO coachingsession (guide_id, coached_person, coach_name, unit, steps_seen, "
        "total_steps, minutes,"
        " outcome, note, started_at, finished_at, topic, ticket_id) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (guide, person, coach, "Avd 1", 3, 5, minutes, outcome, "", ts(at), None, topic, None),
    )


def feedback(
    con: sqlite3.Connection, article: str, helpful: bool, at: str, comment: str = ""
) -> None:
    con.execute(
        "INSERT INTO feedback (article_id, helpful, comment, created_at) VALUES (?,?,?,?)",
        (article, int(helpful), comment, ts(at)),
    )
