"""Flatten guides, mistakes and checklists into searchable documents with plain-text fields.

Why a separate shape: the index needs each kind of text in its own field (a word in the title
says more than the same word deep in the body), and snippets need plain text without Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from companion.content.model import Article, Checklist, Library

CHECKLIST_CATEGORY = "annet"
# Section headings every mistake article has; they say nothing about the topic.
GENERIC_HEADINGS = frozenset(
    {
        "hva går galt",
        "hvorfor skjer det",
        "slik gjør du det riktig",
        "slik retter du opp",
        "kva går gale",
        "kvifor skjer det",
        "slik gjer du det rett",
        "slik rettar du opp",
        "tips",
        "vanlige feil",
        "vanlege feil",
        "se også",
        "sjå også",
        "les også",
    }
)
ARTICLE_LINK_RE = re.compile(r"\[([^\]]*)\]\(artikkel:[^)]*\)")
LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
LINE_PREFIX_RE = re.compile(r"\s*(?:#+\s*|>\s?|[-*+]\s+|\d+[.)]\s+)")


@dataclass(frozen=True)
class SearchDocument:
    """One searchable item. ``segments`` are plain-text passages a snippet can be cut from."""

    id: str
    title: str
    kind: str
    category: str
    roles: tuple[str, ...]
    tags: tuple[str, ...]
    summary: str
    headings: str
    body: str
    segments: tuple[str, ...]


def plain_text(markdown: str, keep_article_links: bool = True) -> str:
    """Markdown to readable plain text; links to other articles can be dropped entirely.

    Links to other articles are dropped from the *indexed* body because their text is the other
    article's title: "Se Gitt dose er ikke registrert" would otherwise make this article compete
    with the one it points to.
    """
    text = markdown
    if "](" in text:
        if not keep_article_links and "](artikkel:" in text:
            text = ARTICLE_LINK_RE.sub(" ", text)
        text = LINK_RE.sub(r"\1", text)
    if "**" in text or "__" in text or "`" in text:
        text = text.replace("**", "").replace("__", "").replace("`", "")
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line[:1] in ("#", ">", "-", "*", "+", " ", "\t") or line[:1].isdigit():
            match = LINE_PREFIX_RE.match(line)
            if match:
                lines[i] = line[match.end() :]
    return "\n".join(lines)


SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«\"(])")
MIN_PASSAGE = 60


def _passages(text: str) -> list[str]:
    """Split plain text into sentence-sized passages for snippets.

    Short sentences are joined with the next one so a snippet has some context; one passage is
    what a search hit shows, and a short passage keeps highlighting cheap.
    """
    out: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        pending = ""
        for sentence in SENTENCE_END_RE.split(line):
            pending = f"{pending} {sentence}" if pending else sentence
            if len(pending) >= MIN_PASSAGE:
                out.append(pending)
                pending = ""
        if pending:
            out.append(pending)
    return out


def article_document(article: Article) -> SearchDocument:
    headings = [
        s.title for s in article.sections if s.title.lower().rstrip("?") not in GENERIC_HEADINGS
    ]
    parts = [article.intro] + [s.body for s in article.sections]
    body = "\n".join(plain_text(p, keep_article_links=False) for p in parts if p)
    segments = [article.summary] if article.summary else []
    for part in [
        article.intro,
        *(f"{s.title}: {s.body}" if s.number else s.body for s in article.sections),
    ]:
        segments.extend(_passages(plain_text(part)))
    return SearchDocument(
        id=article.id,
        title=article.title,
        kind=article.kind,
        category=article.category,
        roles=tuple(article.roles) or ("alle",),
        tags=tuple(article.tags),
        summary=article.summary,
        headings="\n".join(headings),
        body=body,
        segments=tuple(dict.fromkeys(segments)),
    )


def checklist_document(checklist: Checklist) -> SearchDocument:
    items = [item.title for item in checklist.items]
    descriptions = [item.description for item in checklist.items if item.description]
    segments = [checklist.summary] if checklist.summary else []
    segments.extend(
        f"{item.title}: {item.description}" if item.description else item.title
        for item in checklist.items
    )
    return SearchDocument(
        id=checklist.id,
        title=checklist.title,
        kind="checklist",
        category=CHECKLIST_CATEGORY,
        roles=(checklist.role,),
        tags=(),
        summary=checklist.summary,
        headings="\n".join(items),
        body="\n".join(descriptions),
        segments=tuple(segments),
    )


def library_documents(library: Library) -> Iterator[SearchDocument]:
    """Every article and checklist of a library, in a stable order."""
    for article_id in sorted(library.articles):
        yield article_document(library.articles[article_id])
    for checklist_id in sorted(library.checklists):
        yield checklist_document(library.checklists[checklist_id])
