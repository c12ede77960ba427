"""Record shared changes in the outbox, in the same transaction as the change itself.

One hook for every write path of the training and insights services: an ``after_flush``
listener on their sessions (:meth:`companion.db.engine.Database.session`). At that point the
session still knows what was new, changed and deleted, ids are assigned, and the outbox rows
go through the same connection, so the change and its outbox row commit (or vanish) together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import Connection, inspect, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel

from companion.db.models import (
    ChangeProposal,
    ChangeProposalLink,
    Superuser,
    SuperuserHoliday,
    TeamClock,
    TeamOutbox,
    Trainee,
    TrainingAssignment,
    TrainingMark,
    TrainingProgress,
    utcnow,
)
from companion.team.records import DELETED, FIELDS, KIND_OF, Kind, dumps, stamp

APPLYING = "team_applying"  # session.info flag: changes that came from the team
WROTE = "team_outbox_written"  # session.info flag: this transaction queued changes


@dataclass
class _Batch:
    """Field changes per record, and whole events (marks, undos), of one flush."""

    fields: dict[tuple[Kind, str], dict[str, Any]] = field(default_factory=dict)
    events: list[tuple[Kind, str, dict[str, Any]]] = field(default_factory=list)

    def put(self, kind: Kind, record: str, name: str, value: Any) -> None:
        self.fields.setdefault((kind, record), {})[name] = value


def install(session: Session, notify: Callable[[], None] | None = None) -> None:
    """Attach the outbox hook to one session (called for every session when team is on).

    `notify` is called after a commit that queued changes (the GUI then syncs soon).
    """
    from sqlalchemy import event

    event.listen(session, "after_flush", _after_flush)
    if notify is not None:

        def after_commit(committed: Session) -> None:
            if committed.info.pop(WROTE, False):
                notify()

        event.listen(session, "after_commit", after_commit)


def _after_flush(session: Session, _context: Any) -> None:
    if session.info.get(APPLYING):
        return
    conn = session.connection()
    batch = _Batch()
    for obj in session.new:
        _collect(conn, batch, obj, "new")
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            _collect(conn, batch, obj, "dirty")
    for obj in session.deleted:
        _collect(conn, batch, obj, "deleted")
    if write(conn, batch.fields.items(), batch.events):
        session.info[WROTE] = True


def write(
    conn: Connection,
    fields: Iterable[tuple[tuple[Kind, str], dict[str, Any]]],
    events: Iterable[tuple[Kind, str, dict[str, Any]]],
    at: datetime | None = None,
) -> int:
    """Outbox rows (and local clock entries) for field changes and events; returns the count."""
    count = 0
    for (kind, record), values in fields:
        change_id = str(uuid4())
        when = stamp(at or utcnow(), change_id)
        _outbox(conn, change_id, kind, record, {"fields": values, "stamp": when})
        for name, value in values.items():
            row = {"record": record, "field": name, "kind": str(kind)}
            row |= {"value": dumps(value), "stamp": when}
            statement = sqlite_insert(TeamClock.__table__).values(**row)  # type: ignore[attr-defined]
            conn.execute(
                statement.on_conflict_do_update(
                    index_elements=["record", "field"],
                    set_={"value": row["value"], "stamp": when, "kind": row["kind"]},
                )
            )
        count += 1
    for kind, record, payload in events:
        _outbox(conn, str(uuid4()), kind, record, payload)
        count += 1
    return count


def _outbox(conn: Connection, change_id: str, kind: Kind, record: str, payload: Any) -> None:
    table = TeamOutbox.__table__  # type: ignore[attr-defined]
    conn.execute(
        table.insert().values(
            change_id=change_id,
            kind=str(kind),
            record=record,
            payload=dumps(payload),
            created_at=utcnow(),
        )
    )


def _changed(obj: SQLModel, names: Iterable[str], state: str) -> dict[str, Any]:
    if state == "new":
        return {n: getattr(obj, n) for n in names}
    attrs = inspect(obj).attrs
    return {n: getattr(obj, n) for n in names if attrs[n].history.has_changes()}


def _uid_of(conn: Connection, model: type[SQLModel], row_id: int) -> str | None:
    column = model.uid  # type: ignore[attr-defined]
    return conn.execute(select(column).where(model.id == row_id)).scalar()  # type: ignore[attr-defined]


def _collect(conn: Connection, batch: _Batch, obj: Any, state: str) -> None:
    kind = KIND_OF.get(type(obj))
    if kind is not None:
        if state == "deleted":
            batch.put(kind, obj.uid, DELETED, True)
        for name, value in _changed(obj, FIELDS[kind], state).items():
            batch.put(kind, obj.uid, name, value)
        return
    if isinstance(obj, TrainingMark):
        _collect_mark(conn, batch, obj, state)
    elif isinstance(obj, TrainingAssignment) and state != "dirty":
        uid = _uid_of(conn, Trainee, obj.trainee_id)
        if uid:
            batch.put(Kind.PERSON, uid, f"checklist:{obj.checklist_id}", state == "new")
    elif isinstance(obj, TrainingProgress) and state != "deleted":
        if _changed(obj, ("note",), state) and (state == "dirty" or obj.note):
            uid = _uid_of(conn, Trainee, obj.trainee_id)
            if uid:
                batch.put(Kind.PERSON, uid, f"note:{obj.checklist_id}/{obj.item_id}", obj.note)
    elif isinstance(obj, SuperuserHoliday) and state != "dirty":
        uid = _uid_of(conn, Superuser, obj.superuser_id)
        if uid:
            batch.put(Kind.SUPERUSER, uid, f"week:{obj.year}-{obj.week:02d}", state == "new")
    elif isinstance(obj, ChangeProposalLink) and state != "dirty":
        uid = _uid_of(conn, ChangeProposal, obj.proposal_id)
        if uid:
            batch.put(Kind.PROPOSAL, uid, f"link:{obj.kind}:{obj.ref}", state == "new")


def _collect_mark(conn: Connection, batch: _Batch, mark: TrainingMark, state: str) -> None:
    if state == "new":
        trainee = _uid_of(conn, Trainee, mark.trainee_id)
        if trainee:
            batch.events.append((Kind.MARK, mark.uid, mark_payload(mark, trainee)))
    elif state == "dirty" and mark.undone_at is not None and _changed(mark, ["undone_at"], state):
        batch.events.append((Kind.UNDO, mark.uid, {"at": mark.undone_at}))


def mark_payload(mark: TrainingMark, trainee_uid: str) -> dict[str, Any]:
    """A registration as it travels: an event, never an update."""
    return {
        "trainee": trainee_uid,
        "checklist": mark.checklist_id,
        "item": mark.item_id,
        "stage": mark.stage,
        "action": mark.action,
        "by": mark.by_name,
        "machine": mark.machine,
        "on": mark.on_date,
        "note": mark.note,
        "before": mark.before,
        "created_at": mark.created_at,
        "undone_at": mark.undone_at,
    }
