"""Knowledge gaps: what colleagues search for and do not find, and what does not help.

Signals, strongest first for the meeting:

* **zero hits** - the search found nothing: missing content or missing synonyms;
* **poor hits** - it found something, but nobody opened a result (the titles did not look right);
* **search, then a new ticket within minutes** - the search did not solve the problem;
* **"Nei" votes** on "Var dette nyttig?" with their comments;
* **overdue content** - ``review_by`` has passed, so it may no longer match Helseplattformen.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, bindparam, text

from companion.content.model import Library
from companion.content.vocabulary import KIND_LABELS
from companion.insights import queries as q
from companion.insights.model import (
    ArticleVotes,
    Gaps,
    OverdueArticle,
    QueryStat,
    SearchBeforeTicket,
)
from companion.insights.period import Period
from companion.insights.scope import LOCAL_ONLY, TeamExtras, combine

TOP_LIMIT = 15
COMMENTS_PER_ARTICLE = 5
TICKET_WINDOW_MINUTES = 30


def knowledge_gaps(
    conn: Connection,
    period: Period,
    library: Library | None,
    today: date | None = None,
    limit: int = TOP_LIMIT,
    team: TeamExtras = LOCAL_ONLY,
) -> Gaps:
    """All gap signals for the period (overdue content is as of ``today``).

    With `team`, searches and votes include the other desktops' counts; searches before a
    ticket and the comments stay this PC's (they are never shared).
    """
    start, end = period.db_bounds()
    params = {"start": start, "end": end}
    local = (
        (str(norm), (int(n), int(z or 0), int(no_open or 0)))
        for norm, n, z, no_open in conn.execute(text(q.SEARCHES_BY_QUERY), params)
    )
    grouped = [(norm, c[0], c[1], c[2]) for norm, c in combine(local, team.searches).items()]
    total = sum(s[1] for s in grouped)
    zero = sum(s[2] for s in grouped)
    stats = [s for s in grouped if s[0]]
    top = sorted(stats, key=lambda s: (-s[1], s[0]))[:limit]
    poor = sorted(
        (s for s in stats if s[2] + s[3] > 0), key=lambda s: (-(s[2] + s[3]), -s[2], s[0])
    )[:limit]
    before = searches_before_tickets(conn, params)[:limit]
    labels = latest_labels(
        conn, {s[0] for s in top} | {s[0] for s in poor} | {b[0] for b in before}
    )
    return Gaps(
        total_searches=int(total),
        zero_hit_searches=int(zero),
        top=tuple(QueryStat(s[0], labels.get(s[0], s[0]), s[1], s[2], s[3]) for s in top),
        poor=tuple(QueryStat(s[0], labels.get(s[0], s[0]), s[1], s[2], s[3]) for s in poor),
        before_ticket=tuple(SearchBeforeTicket(n, labels.get(n, n), c) for n, c in before),
        unhelpful=unhelpful_articles(conn, params, library, limit, team),
        overdue=overdue_content(library, today or date.today()),
        scope=team.scope,
        pcs=team.pcs,
    )


def searches_before_tickets(
    conn: Connection, params: dict[str, str], minutes: int = TICKET_WINDOW_MINUTES
) -> list[tuple[str, int]]:
    """Normalised queries searched within ``minutes`` before a ticket, by number of tickets."""
    rows = conn.execute(
        text(q.SEARCHES_BEFORE_TICKETS), {**params, "window": f"-{minutes} minutes"}
    )
    return sorted(((str(n), int(c)) for n, c in rows), key=lambda r: (-r[1], r[0]))


def latest_labels(conn: Connection, normalized: set[str]) -> dict[str, str]:
    """The newest raw query text for each normalised query (what people actually typed)."""
    if not normalized:
        return {}
    statement = text(q.LATEST_QUERIES).bindparams(bindparam("norms", expanding=True))
    return {
        str(norm): str(raw or norm)
        for norm, raw in conn.execute(statement, {"norms": sorted(normalized)})
    }


def unhelpful_articles(
    conn: Connection,
    params: dict[str, str],
    library: Library | None,
    limit: int,
    team: TeamExtras = LOCAL_ONLY,
) -> tuple[ArticleVotes, ...]:
    """Articles with the most "Nei" answers, with their newest (local) comments."""
    local = (
        (str(a), (int(no or 0), int(yes or 0)))
        for a, no, yes in conn.execute(text(q.FEEDBACK_BY_ARTICLE), params)
    )
    votes = [(a, no, yes) for a, (no, yes) in combine(local, team.votes).items() if no > 0]
    votes.sort(key=lambda v: (-v[1], v[2], v[0]))
    votes = votes[:limit]
    wanted = {v[0] for v in votes}
    comments: dict[str, list[str]] = {a: [] for a in wanted}
    for article_id, comment in conn.execute(text(q.NO_COMMENTS), params):
        bucket = comments.get(str(article_id))
        if bucket is not None and len(bucket) < COMMENTS_PER_ARTICLE:
            bucket.append(str(comment))
    return tuple(
        ArticleVotes(a, library.title_of(a) if library else a, no, yes, tuple(comments[a]))
        for a, no, yes in votes
    )


def overdue_content(library: Library | None, today: date) -> tuple[OverdueArticle, ...]:
    """Articles and checklists whose review date has passed, oldest first."""
    if library is None:
        return ()
    items: list[OverdueArticle] = []
    for article in library.articles.values():
        if article.review_by is not None and article.review_by < today:
            items.append(
                OverdueArticle(
                    article.id,
                    article.title,
                    KIND_LABELS.get(article.kind, article.kind),
                    article.review_by,
                    (today - article.review_by).days,
                )
            )
    for checklist in library.checklists.values():
        if checklist.review_by is not None and checklist.review_by < today:
            items.append(
                OverdueArticle(
                    checklist.id,
                    checklist.title,
                    KIND_LABELS["checklist"],
                    checklist.review_by,
                    (today - checklist.review_by).days,
                )
            )
    return tuple(sorted(items, key=lambda i: (i.review_by, i.title)))
