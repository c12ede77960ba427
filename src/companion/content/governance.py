"""Approval status and provenance of an article: the data, and the one shared HTML wording.

The domain answers *what* is known (status, who approved it and when, who owns it, what it
rests on, whether review is overdue, whether it is the unit's local version). Qt widgets word
that with tr(); the article page (viewer and PDF share it) words it here, once, so both say
exactly the same thing. The wording is bokmål templates with %1/%2; the viewer passes its own
``tr`` (companion.ui.content_status.banner_word) so an English UI shows English.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from companion.content.model import Article
from companion.content.vocabulary import ContentStatus
from companion.core.placeholders import fill


@dataclass(frozen=True)
class Governance:
    """Everything a reader needs to judge how far to trust an article."""

    status: ContentStatus
    approved_by: str
    approved_at: date | None
    owner: str
    source: str
    review_by: date | None
    overdue: bool
    local: bool


def governance_of(article: Article, today: date | None = None) -> Governance:
    today = today or date.today()
    return Governance(
        status=article.status,
        approved_by=article.approved_by,
        approved_at=article.approved_at,
        owner=article.owner,
        source=article.source,
        review_by=article.review_by,
        overdue=article.is_overdue(today),
        local=article.local,
    )


def needs_review(article: Article, today: date | None = None) -> bool:
    """Drafts and overdue articles are what an editor should look at next."""
    return article.status is ContentStatus.DRAFT or article.is_overdue(today or date.today())


BANNER_CSS = """
p.banner { padding: 6px 10px; margin: 4px 0 8px 0; background-color: #f3f4f6; color: #1f2937; }
p.banner-draft { background-color: #fff4d6; color: #3d2c00; }
p.banner-approved { background-color: #e8f3ea; color: #13361c; }
span.missing-value { background-color: #fff4d6; color: #3d2c00; font-weight: bold; }
"""


Words = Callable[[str], str]


def status_banner_html(article: Article, today: date | None = None, tr: Words = str) -> str:
    """The calm status block at the top of an article page (bokmål unless `tr` words it)."""
    info = governance_of(article, today)
    lines: list[str] = []
    css = "banner"

    def bold(word: str, rest: str) -> str:
        return f"<b>{html.escape(tr(word))}</b> {html.escape(tr(rest))}"

    if info.status is ContentStatus.APPROVED and info.approved_at is not None:
        css = "banner banner-approved"
        text = fill(tr("✓ Godkjent av %1, %2"), info.approved_by, f"{info.approved_at:%d.%m.%Y}")
        if info.owner:
            text += " · " + fill(tr("ansvarlig: %1"), info.owner)
        lines.append(html.escape(text))
    elif info.status is ContentStatus.RETIRED:
        lines.append(bold("Utgått", "– skal ikke brukes lenger"))
    else:
        css = "banner banner-draft"
        lines.append(bold("Utkast", "– ikke godkjent hos dere ennå"))
        if info.owner:
            lines.append(html.escape(fill(tr("Ansvarlig: %1"), info.owner)))
    if info.local:
        lines.append(bold("Lokal versjon", "for deres enhet"))
    if info.source:
        lines.append(html.escape(fill(tr("Bygger på: %1"), info.source)))
    if info.overdue and info.review_by is not None:
        overdue = fill(tr("Skulle vært gjennomgått %1"), f"{info.review_by:%d.%m.%Y}")
        lines.append(html.escape("⚠ " + overdue))
    lines.append(html.escape(tr("Lokal prosedyre gjelder foran.")))
    return f"<p class='{css}'>{'<br/>'.join(lines)}</p>"
