"""Helpers for the content-pack tests: content folders, keys, a served repository."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from companion.content.packs import active_content
from companion.content.packs.client import UpdateResult, check_for_update
from companion.content.packs.publish import init_keys
from companion.paths import AppPaths
from companion.settings import Settings
from content.conftest import GUIDE, MISTAKE, write
from support.static_server import StaticServer

FNR = "01019010046"  # checksum-valid, made up


def make_content(root: Path, label: str, extra: str = "") -> Path:
    """A small valid content folder whose guide title carries `label`."""
    write(
        root,
        "guides/rover.md",
        GUIDE.format(id="rover", title=f"Rover-guide {label}", related="feil", link="feil") + extra,
    )
    write(root, "kb/feil.md", MISTAKE.format(id="feil", title="En feil"))
    return root


def make_keys(folder: Path) -> Path:
    init_keys(folder)
    return folder


@dataclass
class Desk:
    """One desktop: its data folder and settings pointing at the test server."""

    paths: AppPaths
    settings: Settings

    def update(self) -> UpdateResult:
        return check_for_update(self.paths, self.settings)

    def active_title(self) -> str:
        """Title of the guide in the active central content (which pack is in use)."""
        source = active_content(self.paths, self.settings)
        text = (source.path / "guides" / "rover.md").read_text(encoding="utf-8")
        return next(line for line in text.splitlines() if line.startswith("title:"))[7:]


@contextmanager
def served(repo: Path, home: Path) -> Iterator[tuple[StaticServer, Desk]]:
    """Serve `repo` and give a desktop whose trusted root is the repo's 1.root.json."""
    trusted = home.parent / "trusted-root.json"
    shutil.copyfile(repo / "metadata" / "1.root.json", trusted)
    with StaticServer(repo) as server:
        settings = Settings()
        settings.content.update_url = server.url
        settings.content.trusted_root = str(trusted)
        yield server, Desk(AppPaths(home).ensure(), settings)
