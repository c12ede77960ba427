from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.paths import resources_dir
from companion.ui.shell import Shell


def make_shell(qtbot: QtBot, context: AppContext) -> Shell:
    context.prepare_database()
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    return shell


def test_navigation_has_the_five_pages(qtbot: QtBot, context: AppContext) -> None:
    shell = make_shell(qtbot, context)
    labels = [shell.window.nav.item(i).text() for i in range(shell.window.nav.count())]
    assert labels == ["Veiledninger", "Kunnskapsbase", "Saker", "Opplæring", "Innsikt"]
    shell.window.nav.setCurrentRow(2)
    assert shell.window.current_page_key() == "tickets"


def test_ctrl_k_focuses_search_from_any_page(qtbot: QtBot, context: AppContext) -> None:
    shell = make_shell(qtbot, context)
    shell.window.show_page("training")
    shell.window.nav.setFocus()
    qtbot.keyClick(shell.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is shell.window.search_field


def test_geometry_and_page_are_remembered(qtbot: QtBot, context: AppContext, home: Path) -> None:
    shell = make_shell(qtbot, context)
    shell.window.resize(760, 540)
    shell.window.show_page("insights")
    shell.window.close()
    second = make_shell(qtbot, context)
    assert second.window.current_page_key() == "insights"
    assert second.window.size().width() == 760


def test_zoom_changes_application_font(qtbot: QtBot, context: AppContext) -> None:
    shell = make_shell(qtbot, context)
    before = QApplication.font().pointSize()
    shell.window.zoom(2)
    assert QApplication.font().pointSize() == before + 2
    shell.window.zoom(0)
    assert QApplication.font().pointSize() == 11


def test_status_bar_texts(qtbot: QtBot, context: AppContext) -> None:
    shell = make_shell(qtbot, context)
    shell.window.set_queue_count(3)
    shell.window.set_network(False)
    assert shell.window.queue_label.text() == "Saker i kø: 3"
    assert shell.window.net_label.text() == "Frakoblet"


def test_help_lists_shortcuts_from_the_registered_actions(ready_shell: Shell, qtbot: QtBot) -> None:
    from companion.ui.help_pages import ShortcutsDialog, collect_shortcuts

    ready_shell.window.show_page("training")
    qtbot.waitUntil(lambda: ready_shell.training_page.people_tab is not None, timeout=10000)
    rows = dict(collect_shortcuts(ready_shell.window))
    assert rows["Gå til søkefeltet"] == "Ctrl+K"
    assert "Ny sak" in rows and "Ctrl+N" in rows["Ny sak"]
    assert "Større tekst" in rows and rows["Avslutt"] == "Ctrl+Q"
    assert rows["Angre siste registrering i Opplæring"] == "Ctrl+Z"
    assert any("Vis ved siden av" in what for what in rows)
    dialog = ready_shell.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog) and dialog.table.rowCount() == len(rows)
    dialog.reject()
    intro = ready_shell.show_getting_started()
    assert "Ctrl+K" in intro.text.toPlainText()  # type: ignore[attr-defined]
    intro.reject()  # type: ignore[attr-defined]


def test_search_clear_button_has_a_name(ready_shell: Shell) -> None:
    from PySide6.QtWidgets import QToolButton

    names = {
        b.accessibleName() or b.text()
        for b in ready_shell.window.search_field.findChildren(QToolButton)
    }
    assert "Tøm søkefeltet" in names and "Søk" in names


def test_deferred_start_draws_nav_search_and_start_page_then_builds_the_rest(
    qtbot: QtBot, context: AppContext
) -> None:
    """The launcher's start-up order (#16): the first paint has the whole navigation, the
    search field and the real start page; the other pages follow in the next loop turn."""
    from companion.ui.launch import after_first_paint
    from companion.ui.pages.base import PlaceholderPage
    from companion.ui.pages.library_page import LibraryPage

    context.prepare_database()
    shell = Shell(context, resources_dir(), defer_pages=True)
    qtbot.addWidget(shell.window)
    window = shell.window
    assert window.nav.count() == 5
    assert isinstance(window.page("guides"), LibraryPage)
    assert isinstance(window.page("kb"), PlaceholderPage)
    assert not hasattr(shell, "search")
    steps: list[str] = []
    after_first_paint(window, lambda: steps.append(window.current_page_key()), shell.finish_pages)
    with qtbot.waitSignal(window.firstPainted, timeout=10000):
        window.show()
    assert window.search_field.isVisible() and window.page("guides").isVisible()
    qtbot.waitUntil(lambda: hasattr(shell, "search"))
    assert steps == ["guides"]
    assert isinstance(window.page("kb"), LibraryPage)
    assert not isinstance(window.page("training"), PlaceholderPage)
    assert not isinstance(window.page("search"), PlaceholderPage)
    window.show_page("kb")
    assert window.current_page_key() == "kb"
