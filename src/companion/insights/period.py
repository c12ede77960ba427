"""Report periods: inclusive local dates, turned into UTC bounds for the database.

The meeting thinks in local calendar days and months ("mars"), while the database stores UTC.
A period is therefore two local dates; :meth:`Period.utc_bounds` turns them into a half-open
UTC range ``[start, end)`` that the ``created_at`` indexes can search directly, and months are
bucketed in local time (SQLite's ``'localtime'`` modifier uses the same zone as Python's
:meth:`datetime.astimezone`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

MONTH_NAMES = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des")
MONTH_NAMES_LONG = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip


EARLIEST = date(2000, 1, 1)
LATEST = date(2099, 12, 31)
MAX_YEARS = 10


class PeriodError(ValueError):
    """A date or period the user typed cannot be used; ``str()`` is Norwegian text."""


def parse_date(text: str, what: str = "datoen") -> date:
    """Parse ``YYYY-MM-DD`` strictly; anything else gets a message saying how to write it."""
    value = text.strip()
    try:
        if len(value) != 10:
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise PeriodError(
            f"Ugyldig dato for {what}: «{text}». Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel "
            "2026-03-01."
        ) from None


def local_midnight_utc(day: date) -> datetime:
    """Local midnight at the start of ``day``, as an aware UTC datetime."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def db_timestamp(moment: datetime) -> str:
    """The text form SQLAlchemy stores for UTC datetimes in SQLite (sortable as text)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def month_label(key: str, long: bool = False) -> str:
    """``2026-03`` → ``mar 2026`` (or ``mars 2026``)."""
    year, month = key.split("-")
    names = MONTH_NAMES_LONG if long else MONTH_NAMES
    return f"{names[int(month) - 1]} {year}"


def short_month_label(key: str) -> str:
    """``2026-03`` → ``mar`` (chart axes, where the year is shown once in the title)."""
    return MONTH_NAMES[int(key.split("-")[1]) - 1]


@dataclass(frozen=True)
class Period:
    """Inclusive local dates ``start``..``end``."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(
                f"Perioden slutter ({self.end:%d.%m.%Y}) før den begynner ({self.start:%d.%m.%Y}). "
                "Velg en sluttdato som er lik eller senere enn startdatoen."
            )
        if self.start < EARLIEST or self.end > LATEST:
            raise PeriodError(
                f"Velg datoer mellom {EARLIEST:%d.%m.%Y} og {LATEST:%d.%m.%Y} "
                f"(fikk {self.start.isoformat()} – {self.end.isoformat()})."
            )
        if (self.end.year - self.start.year) * 12 + self.end.month - self.start.month >= (
            MAX_YEARS * 12
        ):
            raise PeriodError(
                f"Perioden kan være høyst {MAX_YEARS} år. Velg en kortere periode, "
                "for eksempel de siste 12 månedene."
            )

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        return cls(parse_date(start, "fra-datoen"), parse_date(end, "til-datoen"))

    @classmethod
    def last_days(cls, days: int, today: date | None = None) -> Period:
        today = today or date.today()
        return cls(today - timedelta(days=days - 1), today)

    @classmethod
    def last_months(cls, months: int, today: date | None = None) -> Period:
        """The current month and the ``months - 1`` before it, whole months."""
        today = today or date.today()
        index = today.year * 12 + today.month - 1 - (months - 1)
        return cls(date(index // 12, index % 12 + 1, 1), today)

    @classmethod
    def year_to_date(cls, today: date | None = None) -> Period:
        today = today or date.today()
        return cls(date(today.year, 1, 1), today)

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """Half-open UTC range covering every local moment of the period."""
        return local_midnight_utc(self.start), local_midnight_utc(self.end + timedelta(days=1))

    def db_bounds(self) -> tuple[str, str]:
        """:meth:`utc_bounds` as the text SQLite compares ``created_at`` columns with."""
        start, end = self.utc_bounds()
        return db_timestamp(start), db_timestamp(end)

    def months(self) -> list[str]:
        """Every month the period touches, as ``YYYY-MM`` keys, oldest first."""
        keys: list[str] = []
        index = self.start.year * 12 + self.start.month - 1
        last = self.end.year * 12 + self.end.month - 1
        while index <= last:
            keys.append(f"{index // 12:04d}-{index % 12 + 1:02d}")
            index += 1
        return keys

    def label(self) -> str:
        return f"{self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"

    def slug(self) -> str:
        return f"{self.start.isoformat()}_{self.end.isoformat()}"
