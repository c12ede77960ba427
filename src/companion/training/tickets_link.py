"""Escalation wiring: adapts the tickets service to a coaching ticket creator.

The protocol is :class:`~companion.training.coaching.TicketCreator`.

The sak is created as a *draft* (utkast) in Saker, so the superuser can read it through, add a
screenshot and send it; the coaching log links to it by id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.tickets.service import TicketService


class TicketServiceCreator:
    """`create_ticket(...)` through ``TicketService.create``.

    The tickets package is imported lazily: tickets are optional.
    """

    def __init__(
        self,
        tickets: Callable[[], TicketService],
        reporter_name: Callable[[], str] = str,
        reporter_contact: str = "",
        queue: bool = False,
    ) -> None:
        self._tickets = tickets
        self._reporter_name = reporter_name
        self._reporter_contact = reporter_contact
        self._queue = queue

    def create_ticket(self, subject: str, description: str, category: str, unit: str) -> int:
        from companion.tickets.model import TicketDraft

        draft = TicketDraft(
            subject=subject,
            description=description,
            category=category,
            unit=unit,
            reporter_name=self._reporter_name(),
            reporter_contact=self._reporter_contact,
        )
        return self._tickets().create(draft, queue=self._queue).id
