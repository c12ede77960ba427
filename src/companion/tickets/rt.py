"""`SupportDesk` adapter for Request Tracker (RT 5) over its REST 2 API.

Requests used (all relative to ``<url>/REST/2.0``):

* ``GET  /queue/<name>``        once per queue: is our custom field applied to it?
* ``POST /ticket``              create, with ``CustomFields`` {ExternalId: uuid} and ``Attachments``
* ``GET  /ticket/<id>``         read back after create (confirm the external id); status
* ``GET  /tickets?query=``      TicketSQL ``'CF.{ExternalId}' = '<uuid>' AND EffectiveId > 0``
* ``POST /ticket/<id>/comment`` more information from the reporter
* ``GET  /ticket/<id>/history`` Correspond transactions newer than the cursor
* ``GET  /ticket/<id>/attachments`` their text parts (only when there are new replies)
* ``GET  /rt``                  ping

See docs/support-desk.md for the RT setup (queue, custom field, service user and rights).
"""

from __future__ import annotations

import base64
import html
import json
import logging
import re
import ssl
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote

import httpx

from companion.tickets.desk import (
    DeskMessage,
    DeskTicketRequest,
    DeskUpdate,
    ExternalIdNotStoredError,
    PermanentDeskError,
    RemoteTicketRef,
    TicketStatus,
    TransientDeskError,
    Urgency,
    validate_external_id,
)

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_PRIORITIES", "RT_STATUSES", "RTDesk", "error_from_response"]

#: RT Priority per urgency (RT's default range is 0-100).
DEFAULT_PRIORITIES: Mapping[Urgency, int] = {
    Urgency.LAV: 10,
    Urgency.NORMAL: 50,
    Urgency.HOY: 70,
    Urgency.KRITISK: 90,
}

#: RT's default lifecycle statuses. Custom lifecycles can add their own via `status_map`.
RT_STATUSES: Mapping[str, TicketStatus] = {
    "new": TicketStatus.NEW,
    "open": TicketStatus.OPEN,
    "stalled": TicketStatus.WAITING,
    "resolved": TicketStatus.RESOLVED,
    "rejected": TicketStatus.REJECTED,
    "deleted": TicketStatus.DELETED,
}

_TRANSIENT_STATUSES = frozenset({408, 429})
_CF_NAME = re.compile(r"^[\w][\w .-]*$")
_SUBJECT_MAX = 200  # RT's Tickets.Subject is varchar(200)
_PER_PAGE = 100
_MAX_PAGES = 50
_MESSAGE_MAX = 500


def error_from_response(response: httpx.Response) -> TransientDeskError | PermanentDeskError:
    """The exception for a non-2xx RT answer: transient for 5xx/408/429, permanent otherwise."""
    status = response.status_code
    message = _rt_message(response)
    if status >= 500 or status in _TRANSIENT_STATUSES:
        return TransientDeskError(message, status=status, retry_after=_retry_after(response))
    if 300 <= status < 400:
        where = response.headers.get("Location", "?")
        return PermanentDeskError(
            f"RT answered with a redirect to {where}; check the RT address (http/https, path)",
            status=status,
        )
    return PermanentDeskError(message, status=status)


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


def _parse_time(value: str) -> datetime:
    """RT REST 2 times look like ``2026-11-22T02:19:47Z`` (UTC)."""
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return datetime.fromtimestamp(0, UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _remote_id(remote_id: str | int) -> str:
    text = str(remote_id).strip()
    if not text.isdigit() or not text.isascii():
        raise ValueError(f"RT ticket ids are numbers, got {remote_id!r}")
    return text


class _HTMLText(HTMLParser):
    """Just enough HTML → text for replies written in RT's rich-text editor."""

    _BLOCKS = frozenset({"div", "li", "tr", "ul", "ol", "table", "h1", "h2", "h3", "h4", "pre"})
    _PARAGRAPHS = frozenset({"p", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def _newlines(self, wanted: int) -> None:
        text = "".join(self.parts)
        if text.strip():
            have = len(text) - len(text.rstrip("\n"))
            self.parts.append("\n" * max(0, wanted - have))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in self._PARAGRAPHS:
            self._newlines(2)
        elif tag in self._BLOCKS:
            self._newlines(1)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._PARAGRAPHS:
            self._newlines(2)
        elif tag in self._BLOCKS:
            self._newlines(1)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class RTDesk:
    """Request Tracker 5 via REST 2. Use each instance from one worker thread at a time.

    `url` is RT's web address without ``/REST/2.0`` (e.g. ``https://rt.example.no`` or
    ``https://intranett.example.no/rt``). Authenticate with a `token` (RT auth token, preferred)
    or `user` + `password` (HTTP basic auth). Secrets are never logged or shown in `repr`.
    `verify` is True (system CAs), False (no TLS verification – testing only), a CA bundle path
    or an `ssl.SSLContext`.
    """

    def __init__(
        self,
        url: str,
        *,
        token: str | None = None,
        user: str | None = None,
        password: str | None = None,
        custom_field: str = "ExternalId",
        timeout: float = 20.0,
        connect_timeout: float = 5.0,
        verify: bool | str | ssl.SSLContext = True,
        priorities: Mapping[Urgency, int] | None = None,
        status_map: Mapping[str, TicketStatus] | None = None,
    ) -> None:
        url = url.strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"RT url must start with http:// or https://, got {url!r}")
        if url.endswith("/REST/2.0"):
            url = url[: -len("/REST/2.0")]
        if not _CF_NAME.match(custom_field):
            raise ValueError(f"unsupported custom field name {custom_field!r}")
        self.url = url
        self.custom_field = custom_field
        self.priorities = {**DEFAULT_PRIORITIES, **(priorities or {})}
        self.status_map = {**RT_STATUSES, **(status_map or {})}

        headers = {"Accept": "application/json", "User-Agent": "Folgesvenn-RTDesk/1"}
        auth: httpx.Auth | None = None
        if token:
            headers["Authorization"] = f"token {token}"
            self._auth_kind = "token"
        elif user and password is not None:
            auth = httpx.BasicAuth(user, password)
            self._auth_kind = "basic"
        else:
            raise ValueError("RTDesk needs a token, or a user and password")
        self.user = user

        if isinstance(verify, str):
            verify = ssl.create_default_context(cafile=verify)
        self._client = httpx.Client(
            base_url=f"{url}/REST/2.0",
            headers=headers,
            auth=auth,
            timeout=httpx.Timeout(timeout, connect=min(connect_timeout, timeout)),
            verify=verify,
            follow_redirects=False,
        )
        self._queues_checked: set[str] = set()

    def __repr__(self) -> str:
        who = f", user={self.user!r}" if self.user else ""
        return f"RTDesk(url={self.url!r}, auth={self._auth_kind}{who})"

    # -- lifecycle ------------------------------------------------------------------------

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> RTDesk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- SupportDesk ----------------------------------------------------------------------

    def ping(self) -> bool:
        """True if RT answers and accepts our credentials, False if unreachable or failing.

        Raises `PermanentDeskError` when RT answers but refuses us (wrong address or
        credentials), so settings can say what is wrong rather than "offline".
        """
        try:
            data = self._request("GET", "/rt")
        except TransientDeskError as exc:
            log.info("RT ping failed: %s", exc)
            return False
        return isinstance(data, dict) and "Version" in data

    def create_ticket(self, req: DeskTicketRequest) -> RemoteTicketRef:
        self._check_queue(req.queue)
        payload: dict[str, Any] = {
            "Queue": req.queue,
            "Subject": self._subject(req.subject),
            "Content": self._content(req),
            "ContentType": "text/plain",
            "Priority": self.priorities[req.urgency],
            "CustomFields": {self.custom_field: req.external_id},
        }
        if req.attachments:
            payload["Attachments"] = [
                {
                    "FileName": att.filename,
                    "FileType": att.mime_type or "application/octet-stream",
                    "FileContent": base64.b64encode(att.content).decode("ascii"),
                }
                for att in req.attachments
            ]
        created = self._request("POST", "/ticket", body=payload)
        if not isinstance(created, dict) or "id" not in created:
            raise TransientDeskError(f"unexpected answer to create: {str(created)[:200]}")
        remote_id = _remote_id(created["id"])
        log.info("RT ticket %s created for %s", remote_id, req.external_id)

        ticket = self._request("GET", f"/ticket/{remote_id}")
        stored = self._cf_values(ticket)
        if stored != [req.external_id]:
            raise ExternalIdNotStoredError(
                f"RT created ticket {remote_id} but did not store {self.custom_field}="
                f"{req.external_id} on it (stored: {stored}). Is the custom field applied to "
                f"queue {req.queue!r} and writable by this user, and is the value unused?",
                remote_id=remote_id,
            )
        return self._ref(remote_id)

    def find_by_external_id(self, external_id: str) -> RemoteTicketRef | None:
        validate_external_id(external_id)
        # EffectiveId > 0 makes RT include tickets merged into others (which it otherwise
        # hides); their old id still works for every request.  Deleted tickets stay hidden:
        # RT's TicketSQL never returns them.
        query = f"'CF.{{{self.custom_field}}}' = '{external_id}' AND EffectiveId > 0"
        data = self._request(
            "GET",
            "/tickets",
            params={"query": query, "orderby": "id", "order": "ASC", "per_page": _PER_PAGE},
        )
        items = data.get("items", []) if isinstance(data, dict) else []
        ids = sorted(int(item["id"]) for item in items if str(item.get("id", "")).isdigit())
        if not ids:
            return None
        if len(ids) > 1:
            log.warning(
                "%d RT tickets carry %s=%s (%s); using the oldest. Set UniqueValues on the "
                "custom field.",
                len(ids),
                self.custom_field,
                external_id,
                ids,
            )
        return self._ref(str(ids[0]))

    def add_comment(self, remote_id: str, text: str) -> None:
        remote_id = _remote_id(remote_id)
        if not text.strip():
            raise ValueError("comment text must not be empty")
        # RT answers 201 (Location: /transaction/<id>) or a 4xx with its reason; the 201 body
        # is a list of messages in the service user's language, so it is not inspected.
        self._request(
            "POST",
            f"/ticket/{remote_id}/comment",
            body={"Content": text, "ContentType": "text/plain"},
        )

    def fetch_updates(self, remote_id: str, since_transaction: int | None) -> DeskUpdate:
        remote_id = _remote_id(remote_id)
        since = int(since_transaction or 0)
        ticket = self._request("GET", f"/ticket/{remote_id}")
        remote_status = str(ticket.get("Status", "")) if isinstance(ticket, dict) else ""
        status = self.status_map.get(remote_status, TicketStatus.UNKNOWN)

        txns = list(
            self._paged(
                f"/ticket/{remote_id}/history",
                {
                    "query": json.dumps(
                        [
                            {"field": "Type", "value": "Correspond"},
                            {"field": "id", "operator": ">", "value": since},
                        ]
                    ),
                    "fields": "Type,Creator,Created",
                    "fields[Creator]": "Name,RealName",
                    "orderby": "id",
                    "order": "ASC",
                },
            )
        )
        messages: list[DeskMessage] = []
        if txns:
            first = min(int(txn["id"]) for txn in txns)
            texts = self._texts_by_transaction(remote_id, first - 1)
            for txn in txns:
                if txn.get("Type") != "Correspond":
                    continue
                txn_id = int(txn["id"])
                creator = txn.get("Creator") or {}
                author = ""
                if isinstance(creator, dict):
                    author = str(
                        creator.get("RealName") or creator.get("Name") or creator.get("id") or ""
                    )
                messages.append(
                    DeskMessage(
                        transaction_id=txn_id,
                        author=author,
                        created=_parse_time(str(txn.get("Created", ""))),
                        text=texts.get(txn_id, ""),
                    )
                )
        messages.sort(key=lambda m: m.transaction_id)
        last = max([m.transaction_id for m in messages], default=None)
        if last is None or (since_transaction is not None and since_transaction > last):
            last = since_transaction
        return DeskUpdate(
            remote_id=remote_id,
            status=status,
            remote_status=remote_status,
            messages=tuple(messages),
            last_transaction=last,
        )

    # -- helpers --------------------------------------------------------------------------

    def _ref(self, remote_id: str) -> RemoteTicketRef:
        return RemoteTicketRef(remote_id, f"{self.url}/Ticket/Display.html?id={remote_id}")

    def _check_queue(self, queue: str) -> None:
        """Refuse to create in a queue that RT shows us without our custom field.

        Without it RT would silently create the ticket without the external id (and we could
        never find it again). If RT does not show us the queue at all, let the create itself
        report RT's own error message.
        """
        if queue in self._queues_checked or "/" in queue:
            return
        try:
            data = self._request("GET", f"/queue/{quote(queue, safe='')}")
        except PermanentDeskError as exc:
            if exc.status in (403, 404):
                return
            raise
        names = {
            str(cf.get("name", ""))
            for cf in (data.get("TicketCustomFields") or [] if isinstance(data, dict) else [])
            if isinstance(cf, dict)
        }
        if self.custom_field not in names:
            raise PermanentDeskError(
                f"custom field {self.custom_field!r} is not applied to RT queue {queue!r} (or this "
                "user may not see it); see docs/support-desk.md"
            )
        self._queues_checked.add(queue)

    def _cf_values(self, ticket: Any) -> list[str]:
        if not isinstance(ticket, dict):
            return []
        for cf in ticket.get("CustomFields") or []:
            if isinstance(cf, dict) and cf.get("name") == self.custom_field:
                return [str(v) for v in cf.get("values") or []]
        return []

    def _texts_by_transaction(self, remote_id: str, since: int) -> dict[int, str]:
        """Text of each transaction newer than `since`, from its inline text parts."""
        plain: dict[int, list[str]] = {}
        rich: dict[int, list[str]] = {}
        for att in self._paged(
            f"/ticket/{remote_id}/attachments",
            {
                "query": json.dumps(
                    [
                        {"field": "TransactionId", "operator": ">", "value": since},
                        {"field": "ContentType", "value": "text/plain"},
                        {"field": "ContentType", "value": "text/html"},
                    ]
                ),
                "fields": "TransactionId,ContentType,Content,Filename",
                "orderby": "id",
                "order": "ASC",
            },
        ):
            if att.get("Filename"):  # an attached file, not the message body
                continue
            try:
                txn_id = int(att.get("TransactionId", 0))
            except (TypeError, ValueError):
                continue
            content = att.get("Content")
            if not isinstance(content, str):
                continue
            if str(att.get("ContentType", "")).lower().startswith("text/html"):
                rich.setdefault(txn_id, []).append(html_to_text(content))
            else:
                plain.setdefault(txn_id, []).append(content.strip())
        texts = {txn: "\n\n".join(parts) for txn, parts in rich.items()}
        texts.update({txn: "\n\n".join(parts) for txn, parts in plain.items()})
        return texts

    def _paged(self, path: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        page = 1
        while True:
            data = self._request(
                "GET", path, params={**params, "page": page, "per_page": _PER_PAGE}
            )
            if not isinstance(data, dict):
                raise TransientDeskError(f"unexpected answer from RT for {path}")
            for item in data.get("items") or []:
                if isinstance(item, dict):
                    yield item
            pages = int(data.get("pages") or 1)
            if page >= pages or page >= _MAX_PAGES:
                return
            page += 1

    @staticmethod
    def _subject(subject: str) -> str:
        subject = " ".join(subject.split())
        if len(subject) > _SUBJECT_MAX:
            subject = subject[: _SUBJECT_MAX - 1] + "…"
        return subject

    @staticmethod
    def _content(req: DeskTicketRequest) -> str:
        facts = [
            ("Kategori", req.category),
            ("Hastegrad", str(req.urgency)),
            ("Enhet", req.unit),
            ("Meldt av", req.reporter_name),
            ("Kontakt", req.reporter_contact),
            ("Veiledning", req.guide_id),
            ("Følgesvenn-ID", req.external_id),
        ]
        lines = [f"{label}: {value}" for label, value in facts if value]
        body = req.body.rstrip() or "(ingen beskrivelse)"
        return f"{body}\n\n-- \n" + "\n".join(lines) + "\n"

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> Any:
        try:
            response = self._client.request(method, path, params=params, json=body)
        except httpx.TimeoutException as exc:
            raise TransientDeskError(f"RT did not answer in time ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise TransientDeskError(f"cannot reach RT at {self.url}: {exc}") from exc
        log.debug("RT %s %s -> %s", method, path, response.status_code)
        if not response.is_success:
            raise error_from_response(response)
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError as exc:
            ctype = response.headers.get("Content-Type", "?")
            raise TransientDeskError(
                f"RT answered {method} {path} with something that is not JSON ({ctype})",
                status=response.status_code,
            ) from exc
