"""Følgesvenn: a desktop companion for Helseplattformen superusers."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("companion")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "Følgesvenn"
APP_ID = "companion"
