"""Fault injection for the ticket sync tests: an HTTP-aware TCP proxy in front of the real RT.

`FaultProxy` listens on 127.0.0.1 and forwards each request to RT unchanged. Rules pick a
`Fault` per request (method + path), so a test can make exactly one create fail in a chosen
way *after RT has done the work*, which is the case idempotency must survive:

* ``CUT``        forward, wait for RT's full answer, then close the client socket without
                 relaying a byte (the answer is lost on the way back);
* ``ERROR_500``  forward, wait for RT's answer, then answer ``500`` instead (a reverse proxy
                 giving up after the backend finished);
* ``HANG``       forward, wait for RT's answer, then say nothing until the client gives up
                 (its read timeout) or the proxy is stopped or `release()`-d;
* ``REFUSE_500`` / ``REFUSE_HANG``  the same without forwarding: a broken server in front of
                 RT that never reaches it;
* ``REFUSE_429`` ``429 Too Many Requests`` with ``Retry-After: 7``, not forwarded;
* ``REFUSE_422`` ``422 Unprocessable Entity``, not forwarded (the desk rejects this one request);
* ``GARBLED``    forward, then answer ``201`` with a body RT would never send (a broken
                 plugin or proxy): the client cannot read the ticket number.

`lossy(rate, seed)` cuts that share of all other answers (after RT did the work), picked by a
seeded RNG: a bad mobile or Wi-Fi link, the same every run (no flaky tests).

It is not a mock of RT: every answer that gets through is RT's own. One request per client
connection (the proxy answers with ``Connection: close``; RT's Starlet does the same), so
request boundaries need no HTTP parsing beyond headers and ``Content-Length``. With `tls` it
speaks HTTPS to the client (a self-signed certificate: see `self_signed_tls`).
"""

from __future__ import annotations

import contextlib
import enum
import random
import select
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CannedServer",
    "Fault",
    "FaultProxy",
    "Seen",
    "closed_port",
    "self_signed_tls",
    "wait_until",
]

_HEADER_LIMIT = 64 * 1024
_IO_TIMEOUT = 30.0


class Fault(enum.Enum):
    RELAY = "relay"
    CUT = "cut"
    ERROR_500 = "error_500"
    HANG = "hang"
    REFUSE_500 = "refuse_500"
    REFUSE_HANG = "refuse_hang"
    REFUSE_429 = "refuse_429"
    REFUSE_422 = "refuse_422"
    GARBLED = "garbled"

    @property
    def forwards(self) -> bool:
        return self in (Fault.RELAY, Fault.CUT, Fault.ERROR_500, Fault.HANG, Fault.GARBLED)


@dataclass(frozen=True)
class Seen:
    """One request that reached the proxy, and what was done with it."""

    method: str
    path: str  # without the query string
    fault: Fault
    upstream_status: int | None  # RT's status, None when not forwarded / no answer


@dataclass
class _Rule:
    method: str
    path: str | Callable[[str], bool]
    fault: Fault
    times: int | None  # None: every matching request

    def matches(self, method: str, path: str) -> bool:
        if method != self.method:
            return False
        return self.path(path) if callable(self.path) else path == self.path


def closed_port() -> int:
    """A 127.0.0.1 port nothing listens on (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def self_signed_tls(folder: Path) -> ssl.SSLContext | None:
    """A server context with a fresh self-signed certificate for 127.0.0.1 (None: no openssl)."""
    if shutil.which("openssl") is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def wait_until(
    predicate: Callable[[], bool], timeout: float, what: str, interval: float = 0.02
) -> None:
    """Poll `predicate` until true; AssertionError naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


class FaultProxy:
    """A proxy on a free 127.0.0.1 port in front of ``upstream_url`` (``http://host:port``)."""

    def __init__(self, upstream_url: str, tls: ssl.SSLContext | None = None) -> None:
        """`tls`: a server-side context to speak HTTPS to the client (RT behind stays HTTP)."""
        self.tls = tls
        host_port = upstream_url.removeprefix("http://").split("/", 1)[0]
        host, _, port = host_port.partition(":")
        self.upstream = (host, int(port or 80))
        self.seen: list[Seen] = []
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._release = threading.Event()
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._clients: set[socket.socket] = set()
        self.errors: list[str] = []  # proxy-side trouble (shown by tests on failure)
        self._loss: tuple[float, random.Random] | None = None

    # -- lifecycle ------------------------------------------------------------------------

    @property
    def port(self) -> int:
        assert self._listener is not None, "proxy not started"
        return int(self._listener.getsockname()[1])

    @property
    def url(self) -> str:
        """Use this as the RT base URL (no /REST/2.0)."""
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=32)
        self._listener.settimeout(0.1)
        self._spawn(self._accept_loop)
        return self

    def stop(self) -> None:
        self._stop.set()
        self._release.set()
        if self._listener is not None:
            self._listener.close()
        with self._lock:
            clients = list(self._clients)
        for client in clients:
            with contextlib.suppress(OSError):
                client.close()
        for thread in self._threads:
            thread.join(timeout=_IO_TIMEOUT)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- rules ------------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        path: str | Callable[[str], bool],
        fault: Fault,
        times: int | None = 1,
    ) -> None:
        """Apply `fault` to the next `times` requests matching (None: all of them)."""
        with self._lock:
            self._rules.append(_Rule(method.upper(), path, fault, times))

    def lossy(self, rate: float, seed: int = 1) -> None:
        """Cut `rate` (0-1) of the answers no rule picked, chosen by a seeded RNG."""
        with self._lock:
            self._loss = (rate, random.Random(seed))

    def release(self) -> None:
        """Let go of held (``HANG``) connections: they are closed without an answer."""
        self._release.set()

    def count(self, method: str, path: str | None = None, fault: Fault | None = None) -> int:
        with self._lock:
            return sum(
                1
                for s in self.seen
                if s.method == method
                and (path is None or s.path == path)
                and (fault is None or s.fault is fault)
            )

    def _plan(self, method: str, path: str) -> Fault:
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path) and (rule.times is None or rule.times > 0):
                    if rule.times is not None:
                        rule.times -= 1
                    return rule.fault
            if self._loss is not None and self._loss[1].random() < self._loss[0]:
                return Fault.CUT
        return Fault.RELAY

    # -- serving ----------------------------------------------------------------------------

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        assert self._listener is not None
        _accept_until(self._listener, self._stop, self._take)

    def _take(self, client: socket.socket) -> None:
        with self._lock:
            self._clients.add(client)
        self._spawn(self._serve, client)

    def _serve(self, client: socket.socket) -> None:
        try:
            client.settimeout(_IO_TIMEOUT)
            if self.tls is not None:
                client = self.tls.wrap_socket(client, server_side=True)
            request = _read_request(client)
            if request is None:
                return
            method, path, raw = request
            fault = self._plan(method, path)
            status: int | None = None
            answer = b""
            if fault.forwards:
                answer = self._forward(raw)
                status = _status_of(answer)
            with self._lock:
                self.seen.append(Seen(method, path, fault, status))
            if fault is Fault.RELAY:
                client.sendall(answer)
            elif fault in (Fault.ERROR_500, Fault.REFUSE_500):
                client.sendall(_canned(500, "Internal Server Error"))
            elif fault is Fault.GARBLED:
                client.sendall(_canned(201, "Created", body=b'{"id": "ticket-one"}'))
            elif fault is Fault.REFUSE_422:
                client.sendall(_canned(422, "Unprocessable Entity"))
            elif fault is Fault.REFUSE_429:
                client.sendall(_canned(429, "Too Many Requests", b"Retry-After: 7\r\n"))
            elif fault in (Fault.HANG, Fault.REFUSE_HANG):
                self._hold(client)
            # Fault.CUT: nothing is sent; the socket is closed below.
        except (OSError, ValueError) as exc:  # never let a proxy thread die with a traceback
            if not self._stop.is_set():
                self.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            with self._lock:
                self._clients.discard(client)
            with contextlib.suppress(OSError):
                client.close()

    def _forward(self, raw: bytes) -> bytes:
        """Send the request to RT and return its complete answer (RT closes after it)."""
        with socket.create_connection(self.upstream, timeout=_IO_TIMEOUT) as upstream:
            upstream.sendall(raw)
            chunks = []
            while chunk := upstream.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)

    def _hold(self, client: socket.socket) -> None:
        """Say nothing until the client hangs up, or the test releases or stops the proxy."""
        while not self._release.is_set():
            readable, _, _ = select.select([client], [], [], 0.05)
            if readable:
                try:
                    if not client.recv(4096):
                        return
                except ConnectionResetError:  # e.g. the client process was killed
                    return


def _accept_until(
    listener: socket.socket, stop: threading.Event, take: Callable[[socket.socket], None]
) -> None:
    """Hand each new connection to `take` until `stop` is set or the listener is closed."""
    while not stop.is_set():
        try:
            client, _ = listener.accept()
        except TimeoutError:
            continue
        except OSError:
            return  # listener closed by stop()
        take(client)


def _read_request(client: socket.socket) -> tuple[str, str, bytes] | None:
    """One HTTP request, rewritten to ``Connection: close``; None if the client sent nothing."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = client.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > _HEADER_LIMIT:
            raise OSError("request headers too large")
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    method, target, _version = lines[0].decode("latin-1").split(" ", 2)
    headers = [line for line in lines[1:] if not line.lower().startswith(b"connection:")]
    length = 0
    for line in headers:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = client.recv(65536)
        if not chunk:
            raise OSError("client closed in the middle of the request body")
        body += chunk
    raw = b"\r\n".join([lines[0], *headers, b"Connection: close", b"", body])
    return method.upper(), target.split("?", 1)[0], raw


def _status_of(answer: bytes) -> int | None:
    try:
        return int(answer.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return None


def _canned(status: int, reason: str, extra_headers: bytes = b"", body: bytes = b"") -> bytes:
    body = body or b'{"message":"%s (fault injected by the test proxy)"}' % reason.encode()
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n".encode()
        + extra_headers
        + b"Content-Length: "
        + str(len(body)).encode()
        + b"\r\nConnection: close\r\n\r\n"
        + body
    )


class CannedServer:
    """A tiny HTTP server on 127.0.0.1 that answers every request with one fixed answer.

    `trickle` > 0 sends that answer one byte every `trickle` seconds (a server that holds a
    client forever without ever tripping a per-read timeout). Stops by itself on `stop()`.
    """

    def __init__(self, answer: bytes, trickle: float = 0.0) -> None:
        self.answer = answer
        self.trickle = trickle
        self.requests = 0
        self._stop = threading.Event()
        self._listener: socket.socket | None = None
        self._threads: list[threading.Thread] = []

    @classmethod
    def redirect(cls, location: str) -> CannedServer:
        return cls(
            f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n"
            "Connection: close\r\n\r\n".encode()
        )

    @property
    def url(self) -> str:
        assert self._listener is not None, "server not started"
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> CannedServer:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=8)
        self._listener.settimeout(0.1)
        self._spawn(self._accept_loop)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.close()
        for thread in self._threads:
            thread.join(timeout=_IO_TIMEOUT)

    def _spawn(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        assert self._listener is not None
        _accept_until(self._listener, self._stop, lambda c: self._spawn(self._serve, c))

    def _serve(self, client: socket.socket) -> None:
        with client:
            try:
                client.settimeout(_IO_TIMEOUT)
                if _read_request(client) is None:
                    return
                self.requests += 1
                if not self.trickle:
                    client.sendall(self.answer)
                    return
                for byte in self.answer:
                    if self._stop.wait(self.trickle):
                        return
                    client.sendall(bytes([byte]))
            except (OSError, ValueError):
                return  # the client gave up: that is the point of these tests
