"""PySide6 may only be imported by companion.ui (the core stays headless and testable)."""

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "companion"


def qt_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        if any(n == "PySide6" or n.startswith(("PySide6.", "shiboken6")) for n in names):
            lines.append(node.lineno)
    return lines


def test_no_qt_outside_ui() -> None:
    offenders = [
        f"{p.relative_to(SRC)}:{line}"
        for p in SRC.rglob("*.py")
        if "ui" not in p.relative_to(SRC).parts[:1]
        for line in qt_imports(p)
    ]
    assert offenders == []


def test_detector_finds_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import os\nfrom PySide6.QtCore import QObject\n")
    assert qt_imports(sample) == [2]


def test_cli_path_does_not_load_qt() -> None:
    code = (
        "import sys; from companion.cli.main import main; "
        "rc = main(['content', 'check', 'content']); "
        "sys.exit(3 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=SRC.parents[1],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
