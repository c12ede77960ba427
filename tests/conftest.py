"""Shared fixtures. Qt runs offscreen; every test gets its own COMPANION_HOME."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

pytest_plugins = ["support.rt_fixtures", "support.pg_fixtures"]

REPO = Path(__file__).resolve().parents[1]
BUNDLED_CONTENT = REPO / "content"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real user data dir or inherits COMPANION_* settings."""
    for name in list(os.environ):
        if name.startswith("COMPANION_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    monkeypatch.setenv("COMPANION_HOME", str(home))
    return home


@pytest.fixture
def home(_isolated_home: Path) -> Path:
    return _isolated_home


@pytest.fixture
def context(home: Path) -> Iterator[object]:
    """A real AppContext on a fresh home with the bundled content."""
    from companion.app import AppContext

    ctx = AppContext.create(home=home, machine_file=home / "no-machine-config.toml")
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def bundled_library() -> object:
    from companion.content.loader import load_library

    return load_library(BUNDLED_CONTENT)
