"""Every SQL statement insights runs, in one place so a test can EXPLAIN each of them.

Plain SQL (through SQLAlchemy's ``text``) because these are aggregates over tens of thousands
of rows: grouping in SQLite and fetching tuples keeps the dashboard well under its 300 ms
budget, where loading ORM objects would not. Every statement filters on an indexed timestamp
(or a primary/unique key), so none of them scans a whole table; ``tests/insights`` checks the
query plans.

Timestamps are compared as the text SQLAlchemy stores (``YYYY-MM-DD HH:MM:SS.ffffff`` UTC);
months are computed in local time with SQLite's ``'localtime'`` modifier.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Knowledge gaps ----------------------------------------------------------------------------
# Served entirely from the covering index ix_searchlog_gaps; the period's totals are the sums
# over all groups (including the empty query), so no second pass over the index is needed.
SEARCHES_BY_QUERY = """
SELECT normalized, COUNT(*) AS n, SUM(hits = 0) AS zero, SUM(hits > 0 AND opened_id = '') AS no_open
FROM searchlog
WHERE created_at >= :start AND created_at < :end
GROUP BY normalized
"""

# The newest raw text for a few normalised queries at once (uses ix_searchlog_normalized);
# :norms is an expanding list parameter.
LATEST_QUERIES = """
SELECT normalized, query FROM searchlog
WHERE id IN (SELECT MAX(id) FROM searchlog WHERE normalized IN :norms GROUP BY normalized)
"""

# Searches in the window before each ticket created in the period: the search did not help.
SEARCHES_BEFORE_TICKETS = """
SELECT s.normalized, COUNT(DISTINCT t.id) AS tickets
FROM ticket AS t
JOIN searchlog AS s
  ON s.created_at >= strftime('%Y-%m-%d %H:%M:%f', t.created_at, :window)
 AND s.created_at <= t.created_at
WHERE t.created_at >= :start AND t.created_at < :end AND s.normalized != ''
GROUP BY s.normalized
"""

FEEDBACK_BY_ARTICLE = """
SELECT article_id, SUM(helpful = 0) AS no, SUM(helpful != 0) AS yes
FROM feedback
WHERE created_at >= :start AND created_at < :end
GROUP BY article_id
"""

NO_COMMENTS = """
SELECT article_id, comment
FROM feedback
WHERE created_at >= :start AND created_at < :end AND helpful = 0 AND comment != ''
ORDER BY created_at DESC
"""

# Trends ------------------------------------------------------------------------------------
TICKETS_BY_MONTH = """
SELECT strftime('%Y-%m', created_at, 'localtime') AS month, category, COUNT(*)
FROM ticket
WHERE created_at >= :start AND created_at < :end
GROUP BY month, category
"""

COACHING_BY_MONTH = """
SELECT strftime('%Y-%m', started_at, 'localtime') AS month, guide_id, topic, COUNT(*),
       SUM(minutes), SUM(outcome = 'eskalert'), SUM(outcome = 'oppfølging')
FROM coachingsession
WHERE started_at >= :start AND started_at < :end
GROUP BY month, guide_id, topic
"""

DEVIATIONS_BY_MONTH = """
SELECT strftime('%Y-%m', occurred_on) AS month, source_category, COUNT(*)
FROM deviation
WHERE occurred_on >= :first_day AND occurred_on <= :last_day
GROUP BY month, source_category
"""

CATEGORY_MAP = """
SELECT source_category, category FROM deviationcategorymap
"""

# Support response --------------------------------------------------------------------------
SENT_TICKETS = """
SELECT id, subject, category, state, sent_at, first_reply_at, resolved_at,
       strftime('%Y-%m', sent_at, 'localtime') AS month
FROM ticket
WHERE sent_at >= :start AND sent_at < :end
"""

# Proposals (tiny table; listed whole) -------------------------------------------------------
PROPOSALS = """
SELECT id, title, body, status, created_at, updated_at FROM changeproposal ORDER BY id
"""

PROPOSAL_LINKS = """
SELECT id, proposal_id, kind, ref FROM changeproposallink ORDER BY id
"""

# Statements and sample parameters for the query-plan check (tests and the benchmark).
SAMPLE_PARAMS: dict[str, Any] = {
    "start": "2026-01-01 00:00:00.000000",
    "end": "2026-02-01 00:00:00.000000",
    "first_day": "2026-01-01",
    "last_day": "2026-01-31",
    "window": "-30 minutes",
    "normalized": "rover",
}
PERIOD_QUERIES: Mapping[str, str] = {
    "SEARCHES_BY_QUERY": SEARCHES_BY_QUERY,
    "LATEST_QUERIES": LATEST_QUERIES.replace(":norms", "(:normalized)"),
    "SEARCHES_BEFORE_TICKETS": SEARCHES_BEFORE_TICKETS,
    "FEEDBACK_BY_ARTICLE": FEEDBACK_BY_ARTICLE,
    "NO_COMMENTS": NO_COMMENTS,
    "TICKETS_BY_MONTH": TICKETS_BY_MONTH,
    "COACHING_BY_MONTH": COACHING_BY_MONTH,
    "DEVIATIONS_BY_MONTH": DEVIATIONS_BY_MONTH,
    "SENT_TICKETS": SENT_TICKETS,
}
"""Statements that must use an index (the proposal and map lists are small and read whole)."""


def plan_problems(plan_rows: list[tuple[Any, ...]]) -> list[str]:
    """Lines of an ``EXPLAIN QUERY PLAN`` that read a table without an index."""
    problems = []
    for row in plan_rows:
        detail = str(row[-1])
        if detail.startswith("SCAN ") and "USING" not in detail and "CONSTANT ROW" not in detail:
            problems.append(detail)
    return problems
