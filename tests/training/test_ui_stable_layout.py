"""Issue #15.1: buttons never move under the pointer; a sign-off is confirmed with item and person."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from training_support import person

from companion.training.service import TrainingService
from companion.ui.pages.training_page import TrainingPage
from companion.ui.workers import TaskRunner

ASSISTANT = "sommervikar-assistent"


@pytest.fixture
def page(qtbot: QtBot, service: TrainingService) -> Iterator[TrainingPage]:
    runner = TaskRunner()
    widget = TrainingPage(lambda: service, runner, "Avd 3 Medisin")
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    with qtbot.waitSignal(widget.ready, timeout=10000):
        widget.show()
    yield widget
    runner.wait(3000)


def geometry(page: TrainingPage) -> dict[str, QRect]:
    """Where every visible push button of the person panel is, in window coordinates."""
    assert page.people_tab is not None
    panel = page.people_tab.panel
    found: dict[str, QRect] = {}
    for button in panel.findChildren(QPushButton):
        if button.isVisible():
            key = button.objectName() or button.accessibleName() or str(id(button))
            top_left = button.mapTo(page.window(), button.rect().topLeft())
            found[key] = QRect(top_left, button.size())
    return found


def test_buttons_stay_put_after_a_registration_and_undo_is_in_the_confirmation(
    qtbot: QtBot, page: TrainingPage, service: TrainingService
) -> None:
    kari = service.people.add(person())
    tab = page.people_tab
    assert tab is not None
    tab.refresh(select_id=kari.id)
    panel = tab.panel
    panel.superuser.setText("Siri Superbruker")
    panel.tree.setCurrentIndex(panel.model.index_of(ASSISTANT, "smartkort"))
    QApplication.processEvents()
    before = geometry(page)
    assert len(before) >= 8
    qtbot.mouseClick(panel.stage_buttons["vist"], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert geometry(page) == before, "a registration must not move any button"
    godkjenn = panel.stage_buttons["godkjent"]
    qtbot.mouseClick(godkjenn, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert geometry(page) == before
    text = panel.message.text()
    item = panel.model.item_at(panel.tree.currentIndex())
    assert item is not None and item.title in text
    assert "Siri Superbruker" in text and "Kari Nordmann" in text
    assert "Angre" in text, "undo is offered in the confirmation"
    assert panel.message.isVisible()
    # The confirmation's Angre link undoes exactly that sign-off.
    panel.message.linkActivated.emit("undo")
    stored = service.overview.person_record(kari.id)
    smart = next(i for c in stored.checklists for i in c.items if i.item_id == "smartkort")
    assert smart.approved_on is None and smart.shown_on is not None
    assert geometry(page) == before
