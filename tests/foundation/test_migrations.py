"""Upgrades never lose data; newer or corrupt files are never touched."""

import sqlite3
from pathlib import Path

import pytest

from companion.db.migrate import (
    DatabaseCorrupt,
    DatabaseTooNew,
    DbState,
    _alembic_upgrade,
    ensure_schema,
    read_state,
)
from companion.db.revisions import HEAD, REVISIONS


def test_revision_list_matches_alembic_scripts() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import companion.db.migrate as m

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(m.__file__).parent / "migrations"))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_heads() == [HEAD]
    chain = [rev.revision for rev in script.walk_revisions()]
    assert list(reversed(chain)) == list(REVISIONS)


def test_fresh_database_is_created_at_head(tmp_path: Path) -> None:
    db = tmp_path / "companion.db"
    assert ensure_schema(db, tmp_path / "b") is DbState.MISSING
    assert read_state(db) == (DbState.CURRENT, HEAD)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not list((tmp_path / "b").glob("*")), "no backup needed for a new file"


def test_upgrade_from_first_revision_keeps_every_row(tmp_path: Path) -> None:
    db = tmp_path / "companion.db"
    _alembic_upgrade(db, REVISIONS[0])
    con = sqlite3.connect(db)
    rows = {
        "preference": [("window/page", "kb", "2026-01-01 10:00:00.000000")],
        "favorite": [("rover-logger-ut", "2026-01-02 10:00:00.000000")],
        "feedback": [(1, "skjerm-ulast", 0, "uklart steg 3", "2026-01-03 10:00:00.000000")],
        "recentview": [(1, "bryt-glasset", "2026-01-04 10:00:00.000000")],
    }
    con.execute("INSERT INTO preference VALUES (?,?,?)", rows["preference"][0])
    con.execute("INSERT INTO favorite VALUES (?,?)", rows["favorite"][0])
    con.execute("INSERT INTO feedback VALUES (?,?,?,?,?)", rows["feedback"][0])
    con.execute("INSERT INTO recentview VALUES (?,?,?)", rows["recentview"][0])
    con.execute(
        "INSERT INTO coachingsession (id, guide_id, coached_person, coach_name, unit, steps_seen, "
        "total_steps,"
        " minutes, outcome, note, started_at) VALUES (1,'bryt-glasset','Kari','Ola','Avd "
        "3',4,8,10,'løst','', '2026-01-05 10:00:00.000000')"
    )
    con.commit()
    con.close()
    assert read_state(db) == (DbState.OUTDATED, REVISIONS[0])

    ensure_schema(db, tmp_path / "backups")

    assert read_state(db) == (DbState.CURRENT, HEAD)
    con = sqlite3.connect(db)
    for table, expected in rows.items():
        assert con.execute(f"SELECT * FROM {table}").fetchall() == expected
    assert con.execute("SELECT coached_person FROM coachingsession").fetchall() == [("Kari",)]
    backups = list((tmp_path / "backups").glob("*.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == REVISIONS[0]
    assert old.execute("SELECT * FROM favorite").fetchall() == rows["favorite"]


def test_schema_matches_models(tmp_path: Path) -> None:
    """Catches a model change without a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine
    from sqlmodel import SQLModel

    import companion.db.models  # noqa: F401

    db = tmp_path / "companion.db"
    ensure_schema(db, tmp_path / "b")
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con), SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "companion.db"
    ensure_schema(db, tmp_path / "b")
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseTooNew, match="nyere versjon"):
        ensure_schema(db, tmp_path / "b")
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    "content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_corrupt_file_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "companion.db"
    db.write_bytes(content)
    with pytest.raises(DatabaseCorrupt, match="ikke endret"):
        ensure_schema(db, tmp_path / "b")
    assert db.read_bytes() == content


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "companion.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE something_else (x)")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        ensure_schema(db, tmp_path / "b")
    assert db.read_bytes() == before
