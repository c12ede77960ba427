"""Signed content packs (The Update Framework, python-tuf): which central folder is active,
and fetching, verifying and installing new packs.

The seam for the rest of the app is :func:`active_content`: local layer (if any) goes over
what it returns. It only reads a small pointer file and stats the pack's files, so it is
cheap enough for every CLI start; the TUF client (:mod:`.client`) and the publisher
(:mod:`.publish`) are imported only when asked for.
"""

from __future__ import annotations

from pathlib import Path

from companion.content.packs.store import (
    ContentSource,
    ContentSourceKind,
    InstalledPack,
    PackRefused,
    PackStore,
)
from companion.paths import AppPaths, bundled_content_dir
from companion.settings import Settings

__all__ = [
    "ContentSource",
    "ContentSourceKind",
    "InstalledPack",
    "PackRefused",
    "PackStore",
    "active_content",
]


def active_content(
    paths: AppPaths, settings: Settings, explicit: Path | None = None
) -> ContentSource:
    """The central content folder: `explicit` (--content), else `[content] dir`, else the
    newest intact installed pack, else the bundled content.

    A damaged pack is skipped with a warning the caller shows to the user.
    """
    if explicit is not None:
        return ContentSource(Path(explicit), ContentSourceKind.FOLDER)
    if settings.content.dir:
        return ContentSource(Path(settings.content.dir), ContentSourceKind.FOLDER)
    store = PackStore(paths.content_packs)
    pack, damaged = store.newest_good()
    warning = None
    if damaged:
        versions = ", ".join(str(p.version) for p in damaged)
        warning = (
            f"Innholdspakke versjon {versions} er skadet på disken og brukes ikke. "
            + ("Bruker forrige versjon. " if pack else "Bruker det innebygde innholdet. ")
            + "Kjør «companion content update» eller vent på neste oppdatering."
        )
    if pack is None:
        return ContentSource(bundled_content_dir(), ContentSourceKind.BUNDLED, None, warning)
    return ContentSource(store.content_dir(pack), ContentSourceKind.PACK, pack.version, warning)
