"""Where the team server is and how to log in: `[team]` settings plus a secret password.

The URL never holds the password (it would end up in config files and logs); a URL with one is
refused with a message. The password comes from the keyring or ``COMPANION_TEAM_PASSWORD``.
TLS options are libpq's, in the URL's query (``?sslmode=verify-full&sslrootcert=…``).
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from companion.credentials import get_secret
from companion.settings import Settings

SECRET_NAME = "team_password"
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


class TeamError(Exception):
    """A team problem the user can act on; ``str()`` is plain Norwegian, `code` the exit code."""

    user_message = True
    code = 2


class TeamNotConfigured(TeamError):
    """No `[team] url`: everything stays on this PC (not an error for the app)."""


class TeamMisconfigured(TeamError):
    """The settings are wrong (bad URL, password in the URL, no password)."""


class TeamUnreachable(TeamError):
    """The server did not answer; local changes are kept and sent next time."""

    code = 4


@dataclass(frozen=True)
class TeamConfig:
    """A checked team connection: SQLAlchemy URL (with password), label of this PC, timeout."""

    url: URL
    machine: str
    timeout_seconds: float
    interval_minutes: int

    @property
    def tenant(self) -> str:
        return self.url.username or ""


def machine_label(settings: Settings) -> str:
    """How this PC is named next to registrations ("på PC …")."""
    return settings.team.machine.strip() or socket.gethostname()


def parse_url(text: str) -> URL:
    """A postgresql:// URL as SQLAlchemy's psycopg URL; TeamMisconfigured with advice if bad."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise TeamMisconfigured(
            f"Adressen til teamserveren («{text}») er ugyldig. "
            "Skriv den som postgresql://BRUKER@SERVER:5432/DATABASE."
        ) from None
    if url.drivername not in SCHEMES:
        raise TeamMisconfigured(
            "Adressen til teamserveren må begynne med postgresql://. "
            f"«{url.drivername}» er ikke støttet."
        )
    return url.set(drivername="postgresql+psycopg")


def team_config(settings: Settings, secret: Callable[[str], str | None] = get_secret) -> TeamConfig:
    """The checked configuration; raises TeamNotConfigured / TeamMisconfigured with advice."""
    text = settings.team.url.strip()
    if not text:
        raise TeamNotConfigured(
            "Teamet er ikke satt opp. Be IT om adressen og legg den i [team] url "
            "(eller COMPANION_TEAM_URL)."
        )
    url = parse_url(text)
    if url.password:
        raise TeamMisconfigured(
            "Adressen i [team] url inneholder et passord. Fjern passordet fra adressen, "
            "og lagre det i nøkkelringen eller i COMPANION_TEAM_PASSWORD."
        )
    if not url.username or not url.host:
        raise TeamMisconfigured(
            "Adressen i [team] url mangler brukernavn eller server. "
            "Skriv den som postgresql://BRUKER@SERVER:5432/DATABASE."
        )
    password = secret(SECRET_NAME)
    if not password:
        raise TeamMisconfigured(
            f"Mangler passord for teamet (bruker {url.username}). Lagre det i nøkkelringen "
            "med «companion team password», eller sett COMPANION_TEAM_PASSWORD."
        )
    return TeamConfig(
        url.set(password=password),
        machine_label(settings),
        settings.team.timeout_seconds,
        settings.team.sync_interval_minutes,
    )
