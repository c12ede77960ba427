"""A read-only, full or impossible home folder: a clear Norwegian message and exit 2, no traceback.

Tests may run as root, who ignores file permissions, so read-only and full disks are real small
tmpfs mounts when ``mount`` is allowed; otherwise read-only falls back to ``chmod`` (non-root)
and the full disk to an injected ENOSPC (the handler-level test below always runs).
"""

from __future__ import annotations

import errno
import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from companion.logging_setup import QuietFileHandler

COMMANDS = (
    ["db", "status"],
    ["kb", "search", "insulin"],
    ["tickets", "list"],
    ["insights", "gaps"],
    ["training", "people"],
)


def _run(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMPANION_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "companion", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _mount(target: Path, options: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@pytest.fixture
def read_only_home(tmp_path: Path) -> Iterator[Path]:
    """A home that was in use (database, logs) and is now on a read-only disk."""
    mount = tmp_path / "ro"
    if _mount(mount, "size=8m"):
        home = mount / "home"
        assert _run(home, "db", "backup").returncode == 0
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield home
        _umount(mount)
    elif os.geteuid() != 0:
        home = mount / "home"
        assert _run(home, "db", "backup").returncode == 0
        for folder in (home, *[p for p in home.rglob("*") if p.is_dir()]):
            folder.chmod(0o555)
        yield home
        for folder in (home, *[p for p in home.rglob("*") if p.is_dir()]):
            folder.chmod(0o755)
    else:
        pytest.skip("running as root without permission to mount a read-only tmpfs")


@pytest.fixture
def full_home(tmp_path: Path) -> Iterator[Path]:
    """A home that was in use and whose disk is now completely full."""
    mount = tmp_path / "full"
    if not _mount(mount, "size=4m"):
        pytest.skip("needs root with mount for a real full disk (ENOSPC is also injected below)")
    home = mount / "home"
    assert _run(home, "db", "backup").returncode == 0
    # Unbuffered, so closing the file has nothing left to flush into the full disk.
    with (mount / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    yield home
    _umount(mount)


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: "-".join(a))
def test_read_only_home_gives_message_and_exit_2(read_only_home: Path, argv: list[str]) -> None:
    result = _run(read_only_home, *argv)
    assert result.returncode == 2, result.stderr
    assert ("skrivebeskyttet" in result.stderr) or ("skrivetilgang" in result.stderr)
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr


def test_read_only_home_gui_start_gives_message_and_exit_2(read_only_home: Path) -> None:
    result = _run(read_only_home, "--exit-when-ready")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "datamappen" in result.stderr.lower()


@pytest.mark.parametrize("argv", COMMANDS[:3], ids=lambda a: "-".join(a))
def test_full_disk_gives_message_and_exit_2(full_home: Path, argv: list[str]) -> None:
    result = _run(full_home, *argv)
    assert result.returncode == 2, result.stderr
    assert "er full" in result.stderr
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr


def test_home_under_a_file_gives_message_and_exit_2(tmp_path: Path) -> None:
    """ENOTDIR: works as root too."""
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = _run(blocker / "home", "db", "status")
    assert result.returncode == 2
    assert "kan ikke brukes som datamappe" in result.stderr and "Traceback" not in result.stderr


def test_log_handler_swallows_enospc_without_a_logging_error_dump(tmp_path: Path) -> None:
    handler = QuietFileHandler(tmp_path / "x.log", max_bytes=1000, backup_count=1)

    def full(_text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    assert handler.stream is not None
    handler.stream.write = full  # type: ignore[method-assign]
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "hello", None, None)
    stderr = io.StringIO()
    with redirect_stderr(stderr):
        handler.emit(record)
    handler.stream.write = io.TextIOWrapper.write.__get__(handler.stream)  # type: ignore[method-assign]
    handler.close()
    assert handler.failed and stderr.getvalue() == ""
