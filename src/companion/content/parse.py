"""Parse one content file into a domain object, collecting problems instead of raising.

Why not raise: one broken file must never hide the rest, and `content check` reports every
problem with a line number in one run.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from companion.content.images import SYMLINK_OUT, leaves_folder
from companion.content.model import Article, Checklist, ChecklistItem, Problem, Section
from companion.content.vocabulary import CATEGORIES, ContentStatus

MAX_FILE_BYTES = 256 * 1024
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
STEP_RE = re.compile(r"^(?:Steg|Trinn)\s+(\d+)\s*[:.\-–]\s*(.+)$", re.IGNORECASE)
H2_RE = re.compile(r"^##\s+(.+?)\s*#*\s*$")
MISTAKE_SECTIONS = (
    ("hva går galt", "kva går gale"),
    ("hvorfor skjer det", "kvifor skjer det"),
    ("slik gjør du det riktig", "slik gjer du det rett"),
    ("slik retter du opp", "slik rettar du opp"),
)
# libyaml (in the PyYAML wheel) parses front matter ~10x faster than the pure-Python parser.
YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> object:
    """Safe YAML (the same subset as ``yaml.safe_load``), through libyaml when available."""
    return yaml.load(text, Loader=YAML_LOADER)


def load_yaml_mapping(
    path: Path, problems: list[Problem], unreadable: str, not_mapping: str
) -> dict[Any, Any] | None:
    """An optional ``key: value`` YAML file: None (with a problem) when unreadable or not a map."""
    if leaves_folder(path.parent, path):
        problems.append(Problem(path, 1, "error", SYMLINK_OUT))
        return None
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problems.append(Problem(path, 1, "error", f"{unreadable}: {exc}"))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(path, 1, "error", not_mapping))
        return None
    return data


class FileProblems:
    """Collects problems for one file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.items: list[Problem] = []
        self._fatal = False

    def error(self, line: int, message: str) -> None:
        self.items.append(Problem(self.path, line, "error", message))
        self._fatal = True

    def soft_error(self, line: int, message: str) -> None:
        """An error `content check` fails on, but the item is still served (safely degraded)."""
        self.items.append(Problem(self.path, line, "error", message))

    def warning(self, line: int, message: str) -> None:
        self.items.append(Problem(self.path, line, "warning", message))

    @property
    def fatal(self) -> bool:
        return self._fatal


def read_text(path: Path, out: FileProblems) -> str | None:
    """Read a UTF-8 file within the size limit; None (with a problem) otherwise."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        out.error(1, f"kan ikke leses: {exc.strerror}")
        return None
    if size > MAX_FILE_BYTES:
        out.error(
            1, f"filen er for stor ({size // 1024} KiB; grensen er {MAX_FILE_BYTES // 1024} KiB)"
        )
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        out.error(line, "filen er ikke UTF-8 (lagre den som UTF-8)")
        return None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        out.error(1, "filen er tom")
        return None
    return text


def split_front_matter(text: str, out: FileProblems) -> tuple[dict[str, Any], str, int] | None:
    """Return (metadata, body, first body line number)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        out.error(1, "mangler front matter (filen må starte med en linje med ---)")
        return None
    end = next((i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---"), 0)
    if not end:
        out.error(1, "front matter er ikke avsluttet med en linje med ---")
        return None
    try:
        meta = load_yaml("".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        number = (mark.line + 2) if mark is not None else 1
        problem = getattr(exc, "problem", None) or "ugyldig YAML"
        out.error(number, f"front matter kan ikke leses: {problem}")
        return None
    if not isinstance(meta, dict):
        out.error(2, "front matter må være nøkkel: verdi-par")
        return None
    return meta, "".join(lines[end + 1 :]), end + 2


def key_line(text: str, key: str) -> int:
    """Line number of ``key:`` in the front matter (for messages), else 1."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return 1


def _as_date(value: Any, key: str, text: str, out: FileProblems) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        out.error(
            key_line(text, key), f"{key} må være en dato på formen ÅÅÅÅ-MM-DD, fikk {value!r}"
        )
        return None


def _as_list(value: Any, key: str, text: str, out: FileProblems) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if isinstance(value, list):
        return tuple(str(v).strip() for v in value if str(v).strip())
    out.error(key_line(text, key), f"{key} må være en liste")
    return ()


def split_sections(body: str) -> tuple[str, list[tuple[str, str, int]]]:
    """Split Markdown at level-2 headings: (intro, [(heading, body, line offset)])."""
    intro: list[str] = []
    sections: list[tuple[str, list[str], int]] = []
    in_fence = False
    for offset, line in enumerate(body.splitlines()):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        match = None if in_fence else H2_RE.match(line)
        if match:
            sections.append((match.group(1).strip(), [], offset))
        elif sections:
            sections[-1][1].append(line)
        else:
            intro.append(line)
    return "\n".join(intro).strip(), [(t, "\n".join(b).strip(), o) for t, b, o in sections]


def _first_paragraph(markdown_text: str) -> str:
    for block in re.split(r"\n\s*\n", markdown_text):
        block = block.strip()
        if block and not block.startswith(("#", "-", "*", "|", "!", ">")):
            return re.sub(r"\s+", " ", re.sub(r"[*_`]", "", block))[:300]
    return ""


def parse_article(
    path: Path, default_kind: str, out: FileProblems, text: str | None = None
) -> Article | None:
    """Parse a guide or mistake; None if it has errors that make it unusable.

    `text` lets the in-app editor check what is typed before it is saved.
    """
    text = read_text(path, out) if text is None else text.removeprefix("\ufeff")
    if text is None:
        return None
    parts = split_front_matter(text, out)
    if parts is None:
        return None
    meta, body, body_line = parts
    article_id, title = meta.get("id"), meta.get("title")
    if not article_id:
        out.error(2, "mangler id i front matter")
    elif not ID_RE.match(str(article_id)):
        out.error(
            key_line(text, "id"),
            f"id {article_id!r} må bare ha små bokstaver a-z, tall og bindestrek",
        )
    if not title:
        out.error(2, "mangler title i front matter")
    kind = str(meta.get("kind") or default_kind)
    if kind not in ("guide", "mistake"):
        out.error(key_line(text, "kind"), f"kind må være guide eller mistake, fikk {kind!r}")
    category = str(meta.get("category") or "annet")
    if category not in CATEGORIES:
        out.warning(key_line(text, "category"), f"ukjent kategori {category!r}; bruker 'annet'")
        category = "annet"
    intro, raw_sections = split_sections(body)
    sections = _sections(raw_sections, kind, body_line, out)
    if out.fatal:
        return None
    governance = _governance(meta, text, out)
    return Article(
        id=str(article_id),
        title=str(title).strip(),
        kind="guide" if kind == "guide" else "mistake",
        category=category,
        path=path,
        body=body,
        intro=intro,
        sections=tuple(sections),
        tags=_as_list(meta.get("tags"), "tags", text, out),
        roles=_as_list(meta.get("roles"), "roles", text, out) or ("alle",),
        summary=str(meta.get("summary") or _first_paragraph(intro or body)).strip(),
        lang=str(meta.get("lang") or "nb"),
        related=_as_list(meta.get("related"), "related", text, out),
        valid_from=_as_date(meta.get("valid_from"), "valid_from", text, out),
        review_by=_as_date(meta.get("review_by"), "review_by", text, out),
        **governance,
    )


def _text_field(meta: dict[str, Any], key: str) -> str:
    value = meta.get(key)
    return "" if value is None else " ".join(str(value).split())


def _governance(meta: dict[str, Any], text: str, out: FileProblems) -> dict[str, Any]:
    """status, owner, source and approval; a claimed approval must say who and when.

    A bad value is an error for `content check`, but the article is still served as
    ``utkast``: never shown as approved without a name and a date.
    """
    raw = str(meta.get("status") or ContentStatus.DRAFT).strip().lower()
    try:
        status = ContentStatus(raw)
    except ValueError:
        out.soft_error(
            key_line(text, "status"),
            f"status må være utkast, godkjent eller utgått, fikk {raw!r}; vises som utkast",
        )
        status = ContentStatus.DRAFT
    approved_by = _text_field(meta, "approved_by")
    approved_at = _as_date(meta.get("approved_at"), "approved_at", text, out)
    if status is ContentStatus.APPROVED and (not approved_by or approved_at is None):
        missing = " og ".join(
            f"{key} ({hint})"
            for key, hint, value in (
                ("approved_by", "hvem som godkjente", approved_by),
                ("approved_at", "dato", approved_at),
            )
            if not value
        )
        out.soft_error(
            key_line(text, "status"), f"status godkjent krever {missing}; vises som utkast"
        )
        status = ContentStatus.DRAFT
    return {
        "status": status,
        "owner": _text_field(meta, "owner"),
        "source": _text_field(meta, "source"),
        "approved_by": approved_by,
        "approved_at": approved_at,
    }


def _sections(
    raw: list[tuple[str, str, int]], kind: str, body_line: int, out: FileProblems
) -> list[Section]:
    sections: list[Section] = []
    expected = 1
    for heading, text, offset in raw:
        match = STEP_RE.match(heading) if kind == "guide" else None
        if match:
            number = int(match.group(1))
            if number != expected:
                out.error(
                    body_line + offset,
                    f"steg {number} skulle vært steg {expected} (nummerer stegene 1, 2, 3 …)",
                )
            expected = number + 1
            sections.append(Section(match.group(2).strip(), text, number))
        else:
            sections.append(Section(heading, text))
    if kind == "guide" and expected == 1:
        out.warning(body_line, "veiledningen har ingen steg (## Steg 1: …)")
    if kind == "mistake":
        found = [s.title.lower().rstrip("?") for s in sections]
        for variants in MISTAKE_SECTIONS:
            if not any(v in found for v in variants):
                out.warning(body_line, f"mangler avsnittet «## {variants[0].capitalize()}»")
    return sections


def parse_checklist(path: Path, out: FileProblems) -> Checklist | None:
    """Parse a checklist YAML file."""
    text = read_text(path, out)
    if text is None:
        return None
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        out.error(
            (mark.line + 1) if mark is not None else 1,
            f"YAML kan ikke leses: {getattr(exc, 'problem', None) or exc}",
        )
        return None
    if not isinstance(data, dict):
        out.error(1, "sjekklisten må være nøkkel: verdi-par")
        return None
    for key in ("id", "title"):
        if not data.get(key):
            out.error(1, f"mangler {key}")
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        out.error(key_line(text, "items"), "sjekklisten må ha en liste items med minst ett punkt")
        raw_items = []
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items, start=1):
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("title"):
            out.error(key_line(text, "items"), f"punkt {index} må ha id og title")
            continue
        item_id = str(raw["id"])
        if item_id in seen:
            out.error(key_line(text, "items"), f"punkt-id {item_id!r} finnes to ganger")
        seen.add(item_id)
        items.append(
            ChecklistItem(
                id=item_id,
                title=str(raw["title"]),
                guide=str(raw.get("guide") or ""),
                required=bool(raw.get("required", True)),
                description=str(raw.get("description") or ""),
            )
        )
    if out.fatal:
        return None
    return Checklist(
        id=str(data["id"]),
        title=str(data["title"]),
        role=str(data.get("role") or "alle"),
        path=path,
        items=tuple(items),
        summary=str(data.get("summary") or ""),
        review_by=_as_date(data.get("review_by"), "review_by", text, out),
    )
