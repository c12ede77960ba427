"""Fixtures for training tests: a real database, the bundled checklists, a fixed 'today'."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from training_support import TODAY, LibraryHolder, TableTicketCreator

from companion.content.model import Library
from companion.db.engine import Database
from companion.training.service import TrainingService


@pytest.fixture
def database(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    path = tmp_path / "companion.db"
    shutil.copyfile(migrated_template, path)
    db = Database(path)
    yield db
    db.dispose()


@pytest.fixture
def library_holder(bundled_library: Library) -> LibraryHolder:
    return LibraryHolder(bundled_library)


@pytest.fixture
def service(database: Database, library_holder: LibraryHolder) -> TrainingService:
    return TrainingService(
        database, library_holder, TableTicketCreator(database), today=lambda: TODAY
    )
