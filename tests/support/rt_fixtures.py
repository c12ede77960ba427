"""pytest plugin: a real Request Tracker for tests (``pytest_plugins = ["support.rt_fixtures"]``).

* ``rt_server`` (session): one throwaway RT 5 per test session (see `support.rt_server`).
  Skipped when RT is not installed, **except on CI** (``CI=true``), where that is a failure:
  install it with ``.ci/install-rt.sh``.
* ``rt_desk`` (function): an `RTDesk` configured for that server, closed after the test.

Tests share the server, so each one must use its own external ids / subjects (uuid4()).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from companion.tickets.rt import RTDesk
from support.rt_server import RT_SERVER, RTServer, rt_installed


def _on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def rt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RTServer]:
    if not rt_installed():
        reason = (
            f"Request Tracker 5 is not installed ({RT_SERVER} is missing); "
            "install it with: sudo .ci/install-rt.sh"
        )
        if _on_ci():
            pytest.fail(f"{reason} (CI=true: RT tests must run, not skip)", pytrace=False)
        pytest.skip(reason)
    server = RTServer(tmp_path_factory.mktemp("rt"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def rt_desk(rt_server: RTServer) -> Iterator[RTDesk]:
    desk = rt_server.desk()
    try:
        yield desk
    finally:
        desk.close()
