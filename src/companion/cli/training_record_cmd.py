"""`companion training show|record`: one person's checklist and registrations, headless.

People are named by their shared id (a UUID, as `companion training people` lists it), so a
script can use the same id on every desktop of a team. Exit codes: 0 ok; 2 bad input.
"""

from __future__ import annotations

import argparse
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from companion.cli.main import CliError
from companion.cli.output import print_json, print_table
from companion.training.types import (
    STAGES,
    ItemState,
    Person,
    PersonRecord,
    Readiness,
    Stage,
    TrainingError,
)

if TYPE_CHECKING:
    from companion.app import AppContext
    from companion.training.service import TrainingService

STAGE_KEYS = {Stage.SHOWN: "shown", Stage.PRACTISED: "practised", Stage.APPROVED: "approved"}


def register_record(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    show = sub.add_parser(
        "show", help="vis én persons sjekklister og hvem som har registrert hva", parents=[common]
    )
    show.add_argument("person", metavar="PERSON_ID", help="id fra `companion training people`")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    record = sub.add_parser(
        "record", help="registrer vist, øvd eller godkjent på et punkt", parents=[common]
    )
    record.add_argument("person", metavar="PERSON_ID", help="id fra `companion training people`")
    record.add_argument("item", metavar="PUNKT_ID", help="punktets id (eller SJEKKLISTE/PUNKT)")
    record.add_argument("--stage", required=True, metavar="TRINN", help="vist, øvd eller godkjent")
    record.add_argument("--by", required=True, metavar="NAVN", help="superbrukeren som registrerer")
    record.add_argument("--date", metavar="ÅÅÅÅ-MM-DD", default=None, help="dato (standard i dag)")
    record.set_defaults(handler=run_record)


def short_readiness(ready: Readiness) -> str:
    """Klar / Ikke klar / Ingen sjekkliste (the CLI's words for the domain's numbers)."""
    if not ready.has_checklist:
        return "Ingen sjekkliste"
    return "Klar" if ready.ready else "Ikke klar"


def resolve_person(service: TrainingService, text: str) -> Person:
    """The person with this shared id; anything else is exit 2 with advice."""
    try:
        uuid.UUID(text.strip())
    except ValueError:
        raise CliError(
            f"«{text}» er ikke en person-id. Bruk id-en fra `companion training people`.", 2
        ) from None
    try:
        return service.people.by_uid(text)
    except TrainingError as exc:
        raise CliError(str(exc), 2) from exc


def _stage_json(item: ItemState, stage: Stage) -> dict[str, Any] | None:
    by, on = item.stage(stage)
    if on is None:
        return None
    return {"by": by, "on": on.isoformat(), "pc": item.stage_pc(stage)}


def record_json(record: PersonRecord) -> dict[str, Any]:
    """The person and every item of their checklists, with who recorded each stage."""
    person = record.person
    items = [
        {
            "item_id": item.item_id,
            "checklist": state.checklist_id,
            "title": item.title,
            "required": item.required,
            **{STAGE_KEYS[stage]: _stage_json(item, stage) for stage in STAGES},
        }
        for state in record.checklists
        for item in state.items
    ]
    return {
        "id": person.uid,
        "name": person.name,
        "unit": person.unit,
        "role": person.role,
        "first_day": person.first_day.isoformat(),
        "ready": record.readiness.ready,
        "items": items,
    }


def run_show(args: argparse.Namespace, context: AppContext) -> int:
    service = context.training
    person = resolve_person(service, args.person)
    record = service.overview.person_record(person.id)
    if args.json:
        print_json(record_json(record))
        return 0
    print(
        f"{person.name} ({person.unit}), første dag {person.first_day:%d.%m.%Y}: "
        f"{short_readiness(record.readiness)}"
    )
    rows = []
    for state in record.checklists:
        for item in state.items:
            who = ", ".join(
                f"{stage} av {by} {on:%d.%m.%Y}"
                for stage in STAGES
                for by, on in [item.stage(stage)]
                if on is not None
            )
            rows.append((f"{state.checklist_id}/{item.item_id}", item.title, who or "–"))
    print_table(["punkt", "tittel", "registrert"], rows)
    return 0


def _find_item(record: PersonRecord, wanted: str) -> tuple[str, str]:
    checklist, _, item = wanted.rpartition("/")
    hits = [
        (state.checklist_id, i.item_id)
        for state in record.checklists
        for i in state.items
        if i.item_id == item and checklist in ("", state.checklist_id) and not i.obsolete
    ]
    if not hits:
        raise CliError(
            f"Fant ikke punktet «{wanted}» i sjekklistene til {record.person.name}. "
            "Se `companion training show` for punktene.",
            2,
        )
    if len(hits) > 1:
        raise CliError(f"Punktet «{wanted}» finnes i flere sjekklister. Skriv SJEKKLISTE/PUNKT.", 2)
    return hits[0]


def run_record(args: argparse.Namespace, context: AppContext) -> int:
    service = context.training
    try:
        stage = Stage(args.stage.strip().lower())
    except ValueError:
        raise CliError(f"Ukjent trinn «{args.stage}». Velg vist, øvd eller godkjent.", 2) from None
    try:
        on = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise CliError(f"Ugyldig dato «{args.date}». Skriv datoen som ÅÅÅÅ-MM-DD.", 2) from None
    person = resolve_person(service, args.person)
    checklist, item = _find_item(service.overview.person_record(person.id), args.item)
    try:
        mark = service.signoff.mark(person.id, checklist, item, stage, args.by, on)
    except TrainingError as exc:
        raise CliError(str(exc), 2) from exc
    print(f"Registrert: {mark.description}")
    return 0
