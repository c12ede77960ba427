"""`SupportDesk` adapter for Request Tracker (RT 5) over its REST 2 API.

Requests used (all relative to ``<url>/REST/2.0``):

* ``GET  /queue/<name>``        once per queue: is our custom field applied to it?
* ``POST /ticket``              create, with ``CustomFields`` {ExternalId: uuid} and ``Attachments``
* ``GET  /ticket/<id>``         read back after create (confirm the external id); status
* ``GET  /tickets?query=``      TicketSQL ``'CF.{ExternalId}' = '<uuid>' AND EffectiveId > 0``
                                (many ids OR-ed in one query before a batch of creates), and the
                                delta pull ``Queue = '…' AND LastUpdated > '…'`` once per sync
* ``POST /ticket/<id>/comment`` more information from the reporter
* ``GET  /ticket/<id>/history`` Correspond transactions newer than the cursor
* ``GET  /ticket/<id>/attachments`` their text parts (only when there are new replies)
* ``GET  /rt``                  ping

See docs/support-desk.md for the RT setup (queue, custom field, service user and rights).
"""

from __future__ import annotations

import base64
import logging
import re
import ssl
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote

import httpx

from companion.tickets.desk import (
    DeskTicketRequest,
    ExternalIdNotStoredError,
    PermanentDeskError,
    RemoteTicketRef,
    TicketStatus,
    TransientDeskError,
    Urgency,
    validate_external_id,
)
from companion.tickets.rt_http import check_url, error_from_response, make_client, server_time
from companion.tickets.rt_pull import PER_PAGE, RTPull
from companion.tickets.rt_text import html_to_text, remote_id_of

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_PRIORITIES",
    "RT_STATUSES",
    "RTDesk",
    "error_from_response",
    "html_to_text",
]

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

_CF_NAME = re.compile(r"^[\w][\w .-]*$")
_SUBJECT_MAX = 200  # RT's Tickets.Subject is varchar(200)
_IDS_PER_QUERY = 50  # external ids OR-ed into one TicketSQL (keeps the URL short)
DEFAULT_DEADLINE_S = 60.0


class RTDesk(RTPull):
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
        deadline: float = DEFAULT_DEADLINE_S,
        verify: bool | str | ssl.SSLContext = True,
        priorities: Mapping[Urgency, int] | None = None,
        status_map: Mapping[str, TicketStatus] | None = None,
    ) -> None:
        url = check_url(url)  # refuses user:password@ (it would show up in messages)
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
        # `deadline`: seconds for a whole request (connect + complete answer), however slowly
        # the server trickles bytes; `timeout` still bounds each single socket operation.
        self.deadline = deadline
        self._client, self._deadline = make_client(
            f"{url}/REST/2.0",
            headers=headers,
            auth=auth,
            timeout=timeout,
            connect_timeout=connect_timeout,
            verify=verify,
        )
        self._queues_checked: set[str] = set()
        self.last_server_time: datetime | None = None  # RT's clock at its last answer

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
        remote_id = remote_id_of(created["id"])
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
            params={"query": query, "orderby": "id", "order": "ASC", "per_page": PER_PAGE},
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

    def find_many_by_external_id(self, external_ids: list[str]) -> dict[str, RemoteTicketRef]:
        """One TicketSQL per 50 ids (OR-ed) instead of one search per ticket."""
        found: dict[str, RemoteTicketRef] = {}
        wanted = [validate_external_id(e) for e in dict.fromkeys(external_ids)]
        field = f"CF.{{{self.custom_field}}}"
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            chunk = wanted[start : start + _IDS_PER_QUERY]
            either = " OR ".join(f"'{field}' = '{e}'" for e in chunk)
            items = self._paged(
                "/tickets",
                {
                    "query": f"({either}) AND EffectiveId > 0",
                    "fields": "CustomFields",
                    "orderby": "id",
                    "order": "ASC",
                },
            )
            for item in items:  # ascending ids: the oldest ticket wins, as in find_by_external_id
                if not str(item.get("id", "")).isdigit():
                    continue
                for value in self._cf_values(item):
                    if value in chunk and value not in found:
                        found[value] = self._ref(str(item["id"]))
        return found

    def add_comment(self, remote_id: str, text: str) -> None:
        remote_id = remote_id_of(remote_id)
        if not text.strip():
            raise ValueError("comment text must not be empty")
        # RT answers 201 (Location: /transaction/<id>) or a 4xx with its reason; the 201 body
        # is a list of messages in the service user's language, so it is not inspected.
        self._request(
            "POST",
            f"/ticket/{remote_id}/comment",
            body={"Content": text, "ContentType": "text/plain"},
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
        self._deadline.deadline = time.monotonic() + self.deadline
        try:
            response = self._client.request(method, path, params=params, json=body)
        except httpx.TimeoutException as exc:
            if time.monotonic() >= self._deadline.deadline:
                raise TransientDeskError(
                    f"RT did not finish answering within {self.deadline:g} s",
                    unreachable=True,
                ) from exc
            raise TransientDeskError(f"RT did not answer in time ({type(exc).__name__})") from exc
        except httpx.ConnectError as exc:  # refused, unknown host: nobody there right now
            raise TransientDeskError(
                f"cannot reach RT at {self.url}: {exc}", unreachable=True
            ) from exc
        except httpx.TransportError as exc:  # answer lost on the way: worth another try
            raise TransientDeskError(f"connection to RT broke: {exc}") from exc
        finally:
            self._deadline.deadline = None
        self.last_server_time = server_time(response)
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
