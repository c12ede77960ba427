"""One team sync: seed (first time), push the outbox, pull what others changed.

Local writes never wait for the server: they land in the outbox (companion.team.capture). A
sync pushes in chunks, each one server transaction, then forgets the pushed outbox rows; it
pulls in pages, each applied together with the new cursor in one local transaction. A sync
killed at any point therefore repeats some work next time and loses or doubles nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, delete
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, func, select

from companion.db.engine import Database
from companion.db.models import (
    ChangeProposal,
    ChangeProposalLink,
    CoachingSession,
    Superuser,
    SuperuserHoliday,
    TeamClock,
    TeamOutbox,
    TeamState,
    Trainee,
    TrainingAssignment,
    TrainingMark,
    TrainingProgress,
    utcnow,
)
from companion.team import aggregates, capture
from companion.team.apply import apply_changes
from companion.team.config import TeamConfig
from companion.team.records import FIELDS, Kind
from companion.team.server import make_engine, unreachable_or_refused
from companion.team.transport import START, Change, pull, push

PUSH_CHUNK = 500
PULL_PAGE = 1000
CURSOR, LAST_SYNC, SEEDED = "cursor", "last_sync", "seeded"
DESKTOP, PUBLISHED = aggregates.DESKTOP_STATE, "aggregates_since"
REPUBLISH_DAYS = 2  # today's and yesterday's counts still grow


@dataclass(frozen=True)
class TeamStatus:
    configured: bool
    pending: int
    last_sync: datetime | None


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    touched_items: int
    finished_at: datetime


def get_state(s: Session, key: str) -> str:
    row = s.get(TeamState, key)
    return row.value if row else ""


def set_state(s: Session, key: str, value: str) -> None:
    row = s.get(TeamState, key) or TeamState(key=key)
    row.value = value
    s.add(row)


def local_status(database: Database, configured: bool) -> TeamStatus:
    """Pending changes and the last successful sync (no server needed)."""
    with database.session() as s:
        pending = int(s.exec(select(func.count()).select_from(TeamOutbox)).one())
        last = get_state(s, LAST_SYNC)
    return TeamStatus(configured, pending, datetime.fromisoformat(last) if last else None)


class TeamSync:
    """Push/pull for one desktop; keep one per process (it holds the connection pool)."""

    def __init__(
        self,
        database: Database,
        config: TeamConfig,
        engine: Engine | None = None,
        keep_connection: bool = False,
    ) -> None:
        self.db = database
        self.config = config
        self.engine = engine or make_engine(config.url, config.timeout_seconds, pool_size=1)
        # A region has ~1,700 desktops: by default the connection is closed after each sync,
        # so idle desktops hold no server connection (keep it behind PgBouncer if wanted).
        self.keep_connection = keep_connection

    def close(self) -> None:
        self.engine.dispose()

    def sync(self) -> SyncResult:
        """Seed (once), push, then pull; TeamUnreachable / TeamMisconfigured on failure."""
        try:
            self.seed()
            self.publish()
            pushed = self.push()
            pulled, touched = self.pull()
        except DBAPIError as exc:
            raise unreachable_or_refused(exc) from exc
        finally:
            if not self.keep_connection:
                self.engine.dispose()
        finished = utcnow()
        with self.db.session() as s:
            set_state(s, LAST_SYNC, finished.isoformat())
        return SyncResult(pushed, pulled, touched, finished)

    def publish(self) -> int:
        """Queue the Innsikt aggregates (search gaps, feedback) that changed since last time."""
        with self.db.session() as s:
            desktop = get_state(s, DESKTOP) or str(uuid.uuid4())
            set_state(s, DESKTOP, desktop)
            since_text = get_state(s, PUBLISHED)
            since = date.fromisoformat(since_text) if since_text else date(2000, 1, 1)
            count = aggregates.publish(s, desktop, since)
            set_state(s, PUBLISHED, (utcnow().date() - timedelta(days=REPUBLISH_DAYS)).isoformat())
            return count

    def reset_cursor(self) -> None:
        """Pull the whole log again next time (after the server was restored from a backup)."""
        with self.db.session() as s:
            set_state(s, CURSOR, "")

    def push(self) -> int:
        total = 0
        while True:
            with self.db.session() as s:
                rows = list(
                    s.exec(select(TeamOutbox).order_by(col(TeamOutbox.id)).limit(PUSH_CHUNK))
                )
            if not rows:
                return total
            changes = [self._change(r) for r in rows]
            with self.engine.begin() as conn:
                push(conn, changes)
            with self.db.session() as s:  # only after the server has committed
                ids = [r.id for r in rows]
                s.execute(delete(TeamOutbox).where(col(TeamOutbox.id).in_(ids)))
            total += len(rows)

    def _change(self, row: TeamOutbox) -> Change:
        author = ""
        if row.kind == Kind.MARK:
            author = json.loads(row.payload).get("by", "")
        return Change(row.change_id, row.kind, row.record, row.payload, author, self.config.machine)

    def pull(self) -> tuple[int, int]:
        pulled = touched = 0
        while True:
            with self.db.session() as s:
                cursor = _cursor(get_state(s, CURSOR))
            with self._autocommit() as conn:
                page = pull(conn, cursor, PULL_PAGE)
            if page.changes:
                with self._applying() as s:
                    touched += len(apply_changes(s, list(page.changes)))
                    set_state(s, CURSOR, f"{page.cursor[0]}:{page.cursor[1]}")
            pulled += len(page.changes)
            if len(page.changes) < PULL_PAGE:
                return pulled, touched

    @contextmanager
    def _autocommit(self) -> Iterator[Connection]:
        """One statement, no BEGIN/COMMIT around it: a sync with nothing new is one round trip."""
        with self.engine.connect() as conn:
            yield conn.execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def _applying(self) -> Iterator[Session]:
        with self.db.session() as s:
            s.info[capture.APPLYING] = True
            yield s

    # first sync: what was here before the team --------------------------------------------
    def seed(self) -> int:
        """Queue every shared record made before team sync was on (once, at the first sync).

        Records already captured (in the clock or the outbox) are skipped; a repeat would be
        harmless anyway, as applying a change twice changes nothing.
        """
        with self.db.session() as s:
            if get_state(s, SEEDED):
                return 0
            conn = s.connection()
            count = 0
            known = set(s.exec(select(TeamClock.record))) | set(s.exec(select(TeamOutbox.record)))
            sources: tuple[tuple[Kind, type[Any], str], ...] = (
                (Kind.PERSON, Trainee, "updated_at"),
                (Kind.SUPERUSER, Superuser, "created_at"),
                (Kind.PROPOSAL, ChangeProposal, "updated_at"),
                (Kind.COACHING, CoachingSession, "started_at"),
            )
            for kind, model, stamp_field in sources:
                for row in s.exec(select(model)):
                    if row.uid in known:  # recorded since team sync was switched on
                        continue
                    values = {name: getattr(row, name) for name in FIELDS[kind]}
                    values |= _children(s, kind, row)
                    at = getattr(row, stamp_field)
                    count += capture.write(conn, [((kind, row.uid), values)], [], at=at)
            for mark, trainee_uid in s.exec(
                select(TrainingMark, Trainee.uid).join(Trainee).order_by(col(TrainingMark.id))
            ):
                if mark.uid in known:
                    continue
                payload = capture.mark_payload(mark, trainee_uid)
                count += capture.write(conn, [], [(Kind.MARK, mark.uid, payload)])
            set_state(s, SEEDED, utcnow().isoformat())
            return count


def _children(s: Session, kind: Kind, row: Any) -> dict[str, Any]:
    """The pseudo fields of a record (assignments, notes, holiday weeks, links)."""
    values: dict[str, Any] = {}
    if kind is Kind.PERSON:
        for cid in s.exec(
            select(TrainingAssignment.checklist_id).where(TrainingAssignment.trainee_id == row.id)
        ):
            values[f"checklist:{cid}"] = True
        for p in s.exec(
            select(TrainingProgress).where(
                TrainingProgress.trainee_id == row.id, TrainingProgress.note != ""
            )
        ):
            values[f"note:{p.checklist_id}/{p.item_id}"] = p.note
    elif kind is Kind.SUPERUSER:
        for h in s.exec(select(SuperuserHoliday).where(SuperuserHoliday.superuser_id == row.id)):
            values[f"week:{h.year}-{h.week:02d}"] = True
    elif kind is Kind.PROPOSAL:
        for link in s.exec(
            select(ChangeProposalLink).where(ChangeProposalLink.proposal_id == row.id)
        ):
            values[f"link:{link.kind}:{link.ref}"] = True
    return values


def _cursor(text: str) -> tuple[str, int]:
    if not text:
        return START
    xid, _, seq = text.partition(":")
    return xid, int(seq)
