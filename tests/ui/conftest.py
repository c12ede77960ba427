"""UI fixtures: a fully started shell (content loaded, service pages built)."""

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from companion.app import AppContext
from companion.paths import resources_dir
from companion.ui.shell import Shell


@pytest.fixture
def ready_shell(qtbot: QtBot, context: AppContext) -> Iterator[Shell]:
    """The real shell after its background warm-up, as a user sees it a moment after start."""
    context.prepare_database()
    shell = Shell(context, resources_dir())
    qtbot.addWidget(shell.window)
    shell.window.show()
    with qtbot.waitSignal(shell.servicePagesReady, timeout=20000):
        shell.start_background()
    yield shell
    shell.shutdown()
