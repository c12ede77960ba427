"""Domain types for content; immutable so they can be shared across threads freely."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from companion.content.vocabulary import ContentStatus

Kind = Literal["guide", "mistake"]
Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding about a content file, printed as ``path:line: message``."""

    path: Path
    line: int
    severity: Severity
    message: str

    def format(self, root: Path | None = None) -> str:
        shown = self.path
        if root is not None:
            try:
                shown = self.path.relative_to(root)
            except ValueError:
                pass
        prefix = "advarsel: " if self.severity == "warning" else ""
        return f"{shown}:{self.line}: {prefix}{self.message}"


@dataclass(frozen=True)
class Section:
    """A level-2 section of an article; for guides, steps are sections with a number."""

    title: str
    body: str
    number: int | None = None


@dataclass(frozen=True)
class Article:
    """A guide (``kind == 'guide'``) or a common mistake (``kind == 'mistake'``)."""

    id: str
    title: str
    kind: Kind
    category: str
    path: Path
    body: str
    intro: str = ""
    sections: tuple[Section, ...] = ()
    tags: tuple[str, ...] = ()
    roles: tuple[str, ...] = ("alle",)
    summary: str = ""
    lang: str = "nb"
    related: tuple[str, ...] = ()
    valid_from: date | None = None
    review_by: date | None = None
    status: ContentStatus = ContentStatus.DRAFT
    owner: str = ""
    source: str = ""
    approved_by: str = ""
    approved_at: date | None = None
    local: bool = False

    @property
    def steps(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.number is not None)

    @property
    def other_sections(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.number is None)

    def is_overdue(self, today: date) -> bool:
        return self.review_by is not None and self.review_by < today


@dataclass(frozen=True)
class ChecklistItem:
    """One thing a trainee must be shown, practise and have signed off."""

    id: str
    title: str
    guide: str = ""
    required: bool = True
    description: str = ""


@dataclass(frozen=True)
class Checklist:
    """A role's training checklist."""

    id: str
    title: str
    role: str
    path: Path
    items: tuple[ChecklistItem, ...]
    summary: str = ""
    review_by: date | None = None


@dataclass
class Library:
    """Everything loaded from one content folder (or a merged central + local set).

    Bad files are skipped and listed. ``articles`` holds only articles that may be offered;
    retired ones (``status: utgått``) live in ``retired`` so search, lists and checklists never
    see them while links to them can still say "utgått".
    """

    root: Path
    articles: dict[str, Article] = field(default_factory=dict)
    retired: dict[str, Article] = field(default_factory=dict)
    checklists: dict[str, Checklist] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    synonyms: dict[str, list[str]] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    local_root: Path | None = None
    # How many of `problems` are about single files; the rest come from whole-library checks
    # (links, review dates) and are recomputed when layers are merged.
    file_problem_count: int | None = None

    def file_problems(self) -> list[Problem]:
        if self.file_problem_count is None:
            return list(self.problems)
        return self.problems[: self.file_problem_count]

    def root_for(self, article: Article) -> Path:
        """The folder an article's images are resolved in (its own layer's folder)."""
        if article.local and self.local_root is not None:
            return self.local_root
        return self.root

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def guides(self) -> list[Article]:
        return sorted(
            (a for a in self.articles.values() if a.kind == "guide"), key=lambda a: a.title
        )

    def mistakes(self) -> list[Article]:
        return sorted(
            (a for a in self.articles.values() if a.kind == "mistake"), key=lambda a: a.title
        )

    def title_of(self, item_id: str) -> str:
        if item_id in self.articles:
            return self.articles[item_id].title
        if item_id in self.checklists:
            return self.checklists[item_id].title
        return item_id
