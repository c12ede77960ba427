"""Pure functions: content checklists + stored progress → item states and readiness.

Kept free of the database so the person view, the unit matrix and the exports compute
"klar for selvstendig vakt" the same way, and so it is cheap to test.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import NamedTuple

from companion.content.model import Library
from companion.training.types import ChecklistState, ItemState, Readiness, Stage


class Stored(NamedTuple):
    """The stage fields of one stored progress row."""

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


def status_of(stored: Stored | None) -> str:
    """'' or the highest :class:`Stage` of a stored row (None: never touched)."""
    if stored is None:
        return ""
    if stored.approved_on is not None:
        return Stage.APPROVED
    if stored.practised_on is not None:
        return Stage.PRACTISED
    if stored.shown_on is not None:
        return Stage.SHOWN
    return ""


def _state(
    checklist_id: str, item_id: str, title: str, stored: Stored | None, **content: object
) -> ItemState:
    s = stored or Stored()
    return ItemState(
        checklist_id=checklist_id,
        item_id=item_id,
        title=title,
        shown_by=s.shown_by,
        shown_on=s.shown_on,
        practised_by=s.practised_by,
        practised_on=s.practised_on,
        approved_by=s.approved_by,
        approved_on=s.approved_on,
        note=s.note,
        shown_pc=s.shown_pc,
        practised_pc=s.practised_pc,
        approved_pc=s.approved_pc,
        **content,  # type: ignore[arg-type]
    )


def build_checklists(
    assigned: Sequence[str],
    library: Library,
    stored: Mapping[tuple[str, str], Stored],
) -> tuple[ChecklistState, ...]:
    """Item states per assigned checklist.

    Stored items the content dropped come last as *utgått*.
    """
    result: list[ChecklistState] = []
    for checklist_id in assigned:
        checklist = library.checklists.get(checklist_id)
        items: list[ItemState] = []
        known: set[str] = set()
        if checklist is not None:
            for item in checklist.items:
                known.add(item.id)
                items.append(
                    _state(
                        checklist_id,
                        item.id,
                        item.title,
                        stored.get((checklist_id, item.id)),
                        guide=item.guide,
                        required=item.required,
                        description=item.description,
                    )
                )
        for (cid, item_id), row in sorted(stored.items()):
            if cid == checklist_id and item_id not in known:
                items.append(_state(cid, item_id, item_id, row, required=False, obsolete=True))
        title = checklist.title if checklist is not None else checklist_id
        result.append(ChecklistState(checklist_id, title, tuple(items), missing=checklist is None))
    return tuple(result)


def readiness(checklists: Iterable[ChecklistState]) -> Readiness:
    """Count required, current items and how many are signed off (*godkjent*)."""
    required_total = required_approved = total = approved = 0
    has_checklist = False
    for checklist in checklists:
        if checklist.missing:
            continue
        has_checklist = True
        for item in checklist.items:
            if item.obsolete:
                continue
            total += 1
            done = item.approved_on is not None
            approved += done
            if item.required:
                required_total += 1
                required_approved += done
    return Readiness(required_total, required_approved, total, approved, has_checklist)
