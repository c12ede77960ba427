"""Global search: live results, keyboard, Enter opens the top hit, logged without numbers."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.ui.shell import Shell


@pytest.fixture
def shell(ready_shell: Shell) -> Shell:
    return ready_shell


def search(shell: Shell, qtbot: QtBot, text: str) -> None:
    with qtbot.waitSignal(shell.search.resultsShown, timeout=3000):
        shell.window.search_field.setText(text)


def test_live_results_with_snippets(shell: Shell, qtbot: QtBot) -> None:
    search(shell, qtbot, "insullin")
    assert shell.window.current_page_key() == "search"
    page = shell.search_page
    assert page.model.rowCount() > 0
    first = page.model.row_at(0)
    assert first is not None and "insulin" in first.title.lower()
    assert "«" in first.summary


def test_enter_opens_top_hit_and_logs(shell: Shell, qtbot: QtBot, context: AppContext) -> None:
    search(shell, qtbot, "rover kasta meg ut")
    top = shell.search_page.model.row_at(0)
    assert top is not None
    qtbot.keyClick(shell.window.search_field, Qt.Key.Key_Return)
    assert shell.window.current_page_key() in ("guides", "kb")
    from sqlmodel import select

    from companion.db.models import SearchLog

    def logged() -> bool:
        with context.database.session() as s:
            row = s.exec(select(SearchLog)).first()
        return row is not None and row.opened_id == top.id and row.hits > 0

    qtbot.waitUntil(logged, timeout=3000)


def test_arrow_keys_move_selection_and_escape_returns(shell: Shell, qtbot: QtBot) -> None:
    shell.window.show_page("kb")
    search(shell, qtbot, "dobbeltkontroll")
    page = shell.search_page
    assert page.list.currentIndex().row() == 0
    qtbot.keyClick(shell.window.search_field, Qt.Key.Key_Down)
    assert page.list.currentIndex().row() == 1
    qtbot.keyClick(shell.window.search_field, Qt.Key.Key_Up)
    assert page.list.currentIndex().row() == 0
    qtbot.keyClick(shell.window.search_field, Qt.Key.Key_Escape)
    assert shell.window.current_page_key() == "kb"


def test_no_hits_shows_gap_message_and_filters(shell: Shell, qtbot: QtBot) -> None:
    search(shell, qtbot, "xyzzy plugh")
    page = shell.search_page
    assert page.model.rowCount() == 0
    assert "Ingen treff" in page.empty.text()
    search(shell, qtbot, "rover")
    total = page.model.rowCount()
    with qtbot.waitSignal(shell.search.resultsShown, timeout=3000):
        page.kind.setCurrentIndex(page.kind.findData("guide"))
    assert 0 < page.model.rowCount() <= total
    assert all(
        "Veiledning" in (page.model.row_at(i).badge or "") for i in range(page.model.rowCount())
    )  # type: ignore[union-attr]
