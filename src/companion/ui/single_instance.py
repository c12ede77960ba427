"""One running Følgesvenn per user and home folder: a second launch focuses the first.

Why: staff click the Start-menu entry again when the window is hidden behind the journal;
two processes would race on the same database and show two queues. The first process
listens on a local socket (a named pipe on Windows, a socket file on Linux); a second launch
connects, says "activate" and exits 0. The socket name holds a hash of the user and the home
folder, so tests and portable installs with another ``COMPANION_HOME`` never collide.

A process that crashed leaves its socket file behind on Linux; :meth:`InstanceServer.listen`
removes such a stale file (nobody answers on it) before listening again.
"""

from __future__ import annotations

import getpass
import logging
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # QtNetwork is imported when needed: not before the window is shown
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
ACK = b"ok\n"
CONNECT_TIMEOUT_MS = 500
ACK_TIMEOUT_MS = 2000
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal"})


def instance_key(home: Path) -> str:
    """The socket name for this user and home folder (short: Unix socket paths are limited)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in a locked-down service account: the home still differs
        user = ""
    # A checksum, not a secure hash: the name only has to be stable and differ per user and
    # home, and hashlib would load OpenSSL (~4 ms) before the window is shown.
    data = f"{user}\0{Path(home).resolve()}".encode()
    return f"companion-{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def _socket_file(key: str) -> Path | None:
    """Where Qt puts the socket file on Unix (None on Windows: named pipes leave nothing)."""
    if sys.platform == "win32":
        return None
    return Path(QDir.tempPath()) / key


def _allow_foreground() -> None:
    """On Windows the launching process may hand its right to take the foreground on."""
    if sys.platform == "win32":
        try:
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY
        except Exception as exc:  # cosmetic only: the window then flashes in the task bar
            log.debug("AllowSetForegroundWindow failed: %s", exc)


def may_be_running(key: str) -> bool:
    """Cheap pre-check without QtNetwork: False when no instance can be listening.

    On Linux and macOS a listening instance has a socket file; no file, no instance. Windows
    named pipes cannot be checked this cheaply, so there the answer is always "maybe".
    """
    path = _socket_file(key)
    return path is None or path.exists()


def notify_running_instance(key: str, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Ask a running instance to show its window; True if one is running (then exit 0).

    Uses blocking calls, so it works before any QApplication exists.
    """
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(key)
    if not socket.waitForConnected(timeout_ms):
        return False
    _allow_foreground()
    socket.write(ACTIVATE)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    # Wait for the answer so the message is read before the pipe closes (Windows). A hung
    # instance never answers; it is still running, so this launch must not start another.
    if not socket.waitForReadyRead(ACK_TIMEOUT_MS):
        log.warning("running instance did not answer; not starting a second one")
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return True


def remove_stale(key: str) -> bool:
    """Remove the socket file a crashed instance left behind; True if there was one.

    Call it only when :func:`notify_running_instance` found nobody: on Unix a connection to a
    live server succeeds even while that server is busy, so a refused one means nobody listens.
    """
    path = _socket_file(key)
    if path is None or not path.exists():
        return False
    from PySide6.QtNetwork import QLocalServer

    log.info("removing stale single-instance socket %s", path)
    return QLocalServer.removeServer(key)


class InstanceServer(QObject):
    """Listens for later launches and emits :attr:`activateRequested` for each one."""

    activateRequested = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.key = key
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def full_name(self) -> str:
        """The socket file (Linux) or pipe name (Windows) while listening."""
        return self._server.fullServerName()

    def listen(self) -> bool:
        """Start listening; clears a stale socket left by a crash. False if it cannot.

        Qt may replace an existing socket file without asking (it does with
        UserAccessOption), so we ask first whether somebody answers on it.
        """
        if notify_running_instance(self.key):
            log.warning("another instance already runs for this home folder; this one runs alone")
            return False
        remove_stale(self.key)
        if self._server.listen(self.key):
            return True
        log.warning("single-instance server not started: %s", self._server.errorString())
        return False

    def close(self) -> None:
        """Stop listening (removes the socket file on Linux)."""
        if self._server.isListening():
            self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data())
            if line == ACTIVATE:
                socket.write(ACK)
                socket.flush()
                log.info("another launch asked for the window")
                self.activateRequested.emit()


def activate_window(window: QWidget) -> None:
    """Bring the window to the front, restoring it if minimised."""
    from PySide6.QtCore import Qt  # after the first paint only: see companion.ui.qt_values

    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    if QGuiApplication.platformName() not in HEADLESS_PLATFORMS:  # they cannot raise windows
        window.raise_()
    window.activateWindow()
