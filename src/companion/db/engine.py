"""Engine and session factory: SQLite in WAL mode with foreign keys on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlmodel import Session, create_engine


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    """Per-connection pragmas: WAL survives crashes well and lets readers run during writes."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """Create an engine for the database file (threads each open their own sessions).

    ``hide_parameters``: a failed statement's exception text (which ends up in the log and in
    the diagnostics zip) shows the SQL but never the values - those are ticket texts, names
    and notes.
    """
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 5},
        hide_parameters=True,
    )
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """Holds the engine; every unit of work opens its own short session."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        # Called with every new session, e.g. the team outbox hook (companion.team.capture).
        self.session_hooks: list[Callable[[Session], None]] = []

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error."""
        with Session(self.engine, expire_on_commit=False) as session:
            for hook in self.session_hooks:
                hook(session)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()
