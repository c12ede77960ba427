import subprocess
import sys
from pathlib import Path

import pytest

from companion import __version__
from companion.cli.main import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_db_status_and_backup(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "backup"]) == 0
    assert (home / "companion.db").is_file()
    assert len(list((home / "backups").glob("*.db"))) == 1
    assert main(["db", "status", "--home", str(home)]) == 0
    assert "current" in capsys.readouterr().out


def test_corrupt_database_gives_message_not_traceback(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home.mkdir(parents=True)
    (home / "companion.db").write_bytes(b"garbage" * 1000)
    assert main(["db", "backup"]) == 2
    err = capsys.readouterr().err
    assert "skadet" in err and "Traceback" not in err


def test_exit_when_ready_creates_database(tmp_path: Path) -> None:
    home = tmp_path / "gui-home"
    env = {"QT_QPA_PLATFORM": "offscreen", "COMPANION_HOME": str(home), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (home / "companion.db").is_file()


def test_home_flag_after_subcommand(tmp_path: Path) -> None:
    assert main(["db", "status", "--home", str(tmp_path / "h")]) == 0
