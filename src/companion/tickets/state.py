"""Where a ticket is in its life: one StrEnum instead of magic strings across modules.

The values are the words stored in the database (``ticket.state``); do not change them
without a migration.
"""

from __future__ import annotations

import enum

__all__ = ["OPEN_STATES", "TicketState"]


class TicketState(enum.StrEnum):
    """A ticket's state; the value is what the database stores."""

    UTKAST = "utkast"  # a draft, not queued
    I_KO = "i_kø"  # queued, waiting for the sync engine
    SENDT = "sendt"  # on the desk, no reply yet
    BESVART = "besvart"  # the desk replied
    LOST = "løst"  # resolved on the desk
    FEILET = "feilet"  # the desk refused it (or it cannot be sent): needs the user

    @property
    def label(self) -> str:
        """Norwegian word shown to the user."""
        return _LABELS[self]

    @classmethod
    def parse(cls, value: str) -> TicketState | None:
        """The state for a stored/typed value, or None when it is not one."""
        try:
            return cls(value)
        except ValueError:
            return None


_LABELS: dict[TicketState, str] = {
    TicketState.UTKAST: "Utkast",
    TicketState.I_KO: "I kø",
    TicketState.SENDT: "Sendt",
    TicketState.BESVART: "Besvart",
    TicketState.LOST: "Løst",
    TicketState.FEILET: "Feilet",
}

#: Tickets the desk may still change (their replies and status are pulled).
OPEN_STATES: tuple[TicketState, ...] = (TicketState.SENDT, TicketState.BESVART)
