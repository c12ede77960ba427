"""A real static HTTP server (ThreadingHTTPServer) on 127.0.0.1 for content-pack tests.

It serves whatever folder `root` points at (tests swap it to serve another repository) and
records every requested path, so a test can count what an update cost.
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class _Handler(SimpleHTTPRequestHandler):
    server: StaticServer

    def translate_path(self, path: str) -> str:
        self.server.requests.append(path)
        self.directory = str(self.server.root)
        return super().translate_path(path)

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass


class StaticServer(ThreadingHTTPServer):
    """`with StaticServer(folder) as server: server.url ...`"""

    daemon_threads = True

    def __init__(self, root: Path) -> None:
        self.root = root
        self.requests: list[str] = []
        super().__init__(("127.0.0.1", 0), partial(_Handler, directory=str(root)))
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> StaticServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(5)
