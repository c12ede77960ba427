"""Markdown → sanitised HTML for the viewer and the PDF handouts.

Content is trusted more than user input but not blindly: a `<script>`, an event handler or a
`javascript:` link in an article must never reach the viewer, and images may only come from
inside the content folder. Internal links (`artikkel:ID`) become `companion://artikkel/ID`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import markdown
import nh3

from companion.content.governance import BANNER_CSS, Words, status_banner_html
from companion.content.images import image_src_filter
from companion.content.model import Article, Checklist, Library, Section
from companion.content.values import fill_values
from companion.core.placeholders import fill

INTERNAL_SCHEME = "companion"
ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "div",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "div": {"class"},
    "p": {"class"},
    "span": {"class"},
    "td": {"align"},
    "th": {"align"},
    "h2": {"id"},
    "h3": {"id"},
}
URL_SCHEMES = {"http", "https", "mailto", INTERNAL_SCHEME}
_LINK_RE = re.compile(r"\]\(artikkel:([a-z0-9-]+)\)")
_LIST_AFTER_TEXT_RE = re.compile(
    r"(?m)^(?![ \t]*(?:[-*+]|\d+\.)[ \t])([^\n]*\S[^\n]*)\n(?=[ \t]*(?:[-*+]|\d+\.)[ \t])"
)

CSS = (
    """
body { line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; margin-top: 1.1em; margin-bottom: 0.3em; color: #0b5cab; }
h3 { font-size: 1.1em; }
p, li { margin-top: 0.2em; margin-bottom: 0.35em; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { border: 1px solid #c7ccd4; padding: 4px 8px; }
th { background: #f3f4f6; }
code, kbd { font-family: "DejaVu Sans Mono", monospace; background: #f3f4f6; }
div.admonition { border-left: 4px solid #0b5cab; background: #eef4fb; \
padding: 6px 10px; margin: 8px 0; }
div.warning, div.danger { border-left-color: #b42318; background: #fdf0ef; }
p.admonition-title { font-weight: bold; margin: 0; }
.meta { color: #4b5563; font-size: 0.9em; }
.step-number { color: #4b5563; font-size: 0.9em; }
"""
    + BANNER_CSS
)


@dataclass(frozen=True)
class Rendered:
    html: str
    title: str


def sanitize(raw_html: str, content_root: Path | None = None) -> str:
    """Allow only harmless tags, attributes and URL schemes.

    Images are decided here, on the parsed HTML (nh3's attribute filter sees every ``<img>``
    whatever its quoting or case): a src is kept only as a path inside `content_root`.
    """
    return nh3.clean(
        raw_html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
        attribute_filter=image_src_filter(content_root),
    )


def markdown_to_raw_html(text: str) -> str:
    """Markdown to HTML with internal links rewritten; NOT sanitised (checks only)."""
    text = _LINK_RE.sub(lambda m: f"]({INTERNAL_SCHEME}://artikkel/{m.group(1)})", text)
    # Writers (and GitHub) start lists right after a line of text; Python-Markdown needs a
    # blank line there, so add it rather than render "Før du starter: - Logg inn ...".
    text = _LIST_AFTER_TEXT_RE.sub(lambda m: m.group(1) + "\n\n", text)
    return str(
        markdown.markdown(
            text, extensions=["tables", "admonition", "sane_lists", "toc"], output_format="html"
        )
    )


def markdown_to_html(text: str, content_root: Path | None) -> str:
    """Render Markdown, rewrite internal links, then sanitise (images included)."""
    return sanitize(markdown_to_raw_html(text), content_root)


def _meta_line(article: Article, tr: Words = str) -> str:
    """Only real dates: the next review. No invented "last checked" date is shown."""
    if article.review_by:
        return fill(tr("Skal gjennomgås innen %1"), f"{article.review_by:%d.%m.%Y}")
    return ""


def _section_html(section: Section, root: Path | None, total_steps: int, tr: Words = str) -> str:
    title = html.escape(section.title)
    if section.number is not None:
        step = html.escape(fill(tr("Steg %1 av %2"), section.number, total_steps))
        head = f"<h2>{step}: {title}</h2>"
    else:
        head = f"<h2>{title}</h2>"
    return head + markdown_to_html(section.body, root)


def render_article(
    article: Article,
    content_root: Path | None,
    values: dict[str, str] | None = None,
    today: date | None = None,
    tr: Words = str,
) -> Rendered:
    """The full article page as one sanitised HTML document, local values filled in.

    The status banner (utkast / godkjent / overdue, "Lokal prosedyre gjelder foran") is part
    of the page, so the viewer and the PDF say exactly the same thing.
    """
    total = len(article.steps)
    parts = [f"<h1>{html.escape(article.title)}</h1>", status_banner_html(article, today, tr)]
    meta = _meta_line(article, tr)
    if meta:
        parts.append(f"<p class='meta'>{html.escape(meta)}</p>")
    if article.intro:
        parts.append(markdown_to_html(article.intro, content_root))
    ordered = (
        list(article.steps) + list(article.other_sections)
        if article.kind == "guide"
        else list(article.sections)
    )
    parts.extend(_section_html(s, content_root, total, tr) for s in ordered)
    page = fill_values(sanitize("".join(parts), content_root), values or {})
    return Rendered(html=page, title=article.title)


def render_step(
    article: Article, index: int, content_root: Path | None, values: dict[str, str] | None = None
) -> str:
    """One step for coaching mode (index is 0-based), local values filled in."""
    step = article.steps[index]
    page = sanitize(
        f"<h2>{html.escape(step.title)}</h2>" + markdown_to_html(step.body, content_root),
        content_root,
    )
    return fill_values(page, values or {})


def render_for(
    library: Library, article: Article, today: date | None = None, tr: Words = str
) -> Rendered:
    """Render with the article's own layer folder and the library's local values."""
    return render_article(article, library.root_for(article), library.values, today, tr)


def parse_internal_link(url: str) -> str | None:
    """Return the article id for a `companion://artikkel/ID` URL, else None."""
    prefix = f"{INTERNAL_SCHEME}://artikkel/"
    return url[len(prefix) :].strip("/") or None if url.startswith(prefix) else None


def render_checklist(checklist: Checklist, library: Library) -> str:
    """A checklist as a page: items with what "godkjent" means and a link to the guide."""
    items = []
    for item in checklist.items:
        guide = library.articles.get(item.guide)
        link = (
            f" – <a href='{INTERNAL_SCHEME}://artikkel/{html.escape(guide.id)}'>{html.escape(guide.title)}</a>"
            if guide
            else ""
        )
        optional = "" if item.required else " <span class='meta'>(valgfritt)</span>"
        description = (
            f"<br/><span class='meta'>{html.escape(item.description)}</span>"
            if item.description
            else ""
        )
        items.append(f"<li><b>{html.escape(item.title)}</b>{optional}{link}{description}</li>")
    summary = f"<p>{html.escape(checklist.summary)}</p>" if checklist.summary else ""
    return sanitize(f"<h1>{html.escape(checklist.title)}</h1>{summary}<ol>{''.join(items)}</ol>")
