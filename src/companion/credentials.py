"""Secrets (support desk password or token): environment first, then the OS keyring.

They never go in config files or logs. The keyring may be missing on headless Linux; that is
not an error, it just means "no secret stored".
"""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)

SERVICE = "Companion"
ENV_NAMES = {
    "rt_token": "COMPANION_RT_TOKEN",
    "rt_password": "COMPANION_RT_PASSWORD",
    "team_password": "COMPANION_TEAM_PASSWORD",
}


def get_secret(name: str) -> str | None:
    """Return the secret called `name` (e.g. ``rt_token``) or None."""
    env_name = ENV_NAMES.get(name)
    if env_name and os.environ.get(env_name):
        return os.environ[env_name]
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, name)
        except KeyringError as exc:
            log.info("keyring unavailable: %s", type(exc).__name__)
    except Exception as exc:  # a broken keyring backend must never stop the app
        log.info("keyring unavailable: %s", type(exc).__name__)
    return None


def set_secret(name: str, value: str) -> bool:
    """Store a secret in the keyring; False if no keyring is available here."""
    try:
        import keyring

        if value:
            keyring.set_password(SERVICE, name, value)
        else:
            try:
                keyring.delete_password(SERVICE, name)
            except Exception:
                pass
        return True
    except Exception as exc:
        log.warning("could not store secret in keyring: %s", type(exc).__name__)
        return False
