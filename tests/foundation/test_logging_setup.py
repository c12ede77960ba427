"""The GUI logs to a plain file until its first paint, then swaps in the rotating handler."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.log_rotation import QuietFileHandler
from companion.logging_setup import QuietPlainFileHandler, setup_logging


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
def test_plain_start_then_rotating_keeps_one_handler_and_one_file(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, rotating=False)
    assert [type(h) for h in ours()] == [QuietPlainFileHandler]
    logging.getLogger("start").info("before the first paint")

    assert setup_logging(tmp_path) == path
    handlers = ours()
    assert [type(h) for h in handlers] == [QuietFileHandler]
    assert isinstance(handlers[0], QuietFileHandler) and handlers[0].maxBytes == 1_000_000
    logging.getLogger("start").info("after the first paint")

    text = path.read_text(encoding="utf-8")
    assert "before the first paint" in text and "after the first paint" in text
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
