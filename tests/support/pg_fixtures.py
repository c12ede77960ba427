"""pytest plugin: a real PostgreSQL for the team-workspace tests.

* ``pg_server`` (session): one throwaway cluster per test session (see `support.pg_server`).
  Skips with a reason when the binaries are missing locally; on CI (CI=true) that is a failure.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.pg_server import PG_BIN, PGServer, pg_installed


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PGServer]:
    if not pg_installed():
        reason = (
            f"PostgreSQL is not installed ({PG_BIN}/initdb is missing); "
            "install it with: sudo .ci/install-postgres.sh"
        )
        if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
            pytest.fail(f"{reason} (CI=true: team tests must run, not skip)", pytrace=False)
        pytest.skip(reason)
    # Not under pytest's temp dir: that is private to root (0700), and the server runs as
    # the postgres user when the suite runs as root.
    workdir = Path(tempfile.mkdtemp(prefix="companion-pg-"))
    server = PGServer(workdir / "cluster").start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
