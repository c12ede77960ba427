"""A throwaway PostgreSQL 15 cluster on 127.0.0.1 for the team-workspace tests.

Uses Debian's binaries (``.ci/install-postgres.sh``) but none of Debian's clusters:
``initdb`` writes into a temporary directory, ``pg_ctl -w`` starts it on a free port with its
socket in that directory too. As root, every command runs as the ``postgres`` user (PostgreSQL
refuses to run as root) and the directory is handed to that user.

    server = PGServer(tmp_dir).start()
    try:
        server.admin_url          # postgresql://postgres:…@127.0.0.1:PORT/postgres
        server.stop(); server.start()   # "the server is down" in tests
    finally:
        server.stop()
"""

from __future__ import annotations

import atexit
import os
import secrets
import shlex
import shutil
import socket
import subprocess
from pathlib import Path


def _find_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts[-3])
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = Path(os.environ["COMPANION_PG_BIN"]) if "COMPANION_PG_BIN" in os.environ else _find_bin()
ADMIN = "postgres"


class PGServerError(RuntimeError):
    """The test PostgreSQL could not be set up or started."""


def pg_installed() -> bool:
    return (PG_BIN / "initdb").exists() and (PG_BIN / "pg_ctl").exists()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PGServer:
    """One private cluster in `workdir`; `start`/`stop` may be called repeatedly."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.data = workdir / "data"
        self.port = _free_port()
        self.password = secrets.token_hex(12)
        self._running = False

    @property
    def admin_url(self) -> str:
        return f"postgresql://{ADMIN}:{self.password}@127.0.0.1:{self.port}/postgres"

    def url_for(self, role: str) -> str:
        """A desktop URL (no password: desktops get it from the keyring or the environment)."""
        return f"postgresql://{role}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(a) for a in args]
        if os.geteuid() == 0:
            command = ["su", ADMIN, "-s", "/bin/sh", "-c", shlex.join(command)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise PGServerError(
                f"{' '.join(command[-3:])} failed: {result.stderr or result.stdout}"
            )
        return result

    def init(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            self.workdir.parent.chmod(0o711)  # the postgres user must reach its folder
        pwfile = self.workdir / "pwfile"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        if os.geteuid() == 0:
            shutil.chown(self.workdir, ADMIN, ADMIN)
            shutil.chown(pwfile, ADMIN, ADMIN)
        self._run(
            PG_BIN / "initdb",
            "-D",
            str(self.data),
            "-U",
            ADMIN,
            f"--pwfile={pwfile}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C",
        )

    def start(self) -> PGServer:
        if not self.data.exists():
            self.init()
        options = f"-p {self.port} -k {self.workdir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            PG_BIN / "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.workdir / "server.log"),
            "-w",
            "start",
        )
        self._running = True
        atexit.register(self.stop)
        return self

    def stop(self) -> None:
        if not self._running:
            return
        atexit.unregister(self.stop)
        self._run(PG_BIN / "pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        self._running = False

    def log_tail(self, lines: int = 40) -> str:
        log = self.workdir / "server.log"
        return (
            "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""
        )
