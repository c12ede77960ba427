"""Approval status and provenance of an article: the data, and the one shared HTML wording.

The domain answers *what* is known (status, who approved it and when, who owns it, what it
rests on, whether review is overdue, whether it is the unit's local version). Qt widgets word
that with tr(); the article page (viewer and PDF share it) words it here, once, so both say
exactly the same thing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from companion.content.model import Article, ContentStatus


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


def status_banner_html(article: Article, today: date | None = None) -> str:
    """The calm status block at the top of an article page (Norwegian; viewer and PDF)."""
    info = governance_of(article, today)
    lines: list[str] = []
    css = "banner"
    if info.status is ContentStatus.APPROVED and info.approved_at is not None:
        css = "banner banner-approved"
        text = f"✓ Godkjent av {info.approved_by}, {info.approved_at:%d.%m.%Y}"
        if info.owner:
            text += f" · ansvarlig: {info.owner}"
        lines.append(html.escape(text))
    elif info.status is ContentStatus.RETIRED:
        lines.append("<b>Utgått</b> – skal ikke brukes lenger")
    else:
        css = "banner banner-draft"
        lines.append("<b>Utkast</b> – ikke godkjent hos dere ennå")
        if info.owner:
            lines.append(html.escape(f"Ansvarlig: {info.owner}"))
    if info.local:
        lines.append("<b>Lokal versjon</b> for deres enhet")
    if info.source:
        lines.append(html.escape(f"Bygger på: {info.source}"))
    if info.overdue and info.review_by is not None:
        lines.append(html.escape(f"⚠ Skulle vært gjennomgått {info.review_by:%d.%m.%Y}"))
    lines.append("Lokal prosedyre gjelder foran.")
    return f"<p class='{css}'>{'<br/>'.join(lines)}</p>"
