"""ISO week helpers: holidays and start weeks are ISO weeks (uke 1–52/53).

That is how Norwegian rosters count them."""

from __future__ import annotations

from datetime import date, timedelta

SUMMER_WEEKS: tuple[int, int] = (24, 34)


def iso_week(day: date) -> tuple[int, int]:
    """(ISO year, ISO week) of a date."""
    year, week, _ = day.isocalendar()
    return year, week


def week_monday(year: int, week: int) -> date:
    """Monday of an ISO week; raises ValueError for a week the year does not have."""
    if not 1 <= week <= weeks_in_year(year):
        raise ValueError(f"uke {week} finnes ikke i {year}")
    return date.fromisocalendar(year, week, 1)


def week_range(year: int, week: int) -> tuple[date, date]:
    """Monday and Sunday of an ISO week."""
    monday = week_monday(year, week)
    return monday, monday + timedelta(days=6)


def weeks_in_year(year: int) -> int:
    """52 or 53: 28 December is always in the last ISO week of its year."""
    return date(year, 12, 28).isocalendar()[1]


def next_week(today: date) -> tuple[int, int]:
    return iso_week(today + timedelta(days=7))


def week_label(year: int, week: int) -> str:
    """ "Uke 27 (29.06.–05.07.)" for lists and headers."""
    monday, sunday = week_range(year, week)
    return f"Uke {week} ({monday:%d.%m.}–{sunday:%d.%m.})"


def default_summer_year(today: date) -> int:
    """The summer to plan for: this year until the summer weeks are over, then next year."""
    year, week = iso_week(today)
    return year + 1 if week > SUMMER_WEEKS[1] else year
