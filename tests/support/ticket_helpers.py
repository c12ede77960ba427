"""Helpers shared by the ticket queue tests (service, sync, faults, CLI) and the benchmark."""

from __future__ import annotations

import atexit
import datetime
import functools
import shutil
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import col, select

from companion.db.engine import Database
from companion.db.models import OutboxEntry, Ticket
from companion.tickets.model import TicketDraft, TicketView
from companion.tickets.service import TicketService
from support.rt_server import RTServer

# Smallest valid PNG (1x1, transparent): binary content that is not UTF-8.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)

_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _check_digit(digits: str, weights: tuple[int, ...]) -> int | None:
    value = (11 - sum(w * int(d) for w, d in zip(weights, digits, strict=True))) % 11
    return None if value == 10 else value


@functools.cache
def _template_home() -> Path:
    """A home with a freshly migrated database, made once per test process."""
    from companion.app import AppContext

    root = Path(tempfile.mkdtemp(prefix="companion-template-"))
    atexit.register(shutil.rmtree, root, True)
    context = AppContext.create(home=root, machine_file=root / "no-machine-config.toml")
    _ = context.database  # runs the migrations
    context.close()
    return root


def seed_home(home: Path) -> Path:
    """Give `home` a copy of an already migrated database (migrating each time costs ~0.3 s)."""
    home.mkdir(parents=True, exist_ok=True)
    for db_file in _template_home().glob("companion.db*"):
        shutil.copy2(db_file, home / db_file.name)
    return home


def _with_check_digits(first9s: Iterable[str]) -> str:
    for first9 in first9s:
        k1 = _check_digit(first9, _K1)
        k2 = None if k1 is None else _check_digit(f"{first9}{k1}", _K2)
        if k1 is not None and k2 is not None:
            return f"{first9}{k1}{k2}"
    raise AssertionError("no valid number for that date")


def synthetic_fnr(
    birth: datetime.date = datetime.date(1985, 3, 14), day_offset: int = 0, month_offset: int = 0
) -> str:
    """A checksum-valid fødselsnummer built from a date (no real person's number).

    `day_offset=40` makes a D-nummer, `month_offset=40` an H-nummer.
    """
    date6 = f"{birth.day + day_offset:02d}{birth.month + month_offset:02d}{birth:%y}"
    return _with_check_digits(f"{date6}{individual:03d}" for individual in range(500, 1000))


def synthetic_fh_number() -> str:
    """A checksum-valid FH-nummer (first digit 8: no date in it)."""
    return _with_check_digits(f"8{n:08d}" for n in range(12345678, 12349999))


def identity_number_forms() -> dict[str, str]:
    """One identity number in each accepted way of writing it (for the inbound guard tests)."""
    fnr = synthetic_fnr(datetime.date(1989, 3, 15))
    return {
        "plain": synthetic_fnr(datetime.date(1977, 5, 17)),
        "spaced": f"{fnr[:6]} {fnr[6:]}",
        "dotted": f"{fnr[:2]}.{fnr[2:4]}.{fnr[4:6]} {fnr[6:]}",
        "dashed": f"{fnr[:6]}-{fnr[6:]}",
        "d-nummer": synthetic_fnr(datetime.date(1990, 1, 2), day_offset=40),
        "h-nummer": synthetic_fnr(datetime.date(1991, 6, 7), month_offset=40),
        "fh-nummer": synthetic_fh_number(),
    }


def queue_tickets(service: TicketService, count: int, tag: str | None = None) -> list[TicketView]:
    """`count` queued tickets with subjects ``<tag> #<n>`` (tag: a fresh uuid by default)."""
    tag = tag or f"Test {uuid.uuid4().hex[:8]}"
    return [
        service.create(
            TicketDraft(
                subject=f"{tag} #{n}",
                description=f"Rover henger etter skanning, forsøk {n}. Æ ø å.",
                category="rover",
                urgency="normal",
                unit="Sengepost 3",
                reporter_name="Kari Nordmann",
            )
        )
        for n in range(1, count + 1)
    ]


@dataclass(frozen=True)
class LocalTicket:
    id: int
    external_id: str
    subject: str
    state: str
    remote_id: str
    last_error: str


def local_tickets(db: Database, ids: Iterable[int] | None = None) -> list[LocalTicket]:
    with db.session() as s:
        query = select(Ticket).order_by(col(Ticket.id))
        if ids is not None:
            query = query.where(col(Ticket.id).in_(list(ids)))
        return [
            LocalTicket(t.id or 0, t.external_id, t.subject, t.state, t.remote_id, t.last_error)
            for t in s.exec(query)
        ]


def open_outbox(db: Database) -> list[OutboxEntry]:
    with db.session() as s:
        return list(s.exec(select(OutboxEntry).where(OutboxEntry.done == False)))  # noqa: E712


def assert_exactly_once(rt: RTServer, db: Database, ids: Iterable[int] | None = None) -> None:
    """Every local ticket is in RT exactly once, under the remote id stored locally, and sent.

    Checked two ways: by external id (the custom field) and by subject, which also catches a
    second ticket that RT created without the (unique) external id.
    """
    problems = []
    tickets = local_tickets(db, ids)
    assert tickets, "no local tickets to check"
    for t in tickets:
        by_id = rt.tickets_with_external_id(t.external_id)
        by_subject = rt.tickets_with_subject(t.subject)
        expected = [int(t.remote_id or 0)]
        if t.state != "sendt" or by_id != expected or by_subject != expected:
            problems.append(
                f"ticket {t.id}: state={t.state} remote={t.remote_id!r} by external id={by_id} "
                f"by subject={by_subject} ({t.last_error})"
            )
    assert not problems, "\n".join(problems)


def write_file(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path
