"""The GUI checks for signed content packs and swaps new content in without a restart."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.content.packs import ContentSourceKind
from companion.content.packs.publish import init_keys, publish
from companion.ui.shell import Shell
from content.pack_helpers import make_content
from support.static_server import StaticServer


@pytest.fixture
def pack_server(tmp_path: Path, context: AppContext) -> Iterator[StaticServer]:
    """Version 1 published and served; the context (built before the shell) points at it."""
    keys, repo = tmp_path / "keys", tmp_path / "repo"
    init_keys(keys)
    publish(make_content(tmp_path / "v1", "fra pakke"), repo, keys)
    trusted = tmp_path / "root.json"
    shutil.copyfile(repo / "metadata" / "1.root.json", trusted)
    with StaticServer(repo) as server:
        context.settings.content.update_url = server.url
        context.settings.content.trusted_root = str(trusted)
        yield server


def test_menu_check_installs_and_reloads_live(
    qtbot: QtBot, pack_server: StaticServer, ready_shell: Shell, context: AppContext
) -> None:
    action = ready_shell.window.content_update_action
    assert action.isVisible() and ready_shell.content_updates.timer.isActive()
    assert "rover" not in context.library.articles  # bundled content before the update
    with qtbot.waitSignal(ready_shell.content_updates.checkFinished, timeout=30000) as blocker:
        action.trigger()
    assert blocker.args == ["updated"]
    assert ready_shell.window.statusBar().currentMessage() == "Nytt innhold: versjon 1"
    assert context.content_source.source == ContentSourceKind.PACK
    page = ready_shell.library_pages["guides"]
    assert page.library is context.library and "rover" in page.library.articles
    assert [hit.id for hit in context.search.search("rover-guide", limit=3)][:1] == ["rover"]
    with qtbot.waitSignal(ready_shell.content_updates.checkFinished, timeout=30000) as blocker:
        action.trigger()
    assert blocker.args == ["current"]
    assert "versjon 1" in ready_shell.window.statusBar().currentMessage()


def test_nothing_when_not_configured(ready_shell: Shell) -> None:
    assert not ready_shell.window.content_update_action.isVisible()
    assert not ready_shell.content_updates.timer.isActive()
