"""Shared fixtures. Qt runs offscreen; every test gets its own COMPANION_HOME."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


# The GUI-thread collector (companion.ui.gui_gc), made when the first test uses Qt and kept for
# the rest of the run: once widgets exist, a worker thread's collection could free one.
_GUI_COLLECTOR: list[Any] = []


@pytest.fixture(autouse=True)
def _gc_on_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """As in the app: cycles are collected on the main thread only, here after every test."""
    if not _GUI_COLLECTOR and {"qtbot", "qapp"} & set(request.fixturenames):
        request.getfixturevalue("qapp")
        from companion.ui.gui_gc import GuiThreadCollector

        _GUI_COLLECTOR.append(GuiThreadCollector())
    yield
    for collector in _GUI_COLLECTOR:
        collector.check()


@pytest.fixture
def home(_isolated_home: Path) -> Path:
    return _isolated_home


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated once per run; tests get a copy (migrations are tested in foundation)."""
    from companion.db.migrate import ensure_schema

    folder = tmp_path_factory.mktemp("template")
    path = folder / "companion.db"
    ensure_schema(path, folder / "backups")
    return path


@pytest.fixture(scope="session")
def shared_search_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One search-index cache for the run: the bundled content's index is built once."""
    return tmp_path_factory.mktemp("search-cache")


@pytest.fixture
def context(home: Path, migrated_template: Path, shared_search_cache: Path) -> Iterator[object]:
    """A real AppContext on a fresh home with the bundled content and a migrated database.

    The database is a copy of the session's migrated template and the search index cache is
    shared (it is keyed by the content's fingerprint), which saves about a second per test.
    """
    from companion.app import AppContext

    ctx = AppContext.create(home=home, machine_file=home / "no-machine-config.toml")
    if not ctx.paths.database.exists():
        shutil.copyfile(migrated_template, ctx.paths.database)
    search_dir = ctx.paths.cache / "search"
    if not search_dir.exists():
        search_dir.symlink_to(shared_search_cache, target_is_directory=True)
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def bundled_library() -> object:
    from companion.content.loader import load_library

    return load_library(BUNDLED_CONTENT)
