"""People being trained: add, edit, delete, import from a roster CSV, assign checklists.

Employee data only. Every change is its own short transaction (saved as the user types); an
import writes all good rows in one transaction, so a failure leaves nothing half-written.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from companion.content.model import Checklist
from companion.db.models import Superuser, Trainee, TrainingAssignment, utcnow
from companion.training.base import Part, clean, guard, to_person
from companion.training.csvimport import ImportPreview, RowError, person_key, read_roster
from companion.training.types import ROLES, Person, PersonInput, TrainingError

EDITABLE = ("name", "role", "unit", "first_day", "last_day", "is_substitute", "contact")
LABELS = {"name": "navn", "unit": "enhet", "contact": "kontakt"}


@dataclass(frozen=True)
class ImportResult:
    """How an import went: who was added, and rows skipped at write time (e.g. added meanwhile)."""

    imported: tuple[Person, ...]
    skipped: tuple[RowError, ...] = ()


class People(Part):
    """The people-being-trained register."""

    # reading ---------------------------------------------------------------------------------
    def all(self, unit: str | None = None, role: str | None = None) -> list[Person]:
        with self.db.session() as s:
            query = select(Trainee).order_by(col(Trainee.first_day), col(Trainee.name))
            if unit:
                query = query.where(Trainee.unit == unit)
            if role:
                query = query.where(Trainee.role == role)
            return [to_person(r) for r in s.exec(query)]

    def by_uid(self, uid: str) -> Person:
        """The person with this shared id (what the CLI and the team know them by)."""
        with self.db.session() as s:
            row = s.exec(select(Trainee).where(Trainee.uid == uid.strip().lower())).first()
            if row is None:
                raise TrainingError(
                    f"Fant ingen person med id {uid}. Se `companion training people` for id-ene."
                )
            return to_person(row)

    def get(self, trainee_id: int) -> Person:
        with self.db.session() as s:
            return to_person(self._row(s, trainee_id))

    def units(self) -> list[str]:
        """Every unit named by a person or a superuser (for filters and pickers)."""
        with self.db.session() as s:
            names = set(s.exec(select(Trainee.unit).distinct())) | set(
                s.exec(select(Superuser.unit).distinct())
            )
        return sorted((n for n in names if n), key=str.casefold)

    def names(self) -> list[str]:
        """Names for completion in the coaching log."""
        with self.db.session() as s:
            return sorted(set(s.exec(select(Trainee.name))), key=str.casefold)

    def assigned(self, trainee_id: int) -> list[str]:
        with self.db.session() as s:
            query = select(TrainingAssignment.checklist_id).where(
                TrainingAssignment.trainee_id == trainee_id
            )
            return list(s.exec(query.order_by(col(TrainingAssignment.id))))

    def checklists_for_role(self, role: str) -> list[Checklist]:
        return sorted(
            (c for c in self.library.checklists.values() if c.role == role), key=lambda c: c.title
        )

    # writing ---------------------------------------------------------------------------------
    def add(self, data: PersonInput, assign_role_checklists: bool = True) -> Person:
        data = self._validated(data)
        with self.db.session() as s:
            self._refuse_duplicate(s, data, None)
            row = Trainee(**_fields(data))
            s.add(row)
            s.flush()
            assert row.id is not None
            if assign_role_checklists:
                self._assign_role(s, row.id, data.role)
            return to_person(row)

    def update(self, trainee_id: int, **changes: Any) -> Person:
        """Change some fields (saved at once); raises TrainingError with a plain message."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValueError(f"cannot edit {sorted(unknown)}")
        with self.db.session() as s:
            row = self._row(s, trainee_id)
            current = PersonInput(
                row.name,
                row.role,
                row.unit,
                row.first_day,
                row.last_day,
                row.is_substitute,
                row.contact,
            )
            data = self._validated(replace(current, **changes))
            self._refuse_duplicate(s, data, trainee_id)
            for key, value in _fields(data).items():
                setattr(row, key, value)
            row.updated_at = utcnow()
            s.add(row)
            return to_person(row)

    def delete(self, trainee_id: int) -> None:
        """Remove a person with their progress and history (e.g. when the summer is over)."""
        with self.db.session() as s:
            s.delete(self._row(s, trainee_id))

    def assign(self, trainee_id: int, checklist_id: str) -> None:
        if checklist_id not in self.library.checklists:
            raise TrainingError("Sjekklisten finnes ikke i innholdet. Velg en annen sjekkliste.")
        with self.db.session() as s:
            self._row(s, trainee_id)
            if not self._has(s, trainee_id, checklist_id):
                s.add(TrainingAssignment(trainee_id=trainee_id, checklist_id=checklist_id))

    def unassign(self, trainee_id: int, checklist_id: str) -> None:
        """Take a checklist away; progress is kept and comes back if it is assigned again."""
        with self.db.session() as s:
            for row in s.exec(
                select(TrainingAssignment).where(
                    TrainingAssignment.trainee_id == trainee_id,
                    TrainingAssignment.checklist_id == checklist_id,
                )
            ):
                s.delete(row)

    # import ----------------------------------------------------------------------------------
    def existing_keys(self) -> set[tuple[str, str, date]]:
        with self.db.session() as s:
            return {
                person_key(n, u, d)
                for n, u, d in s.exec(select(Trainee.name, Trainee.unit, col(Trainee.first_day)))
            }

    def preview_import(self, path: Path) -> ImportPreview:
        """Read and check a roster file against the people already registered; writes nothing."""
        return read_roster(Path(path), self.existing_keys())

    def import_rows(
        self, preview: ImportPreview, assign_role_checklists: bool = True
    ) -> ImportResult:
        """Write every good row of a preview in one transaction (all or nothing)."""
        if preview.file_error:
            raise TrainingError(preview.file_error)
        imported: list[Person] = []
        skipped: list[RowError] = []
        try:
            with self.db.session() as s:
                existing = {
                    person_key(n, u, d)
                    for n, u, d in s.exec(
                        select(Trainee.name, Trainee.unit, col(Trainee.first_day))
                    )
                }
                for row in preview.rows:
                    data = self._validated(row.person)
                    key = person_key(data.name, data.unit, data.first_day)
                    if key in existing:
                        skipped.append(
                            RowError(
                                row.line, "Finnes allerede i Opplæring; hoppet over.", data.name
                            )
                        )
                        continue
                    existing.add(key)
                    trainee = Trainee(**_fields(data))
                    s.add(trainee)
                    s.flush()
                    assert trainee.id is not None
                    if assign_role_checklists:
                        self._assign_role(s, trainee.id, data.role)
                    imported.append(to_person(trainee))
        except IntegrityError as exc:
            raise TrainingError(
                "Importen ble stoppet fordi listen ble endret samtidig. Ingen personer er lagt "
                "til. Prøv igjen."
            ) from exc
        return ImportResult(tuple(imported), tuple(skipped))

    # helpers ---------------------------------------------------------------------------------
    def _row(self, s: Session, trainee_id: int) -> Trainee:
        row = s.get(Trainee, trainee_id)
        if row is None:
            raise TrainingError(
                "Personen finnes ikke lenger. Den kan være slettet; oppdater listen."
            )
        return row

    @staticmethod
    def _has(s: Session, trainee_id: int, checklist_id: str) -> bool:
        query = select(TrainingAssignment.id).where(
            TrainingAssignment.trainee_id == trainee_id,
            TrainingAssignment.checklist_id == checklist_id,
        )
        return s.exec(query).first() is not None

    def _assign_role(self, s: Session, trainee_id: int, role: str) -> None:
        for checklist in self.checklists_for_role(role):
            if not self._has(s, trainee_id, checklist.id):
                s.add(TrainingAssignment(trainee_id=trainee_id, checklist_id=checklist.id))

    @staticmethod
    def _validated(data: PersonInput) -> PersonInput:
        data = replace(
            data, name=clean(data.name), unit=clean(data.unit), contact=data.contact.strip()
        )
        guard({LABELS[k]: getattr(data, k) for k in LABELS})
        if not data.name:
            raise TrainingError("Skriv navnet på personen. Navnet kan ikke være tomt.")
        if data.role not in ROLES:
            raise TrainingError(
                f"Ukjent rolle «{data.role}». Velg en av: {', '.join(ROLES.values())}."
            )
        if data.last_day is not None and data.last_day < data.first_day:
            raise TrainingError("Siste arbeidsdag er før første arbeidsdag. Rett en av datoene.")
        for key in ("name", "unit", "contact"):
            if len(getattr(data, key)) > 200:
                raise TrainingError(f"Feltet {LABELS[key]} kan ha høyst 200 tegn.")
        return data

    @staticmethod
    def _refuse_duplicate(s: Session, data: PersonInput, own_id: int | None) -> None:
        key = person_key(data.name, data.unit, data.first_day)
        query = select(col(Trainee.id), Trainee.name, Trainee.unit, col(Trainee.first_day)).where(
            Trainee.first_day == data.first_day
        )
        for other_id, name, unit, first in s.exec(query):
            if other_id != own_id and person_key(name, unit, first) == key:
                raise TrainingError(
                    f"{data.name} på {data.unit or 'samme enhet'} med første "
                    f"arbeidsdag {data.first_day:%d.%m.%Y} finnes allerede. "
                    "Endre navnet (for eksempel med mellomnavn) eller datoen."
                )


def _fields(data: PersonInput) -> dict[str, Any]:
    return {
        "name": data.name,
        "role": data.role,
        "unit": data.unit,
        "first_day": data.first_day,
        "last_day": data.last_day,
        "is_substitute": data.is_substitute,
        "contact": data.contact,
    }
