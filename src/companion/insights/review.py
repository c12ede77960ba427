"""*Innhold som må gjennomgås*: the articles an editor should look at next.

Three reasons, any combination: still a draft (not approved locally), past its review date,
or marked «Nei» on «Var dette nyttig?» more often than «Ja». Feedback counts cover all time:
an article's usefulness does not reset with the report period. Retired articles are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Connection, text

from companion.content.model import Article, Library
from companion.content.vocabulary import ContentStatus
from companion.insights.scope import LOCAL_ONLY, TeamExtras, combine

FEEDBACK_ALL_TIME = """
SELECT article_id, SUM(helpful = 0) AS no, SUM(helpful != 0) AS yes
FROM feedback GROUP BY article_id
"""


class ReviewReason(StrEnum):
    DRAFT = "utkast"
    OVERDUE = "forfalt"
    UNHELPFUL = "lite-nyttig"


@dataclass(frozen=True)
class ReviewItem:
    """One article in the review list; the UI words the reasons."""

    article_id: str
    title: str
    kind: str
    status: ContentStatus
    local: bool
    review_by: date | None
    days_overdue: int
    no: int
    yes: int
    reasons: tuple[ReviewReason, ...]


def review_queue(
    conn: Connection,
    library: Library,
    today: date | None = None,
    limit: int = 200,
    team: TeamExtras = LOCAL_ONLY,
) -> tuple[ReviewItem, ...]:
    """Most urgent first: more «Nei», then longest overdue, then drafts by title.

    With `team` (all-time counts), the other desktops' «Nei»/«Ja» are added to this PC's.
    """
    today = today or date.today()
    local = (
        (str(article_id), (int(no or 0), int(yes or 0)))
        for article_id, no, yes in conn.execute(text(FEEDBACK_ALL_TIME))
    )
    votes = {a: (v[0], v[1]) for a, v in combine(local, team.votes).items()}
    items = [
        item
        for article in library.articles.values()
        if (item := _item(article, votes.get(article.id, (0, 0)), today)) is not None
    ]
    items.sort(key=lambda i: (-i.no, -i.days_overdue, i.status != ContentStatus.DRAFT, i.title))
    return tuple(items[:limit])


def _item(article: Article, votes: tuple[int, int], today: date) -> ReviewItem | None:
    no, yes = votes
    reasons: list[ReviewReason] = []
    if article.status is ContentStatus.DRAFT:
        reasons.append(ReviewReason.DRAFT)
    review_by = article.review_by
    overdue = (today - review_by).days if review_by is not None and review_by < today else 0
    if overdue:
        reasons.append(ReviewReason.OVERDUE)
    if no > yes:
        reasons.append(ReviewReason.UNHELPFUL)
    if not reasons:
        return None
    return ReviewItem(
        article.id,
        article.title,
        article.kind,
        article.status,
        article.local,
        article.review_by,
        overdue,
        no,
        yes,
        tuple(reasons),
    )
