"""Build the configured support desk from settings and secrets (no globals)."""

from __future__ import annotations

from companion.credentials import get_secret
from companion.settings import Settings
from companion.tickets.desk import DeskConfigError, SupportDesk


class DeskNotConfigured(Exception):
    """No support desk is set up; `str()` says what to do, in Norwegian."""

    user_message = True


def ping_desk(settings: Settings, token: str | None = None, password: str | None = None) -> bool:
    """True if the configured desk answers, False if unreachable (closes the client).

    Raises DeskNotConfigured (Norwegian advice) when the desk refuses the address or login.
    """
    desk = make_desk(settings, token=token, password=password)
    try:
        return bool(desk.ping())
    except DeskConfigError as exc:  # wrong address or credentials: say what to fix
        raise DeskNotConfigured(exc.advice) from None
    finally:
        close = getattr(desk, "close", None)
        if callable(close):
            close()


def make_desk(
    settings: Settings, token: str | None = None, password: str | None = None
) -> SupportDesk:
    """The desk for `settings.support.backend`; raises DeskNotConfigured with a clear message.

    `token`/`password` override the stored secrets (the settings dialog tests unsaved values).
    """
    backend = settings.support.backend.strip().lower()
    if backend in ("", "none"):
        raise DeskNotConfigured(
            "Brukerstøtte er ikke satt opp, så sakene blir liggende i kø. Velg Fil → "
            "Innstillinger, "
            "eller sett COMPANION_SUPPORT_BACKEND=rt og COMPANION_RT_URL."
        )
    if backend != "rt":
        raise DeskNotConfigured(
            f"Ukjent brukerstøtte-system «{backend}». Bruk «rt» (Request Tracker)."
        )
    rt = settings.rt
    if not rt.url:
        raise DeskNotConfigured(
            "Adressen til Request Tracker mangler. Sett rt.url i config.toml eller "
            "COMPANION_RT_URL."
        )
    from companion.tickets.rt_http import CREDENTIALS_IN_URL, check_url

    try:
        check_url(rt.url)
    except ValueError as exc:  # the message never repeats the address: it may hold a password
        if str(exc) == CREDENTIALS_IN_URL:
            raise DeskNotConfigured(CREDENTIALS_IN_URL) from None
        raise DeskNotConfigured(
            f"Innstillingene for Request Tracker er ugyldige: {exc}. Rett dem under Fil → "
            "Innstillinger."
        ) from None
    token = token or get_secret("rt_token")
    password = password or get_secret("rt_password")
    if not token and not (rt.user and password):
        raise DeskNotConfigured(
            "Innlogging til Request Tracker mangler. Sett COMPANION_RT_TOKEN, eller "
            "COMPANION_RT_USER og "
            "COMPANION_RT_PASSWORD, eller lagre passordet under Fil → Innstillinger."
        )
    from companion.tickets.rt import RTDesk

    try:
        return RTDesk(
            rt.url,
            token=token or None,
            user=None if token else rt.user,
            password=None if token else password,
            custom_field=rt.custom_field,
            timeout=rt.timeout_seconds,
            deadline=rt.deadline_seconds,
            verify=rt.verify_tls,
        )
    except ValueError as exc:  # a malformed address or field name; the message holds no secret
        raise DeskNotConfigured(
            f"Innstillingene for Request Tracker er ugyldige: {exc}. Rett dem under Fil → "
            "Innstillinger."
        ) from None
