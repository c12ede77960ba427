"""Checks a content folder must pass before it is published or used: the content checker
(`companion content check`) and the identity-number guard over every text file.

The same checks run on both sides: publishing refuses what every desktop would refuse, and
the desktop checks again because it trusts the signature, not the content team's tools.
"""

from __future__ import annotations

from pathlib import Path

from companion.content.loader import IMAGE_SUFFIXES, load_library
from companion.core.idguard import contains_identity_number


def identity_number_files(root: Path, names: list[str]) -> list[str]:
    """Files (relative names) that hold an identity number or are neither text nor image.

    Every file that is not an image must be UTF-8 text, so nothing can hide a number in an
    unreadable file.
    """
    bad: list[str] = []
    for name in names:
        path = root / name
        if path.suffix.lower() in IMAGE_SUFFIXES:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            bad.append(name)
            continue
        if contains_identity_number(text):
            bad.append(name)
    return bad


def content_problems(root: Path, names: list[str]) -> list[str]:
    """Plain-Norwegian reasons to refuse the folder; empty when it may be used."""
    problems: list[str] = []
    bad = identity_number_files(root, names)
    if bad:
        problems.append(
            "innholdet ser ut til å inneholde fødselsnummer eller filer som ikke er tekst: "
            + ", ".join(bad[:5])
            + (f" og {len(bad) - 5} til" if len(bad) > 5 else "")
        )
    library = load_library(root)
    for problem in library.errors[:10]:
        problems.append(problem.format(root))
    if len(library.errors) > 10:
        problems.append(f"… og {len(library.errors) - 10} feil til")
    if not library.articles:
        problems.append("innholdet har ingen veiledninger eller vanlige feil")
    return problems
