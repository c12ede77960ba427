"""One rotating log file handler, set up again without duplicates; rotation by size."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.logging_setup import QuietFileHandler, setup_logging


@pytest.fixture
def root_handlers() -> Iterator[None]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if getattr(h, "_companion", False)]


@pytest.mark.usefixtures("root_handlers")
def test_setting_up_again_keeps_one_handler_and_one_file(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    logging.getLogger("start").info("first set-up")
    assert setup_logging(tmp_path) == path
    handlers = ours()
    assert [type(h) for h in handlers] == [QuietFileHandler]
    assert isinstance(handlers[0], QuietFileHandler) and handlers[0].max_bytes == 1_000_000
    logging.getLogger("start").info("second set-up")

    text = path.read_text(encoding="utf-8")
    assert "first set-up" in text and "second set-up" in text
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def _record(message: str) -> logging.LogRecord:
    return logging.LogRecord("x", logging.INFO, __file__, 1, message, None, None)


def test_full_file_moves_on_and_keeps_backup_count_older_files(tmp_path: Path) -> None:
    path = tmp_path / "companion.log"
    handler = QuietFileHandler(path, max_bytes=100, backup_count=2, encoding="utf-8")
    try:
        for number in range(12):  # 12 lines of 40 bytes: 2 lines a file
            handler.emit(_record(f"line {number:02d} " + "x" * 31))
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["companion.log", "companion.log.1", "companion.log.2"]
    assert path.read_text(encoding="utf-8").splitlines()[0].startswith("line 10")
    assert (tmp_path / "companion.log.1").read_text(encoding="utf-8").startswith("line 08")
    assert (tmp_path / "companion.log.2").read_text(encoding="utf-8").startswith("line 06")
    for file in tmp_path.iterdir():
        assert file.stat().st_size < 100


def test_a_line_longer_than_the_limit_still_gets_written(tmp_path: Path) -> None:
    path = tmp_path / "companion.log"
    handler = QuietFileHandler(path, max_bytes=10, backup_count=1, encoding="utf-8")
    try:
        handler.emit(_record("a line longer than ten bytes"))
        handler.emit(_record("and another"))
    finally:
        handler.close()
    assert path.read_text(encoding="utf-8") == "and another\n"
    assert (tmp_path / "companion.log.1").read_text(encoding="utf-8").startswith("a line longer")
    assert not handler.failed


def test_no_backups_means_the_full_file_starts_over(tmp_path: Path) -> None:
    path = tmp_path / "companion.log"
    handler = QuietFileHandler(path, max_bytes=30, backup_count=0, encoding="utf-8")
    try:
        for word in ("first line of text", "second line of text"):
            handler.emit(_record(word))
    finally:
        handler.close()
    assert [p.name for p in tmp_path.iterdir()] == ["companion.log"]
    assert path.read_text(encoding="utf-8") == "second line of text\n"
