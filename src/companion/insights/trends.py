"""Trends per month and category (saker, veiledning, avvik) and support response times.

Response time is measured from *sendt* (the desk received the ticket) - not from when it was
written offline - to the first reply and to resolution, in days. The meeting uses the median
(the usual case) and the 90th percentile (the slow tail that hurts most).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime

from sqlalchemy import Connection, text

from companion.content.model import Library
from companion.insights import queries as q
from companion.insights.model import (
    CoachedTopic,
    MonthlyCounts,
    Response,
    ResponseRow,
    SlowTicket,
    Trends,
    category_label,
)
from companion.insights.period import Period, month_label
from companion.insights.stats import days_between, median, percentile

SLOW_LIMIT = 10
TOPIC_LIMIT = 10
TOPIC_PREFIX = "emne:"  # coaching without a guide is grouped by its free-text topic


def trends(conn: Connection, period: Period, library: Library | None) -> Trends:
    start, end = period.db_bounds()
    params = {"start": start, "end": end}
    months = tuple(period.months())

    tickets: dict[tuple[str, str], int] = defaultdict(int)
    for month, category, n in conn.execute(text(q.TICKETS_BY_MONTH), params):
        tickets[(str(month), str(category or "annet"))] += int(n)

    coaching: dict[tuple[str, str], int] = defaultdict(int)
    topics: dict[str, list[int]] = {}
    for month, guide_id, topic, n, minutes, escalated, follow_up in conn.execute(
        text(q.COACHING_BY_MONTH), params
    ):
        guide = str(guide_id) or TOPIC_PREFIX + " ".join(str(topic).split())
        coaching[(str(month), guide_category(library, guide))] += int(n)
        totals = topics.setdefault(guide, [0, 0, 0, 0])
        for i, value in enumerate((n, minutes, escalated, follow_up)):
            totals[i] += int(value or 0)

    mapping = category_map(conn)
    deviations: dict[tuple[str, str], int] = defaultdict(int)
    unmapped: set[str] = set()
    day_params = {"first_day": period.start.isoformat(), "last_day": period.end.isoformat()}
    for month, source, n in conn.execute(text(q.DEVIATIONS_BY_MONTH), day_params):
        source = str(source)
        category = mapping.get(source.casefold(), "")
        if not category:
            unmapped.add(source)
        deviations[(str(month), category)] += int(n)

    return Trends(
        tickets=MonthlyCounts("saker", months, dict(tickets)),
        coaching=MonthlyCounts("veiledning", months, dict(coaching)),
        deviations=MonthlyCounts("avvik", months, dict(deviations)),
        coached_topics=coached_topics(topics, library),
        unmapped_categories=tuple(sorted(unmapped, key=str.casefold)),
    )


def topic_title(guide: str, library: Library | None) -> str:
    if guide.startswith(TOPIC_PREFIX):
        return guide[len(TOPIC_PREFIX) :] or "Uten emne"
    return library.title_of(guide) if library else guide


def guide_category(library: Library | None, guide_id: str) -> str:
    if library is not None and guide_id in library.articles:
        return library.articles[guide_id].category
    return "annet"


def category_map(conn: Connection) -> dict[str, str]:
    """Foreign category name (case-folded) → our category key."""
    return {str(s).casefold(): str(c) for s, c in conn.execute(text(q.CATEGORY_MAP))}


def coached_topics(
    topics: dict[str, list[int]], library: Library | None
) -> tuple[CoachedTopic, ...]:
    ranked = sorted(topics.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[:TOPIC_LIMIT]
    return tuple(
        CoachedTopic(
            guide_id=guide,
            title=topic_title(guide, library),
            category=guide_category(library, guide),
            sessions=t[0],
            minutes=t[1],
            escalated=t[2],
            follow_up=t[3],
        )
        for guide, t in ranked
    )


# ---- support response ---------------------------------------------------------------------
class _Sent:
    """One sent ticket with its durations in days."""

    __slots__ = (
        "category",
        "id",
        "month",
        "reply",
        "resolve",
        "sent_at",
        "state",
        "subject",
        "waiting",
    )

    def __init__(self, row: tuple[object, ...], now_text: str) -> None:
        tid, subject, category, state, sent_at, first_reply_at, resolved_at, month = row
        self.id = int(str(tid))
        self.subject = str(subject)
        self.category = str(category or "annet")
        self.state = str(state)
        self.sent_at = str(sent_at)
        self.month = str(month)
        self.reply = days_between(self.sent_at, str(first_reply_at)) if first_reply_at else None
        self.resolve = days_between(self.sent_at, str(resolved_at)) if resolved_at else None
        self.waiting = (
            self.reply if self.reply is not None else max(0.0, days_between(self.sent_at, now_text))
        )


def response_times(conn: Connection, period: Period, now: datetime | None = None) -> Response:
    start, end = period.db_bounds()
    now_text = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    tickets = [
        _Sent(tuple(row), now_text)
        for row in conn.execute(text(q.SENT_TICKETS), {"start": start, "end": end})
    ]
    by_month: dict[str, list[_Sent]] = defaultdict(list)
    by_category: dict[str, list[_Sent]] = defaultdict(list)
    by_both: dict[tuple[str, str], list[_Sent]] = defaultdict(list)
    for t in tickets:
        by_month[t.month].append(t)
        by_category[t.category].append(t)
        by_both[(t.month, t.category)].append(t)
    months = [m for m in period.months() if m in by_month]
    categories = sorted(by_category, key=lambda c: (-len(by_category[c]), c))
    slow = sorted(tickets, key=lambda t: (-t.waiting, t.id))[:SLOW_LIMIT]
    return Response(
        overall=response_row("alle", "Alle saker", tickets),
        by_month=tuple(response_row(m, month_label(m), by_month[m]) for m in months),
        by_category=tuple(response_row(c, category_label(c), by_category[c]) for c in categories),
        by_month_category=tuple(
            response_row(f"{m}/{c}", f"{month_label(m)} – {category_label(c)}", by_both[(m, c)])
            for m, c in sorted(by_both)
        ),
        slow=tuple(
            SlowTicket(
                ticket_id=t.id,
                subject=t.subject,
                category=t.category,
                sent_on=local_date(t.sent_at),
                days_to_reply=t.reply,
                days_waiting=t.waiting,
                days_to_resolve=t.resolve,
                state=t.state,
            )
            for t in slow
        ),
    )


def response_row(key: str, label: str, tickets: Iterable[_Sent]) -> ResponseRow:
    group = list(tickets)
    replies = [t.reply for t in group if t.reply is not None]
    resolves = [t.resolve for t in group if t.resolve is not None]
    return ResponseRow(
        key=key,
        label=label,
        sent=len(group),
        replied=len(replies),
        median_reply=median(replies),
        p90_reply=percentile(replies, 0.9),
        resolved=len(resolves),
        median_resolve=median(resolves),
        p90_resolve=percentile(resolves, 0.9),
    )


def local_date(stored: str) -> date:
    """A stored UTC timestamp text → the local calendar date."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC).astimezone().date()
