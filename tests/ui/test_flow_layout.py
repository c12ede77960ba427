"""FlowLayout wraps buttons onto a new line instead of cutting their text."""

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.flow_layout import FlowLayout


def test_buttons_wrap_and_keep_their_full_width(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    buttons = [QPushButton(text) for text in ("Eksporter PDF", "Eksporter CSV", "Slett person")]
    for button in buttons:
        layout.addWidget(button)
    wide = sum(b.sizeHint().width() for b in buttons) + 40
    one_line = layout.heightForWidth(wide)
    assert layout.heightForWidth(buttons[0].sizeHint().width() + 10) > 2 * one_line
    host.resize(buttons[0].sizeHint().width() + 10, 200)
    host.show()
    qtbot.waitExposed(host)
    layout.setGeometry(host.rect())
    tops = [b.geometry().top() for b in buttons]
    assert len(set(tops)) == 3, "each button on its own line when narrow"
    assert all(b.width() >= b.sizeHint().width() for b in buttons), "no button is squeezed"
