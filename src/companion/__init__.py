"""Følgesvenn: a desktop companion for Helseplattformen superusers."""

# Kept equal to pyproject.toml by tests/foundation/test_cli.py; a literal because reading
# package metadata costs ~80 ms at every start.
__version__ = "0.1.0"

APP_NAME = "Følgesvenn"
