"""Layering at run time; the static rules are import-linter contracts (pyproject.toml).

``lint-imports`` (run by scripts/test.sh) checks which package may import what. These tests check
what a process actually loads: the CLI never starts Qt, a PDF needs no widgets.
"""

import subprocess
import sys
from pathlib import Path

from support.qt_contract import qt_submodules

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_cli_path_does_not_load_qt() -> None:
    code = (
        "import sys; from companion.cli.main import main; "
        "rc = main(['content', 'check', 'content']); "
        "sys.exit(3 if any(m.startswith('PySide6') for m in sys.modules) else rc)"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr


def test_headless_pdf_needs_no_widgets(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    code = (
        "import sys; from pathlib import Path; from companion.reports.pdf import html_to_pdf; "
        f"pages = html_to_pdf('<h1>Å</h1>', '', Path({str(target)!r}), 't', 'f'); "
        "sys.exit(3 if 'PySide6.QtWidgets' in sys.modules else 0 if pages == 1 else 4)"
    )
    result = run_python(code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_contract_reads_the_qt_submodule_from_the_import_line() -> None:
    assert qt_submodules("from PySide6.QtGui import QFont") == {"PySide6.QtGui"}
    assert qt_submodules("import PySide6.QtWidgets as w") == {"PySide6.QtWidgets"}
    assert qt_submodules("from PySide6 import QtCore, QtWidgets") == {"PySide6"}
    assert qt_submodules("import shiboken6") == {"shiboken6"}


def test_window_start_loads_no_database_content_or_search_libraries(tmp_path: Path) -> None:
    """Start-up guard: the window paints before SQLAlchemy, YAML, Markdown or the search engine
    load (a stray import of one of them once made start-up 5x slower than a bare window)."""
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPANION_HOME": str(tmp_path)}
    start = [sys.executable, "-X", "importtime", "-m", "companion", "--exit-when-ready"]
    first = subprocess.run(start, env=env, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr[-2000:]  # creates and migrates the database
    again = subprocess.run(start, env=env, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr[-2000:]
    loaded = {line.rsplit("|", 1)[-1].strip() for line in again.stderr.splitlines()}
    heavy = {"sqlalchemy", "sqlmodel", "pydantic", "alembic", "yaml", "markdown", "nh3", "tantivy"}
    assert not heavy & loaded, f"loaded before the window was shown: {sorted(heavy & loaded)}"
