"""The pull half of the RT adapter: what changed (one query), then replies and status.

A mixin for `companion.tickets.rt.RTDesk`, which supplies the HTTP requests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from companion.tickets.desk import (
    DeskChanges,
    DeskMessage,
    DeskUpdate,
    TicketStatus,
    TransientDeskError,
)
from companion.tickets.rt_text import html_to_text, parse_time, remote_id_of

__all__ = ["PER_PAGE", "RTPull"]

PER_PAGE = 100
_MAX_PAGES = 50


class RTPull:
    """Delta pull and reply history; needs `_request` and `status_map` from RTDesk."""

    status_map: dict[str, TicketStatus]
    last_server_time: datetime | None

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> Any:
        raise NotImplementedError

    def _paged(self, path: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Every item of an RT collection, page by page (at most _MAX_PAGES pages)."""
        page = 1
        while True:
            data = self._request("GET", path, params={**params, "page": page, "per_page": PER_PAGE})
            if not isinstance(data, dict):
                raise TransientDeskError(f"unexpected answer from RT for {path}")
            for item in data.get("items") or []:
                if isinstance(item, dict):
                    yield item
            pages = int(data.get("pages") or 1)
            if page >= pages or page >= _MAX_PAGES:
                return
            page += 1

    def changed_since(self, queue: str, since: datetime) -> DeskChanges:
        """Tickets of `queue` whose LastUpdated is after `since` (UTC), with that stamp."""
        when = since.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        quoted = queue.replace("\\", "\\\\").replace("'", "\\'")
        updated: dict[str, datetime | None] = {}
        stamp: datetime | None = None  # RT's clock at the first page: nothing after is missed
        for item in self._paged(
            "/tickets",
            {
                "query": f"Queue = '{quoted}' AND LastUpdated > '{when}'",
                "fields": "LastUpdated",
                "orderby": "id",
                "order": "ASC",
            },
        ):
            stamp = stamp or self.last_server_time
            if str(item.get("id", "")).isdigit():
                updated[str(item["id"])] = parse_time(str(item.get("LastUpdated", "")), None)
        return DeskChanges(updated, stamp or self.last_server_time or datetime.now(UTC))

    def fetch_updates(self, remote_id: str, since_transaction: int | None) -> DeskUpdate:
        remote_id = remote_id_of(remote_id)
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
                        created=parse_time(str(txn.get("Created", ""))),
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
