"""Every filesystem location the app uses, in one place.

`COMPANION_HOME` (or ``--home``) overrides everything so tests, portable installs and
power users can keep all state in one folder; otherwise platformdirs picks the OS convention.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "COMPANION_HOME"


def _resource_root() -> Path:
    """Root that holds `content/` and `resources/`: the bundle when frozen, else the repo."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parents[2]


def bundled_content_dir() -> Path:
    """The content folder shipped with the app."""
    return _resource_root() / "content"


def resources_dir() -> Path:
    """Fonts, icons and translations shipped with the app."""
    return _resource_root() / "resources"


def machine_config_file() -> Path:
    """The machine-wide config file IT admins manage."""
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "Companion" / "config.toml"
    return Path("/etc/companion/config.toml")


@dataclass(frozen=True)
class AppPaths:
    """Resolved per-user locations; create with :func:`resolve_paths`."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / "companion.db"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def config_file(self) -> Path:
        return self.home / "config.toml"

    @property
    def cache(self) -> Path:
        return self.home / "cache"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def attachments(self) -> Path:
        return self.home / "attachments"

    @property
    def content_packs(self) -> Path:
        """Signed content packs: trusted TUF metadata, installed packs, the active pointer."""
        return self.home / "content-packs"

    def ensure(self) -> AppPaths:
        """Create the folders; cheap and idempotent."""
        for folder in (self.home, self.backups, self.cache, self.logs, self.attachments):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(home: str | os.PathLike[str] | None = None) -> AppPaths:
    """Pick the home folder: explicit argument, then `COMPANION_HOME`, then platformdirs."""
    if home is None:
        home = os.environ.get(HOME_ENV) or None
    if home is None:
        from platformdirs import user_data_dir

        home = user_data_dir("Companion", appauthor=False, roaming=False)
    return AppPaths(Path(home).expanduser().resolve())
