"""GUI bootstrap: context → database check → QApplication → window → deferred loading.

Order matters for start-up time: only cheap work happens before the window is shown; the
content library, search index and database-backed services load in a worker afterwards.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from companion import APP_NAME, __version__
from companion.app import AppContext
from companion.logging_setup import setup_logging
from companion.paths import resources_dir

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _fatal_dialog(message: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    _app = QApplication.instance() or QApplication(sys.argv)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, message)
    box.setInformativeText(QCoreApplication.translate("Launch", "Ingen data er endret."))
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        box.exec()


def run_gui(
    home: str | None = None,
    content: str | None = None,
    exit_when_ready: bool = False,
    fast_exit: bool = True,
) -> int:
    """Start the desktop app; returns the process exit code."""
    from companion.cli.messages import storage_message
    from companion.core.storage import from_os_error

    try:
        context = AppContext.create(home=home, content_dir=content)
        setup_logging(context.paths.logs)
    except OSError as exc:
        message = storage_message(from_os_error(exc, Path(home or ".")))
        print(message, file=sys.stderr)
        _fatal_dialog(message)
        return 2
    log.info("starting %s %s, home=%s", APP_NAME, __version__, context.paths.home)

    from companion.ui import single_instance

    key = single_instance.instance_key(context.paths.home)
    if single_instance.may_be_running(key):
        if single_instance.notify_running_instance(key):
            log.info(
                "%s is already running for this home folder; asked it to show its window",
                APP_NAME,
            )
            return 0
        single_instance.remove_stale(key)  # a crash left it: now, even if we never listen

    problem = context.check_database()
    if problem:
        print(problem, file=sys.stderr)
        _fatal_dialog(problem)
        return 2

    from PySide6.QtWidgets import QApplication

    from companion.ui.i18n import install_translators
    from companion.ui.shell import Shell
    from companion.ui.theme import apply_theme, style_arguments

    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName("Companion")
    QApplication.setDesktopFileName("folgesvenn")  # Wayland: match the window to the menu entry
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication(style_arguments(sys.argv))
    from companion.ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(parent=app)  # before any worker runs: see its docstring
    resources = resources_dir()
    apply_theme(app, resources, context.settings.ui.font_point_size, set_style=existing is app)
    translators = install_translators(app, resources, context.settings.ui.language)

    shell = Shell(context, resources, defer_pages=True)
    from companion.ui.errors import install_excepthook

    install_excepthook(shell.window, str(context.paths.logs / "companion.log"))
    # Listen for later launches once the window is up: QtNetwork is not needed before that.
    servers: list[single_instance.InstanceServer] = []

    def listen() -> None:
        server = single_instance.InstanceServer(key, parent=app)
        server.activateRequested.connect(lambda: single_instance.activate_window(shell.window))
        server.listen()
        servers.append(server)

    # Ready means drawn: nav, search field and start page on screen. Everything else comes
    # after, in the next loop turn: the instance server, the other pages, content and services.
    # `--exit-when-ready` (smoke tests, benchmarks/startup.py) quits right there, as the bare
    # window it is compared with does (docs/decisions/0004-start-up-order.md).
    if exit_when_ready:
        after_first_paint(shell.window, app.quit)
    else:
        after_first_paint(shell.window, listen, shell.start_background)
    shell.window.show()
    app.aboutToQuit.connect(shell.window.save_state)  # also on session logout, not only on close
    code = app.exec()
    for server in servers:
        server.close()
    shell.shutdown()
    del translators
    context.close()
    collector.stop()
    if fast_exit:
        _exit_now(int(code))
    return int(code)


def after_first_paint(window: MainWindow, *steps: Callable[[], object]) -> None:
    """Run `steps` once, in the event-loop turn after the window's first paint.

    A window that is never drawn (e.g. started minimised) gets them after a second anyway.
    """
    from PySide6.QtCore import QTimer

    pending = list(steps)

    def run() -> None:
        while pending:
            pending.pop(0)()

    window.firstPainted.connect(lambda: QTimer.singleShot(0, run))
    QTimer.singleShot(1000, run)


def _exit_now(code: int) -> None:
    """End the process without tearing down the Qt object tree.

    Everything is saved and closed at this point (window state, database, single-instance
    socket). Destroying hundreds of Python wrappers at interpreter exit costs ~90 ms and has
    crashed PySide6 6.12 ("none_dealloc"), so skip it: flush logs and streams, then leave.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)
