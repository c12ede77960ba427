"""Bad command-line input gets a clear message and exit 2, never a traceback or a crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.cli.main import main


def _exit_code(argv: list[str]) -> int:
    """argparse rejects bad values with SystemExit(2); handlers return their code."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["kb", "search", "insulin", "--limit", "2147483648"], "mellom 1 og 1000"),
        (["kb", "search", "insulin", "--limit", "0"], "mellom 1 og 1000"),
        (["kb", "search", "insulin", "--content", "/nonexistent-content"], "finnes ikke"),
        (["training", "coverage", "--year", "99999"], "mellom 2000 og 2099"),
        (["training", "coverage", "--weeks", "34-24"], "første uke"),
        (["insights", "proposals", "status", "99999999999999999999", "klar"], "mellom 1 og"),
        (["insights", "gaps", "--from", "0001-01-01", "--to", "9999-12-31"], "2000"),
        (["insights", "trends", "--from", "2000-01-01", "--to", "2020-12-31"], "høyst 10 år"),
    ],
)
def test_bad_values_exit_2_with_a_message(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _exit_code(argv) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err and "Noe gikk galt" not in err


def test_report_with_absurd_period_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["insights", "report", "--from", "0001-01-01", "--to", "9999-12-31"]
    assert _exit_code([*argv, "--output", str(tmp_path / "r.pdf")]) == 2
    assert "Velg datoer" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_reader_closing_the_pipe_early_ends_quietly(home: Path) -> None:
    from companion.app import AppContext
    from companion.tickets.model import TicketDraft

    context = AppContext.create(home=home)
    try:
        for n in range(300):
            context.tickets.create(TicketDraft(subject=f"Sak nummer {n} med en lang tittel " * 3))
    finally:
        context.close()
    env = {**os.environ, "COMPANION_HOME": str(home)}
    producer = subprocess.Popen(
        [sys.executable, "-m", "companion", "tickets", "list"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert producer.stdout is not None and producer.stderr is not None
    producer.stdout.readline()
    producer.stdout.close()  # like `| head -1`
    err = producer.stderr.read().decode()
    producer.stderr.close()
    code = producer.wait(timeout=60)
    assert code in (0, 141), err
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["insights", "export", "--output"],
        ["insights", "proposals", "export", "--output"],
    ],
)
def test_export_to_a_folder_names_the_file_problem_not_the_home(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "eksport.csv"
    folder.mkdir()
    assert _exit_code([*argv, str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"{folder} er en mappe" in err and "datamappe" not in err and "Traceback" not in err
