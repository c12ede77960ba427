"""Images in articles: only files inside the content folder, never remote, never via symlinks.

Why parse HTML instead of matching Markdown with a regex: an author (or a copied page) can
write ``<img src='…'>``, ``<IMG SRC=…>`` or an unquoted src, and every one of those forms
must be caught. So images are handled after sanitising, on the HTML itself.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg", ".gif", ".webp"}
MAX_IMAGE_BYTES = 5 * 1024 * 1024


def _lexical(reference: str) -> str | None:
    """The normalised relative path, or None for URLs, absolute paths and ``..``."""
    reference = reference.strip()
    if (
        not reference
        or "://" in reference
        or reference.startswith(("/", "\\", "//"))
        or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", reference)
    ):
        return None
    normal = os.path.normpath(reference.replace("\\", "/"))
    if normal.startswith("..") or os.path.isabs(normal):
        return None
    return normal


def resolve_image(root: Path, reference: str) -> Path | None:
    """Resolve an image reference inside `root`; None if it would leave the folder.

    Checked lexically first (``../``, absolute paths, URLs, ``data:``), then through the real
    path, so a symlink inside the folder that leads out of it is refused as well; a hostile
    article can never make the app read ``/etc/passwd``.
    """
    normal = _lexical(reference)
    if normal is None:
        return None
    target = root / normal
    try:
        real = target.resolve()
        inside = real.is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return None
    return target if inside else None


def leaves_folder(root: Path, path: Path) -> bool:
    """True when `path` (a file found in the folder) is a symlink that leads out of `root`."""
    if not path.is_symlink():
        return False
    try:
        return not path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return True


SYMLINK_OUT = "filen er en snarvei ut av innholdsmappen og blir ikke lest"


def image_problem(root: Path, reference: str) -> str | None:
    """Why an image reference is not usable (Norwegian, for ``content check``), or None."""
    normal = _lexical(reference)
    if normal is None:
        if re.match(r"^(https?:)?//", reference.strip(), re.IGNORECASE):
            return f"bildet {reference!r} ligger på nettet og vises ikke (legg det i mappen)"
        return f"bildet {reference!r} peker ut av innholdsmappen og blir ikke lest"
    target = root / normal
    if resolve_image(root, reference) is None:
        return f"bildet {reference!r} er en snarvei ut av innholdsmappen og blir ikke lest"
    if target.suffix.lower() not in IMAGE_SUFFIXES:
        return f"bildet {reference!r} har en filtype som ikke støttes"
    if not target.is_file():
        return f"bildet {reference!r} finnes ikke"
    if target.stat().st_size > MAX_IMAGE_BYTES:
        return f"bildet {reference!r} er større enn 5 MiB"
    return None


class _ImageCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":  # HTMLParser lower-cases tag and attribute names
            self.sources.extend(value or "" for name, value in attrs if name == "src")

    handle_startendtag = handle_starttag


def image_sources(html_text: str) -> list[str]:
    """Every ``<img src>`` in an HTML text, whatever its quoting or case."""
    collector = _ImageCollector()
    collector.feed(html_text)
    collector.close()
    return collector.sources


def image_src_filter(content_root: Path | None) -> Callable[[str, str, str], str | None]:
    """An nh3 ``attribute_filter`` keeping ``img src`` only when it resolves inside the root."""

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag != "img" or attribute != "src":
            return value
        if content_root is None:
            return None
        target = resolve_image(content_root, value)
        if target is None or not target.is_file():
            return None
        return target.relative_to(content_root).as_posix()

    return keep
