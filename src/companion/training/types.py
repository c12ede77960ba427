"""Plain, immutable values the training service hands to the UI and the CLI.

Nothing here is a live ORM object, so the values can cross threads and outlive sessions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from companion.content.vocabulary import KNOWN_ROLES


class Stage(StrEnum):
    """The three steps of a checklist item; the values are what the database stores."""

    SHOWN = "vist"
    PRACTISED = "øvd"
    APPROVED = "godkjent"


STAGES: tuple[Stage, ...] = tuple(Stage)
STAGE_LABELS: dict[str, str] = {
    "": "Ikke startet",
    Stage.SHOWN: "Vist",
    Stage.PRACTISED: "Øvd",
    Stage.APPROVED: "Godkjent",
}
OBSOLETE_LABEL = "utgått"
OUTCOMES: dict[str, str] = {
    "løst": "Løst på stedet",
    "oppfølging": "Trenger oppfølging",
    "eskalert": "Eskalert til brukerstøtte",
}
# The roles people are trained for: the content's roles without "alle" (one list, one spelling).
ROLES: dict[str, str] = {key: label for key, label in KNOWN_ROLES.items() if key != "alle"}

# Abbreviations seen in rosters (vaktplan exports), matched case-insensitively, dot optional.
ROLE_ALIASES: dict[str, str] = {
    "ass": "assistent",
    "pleieassistent": "assistent",
    "hfa": "helsefagarbeider",
    "hf": "helsefagarbeider",
    "helsefagarb": "helsefagarbeider",
    "spl": "sykepleier",
    "sykepl": "sykepleier",
    "sykepleiar": "sykepleier",
    "fysio": "fysioterapeut",
    "ft": "fysioterapeut",
    "merk": "merkantil",
    "su": "superbruker",
}


class TrainingError(Exception):
    """A problem the user can act on; ``str()`` is plain Norwegian for the UI and the CLI."""

    user_message = True  # the UI's TaskRunner shows the text instead of a generic message


@dataclass(frozen=True)
class PersonInput:
    """What the user (or a roster file) says about a person being trained."""

    name: str
    role: str
    unit: str
    first_day: date
    last_day: date | None = None
    is_substitute: bool = True
    contact: str = ""


@dataclass(frozen=True)
class Person:
    """A person being trained, as stored; `uid` is the id shared with the team."""

    id: int
    name: str
    role: str
    unit: str
    first_day: date
    last_day: date | None
    is_substitute: bool
    contact: str
    uid: str = ""

    @property
    def role_label(self) -> str:
        return ROLES.get(self.role, self.role)


@dataclass(frozen=True)
class ItemState:
    """One checklist item for one person: the content plus who showed, supervised, signed off."""

    checklist_id: str
    item_id: str
    title: str
    guide: str = ""
    required: bool = True
    description: str = ""
    obsolete: bool = False
    shown_by: str = ""
    shown_on: date | None = None
    practised_by: str = ""
    practised_on: date | None = None
    approved_by: str = ""
    approved_on: date | None = None
    note: str = ""
    shown_pc: str = ""
    practised_pc: str = ""
    approved_pc: str = ""

    @property
    def status(self) -> str:
        """Highest stage reached: '' (not started) or a :class:`Stage`."""
        if self.approved_on is not None:
            return Stage.APPROVED
        if self.practised_on is not None:
            return Stage.PRACTISED
        if self.shown_on is not None:
            return Stage.SHOWN
        return ""

    @property
    def status_label(self) -> str:
        label = STAGE_LABELS[self.status]
        return f"{label} ({OBSOLETE_LABEL})" if self.obsolete else label

    def stage(self, stage: str) -> tuple[str, date | None]:
        """(who, when) for one stage."""
        if stage == Stage.SHOWN:
            return self.shown_by, self.shown_on
        if stage == Stage.PRACTISED:
            return self.practised_by, self.practised_on
        return self.approved_by, self.approved_on

    def stage_pc(self, stage: str) -> str:
        """The machine label of the PC that recorded the stage ('' when unknown)."""
        if stage == Stage.SHOWN:
            return self.shown_pc
        if stage == Stage.PRACTISED:
            return self.practised_pc
        return self.approved_pc


@dataclass(frozen=True)
class ChecklistState:
    """A checklist assigned to a person; `missing` when the content no longer has it."""

    checklist_id: str
    title: str
    items: tuple[ItemState, ...]
    missing: bool = False


@dataclass(frozen=True)
class Readiness:
    """ "Klar for selvstendig vakt" when every required, current item is signed off."""

    required_total: int
    required_approved: int
    total: int
    approved: int
    has_checklist: bool

    @property
    def ready(self) -> bool:
        return self.has_checklist and self.required_approved >= self.required_total

    @property
    def percent(self) -> int:
        if not self.required_total:
            return 100 if self.has_checklist else 0
        return round(100 * self.required_approved / self.required_total)

    @property
    def missing(self) -> int:
        return max(0, self.required_total - self.required_approved)


@dataclass(frozen=True)
class MarkInfo:
    """One mark from the history (what "Angre siste registrering" would undo)."""

    id: int
    trainee_id: int
    checklist_id: str
    item_id: str
    item_title: str
    stage: str
    action: str
    by_name: str
    on_date: date | None
    created_at: datetime
    machine: str = ""
    uid: str = ""

    @property
    def description(self) -> str:
        what = STAGE_LABELS.get(self.stage, self.stage).lower()
        verb = what if self.action == "satt" else f"fjernet {what}"
        when = f", {self.on_date:%d.%m.%Y}" if self.on_date else ""
        who = f" av {self.by_name}" if self.by_name else ""
        return f"«{self.item_title}»: {verb}{who}{when}"


@dataclass(frozen=True)
class PersonRecord:
    """Everything the person view and the personnel-file export show for one person."""

    person: Person
    checklists: tuple[ChecklistState, ...]
    readiness: Readiness
    last_mark: MarkInfo | None = None
    history: tuple[MarkInfo, ...] = ()


@dataclass(frozen=True)
class MatrixColumn:
    """One checklist item as a column of the unit overview."""

    checklist_id: str
    checklist_title: str
    item_id: str
    title: str
    required: bool = True
    obsolete: bool = False


@dataclass(frozen=True)
class MatrixRow:
    """One person in the unit overview; a cell is None when that checklist is not assigned."""

    person: Person
    readiness: Readiness
    cells: tuple[str | None, ...]
    missing_titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Matrix:
    """People × checklist items; built in one pass from three queries."""

    columns: tuple[MatrixColumn, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class CoachingInput:
    """A quick coaching-log entry as typed (employee names only, never patients)."""

    coached_person: str
    topic: str = ""
    guide_id: str = ""
    minutes: int = 5
    outcome: str = "løst"
    unit: str = ""
    coach_name: str = ""
    note: str = ""


@dataclass(frozen=True)
class CoachingEntry:
    """One row of the coaching log (quick entries and sessions from coaching mode alike)."""

    id: int
    started_at: datetime
    coached_person: str
    coach_name: str
    unit: str
    guide_id: str
    guide_title: str
    topic: str
    minutes: int
    outcome: str
    note: str
    ticket_id: int | None
    from_coaching_mode: bool
    finished_at: datetime | None = None

    @property
    def when(self) -> datetime:
        """When the help was given (the end of the session; the start if it never ended)."""
        return self.finished_at or self.started_at

    @property
    def outcome_label(self) -> str:
        return OUTCOMES.get(self.outcome, self.outcome)

    @property
    def subject(self) -> str:
        """The topic as shown: the free text, else the guide's title."""
        return self.topic or self.guide_title or self.guide_id


@dataclass(frozen=True)
class SuperuserInfo:
    """A superuser and the ISO weeks (of the year asked for) they are on holiday."""

    id: int
    name: str
    unit: str
    holiday_weeks: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class CoverageCell:
    """One unit in one week: substitutes starting versus superusers at work."""

    unit: str
    week: int
    starting: tuple[str, ...]
    superusers_present: tuple[str, ...]
    superusers_away: tuple[str, ...]

    @property
    def gap(self) -> bool:
        """Substitutes arrive and no superuser is at work."""
        return bool(self.starting) and not self.superusers_present


@dataclass(frozen=True)
class Coverage:
    """Weeks × units for one year."""

    year: int
    weeks: tuple[int, ...]
    units: tuple[str, ...]
    cells: dict[tuple[str, int], CoverageCell]

    def cell(self, unit: str, week: int) -> CoverageCell:
        return self.cells.get((unit, week)) or CoverageCell(unit, week, (), (), ())

    @property
    def gaps(self) -> list[CoverageCell]:
        return [c for c in self.cells.values() if c.gap]
