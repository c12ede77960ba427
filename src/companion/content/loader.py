"""Load a content folder: every good file is served, every bad one is skipped and reported."""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

from companion.content import glossary
from companion.content.images import SYMLINK_OUT, leaves_folder, resolve_image
from companion.content.model import Article, Library, Problem
from companion.content.parse import (
    FileProblems,
    key_line,
    load_yaml_mapping,
    parse_article,
    parse_checklist,
    read_text,
)
from companion.content.values import KNOWN_VALUES, load_values, used_keys
from companion.content.vocabulary import ContentStatus

log = logging.getLogger(__name__)

LINK_RE = re.compile(r"\]\(artikkel:([^)\s]*)\)")
FOLDERS = (("guides", "guide"), ("kb", "mistake"))
__all__ = [
    "LINK_RE",
    "check_images",
    "check_library",
    "check_value_keys",
    "load_layer",
    "load_library",
    "resolve_image",
]


def _line_of(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


def _file_line(path: Path, needle: str) -> int:
    """Line of `needle` in a file, read only when a problem is reported (keeps loads lean)."""
    try:
        return _line_of(path.read_text(encoding="utf-8"), needle)
    except (OSError, UnicodeDecodeError):
        return 1


def _file_key_line(path: Path, key: str) -> int:
    try:
        return key_line(path.read_text(encoding="utf-8"), key)
    except (OSError, UnicodeDecodeError):
        return 1


def check_images(root: Path, article: Article, text: str, out: FileProblems) -> None:
    """Report every image that will not be shown, found in the sanitised HTML (any form)."""
    body = article.body
    if "![" not in body and "<img" not in body.lower():
        return
    from companion.content.images import image_problem, image_sources
    from companion.content.render import markdown_to_raw_html

    # Every <img> the Markdown produces, before sanitising: what the sanitiser drops is
    # reported here, so the author learns why a picture is missing.
    for reference in image_sources(markdown_to_raw_html(body)):
        message = image_problem(root, reference)
        if message:
            out.error(_line_of(text, reference), message)


def load_synonyms(root: Path, problems: list[Problem]) -> dict[str, list[str]]:
    """Optional local synonyms: ``term: [synonym, ...]`` in synonyms.yaml."""
    path = root / "synonyms.yaml"
    if not path.is_file():
        return {}
    data = load_yaml_mapping(
        path, problems, "synonymlisten kan ikke leses", "synonymlisten må være ord: [synonym, ...]"
    )
    if data is None:
        return {}
    result: dict[str, list[str]] = {}
    for term, synonyms in data.items():
        values = synonyms if isinstance(synonyms, list) else [synonyms]
        result[str(term).lower()] = [str(v).lower() for v in values if v]
    return result


def load_library(root: Path, today: date | None = None, cache_dir: Path | None = None) -> Library:
    """Load and validate everything under `root`; never raises for bad content."""
    return check_library(load_layer(root, cache_dir), today)


def load_layer(root: Path, cache_dir: Path | None = None) -> Library:
    """Parse one folder without the whole-library checks (those run after layers merge).

    With `cache_dir`, an unchanged folder (same file paths, sizes and mtimes) is read back
    from the cache instead of being parsed again.
    """
    root = Path(root)
    if cache_dir is None or not root.is_dir():
        return parse_folder(root)
    from companion.content.cache import cached

    return cached(root, cache_dir, parse_folder)


def parse_folder(root: Path) -> Library:
    """Parse every file of one content folder."""
    root = Path(root)
    library = Library(root=root)
    if not root.is_dir():
        library.problems.append(Problem(root, 1, "error", "innholdsmappen finnes ikke"))
        return library
    sources: dict[str, Path] = {}
    terms = glossary.load_glossary(root, library.problems)

    def register(item_id: str, path: Path, line: int, out: FileProblems) -> bool:
        if item_id in sources:
            out.error(
                line,
                f"id {item_id!r} er brukt i både {sources[item_id].relative_to(root)} "
                f"og {path.relative_to(root)}",
            )
            return False
        sources[item_id] = path
        return True

    for folder, kind in FOLDERS:
        for path in sorted((root / folder).glob("*.md")):
            out = FileProblems(path)
            if leaves_folder(root, path):
                out.error(1, SYMLINK_OUT)
            text = None if out.fatal else read_text(path, out)
            article = parse_article(path, kind, out, text) if text is not None else None
            if article is not None and text is not None:
                check_images(root, article, text, out)
                check_value_keys(text, out)
                if terms and article.lang != "en":
                    out.items += glossary.check_text(path, text, terms)
                if not out.fatal and register(article.id, path, key_line(text, "id"), out):
                    target = (
                        library.retired
                        if article.status is ContentStatus.RETIRED
                        else library.articles
                    )
                    target[article.id] = article
            _finish(library, path, out)
    for path in sorted((root / "checklists").glob("*.y*ml")):
        out = FileProblems(path)
        if leaves_folder(root, path):
            out.error(1, SYMLINK_OUT)
        checklist = None if out.fatal else parse_checklist(path, out)
        if checklist is not None and terms:
            out.items += glossary.check_text(path, path.read_text(encoding="utf-8"), terms)
        if checklist is not None and register(checklist.id, path, 1, out):
            library.checklists[checklist.id] = checklist
        _finish(library, path, out)
    library.synonyms = load_synonyms(root, library.problems)
    library.values = load_values(root, library.problems)
    return library


def check_value_keys(text: str, out: FileProblems) -> None:
    """Warn about ``{{key}}`` names that are not known local values (typos)."""
    for key in used_keys(text):
        if key not in KNOWN_VALUES:
            out.warning(_line_of(text, key), f"ukjent lokal verdi {{{{{key}}}}}")


def check_library(library: Library, today: date | None = None) -> Library:
    """Run the whole-library checks once (links, related ids, checklist guides, review dates)."""
    library.file_problem_count = len(library.file_problems())
    del library.problems[library.file_problem_count :]
    _cross_check(library, today or date.today())
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


def _link_problem(library: Library, target: str, what: str) -> tuple[str, str] | None:
    if target in library.articles or target in library.checklists:
        return None
    if target in library.retired:
        return "warning", f"{what} utgått artikkel {target!r} (vises som utgått)"
    return "error", f"{what} ukjent artikkel {target!r}"


def _cross_check(library: Library, today: date) -> None:
    """Checks that need the whole library: links, related ids, checklist guides, review dates."""
    add = library.problems.append
    for article in library.articles.values():
        for target in LINK_RE.findall(article.body):
            found = _link_problem(library, target, "lenke til")
            if found:
                line = _file_line(article.path, f"artikkel:{target}")
                add(Problem(article.path, line, found[0], found[1]))  # type: ignore[arg-type]
        for target in article.related:
            found = _link_problem(library, target, "related peker på")
            if found:
                line = _file_key_line(article.path, "related")
                add(Problem(article.path, line, found[0], found[1]))  # type: ignore[arg-type]
        if article.is_overdue(today):
            add(
                Problem(
                    article.path,
                    _file_key_line(article.path, "review_by"),
                    "warning",
                    f"skulle vært gjennomgått innen {article.review_by:%Y-%m-%d}",
                )
            )
    for checklist in library.checklists.values():
        text = checklist.path.read_text(encoding="utf-8")
        for item in checklist.items:
            guide = library.articles.get(item.guide)
            if item.guide in library.retired:
                library.problems.append(
                    Problem(
                        checklist.path,
                        _line_of(text, f"guide: {item.guide}"),
                        "warning",
                        f"punktet {item.id!r} viser til en utgått veiledning {item.guide!r}",
                    )
                )
            elif item.guide and (guide is None or guide.kind != "guide"):
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
