"""Checks a content folder must pass before it is published or used: the content checker
(`companion content check`) and the identity-number guard over every text file.

The same checks run on both sides: publishing refuses what every desktop would refuse, and
the desktop checks again because it trusts the signature, not the content team's tools.
"""

from __future__ import annotations

from pathlib import Path

from companion.content.images import IMAGE_SUFFIXES
from companion.content.loader import load_library
from companion.core.idguard import contains_identity_number


def refused_file(name: str, data: bytes) -> bool:
    """True when a file holds an identity number, or is neither an image nor UTF-8 text (so
    nothing can hide a number in an unreadable file)."""
    if Path(name).suffix.lower() in IMAGE_SUFFIXES:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return contains_identity_number(text)


def identity_number_files(root: Path, names: list[str]) -> list[str]:
    """Files (relative names) under `root` that :func:`refused_file` refuses."""
    return [name for name in names if refused_file(name, (root / name).read_bytes())]


def content_problems(root: Path, refused: list[str]) -> list[str]:
    """Plain-Norwegian reasons to refuse the folder; empty when it may be used.

    `refused` are the files the identity-number guard refused (see :func:`refused_file`).
    """
    problems: list[str] = []
    if refused:
        problems.append(
            "innholdet ser ut til å inneholde fødselsnummer eller filer som ikke er tekst: "
            + ", ".join(refused[:5])
            + (f" og {len(refused) - 5} til" if len(refused) > 5 else "")
        )
    library = load_library(root)
    for problem in library.errors[:10]:
        problems.append(problem.format(root))
    if len(library.errors) > 10:
        problems.append(f"… og {len(library.errors) - 10} feil til")
    if not library.articles:
        problems.append("innholdet har ingen veiledninger eller vanlige feil")
    return problems
