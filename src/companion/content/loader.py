"""Load a content folder: every good file is served, every bad one is skipped and reported."""

from __future__ import annotations

import logging
import os
import re
from datetime import date
from pathlib import Path

import yaml

from companion.content import glossary
from companion.content.model import Article, Library, Problem
from companion.content.parse import FileProblems, key_line, parse_article, parse_checklist

log = logging.getLogger(__name__)

LINK_RE = re.compile(r"\]\(artikkel:([^)\s]*)\)")
IMAGE_RE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg", ".gif", ".webp"}
MAX_IMAGE_BYTES = 5 * 1024 * 1024
FOLDERS = (("guides", "guide"), ("kb", "mistake"))


def _line_of(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


def resolve_image(root: Path, reference: str) -> Path | None:
    """Resolve an image reference inside `root`, lexically, before touching the filesystem.

    Returns None for anything that would leave the folder (``../``, absolute paths, URLs), so
    a hostile article can never make the app read ``/etc/passwd``.
    """
    if (
        "://" in reference
        or reference.startswith(("/", "\\"))
        or re.match(r"^[A-Za-z]:", reference)
    ):
        return None
    normal = os.path.normpath(reference.replace("\\", "/"))
    if normal.startswith("..") or os.path.isabs(normal):
        return None
    return root / normal


def _check_images(root: Path, article: Article, text: str, out: FileProblems) -> None:
    for reference in IMAGE_RE.findall(article.body):
        line = _line_of(text, reference)
        target = resolve_image(root, reference)
        if target is None:
            out.error(line, f"bildet {reference!r} peker ut av innholdsmappen og blir ikke lest")
        elif target.suffix.lower() not in IMAGE_SUFFIXES:
            out.error(line, f"bildet {reference!r} har en filtype som ikke støttes")
        elif not target.is_file():
            out.error(line, f"bildet {reference!r} finnes ikke")
        elif target.stat().st_size > MAX_IMAGE_BYTES:
            out.error(line, f"bildet {reference!r} er større enn 5 MiB")


def load_synonyms(root: Path, problems: list[Problem]) -> dict[str, list[str]]:
    """Optional local synonyms: ``term: [synonym, ...]`` in synonyms.yaml."""
    path = root / "synonyms.yaml"
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problems.append(Problem(path, 1, "error", f"synonymlisten kan ikke leses: {exc}"))
        return {}
    if not isinstance(data, dict):
        problems.append(Problem(path, 1, "error", "synonymlisten må være ord: [synonym, ...]"))
        return {}
    result: dict[str, list[str]] = {}
    for term, synonyms in data.items():
        values = synonyms if isinstance(synonyms, list) else [synonyms]
        result[str(term).lower()] = [str(v).lower() for v in values if v]
    return result


def load_library(root: Path, today: date | None = None) -> Library:
    """Load and validate everything under `root`; never raises for bad content."""
    root = Path(root)
    library = Library(root=root)
    if not root.is_dir():
        library.problems.append(Problem(root, 1, "error", "innholdsmappen finnes ikke"))
        return library
    sources: dict[str, Path] = {}
    texts: dict[str, str] = {}

    def register(item_id: str, path: Path, line: int, out: FileProblems) -> bool:
        if item_id in sources:
            out.error(
                line,
                f"id {item_id!r} er brukt i både {sources[item_id].relative_to(root)} og {path.relative_to(root)}",
            )
            return False
        sources[item_id] = path
        return True

    for folder, kind in FOLDERS:
        for path in sorted((root / folder).glob("*.md")):
            out = FileProblems(path)
            article = parse_article(path, kind, out)
            if article is not None:
                text = path.read_text(encoding="utf-8")
                _check_images(root, article, text, out)
                if not out.fatal and register(article.id, path, key_line(text, "id"), out):
                    library.articles[article.id] = article
                    texts[article.id] = text
            _finish(library, path, out)
    for path in sorted((root / "checklists").glob("*.y*ml")):
        out = FileProblems(path)
        checklist = parse_checklist(path, out)
        if checklist is not None and register(checklist.id, path, 1, out):
            library.checklists[checklist.id] = checklist
        _finish(library, path, out)
    library.synonyms = load_synonyms(root, library.problems)
    _cross_check(library, texts, today or date.today())
    checked = [a.path for a in library.articles.values() if a.lang != "en"]
    checked += [c.path for c in library.checklists.values()]
    library.problems += glossary.check_files(root, checked, library.problems)
    return library


def _finish(library: Library, path: Path, out: FileProblems) -> None:
    library.problems.extend(out.items)
    if out.fatal:
        library.skipped.append(path)
        log.warning(
            "content file skipped: %s (%s)",
            path,
            "; ".join(p.message for p in out.items if p.severity == "error"),
        )


def _cross_check(library: Library, texts: dict[str, str], today: date) -> None:
    """Checks that need the whole library: links, related ids, checklist guides, review dates."""
    known = set(library.articles) | set(library.checklists)
    for article in library.articles.values():
        text = texts[article.id]
        for target in LINK_RE.findall(article.body):
            if target not in known:
                library.problems.append(
                    Problem(
                        article.path,
                        _line_of(text, f"artikkel:{target}"),
                        "error",
                        f"lenke til ukjent artikkel {target!r}",
                    )
                )
        for target in article.related:
            if target not in known:
                library.problems.append(
                    Problem(
                        article.path,
                        key_line(text, "related"),
                        "error",
                        f"related peker på ukjent artikkel {target!r}",
                    )
                )
        if article.is_overdue(today):
            library.problems.append(
                Problem(
                    article.path,
                    key_line(text, "review_by"),
                    "warning",
                    f"skulle vært gjennomgått innen {article.review_by:%Y-%m-%d}",
                )
            )
    for checklist in library.checklists.values():
        text = checklist.path.read_text(encoding="utf-8")
        for item in checklist.items:
            guide = library.articles.get(item.guide)
            if item.guide and (guide is None or guide.kind != "guide"):
                library.problems.append(
                    Problem(
                        checklist.path,
                        _line_of(text, f"guide: {item.guide}"),
                        "error",
                        f"punktet {item.id!r} viser til ukjent veiledning {item.guide!r}",
                    )
                )
        if checklist.review_by and checklist.review_by < today:
            library.problems.append(
                Problem(
                    checklist.path,
                    key_line(text, "review_by"),
                    "warning",
                    f"skulle vært gjennomgått innen {checklist.review_by:%Y-%m-%d}",
                )
            )
