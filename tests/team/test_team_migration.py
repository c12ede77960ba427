"""Migration 0006 on a database with data: every shared row gets its own UUID."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from companion.db.migrate import ensure_schema


def test_existing_rows_get_distinct_uuids_and_plain_inserts_get_one(tmp_path: Path) -> None:
    db = tmp_path / "companion.db"
    ensure_schema(db, tmp_path / "backups", target="0004")
    con = sqlite3.connect(db)
    for name in ("Kari", "Ola"):
        con.execute(
            "INSERT INTO trainee (name, role, unit, first_day, is_substitute, contact, "
            "created_at, updated_at) VALUES (?, 'assistent', 'Avd 3', '2026-06-15', 1, '', "
            "'2026-06-01 10:00:00', '2026-06-01 10:00:00')",
            (name,),
        )
    con.commit()
    con.close()
    ensure_schema(db, tmp_path / "backups")
    con = sqlite3.connect(db)
    try:
        uids = [row[0] for row in con.execute("SELECT uid FROM trainee")]
        # The same person twice is allowed now (two desktops may register them offline).
        con.execute(
            "INSERT INTO trainee (name, role, unit, first_day, is_substitute, contact, "
            "created_at, updated_at) VALUES ('Kari', 'assistent', 'Avd 3', '2026-06-15', 1, '', "
            "'2026-06-01 10:00:00', '2026-06-01 10:00:00')"
        )
        uids.append(con.execute("SELECT uid FROM trainee WHERE id = 3").fetchone()[0])
    finally:
        con.close()
    assert len(set(uids)) == 3
    assert all(str(uuid.UUID(u)) == u for u in uids)
    assert list(tmp_path.joinpath("backups").iterdir()), "backed up before migrating"
