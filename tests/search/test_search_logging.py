"""`companion kb search` logs single queries (guarded) for insights; batch runs are not logged."""

import sqlite3
from pathlib import Path

import pytest

from companion.cli.main import main


def rows(home: Path) -> list[tuple[str, int, str, str]]:
    con = sqlite3.connect(home / "companion.db")
    try:
        return con.execute(
            "SELECT query, hits, top_id, source FROM searchlog ORDER BY id"
        ).fetchall()
    finally:
        con.close()


def test_single_query_is_logged_with_identity_number_redacted(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kb", "search", "insullin", "--json"]) == 0
    assert main(["kb", "search", "finner ikke 01019012345 i lista", "--json"]) == 0
    capsys.readouterr()
    logged = rows(home)
    assert logged[0][0] == "insullin" and logged[0][1] > 0 and logged[0][3] == "cli"
    assert "01019012345" not in logged[1][0] and "[fødselsnummer fjernet]" in logged[1][0]


def test_batch_queries_are_not_logged(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = tmp_path / "q.txt"
    queries.write_text("rover\ninsulin\n", encoding="utf-8")
    assert main(["kb", "search", "--queries", str(queries), "--json"]) == 0
    capsys.readouterr()
    db = home / "companion.db"
    assert not db.exists() or rows(home) == []


def test_logged_rows_are_readable_by_the_orm(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The fast sqlite3 insert must produce rows SQLModel reads back (timestamps included)."""
    assert main(["kb", "search", "dobbeltkontroll"]) == 0
    capsys.readouterr()
    from sqlmodel import select

    from companion.app import AppContext
    from companion.db.models import SearchLog

    context = AppContext.create(home=home)
    try:
        with context.database.session() as s:
            row = s.exec(select(SearchLog)).one()
        assert row.query == "dobbeltkontroll" and row.created_at.tzinfo is not None
    finally:
        context.close()


def test_cli_and_gui_logs_redact_a_number_straddling_the_cut(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Position 490-500: the old cut-then-redact kept ten digits of the number."""
    query = "x" * 490 + "01019012345 mer"
    assert main(["kb", "search", query, "--json"]) == 0
    capsys.readouterr()
    from companion.app import AppContext

    context = AppContext.create(home=home)
    try:
        context.usage.log_search(query, query.lower(), 0, "", source="gui")
    finally:
        context.close()
    logged = rows(home)
    assert [r[3] for r in logged] == ["cli", "gui"]
    for stored, *_ in logged:
        assert "0101901234" not in stored and len(stored) <= 500
