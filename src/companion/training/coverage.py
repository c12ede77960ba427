"""Summer coverage: superusers, their holiday weeks, and substitutes starting per week and unit.

A *gap* is a week where substitutes start on a unit and none of its superusers is at work;
the view shows it months ahead so the unit can move a holiday week or borrow a superuser.
"""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import col, select

from companion.db.models import Superuser, SuperuserHoliday, Trainee
from companion.training.base import Part, clean, guard
from companion.training.types import Coverage, CoverageCell, SuperuserInfo, TrainingError
from companion.training.weeks import SUMMER_WEEKS, iso_week, week_range, weeks_in_year


class CoverageService(Part):
    """Superusers, holidays and the week-by-unit coverage view."""

    # superusers ------------------------------------------------------------------------------
    def superusers(self, year: int, unit: str | None = None) -> list[SuperuserInfo]:
        """Superusers with their holiday weeks in `year`; two queries."""
        with self.db.session() as s:
            query = select(Superuser).order_by(col(Superuser.unit), col(Superuser.name))
            if unit:
                query = query.where(Superuser.unit == unit)
            people = list(s.exec(query))
            weeks: dict[int, set[int]] = defaultdict(set)
            for superuser_id, week in s.exec(
                select(SuperuserHoliday.superuser_id, SuperuserHoliday.week).where(
                    SuperuserHoliday.year == year
                )
            ):
                weeks[superuser_id].add(week)
        return [
            SuperuserInfo(p.id or 0, p.name, p.unit, frozenset(weeks.get(p.id or 0, ())))
            for p in people
        ]

    def add_superuser(self, name: str, unit: str) -> SuperuserInfo:
        name, unit = self._validated(name, unit)
        with self.db.session() as s:
            row = Superuser(name=name, unit=unit)
            s.add(row)
            s.flush()
            assert row.id is not None
            return SuperuserInfo(row.id, row.name, row.unit)

    def update_superuser(
        self, superuser_id: int, name: str | None = None, unit: str | None = None
    ) -> None:
        with self.db.session() as s:
            row = s.get(Superuser, superuser_id)
            if row is None:
                raise TrainingError("Superbrukeren finnes ikke lenger. Oppdater listen.")
            row.name, row.unit = self._validated(
                row.name if name is None else name, row.unit if unit is None else unit
            )
            s.add(row)

    def delete_superuser(self, superuser_id: int) -> None:
        with self.db.session() as s:
            row = s.get(Superuser, superuser_id)
            if row is not None:
                s.delete(row)

    def set_holiday(self, superuser_id: int, year: int, week: int, on_holiday: bool) -> None:
        """Mark or clear one holiday week (saved at once)."""
        if not 1 <= week <= weeks_in_year(year):
            raise TrainingError(f"Uke {week} finnes ikke i {year}.")
        with self.db.session() as s:
            if s.get(Superuser, superuser_id) is None:
                raise TrainingError("Superbrukeren finnes ikke lenger. Oppdater listen.")
            query = select(SuperuserHoliday).where(
                SuperuserHoliday.superuser_id == superuser_id,
                SuperuserHoliday.year == year,
                SuperuserHoliday.week == week,
            )
            existing = s.exec(query).first()
            if on_holiday and existing is None:
                s.add(SuperuserHoliday(superuser_id=superuser_id, year=year, week=week))
            elif not on_holiday and existing is not None:
                s.delete(existing)

    # coverage --------------------------------------------------------------------------------
    def coverage(
        self,
        year: int,
        first_week: int = SUMMER_WEEKS[0],
        last_week: int = SUMMER_WEEKS[1],
        unit: str | None = None,
    ) -> Coverage:
        """Weeks × units: substitutes starting versus superusers at work; three queries."""
        last_week = min(last_week, weeks_in_year(year))
        weeks = tuple(range(first_week, last_week + 1))
        if not weeks:
            raise TrainingError("Velg en ukeperiode der første uke ikke er etter siste uke.")
        start, _ = week_range(year, weeks[0])
        _, end = week_range(year, weeks[-1])
        superusers = self.superusers(year, unit)
        with self.db.session() as s:
            query = select(Trainee.name, Trainee.unit, col(Trainee.first_day)).where(
                Trainee.is_substitute == True,  # noqa: E712  (SQL expression)
                col(Trainee.first_day) >= start,
                col(Trainee.first_day) <= end,
            )
            if unit:
                query = query.where(Trainee.unit == unit)
            starting: dict[tuple[str, int], list[str]] = defaultdict(list)
            for name, person_unit, first_day in s.exec(query.order_by(col(Trainee.name))):
                starting[(person_unit, iso_week(first_day)[1])].append(name)
        units = sorted({u for u, _ in starting} | {p.unit for p in superusers}, key=str.casefold)
        by_unit: dict[str, list[SuperuserInfo]] = defaultdict(list)
        for person in superusers:
            by_unit[person.unit].append(person)
        cells: dict[tuple[str, int], CoverageCell] = {}
        for unit_name in units:
            for week in weeks:
                present = tuple(p.name for p in by_unit[unit_name] if week not in p.holiday_weeks)
                away = tuple(p.name for p in by_unit[unit_name] if week in p.holiday_weeks)
                cells[(unit_name, week)] = CoverageCell(
                    unit_name, week, tuple(starting.get((unit_name, week), ())), present, away
                )
        return Coverage(year, weeks, tuple(units), cells)

    @staticmethod
    def _validated(name: str, unit: str) -> tuple[str, str]:
        name, unit = clean(name), clean(unit)
        guard({"navn": name, "enhet": unit})
        if not name:
            raise TrainingError("Skriv navnet på superbrukeren.")
        if len(name) > 200 or len(unit) > 200:
            raise TrainingError("Navn og enhet kan ha høyst 200 tegn.")
        return name, unit
