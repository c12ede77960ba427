"""One term per concept: warn where content uses a variant the glossary (ordliste.yaml) avoids.

Why a warning and not an error: a variant does not make an article unusable, but staff who
meet "ordinering" in one article and "ordinasjon" in the next lose time wondering whether they
are two things. The glossary lives in the content folder so a municipality can adjust it.

Only the text staff read is checked: article bodies, `title` and `summary`, and checklist
titles/descriptions. Tags are left alone on purpose (they hold variants so search finds the
article), and so are code spans, fenced code, link targets and `{{local values}}`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from companion.content.model import Problem

GLOSSARY_FILE = "ordliste.yaml"
_FRONT_MATTER_KEYS = ("title:", "summary:")
_CHECKLIST_KEYS = re.compile(r"^\s*(?:-\s*)?(?:title|summary|description)\s*:")
_CODE_SPAN = re.compile(r"`[^`]*`")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_LOCAL_VALUE = re.compile(r"\{\{[^}]*\}\}")
_PARENS = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Term:
    """A preferred term with the variants to avoid and Epic's English term."""

    term: str
    avoid: tuple[str, ...] = ()
    epic: str = ""
    epic_in_text: bool = False
    note: str = ""


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    term: Term
    is_epic: bool


def _word_regex(phrase: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def load_glossary(root: Path, problems: list[Problem]) -> list[Term]:
    """Read ``ordliste.yaml`` from the content folder; an absent file means no glossary."""
    path = Path(root) / GLOSSARY_FILE
    if not path.is_file():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problems.append(Problem(path, 1, "error", f"ordlisten kan ikke leses: {exc}"))
        return []
    raw_terms = data.get("terms") if isinstance(data, dict) else None
    if not isinstance(raw_terms, list):
        problems.append(Problem(path, 1, "error", "ordlisten må ha en liste «terms»"))
        return []
    terms: list[Term] = []
    for index, raw in enumerate(raw_terms, start=1):
        if not isinstance(raw, dict) or not raw.get("term"):
            problems.append(Problem(path, 1, "error", f"ord nummer {index} mangler «term»"))
            continue
        avoid = raw.get("avoid") or []
        terms.append(
            Term(
                term=str(raw["term"]),
                avoid=tuple(str(v) for v in (avoid if isinstance(avoid, list) else [avoid])),
                epic=str(raw.get("epic") or ""),
                epic_in_text=bool(raw.get("epic_in_text", False)),
                note=str(raw.get("note") or ""),
            )
        )
    return terms


def _patterns(terms: Iterable[Term]) -> list[_Pattern]:
    patterns: list[_Pattern] = []
    for term in terms:
        patterns += [_Pattern(_word_regex(v), term, False) for v in term.avoid]
        if term.epic and not term.epic_in_text and term.epic.lower() != term.term.lower():
            patterns.append(_Pattern(_word_regex(term.epic), term, True))
    return patterns


def _checked_lines(text: str, is_yaml: bool) -> Iterable[tuple[int, str]]:
    """(line number, text to check) for the lines staff read."""
    lines = text.splitlines()
    body_start = 0
    if not is_yaml and lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
        for number in range(1, end):
            if lines[number].startswith(_FRONT_MATTER_KEYS):
                yield number + 1, lines[number].split(":", 1)[1]
        body_start = end + 1
    in_fence = False
    for number in range(body_start, len(lines)):
        line = lines[number]
        if is_yaml:
            if _CHECKLIST_KEYS.match(line):
                yield number + 1, line.split(":", 1)[1]
            continue
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield number + 1, line


def check_text(path: Path, text: str, terms: Iterable[Term]) -> list[Problem]:
    """Warnings for every avoided variant in `text` (Markdown article or checklist YAML)."""
    patterns = _patterns(terms)
    problems: list[Problem] = []
    for number, line in _checked_lines(text, path.suffix.lower() in (".yaml", ".yml")):
        for cleaner in (_CODE_SPAN, _LINK_TARGET, _LOCAL_VALUE):
            line = cleaner.sub(lambda m: " " * len(m.group(0)), line)
        parens = [m.span() for m in _PARENS.finditer(line)]
        for pattern in patterns:
            for match in pattern.regex.finditer(line):
                if pattern.is_epic and any(a < match.start() < b for a, b in parens):
                    continue
                problems.append(
                    Problem(
                        path,
                        number,
                        "warning",
                        f"«{match.group(0)}»: bruk «{pattern.term.term}» (se ordliste.yaml)",
                    )
                )
    return problems


def check_files(root: Path, paths: Iterable[Path], problems: list[Problem]) -> list[Problem]:
    """Glossary warnings for `paths`; problems with the glossary itself go to `problems`."""
    terms = load_glossary(root, problems)
    if not terms:
        return []
    found: list[Problem] = []
    for path in paths:
        found += check_text(path, path.read_text(encoding="utf-8"), terms)
    return found
