"""A failed database write logs the statement, never the values (ticket and employee text)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import pytest

from companion.app import AppContext
from companion.cli.main import run_command
from companion.logging_setup import LOG_FILE, SafeFormatter

SECRET = "Hemmelig sakstekst om Kari Nordmann"


def _failing_write(_args: argparse.Namespace, context: AppContext) -> int:
    from companion.db.models import Favorite

    context.usage.set_favorite(SECRET, True)
    with context.database.session() as s:
        s.add(Favorite(article_id=SECRET))  # the same key again: UNIQUE fails
    return 0


def test_failed_write_logs_statement_without_parameters(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = argparse.Namespace(home=str(home), content=None, verbose=False)
    assert run_command(_failing_write, args) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and SECRET not in err
    log_text = (home / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "IntegrityError" in log_text and "INSERT INTO favorite" in log_text
    assert "Kari Nordmann" not in log_text


def test_formatter_hides_parameters_from_foreign_engines_and_identity_numbers() -> None:
    """Belt and braces for an engine made without hide_parameters (and for stray numbers)."""
    message = (
        "(sqlite3.IntegrityError) NOT NULL constraint failed: t.b\n[SQL: INSERT INTO t VALUES (?, "
        "?)]"
        f"\n[parameters: ('{SECRET}', None)]\n(Background on this error at: x) 01019012345"
    )
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, message, None, None)
    text = SafeFormatter("%(message)s").format(record)
    assert "Kari" not in text and "01019012345" not in text and "[SQL: INSERT" in text


def test_time_stamp_is_kept_and_numbers_after_it_are_redacted() -> None:
    """The formatter skips its own time stamp when it looks for identity numbers, nothing else:
    the logger name, the message and the traceback are all searched."""
    try:
        raise ValueError("pasient 01019012345")
    except ValueError:
        import sys

        record = logging.LogRecord(
            "fnr.01019012345", logging.ERROR, __file__, 1, "ring 010190 12345", None, sys.exc_info()
        )
    text = SafeFormatter("%(asctime)s %(name)s: %(message)s").format(record)
    assert text.startswith(record.asctime)
    assert "01019012345" not in text and "010190 12345" not in text
    assert text.count("[fødselsnummer fjernet]") == 4  # name, message, source line, error
