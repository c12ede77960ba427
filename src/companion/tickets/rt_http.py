"""HTTP plumbing for the RT adapter: address checks, error classification, request deadline.

Kept apart from `companion.tickets.rt` (which speaks RT's REST 2 dialect) so each stays small.
"""

from __future__ import annotations

import ssl
import time
import typing
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpcore
import httpx

from companion.tickets.desk import DeskConfigError, PermanentDeskError, TransientDeskError

__all__ = [
    "CREDENTIALS_IN_URL",
    "DeadlineBackend",
    "error_from_response",
    "make_client",
    "server_time",
]

_TRANSIENT_STATUSES = frozenset({408, 429})
_MESSAGE_MAX = 500

CREDENTIALS_IN_URL = (
    "Adressen til Request Tracker inneholder brukernavn eller passord (bruker:passord@). "
    "Ta dem ut av adressen, og bruk en RT-nøkkel i stedet: sett COMPANION_RT_TOKEN, eller lagre "
    "nøkkelen/passordet i nøkkelringen under Fil → Innstillinger."
)
_ADVICE_AUTH = (
    "Request Tracker avviste innloggingen (HTTP 401): nøkkelen er feil eller utløpt, eller "
    "brukernavnet er feil. Lag en ny RT-nøkkel og lagre den under Fil → Innstillinger (eller "
    "COMPANION_RT_TOKEN). Sakene ligger trygt i kø."
)
_ADVICE_FORBIDDEN = (
    "Request Tracker nekter tjenestebrukeren dette (HTTP 403: {message}). Sjekk at køen "
    "(rt.queue) finnes og at brukeren har rettighetene i docs/support-desk.md, eller at "
    "RT-nøkkelen hører til riktig bruker. Sakene ligger trygt i kø."
)
_ADVICE_REDIRECT = (
    "Adressen til Request Tracker ser feil ut: serveren sendte oss videre (HTTP {status}). "
    "Sjekk rt.url (http/https og stien, for eksempel https://rt.example.no/rt) under "
    "Fil → Innstillinger. Sakene ligger trygt i kø."
)


def check_url(url: str) -> str:
    """The RT base address without a trailing slash or ``/REST/2.0``; ValueError if unusable.

    Credentials in the address are refused: they would end up in logs and error messages.
    The messages never repeat the address itself (it may hold a password).
    """
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValueError("RT-adressen må begynne med http:// eller https://")
    try:
        parts = urlsplit(url)
        has_credentials = parts.username is not None or parts.password is not None
    except ValueError:
        raise ValueError("RT-adressen kan ikke leses") from None
    if has_credentials or "@" in parts.netloc:
        raise ValueError(CREDENTIALS_IN_URL)
    return url.removesuffix("/REST/2.0")


def error_from_response(response: httpx.Response) -> TransientDeskError | PermanentDeskError:
    """The exception for a non-2xx RT answer.

    Transient for 5xx/408/429; `DeskConfigError` for 401/403 and redirects (the desk refuses
    us, not the ticket); `PermanentDeskError` for the rest (400/404/422: this request).
    """
    status = response.status_code
    message = _rt_message(response)
    if status >= 500 or status in _TRANSIENT_STATUSES:
        return TransientDeskError(message, status=status, retry_after=_retry_after(response))
    if 300 <= status < 400:
        where = _without_credentials(response.headers.get("Location", "?"))
        return DeskConfigError(
            f"RT answered with a redirect to {where}; check the RT address (http/https, path)",
            advice=_ADVICE_REDIRECT.format(status=status),
            status=status,
        )
    if status == 401:
        return DeskConfigError(message, advice=_ADVICE_AUTH, status=status)
    if status == 403:
        advice = _ADVICE_FORBIDDEN.format(message=message[:200])
        return DeskConfigError(message, advice=advice, status=status)
    return PermanentDeskError(message, status=status)


def server_time(response: httpx.Response) -> datetime | None:
    """The server's clock from the ``Date`` header (UTC), if it sent a readable one."""
    value = response.headers.get("Date")
    if not value:
        return None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _without_credentials(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return "?"
    if parts.username is None and parts.password is None:
        return url
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


def _rt_message(response: httpx.Response) -> str:
    """RT REST 2 puts its error text in ``{"message": ...}``; fall back to the reason phrase."""
    text = ""
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("message"), str):
        text = data["message"]
    elif isinstance(data, list) and all(isinstance(m, str) for m in data):
        text = "; ".join(data)
    if not text:
        text = response.reason_phrase or "error"
    return text[:_MESSAGE_MAX]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


# -- overall deadline ----------------------------------------------------------------------


class DeadlineBackend(httpcore.NetworkBackend):
    """Caps connect + every read and write by one deadline per request.

    httpx's timeouts apply to each socket operation, so a server that trickles a byte every
    few seconds never trips them. This backend gives every operation only the time left until
    `deadline` (a `time.monotonic()` value set by the caller before each request).
    """

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner
        self.deadline: float | None = None

    def remaining(self, timeout: float | None) -> float | None:
        if self.deadline is None:
            return timeout
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("overall request deadline passed")
        return left if timeout is None else min(timeout, left)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.connect_tcp(
            host, port, self.remaining(timeout), local_address, socket_options
        )
        return _DeadlineStream(stream, self)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.connect_unix_socket(path, self.remaining(timeout), socket_options)
        return _DeadlineStream(stream, self)

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, backend: DeadlineBackend) -> None:
        self.inner = inner
        self.backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, self.backend.remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self.backend.remaining(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        stream = self.inner.start_tls(ssl_context, server_hostname, self.backend.remaining(timeout))
        return _DeadlineStream(stream, self.backend)

    def get_extra_info(self, info: str) -> typing.Any:
        return self.inner.get_extra_info(info)


def make_client(
    base_url: str,
    *,
    headers: dict[str, str],
    auth: httpx.Auth | None,
    timeout: float,
    connect_timeout: float,
    verify: bool | ssl.SSLContext,
) -> tuple[httpx.Client, DeadlineBackend]:
    """An httpx client whose connections go through a `DeadlineBackend` (returned too)."""
    transport = httpx.HTTPTransport(verify=verify)
    # httpx has no public hook for the network backend; httpcore's pool takes one. Pinned
    # httpx/httpcore versions; the trickling-server test in tests/tickets/test_tickets_cli.py
    # fails if this stops working.
    pool = transport._pool
    backend = DeadlineBackend(pool._network_backend)
    pool._network_backend = backend
    client = httpx.Client(
        base_url=base_url,
        headers=headers,
        auth=auth,
        timeout=httpx.Timeout(timeout, connect=min(connect_timeout, timeout)),
        transport=transport,
        follow_redirects=False,
    )
    return client, backend
