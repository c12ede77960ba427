"""Bring the database file to the current schema without ever losing data.

The status check uses only :mod:`sqlite3` (fast start-up). Before migrating an existing file
we copy it to a timestamped backup with SQLite's online backup API (consistent even in WAL
mode). A file from a newer app version or a corrupt file is never touched.
"""

from __future__ import annotations

import enum
import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from companion.core.filelock import FileLock
from companion.db.revisions import HEAD, REVISIONS

log = logging.getLogger(__name__)

MIGRATION_WAIT_S = 120.0


class DbState(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"
    CURRENT = "current"
    OUTDATED = "outdated"
    NEWER = "newer"
    FOREIGN = "foreign"
    CORRUPT = "corrupt"


class DatabaseError(Exception):
    """A problem the user must act on; ``str()`` is Norwegian text for the UI and CLI."""


class DatabaseTooNew(DatabaseError):
    pass


class DatabaseCorrupt(DatabaseError):
    pass


def read_state(path: Path) -> tuple[DbState, str | None]:
    """Classify the file and return its Alembic revision (if any)."""
    if not path.exists():
        return DbState.MISSING, None
    if path.stat().st_size == 0:
        return DbState.EMPTY, None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                return (DbState.EMPTY if not tables else DbState.FOREIGN), None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        log.error("database %s unreadable: %s", path, exc)
        return DbState.CORRUPT, None
    revision = row[0] if row else None
    if revision is None:
        # A version table without a version: a first migration that stopped half-way. With
        # nothing else in the file it is safe to start over; otherwise leave it untouched.
        return (DbState.EMPTY if tables == {"alembic_version"} else DbState.CORRUPT), None
    if revision == HEAD:
        return DbState.CURRENT, revision
    if revision in REVISIONS:
        return DbState.OUTDATED, revision
    return DbState.NEWER, revision


def backup(path: Path, backup_dir: Path, label: str) -> Path:
    """Copy the database to ``backup_dir`` using the online backup API; returns the copy."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"companion-{stamp}-{label}.db"
    n = 1
    while target.exists():
        target = backup_dir / f"companion-{stamp}-{label}-{n}.db"
        n += 1
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def _alembic_upgrade(path: Path, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    cfg.attributes["configure_logger"] = False
    command.upgrade(cfg, revision)


def ensure_schema(path: Path, backup_dir: Path, target: str = HEAD) -> DbState:
    """Create or upgrade the database; raise :class:`DatabaseError` if it must not be touched.

    A current file returns at once. Anything else is decided under an OS file lock, after
    reading the state again: many processes starting on a fresh home at the same moment would
    otherwise all run the migrations, and one of them would see another's half-made schema.
    """
    state, _revision = read_state(path)
    if state is DbState.CURRENT and target == HEAD:
        return state
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(Path(f"{path}.migrate.lock"))
    if not lock.acquire(timeout=MIGRATION_WAIT_S):
        raise DatabaseError(
            f"En annen Følgesvenn holder på å oppdatere databasen i {path}. "
            "Vent litt og prøv igjen. Hjelper ikke det, start maskinen på nytt."
        )
    with lock:
        return _ensure_schema_locked(path, backup_dir, target)


def _ensure_schema_locked(path: Path, backup_dir: Path, target: str) -> DbState:
    state, revision = read_state(path)
    if state is DbState.CORRUPT:
        raise DatabaseCorrupt(
            f"Databasefilen {path} er skadet eller er ikke en Følgesvenn-database. "
            "Den er ikke endret. Flytt eller gi filen nytt navn, og start på nytt for å lage en ny "
            "database, eller legg tilbake en sikkerhetskopi fra mappen backups."
        )
    if state is DbState.FOREIGN:
        raise DatabaseCorrupt(
            f"Filen {path} er en database som ikke tilhører Følgesvenn. Den er ikke endret. "
            "Velg en annen datamappe med --home, eller flytt filen."
        )
    if state is DbState.NEWER:
        raise DatabaseTooNew(
            f"Databasen i {path} er laget av en nyere versjon av Følgesvenn (versjon {revision}). "
            "Den er ikke endret. Installer den nyeste versjonen av Følgesvenn, "
            "eller kontakt superbrukeren eller IT."
        )
    if state is DbState.CURRENT and target == HEAD:
        return state
    if state is DbState.OUTDATED:
        copy = backup(path, backup_dir, f"before-{target}-from-{revision}")
        log.info("backed up %s to %s before migrating", path, copy)
    path.parent.mkdir(parents=True, exist_ok=True)
    _alembic_upgrade(path, target)
    _enable_wal(path)
    return state


def _enable_wal(path: Path) -> None:
    """WAL is a property of the file; set it once so every later connection uses it."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()
