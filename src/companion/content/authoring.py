"""Writing local articles: templates, front matter, the same checks as `content check`, saving.

Plain Python so the in-app editor (ui/local_editor.py) stays a thin view: it asks this module
for a starting text, checks what is typed with :func:`check_text`, and saves with
:func:`save_article` (atomic: a crash never leaves half a file in the shared local folder).
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from companion.content.loader import LINK_RE, check_images, check_value_keys
from companion.content.model import Article, Library, Problem
from companion.content.parse import FileProblems, parse_article, split_front_matter
from companion.core.idguard import contains_identity_number

FOLDER_OF_KIND = {"guide": "guides", "mistake": "kb"}
# Front matter keys in the order authors expect to read them.
KEY_ORDER = (
    "id",
    "title",
    "kind",
    "category",
    "status",
    "approved_by",
    "approved_at",
    "owner",
    "source",
    "review_by",
    "summary",
    "tags",
    "roles",
    "related",
)
MISTAKE_TEMPLATE = """Kort om hva dette gjelder.

## Hva går galt

## Hvorfor skjer det

## Slik gjør du det riktig

## Slik retter du opp
"""
GUIDE_TEMPLATE = """Hva veiledningen hjelper deg med, og når du bruker den.

## Steg 1: Første steg

Hva du gjør, og hva du ser på skjermen.

## Steg 2: Neste steg

## Tips
"""


@dataclass
class Draft:
    """An article being written: front matter values plus the Markdown body."""

    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""

    @property
    def article_id(self) -> str:
        return str(self.meta.get("id") or "")

    @property
    def kind(self) -> str:
        return "guide" if self.meta.get("kind") == "guide" else "mistake"

    def text(self) -> str:
        """The file as it will be saved: ``---`` front matter ``---`` then the body."""
        ordered = {k: self.meta[k] for k in KEY_ORDER if _present(self.meta.get(k))}
        ordered.update({k: v for k, v in self.meta.items() if k not in ordered and _present(v)})
        front = yaml.safe_dump(ordered, allow_unicode=True, sort_keys=False, width=100)
        return f"---\n{front}---\n{self.body.lstrip(chr(10))}"


def _present(value: Any) -> bool:
    return value not in (None, "", [], ())


def draft_from_text(text: str) -> Draft:
    """Split a file's text into front matter and body (for copying a central article)."""
    parts = split_front_matter(text, FileProblems(Path("-")))
    if parts is None:
        return Draft(body=text)
    meta, body, _line = parts
    return Draft(meta=dict(meta), body=body)


def draft_from_article(article: Article) -> Draft:
    """A local copy of a (central) article, starting as utkast: local approval is separate."""
    draft = draft_from_text(article.path.read_text(encoding="utf-8"))
    for key in ("approved_by", "approved_at"):
        draft.meta.pop(key, None)
    draft.meta["status"] = "utkast"
    draft.meta.pop("valid_from", None)
    return draft


def template(kind: str, article_id: str = "", title: str = "") -> Draft:
    """An empty article of a kind with the format's sections already in place."""
    meta: dict[str, Any] = {
        "id": article_id,
        "title": title,
        "kind": kind,
        "category": "annet",
        "status": "utkast",
        "source": "lokal praksis",
    }
    return Draft(meta=meta, body=GUIDE_TEMPLATE if kind == "guide" else MISTAKE_TEMPLATE)


def target_path(local_dir: Path, draft: Draft) -> Path:
    return local_dir / FOLDER_OF_KIND[draft.kind] / f"{draft.article_id}.md"


def check_text(
    text: str, path: Path, library: Library, today: date | None = None
) -> tuple[Article | None, list[Problem]]:
    """Everything `content check` says about one file, for text not yet saved."""
    out = FileProblems(path)
    if contains_identity_number(text):
        out.soft_error(
            1, "teksten ser ut til å inneholde et fødselsnummer – fjern det før du lagrer"
        )
    kind = "guide" if path.parent.name == "guides" else "mistake"
    article = parse_article(path, kind, out, text)
    if article is not None:
        check_images(path.parent.parent, article, text, out)
        check_value_keys(text, out)
        known = set(library.articles) | set(library.checklists) | {article.id}
        for target in LINK_RE.findall(article.body):
            if target in library.retired:
                out.warning(1, f"lenke til utgått artikkel {target!r}")
            elif target not in known:
                out.error(1, f"lenke til ukjent artikkel {target!r}")
        if article.is_overdue(today or date.today()):
            out.warning(1, f"skulle vært gjennomgått innen {article.review_by:%Y-%m-%d}")
    return article, out.items


def save_article(local_dir: Path, draft: Draft) -> Path:
    """Write the article into the local folder atomically; returns its path."""
    if not re.match(r"^[a-z0-9][a-z0-9-]{0,99}$", draft.article_id):
        raise ValueError("ugyldig id")
    path = target_path(local_dir, draft)
    atomic_write(path, draft.text())
    return path


def atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file next to `path`, then rename over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
    ) as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(fh.name, path)


def autosave_path(cache_dir: Path, article_id: str) -> Path:
    """Where unsaved editor text is kept (the user's own cache, not the shared folder)."""
    safe = re.sub(r"[^a-z0-9-]", "-", article_id.lower()) or "ny-artikkel"
    return cache_dir / "local-drafts" / f"{safe}.md"


def parse_date(text: str) -> date | None:
    """``ÅÅÅÅ-MM-DD`` (or ``DD.MM.ÅÅÅÅ``) from a form field; None when empty or invalid."""
    text = text.strip()
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None
