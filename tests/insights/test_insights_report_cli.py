"""The meeting report PDF and the headless `companion insights` commands."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from companion.app import AppContext
from companion.cli.main import main
from companion.insights.period import Period

from .helpers import coaching, feedback, search, ticket

REPO = Path(__file__).resolve().parents[2]


def fill(context: AppContext) -> None:
    context.prepare_database()
    con = sqlite3.connect(context.paths.database)
    for day in ("2026-02-10", "2026-03-10", "2026-03-11", "2026-04-12"):
        search(con, "vaksine", f"{day} 12:00", hits=0)
        ticket(
            con, f"{day} 12:10", sent=f"{day} 13:00", reply=f"{day[:8]}20 13:00", state="besvart"
        )
        coaching(con, "bryt-glasset", f"{day} 12:00")
    feedback(con, "bryt-glasset", False, "2026-03-10 12:00", "Steg 2 er utdatert")
    con.commit()
    con.close()


def test_report_pdf_renders(qtbot: object, context: AppContext, tmp_path: Path) -> None:
    from companion.reports.insights_pdf import write_report

    fill(context)
    context.insights.create_proposal("Vaksineveiledning", "Lag en veiledning for vaksinering.")
    board = context.insights.dashboard(Period(date(2026, 2, 1), date(2026, 4, 30)))
    out = tmp_path / "rapport.pdf"
    pages = write_report(board, out, unit="Avd 1", today=date(2026, 5, 2))
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and pages >= 2
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm not installed")
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "side")],
        check=True,
    )
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(next(tmp_path.glob("side*.png"))))
    assert image.width() > 300 and image.height() > image.width()  # A4 portrait
    dark = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if QColor(image.pixel(x, y)).lightness() < 120
    )
    assert dark > 200, "page 1 must have visible text"


def test_report_on_an_empty_database(qtbot: object, context: AppContext, tmp_path: Path) -> None:
    from companion.reports.insights_pdf import write_report

    context.prepare_database()
    out = tmp_path / "tom.pdf"
    assert (
        write_report(context.insights.dashboard(Period(date(2026, 2, 1), date(2026, 4, 30))), out)
        >= 1
    )
    assert out.stat().st_size > 1000


def test_cli_report_is_headless_and_dates_are_checked(home: Path, tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["COMPANION_HOME"] = str(home)
    out = tmp_path / "rapport.pdf"
    run = [sys.executable, "-m", "companion", "insights", "report"]
    ok = subprocess.run(
        [*run, "--from", "2026-02-01", "--to", "2026-04-30", "--output", str(out)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert "Møterapport for 01.02.2026–30.04.2026 lagret" in ok.stdout
    assert out.read_bytes().startswith(b"%PDF")
    bad = subprocess.run(
        [*run, "--from", "01.02.2026", "--to", "2026-04-30", "--output", str(out)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2
    assert "Ugyldig dato for --from: «01.02.2026». Skriv datoen som ÅÅÅÅ-MM-DD" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_cli_figures_export_and_import(
    context: AppContext, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(context)
    assert main(["insights", "trends", "--from", "2026-02-01", "--to", "2026-04-30", "--json"]) == 0
    trends = json.loads(capsys.readouterr().out)
    assert [r["count"] for r in trends["saker"]] == [1, 2, 1]
    assert main(["insights", "response", "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    assert "Alle saker" in capsys.readouterr().out
    assert main(["insights", "gaps", "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    assert "vaksine" in capsys.readouterr().out
    out = tmp_path / "deling.json"
    assert (
        main(
            [
                "insights",
                "export",
                "--from",
                "2026-02-01",
                "--to",
                "2026-04-30",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "folgesvenn-innsikt/1"
    assert main(["insights", "export", "--output", str(tmp_path / "x.txt")]) == 2

    export = tmp_path / "avvik.csv"
    export.write_text(
        "Dato;Kategori\n01.03.2026;Legemiddelhåndtering\n2026-02-30;Fall\n", encoding="utf-8"
    )
    assert main(["insights", "deviations", "import", str(export)]) == 1
    printed = capsys.readouterr().out
    assert "linje 3: forstår ikke datoen «2026-02-30»" in printed and "1 avvik importert" in printed
    assert main(["insights", "deviations", "import", str(tmp_path / "mangler.csv")]) == 2
    assert "Fant ikke filen" in capsys.readouterr().err
    assert main(["insights", "deviations", "map", "Legemiddelhåndtering", "rover"]) == 0
    assert "rover" in capsys.readouterr().out

    assert main(["insights", "proposals", "add", "Vaksineveiledning", "--text", "Lag en."]) == 0
    assert main(["insights", "proposals", "status", "1", "klar"]) == 0
    assert main(["insights", "proposals", "link", "1", "sak", "1"]) == 0
    assert main(["insights", "proposals", "add", "Pasient 01019012345"]) == 3  # identity number
    capsys.readouterr()
    assert main(["insights", "proposals", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["title"], p["status"], len(p["links"])) for p in listed] == [
        ("Vaksineveiledning", "klar", 1)
    ]
    assert (
        main(["insights", "proposals", "export", "--output", str(tmp_path / "f.csv"), "--open"])
        == 0
    )
    assert (tmp_path / "f.csv").is_file()
