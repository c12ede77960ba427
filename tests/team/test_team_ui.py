"""The GUI's team sync: status bar words, background sync after local changes, refresh."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from team_support import CHECKLIST, ITEM, Desktop, person

from companion.paths import resources_dir
from companion.training.types import Stage
from companion.ui.main_window import MainWindow
from companion.ui.team_controller import TeamController
from companion.ui.workers import TaskRunner


def _controller(
    qtbot: QtBot, desk: Desktop, tmp_path: Path, pulled: list[int]
) -> tuple[MainWindow, TeamController]:
    window = MainWindow(resources_dir(), tmp_path / "ui-state.ini")
    qtbot.addWidget(window)
    controller = TeamController(
        desk.context, TaskRunner(parent=window), window, lambda: pulled.append(1)
    )
    return window, controller


def test_status_bar_says_synced_and_pages_refresh_after_a_pull(
    qtbot: QtBot, desktops: Callable[..., Desktop], tmp_path: Path
) -> None:
    a, c = desktops("PC-A"), desktops("PC-C")
    kari = a.training.people.add(person())
    a.sync()
    pulled: list[int] = []
    window, controller = _controller(qtbot, c, tmp_path, pulled)
    with qtbot.waitSignal(controller.syncFinished, timeout=20_000) as blocker:
        controller.start()
    assert blocker.args[0] is not None
    assert window.team_label.text().startswith("Synkronisert med teamet ")
    assert window.team_label.isVisibleTo(window)
    assert pulled == [1]
    on_c = c.training.people.by_uid(kari.uid)
    # A local change on C is sent soon after, without waiting for the timer.
    with qtbot.waitSignal(controller.syncFinished, timeout=20_000) as blocker:
        c.training.signoff.mark(on_c.id, CHECKLIST, ITEM, Stage.SHOWN, "Siri Lund")
    assert blocker.args[0].pushed == 1
    controller.shutdown()


def test_status_bar_says_not_connected_in_words(
    qtbot: QtBot, desktops: Callable[..., Desktop], tmp_path: Path
) -> None:
    c = desktops("PC-C")
    c.context.settings.team.url = "postgresql://nobody@127.0.0.1:1/none"
    c.team = c.context.team_sync()
    window, controller = _controller(qtbot, c, tmp_path, [])
    with qtbot.waitSignal(controller.syncFinished, timeout=20_000) as blocker:
        controller.start()
    assert blocker.args[0] is None
    assert window.team_label.text() == "Teamet: ikke tilkoblet"
    assert "kontakt" in window.team_label.toolTip()
    controller.shutdown()


def test_without_a_team_the_status_bar_shows_nothing_new(
    qtbot: QtBot, context: object, tmp_path: Path
) -> None:
    from companion.app import AppContext

    assert isinstance(context, AppContext)
    window = MainWindow(resources_dir(), tmp_path / "ui-state.ini")
    qtbot.addWidget(window)
    controller = TeamController(context, TaskRunner(parent=window), window, lambda: None)
    controller.start()
    assert not window.team_label.isVisibleTo(window)
    controller.shutdown()


def test_person_items_say_who_recorded_on_which_pc(
    qtbot: QtBot, desktops: Callable[..., Desktop]
) -> None:
    from PySide6.QtCore import Qt

    from companion.ui.models.training_items import ChecklistItemsModel

    a, c = desktops("PC-A"), desktops("PC-C")
    kari = a.training.people.add(person())
    a.training.signoff.mark(kari.id, CHECKLIST, ITEM, Stage.APPROVED, "Siri Lund")
    a.sync()
    c.sync()
    on_c = c.training.people.by_uid(kari.uid)
    model = ChecklistItemsModel()
    model.set_checklists(c.training.overview.person_record(on_c.id).checklists)
    top = model.index(0, 0)
    texts = [
        str(model.data(model.index(row, 0, top), Qt.ItemDataRole.ToolTipRole))
        for row in range(model.rowCount(top))
    ]
    assert any("Godkjent" in t and "av Siri Lund på PC PC-A" in t for t in texts)
