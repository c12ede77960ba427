from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from companion.app import AppContext
from companion.insights.service import InsightsService


@pytest.fixture
def service(context: AppContext) -> InsightsService:
    return context.insights


@pytest.fixture
def con(context: AppContext) -> Iterator[sqlite3.Connection]:
    context.prepare_database()
    connection = sqlite3.connect(context.paths.database)
    yield connection
    connection.close()
