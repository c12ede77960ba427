"""Plain, immutable results of the insights aggregations (safe to hand to any thread or view).

Nothing here holds an employee's name: the meeting needs patterns, not people, and the same
objects feed the aggregate export that is shared between municipalities.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from companion.content.vocabulary import CATEGORIES
from companion.insights.period import Period
from companion.insights.scope import Scope


def category_label(key: str) -> str:
    """Our category key → its UI word; unknown keys (from other systems) are shown as they are."""
    if not key:
        return "Ikke koblet"
    return CATEGORIES.get(key, key)


# ---- knowledge gaps -----------------------------------------------------------------------
@dataclass(frozen=True)
class QueryStat:
    """One normalised search query in the period."""

    normalized: str
    label: str  # the latest way someone typed it
    searches: int
    zero_hits: int  # searches that found nothing
    no_open: int  # searches that found something but nobody opened a result

    @property
    def poor(self) -> int:
        return self.zero_hits + self.no_open


@dataclass(frozen=True)
class SearchBeforeTicket:
    """A query that was searched shortly before a new ticket (*sak*) was created."""

    normalized: str
    label: str
    tickets: int


@dataclass(frozen=True)
class ArticleVotes:
    """ "Var dette nyttig?" answers for one article; comments are the newest "Nei" comments."""

    article_id: str
    title: str
    no: int
    yes: int
    comments: tuple[str, ...] = ()


@dataclass(frozen=True)
class OverdueArticle:
    """Content whose review_by date has passed: it may no longer match Helseplattformen."""

    item_id: str
    title: str
    kind: str  # Veiledning | Vanlig feil | Sjekkliste
    review_by: date
    days_overdue: int


@dataclass(frozen=True)
class Gaps:
    total_searches: int = 0
    zero_hit_searches: int = 0
    top: tuple[QueryStat, ...] = ()
    poor: tuple[QueryStat, ...] = ()
    before_ticket: tuple[SearchBeforeTicket, ...] = ()
    unhelpful: tuple[ArticleVotes, ...] = ()
    overdue: tuple[OverdueArticle, ...] = ()
    scope: Scope = Scope.LOCAL  # TEAM: searches and votes of every PC that synced
    pcs: int = 1


# ---- trends -------------------------------------------------------------------------------
@dataclass(frozen=True)
class MonthlyCounts:
    """Counts per month and category for one measure (saker, veiledning, avvik)."""

    name: str
    months: tuple[str, ...]
    counts: Mapping[tuple[str, str], int] = field(default_factory=dict)  # (month, category) → n

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def by_month(self) -> list[int]:
        totals = dict.fromkeys(self.months, 0)
        for (month, _category), n in self.counts.items():
            if month in totals:
                totals[month] += n
        return [totals[m] for m in self.months]

    def by_category(self) -> list[tuple[str, int]]:
        """Categories with their totals, largest first (ties by name)."""
        totals: dict[str, int] = {}
        for (_month, category), n in self.counts.items():
            totals[category] = totals.get(category, 0) + n
        return sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))


@dataclass(frozen=True)
class CoachedTopic:
    guide_id: str
    title: str
    category: str
    sessions: int
    minutes: int
    escalated: int
    follow_up: int


@dataclass(frozen=True)
class Trends:
    tickets: MonthlyCounts
    coaching: MonthlyCounts
    deviations: MonthlyCounts
    coached_topics: tuple[CoachedTopic, ...] = ()
    unmapped_categories: tuple[str, ...] = ()  # deviation categories not in the map yet


# ---- support response ---------------------------------------------------------------------
@dataclass(frozen=True)
class ResponseRow:
    """Days from *sendt* to first reply and to resolution for one group of tickets."""

    key: str
    label: str
    sent: int
    replied: int
    median_reply: float | None
    p90_reply: float | None
    resolved: int
    median_resolve: float | None
    p90_resolve: float | None


@dataclass(frozen=True)
class SlowTicket:
    ticket_id: int
    subject: str
    category: str
    sent_on: date
    days_to_reply: float | None  # None: no reply yet
    days_waiting: float  # to the reply, or until now when there is none
    days_to_resolve: float | None
    state: str


@dataclass(frozen=True)
class Response:
    overall: ResponseRow
    by_month: tuple[ResponseRow, ...] = ()
    by_category: tuple[ResponseRow, ...] = ()
    by_month_category: tuple[ResponseRow, ...] = ()
    slow: tuple[SlowTicket, ...] = ()


# ---- change proposals ---------------------------------------------------------------------
PROPOSAL_STATUSES: dict[str, str] = {
    "utkast": "Utkast",
    "klar": "Klar til møtet",
    "meldt": "Meldt inn",
    "vedtatt": "Vedtatt",
    "avvist": "Avvist",
}
OPEN_STATUSES = ("utkast", "klar", "meldt")
LINK_KINDS: dict[str, str] = {"sak": "Sak", "artikkel": "Artikkel", "avvik": "Avvik"}


@dataclass(frozen=True)
class ProposalLink:
    id: int
    kind: str
    ref: str
    label: str


@dataclass(frozen=True)
class Proposal:
    id: int
    title: str
    body: str
    status: str
    created_on: date
    updated_on: date
    links: tuple[ProposalLink, ...] = ()

    @property
    def status_label(self) -> str:
        return PROPOSAL_STATUSES.get(self.status, self.status)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


# ---- everything for one period ------------------------------------------------------------
@dataclass(frozen=True)
class Dashboard:
    period: Period
    gaps: Gaps
    trends: Trends
    response: Response
    proposals: tuple[Proposal, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Nothing happened in the period (a new installation, or a quiet month)."""
        return (
            self.gaps.total_searches == 0
            and not self.gaps.unhelpful
            and self.trends.tickets.total == 0
            and self.trends.coaching.total == 0
            and self.trends.deviations.total == 0
            and self.response.overall.sent == 0
        )
