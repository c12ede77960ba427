"""`companion training …` headless, the 0003 migration keeping coaching rows, the shell wiring."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from training_support import person

from companion.app import AppContext
from companion.cli.main import main

REPO = Path(__file__).resolve().parents[2]


def seed(home: Path) -> str:
    context = AppContext.create(home=home, machine_file=home / "none.toml")
    try:
        kari = context.training.people.add(person())
        context.training.people.add(person("Ola Olsen", unit="Avd 5"))
        context.training.signoff.mark(
            kari.id, "sommervikar-assistent", "smartkort", "godkjent", "Siri"
        )
        return kari.uid
    finally:
        context.close()


def test_export_unit_csv(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(home)
    target = tmp_path / "avd3.csv"
    assert (
        main(
            [
                "training",
                "export",
                "--unit",
                "avd 3 medisin",
                "--format",
                "csv",
                "--output",
                str(target),
            ]
        )
        == 0
    )
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["Kari Nordmann"]
    assert "Avd 3 Medisin (1 personer)" in capsys.readouterr().out


def test_unknown_unit_and_missing_folder_are_plain_errors(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(home)
    assert (
        main(
            [
                "training",
                "export",
                "--unit",
                "Avd 9",
                "--format",
                "csv",
                "--output",
                str(tmp_path / "x.csv"),
            ]
        )
        == 2
    )
    assert (
        "Fant ingen enhet som heter «Avd 9». Enheter: Avd 3 Medisin, Avd 5."
        in capsys.readouterr().err
    )
    assert (
        main(
            [
                "training",
                "export",
                "--unit",
                "Avd 5",
                "--format",
                "csv",
                "--output",
                str(tmp_path / "nei" / "x.csv"),
            ]
        )
        == 2
    )
    assert "finnes ikke" in capsys.readouterr().err


def test_export_pdf_headless_in_a_fresh_process(home: Path, tmp_path: Path) -> None:
    kari_id = seed(home)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
    }
    env["COMPANION_HOME"] = str(home)
    for args, name in (
        (["--unit", "Avd 3 Medisin"], "avd3.pdf"),
        (["--person", kari_id], "kari.pdf"),
    ):
        target = tmp_path / name
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "companion",
                "training",
                "export",
                *args,
                "--format",
                "pdf",
                "--output",
                str(target),
            ],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert target.read_bytes().startswith(b"%PDF")


def test_import_previews_then_writes_with_yes(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roster = tmp_path / "liste.csv"
    roster.write_text(
        "navn;rolle;enhet;første arbeidsdag\nKari;assistent;Avd 3;15.06.2026\nPer;vaktmester;Avd "
        "3;15.06.2026\n",
        encoding="utf-8",
    )
    assert main(["training", "import", str(roster)]) == 0
    out = capsys.readouterr().out
    assert "Linje 3 (Per): Ukjent rolle «vaktmester»" in out and "Ingenting er lagret" in out
    assert main(["training", "import", str(roster), "--yes"]) == 0
    assert "Importerte 1 personer." in capsys.readouterr().out
    assert main(["training", "people", "--json"]) == 0
    assert '"name": "Kari"' in capsys.readouterr().out
    roster.write_text("navn,rolle\n", encoding="utf-8")
    assert main(["training", "import", str(roster)]) == 2
    assert "mangler kolonnene" in capsys.readouterr().err


def test_coverage_command_lists_gaps(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(home)
    assert main(["training", "coverage", "--year", "2026", "--weeks", "24-26"]) == 0
    out = capsys.readouterr().out
    assert out.count("Mangler superbruker") == 3  # Avd 3 and Avd 5 in week 25, and the summary
    assert "Mangler superbruker 2 ganger (uke og enhet)" in out


def test_upgrade_from_0002_keeps_coaching_sessions(tmp_path: Path) -> None:
    from companion.db.migrate import _alembic_upgrade, ensure_schema

    db = tmp_path / "companion.db"
    _alembic_upgrade(db, "0002")
    con = sqlite3.connect(db)
    con.execute(
        "INSERT INTO coachingsession (id, guide_id, coached_person, coach_name, unit, steps_seen, "
        "total_steps,"
        " minutes, outcome, note, started_at) VALUES (7,'bryt-glasset','Kari','Ola','Avd "
        "3',4,8,10,'eskalert','notat', '2026-01-05 10:00:00.000000')"
    )
    con.commit()
    con.close()
    ensure_schema(db, tmp_path / "backups")
    con = sqlite3.connect(db)
    row = con.execute(
        "SELECT id, coached_person, outcome, note, topic, ticket_id FROM coachingsession"
    ).fetchone()
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert row == (7, "Kari", "eskalert", "notat", "", None)
    assert {
        "trainee",
        "trainingassignment",
        "trainingprogress",
        "trainingmark",
        "superuser",
        "superuserholiday",
    } <= tables


def test_shell_shows_the_training_page(qtbot: object, context: AppContext) -> None:
    from PySide6.QtWidgets import QApplication

    from companion.paths import resources_dir
    from companion.ui.pages.training_page import TrainingPage
    from companion.ui.shell import Shell

    context.prepare_database()
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)  # type: ignore[attr-defined]
    page = shell.window.page("training")
    assert isinstance(page, TrainingPage)
    with qtbot.waitSignal(page.ready, timeout=15000):  # type: ignore[attr-defined]
        shell.window.show()
        shell.window.show_page("training")
    assert page.tabs.count() == 4
    assert [page.tabs.tabText(i) for i in range(4)] == [
        "Personer",
        "Enhetsoversikt",
        "Veiledning ved siden av",
        "Sommerdekning",
    ]
    QApplication.processEvents()
    shell.shutdown()
