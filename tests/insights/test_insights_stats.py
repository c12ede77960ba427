from datetime import date

import pytest

from companion.insights.period import Period, PeriodError, month_label, parse_date
from companion.insights.stats import format_days, median, percentile


def test_median_and_p90_with_known_numbers() -> None:
    assert median([4, 1, 3, 2]) == 2.5
    assert percentile([1, 2, 3, 4], 0.9) == pytest.approx(3.7)
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9) == pytest.approx(9.1)
    assert median([7]) == 7.0
    assert median([]) is None and percentile([], 0.9) is None


def test_days_are_shown_with_a_decimal_comma() -> None:
    assert format_days(1.26) == "1,3 d"
    assert format_days(2.0) == "2,0 d"
    assert format_days(None) == "–"


def test_dates_must_be_iso_with_a_norwegian_message() -> None:
    assert parse_date("2026-03-01") == date(2026, 3, 1)
    for bad in ("01.03.2026", "2026-02-30", "2026-3-1", "i går"):
        with pytest.raises(PeriodError, match="Skriv datoen som ÅÅÅÅ-MM-DD"):
            parse_date(bad)
    with pytest.raises(PeriodError, match=r"slutter .* før den begynner"):
        Period.parse("2026-05-01", "2026-04-30")


def test_period_months_and_presets() -> None:
    period = Period(date(2025, 11, 15), date(2026, 2, 3))
    assert period.months() == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert Period.last_months(3, today=date(2026, 1, 20)) == Period(
        date(2025, 11, 1), date(2026, 1, 20)
    )
    assert Period.last_days(30, today=date(2026, 3, 30)).start == date(2026, 3, 1)
    assert Period.year_to_date(today=date(2026, 3, 30)).start == date(2026, 1, 1)
    assert month_label("2026-03") == "mar 2026"
    start, end = period.db_bounds()
    assert start < "2025-11-15 12:00" < end
    assert "2026-02-03 12:00" < end < "2026-02-04 12:00"
