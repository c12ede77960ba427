"""`companion training export|people|import|coverage`: Opplæring without the window.

Exit codes: 0 ok; 2 bad input (unknown unit, unreadable file, nothing to import).
Qt is imported only for ``export --format pdf``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from companion.cli.args import year
from companion.cli.main import CliError
from companion.cli.output import print_json, print_table
from companion.cli.training_record_cmd import register_record, resolve_person, short_readiness

if TYPE_CHECKING:
    from companion.app import AppContext
    from companion.training.service import TrainingService


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = subparsers.add_parser(
        "training", help="opplæring: personer, sjekklister, sommerdekning", parents=[common]
    )
    sub = parser.add_subparsers(dest="training_command", metavar="HANDLING", required=True)
    export = sub.add_parser(
        "export",
        help="eksporter en enhets oversikt eller én persons opplæringslogg",
        parents=[common],
    )
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--unit", metavar="ENHET", help="enheten som skal eksporteres (oversikt for leder)"
    )
    target.add_argument(
        "--person",
        metavar="ID",
        help="én persons opplæringslogg (id fra `companion training people`)",
    )
    export.add_argument("--format", choices=("csv", "pdf"), required=True, help="csv eller pdf")
    export.add_argument("--output", required=True, metavar="FIL", help="filen som skal skrives")
    export.set_defaults(handler=run_export)
    people = sub.add_parser("people", help="vis personer i opplæring med status", parents=[common])
    people.add_argument("--unit", metavar="ENHET", default=None)
    people.add_argument("--json", action="store_true")
    people.set_defaults(handler=run_people)
    register_record(sub, common)
    imp = sub.add_parser(
        "import",
        help="les en CSV-liste fra vaktplanen (viser først hva som skjer)",
        parents=[common],
    )
    imp.add_argument("file", metavar="FIL")
    imp.add_argument(
        "--yes",
        action="store_true",
        help="importer de gode radene (uten dette vises bare forhåndsvisningen)",
    )
    imp.set_defaults(handler=run_import)
    coverage = sub.add_parser(
        "coverage",
        help="sommerdekning: vikarer som starter mot superbrukere på jobb",
        parents=[common],
    )
    coverage.add_argument("--year", type=year, default=None, help="året (standard: neste sommer)")
    coverage.add_argument(
        "--weeks", default="24-34", metavar="FRA-TIL", help="ISO-uker, for eksempel 24-34"
    )
    coverage.add_argument("--unit", metavar="ENHET", default=None)
    coverage.set_defaults(handler=run_coverage)


def _resolve_unit(service: TrainingService, wanted: str | None) -> str | None:
    """Match a unit case-insensitively; unknown units list the ones that exist."""
    if not wanted:
        return None
    units = service.people.units()
    match = next((u for u in units if u.casefold() == " ".join(wanted.split()).casefold()), None)
    if match is None:
        known = ", ".join(units) or "ingen ennå"
        raise CliError(f"Fant ingen enhet som heter «{wanted}». Enheter: {known}.", 2)
    return match


def run_export(args: argparse.Namespace, context: AppContext) -> int:
    from companion.training.export import export_person_csv, export_unit_csv
    from companion.training.types import TrainingError

    service = context.training
    output = Path(args.output)
    if not output.parent.is_dir():
        raise CliError(f"Mappen {output.parent} finnes ikke. Velg en fil i en mappe som finnes.", 2)
    try:
        if args.person is not None:
            person = resolve_person(service, args.person)
            record = service.overview.person_record(person.id)
            if args.format == "csv":
                export_person_csv(record, output)
            else:
                from companion.reports.training_pdf import export_person_pdf

                export_person_pdf(record, output)
            print(f"Skrev opplæringsloggen for {record.person.name} til {output}")
            return 0
        unit = _resolve_unit(service, args.unit)
        matrix = service.overview.matrix(unit=unit)
        if args.format == "csv":
            export_unit_csv(matrix, output)
        else:
            from companion.reports.training_pdf import export_unit_pdf

            export_unit_pdf(
                matrix, unit or "", output, service.overview.starting_next_week_not_ready(unit)
            )
    except TrainingError as exc:
        raise CliError(str(exc), 2) from exc
    except OSError as exc:
        raise CliError(
            f"Kunne ikke skrive {output}: {exc.strerror or exc}. Sjekk at du har skrivetilgang og "
            "at filen ikke er åpen.",
            2,
        ) from exc
    print(f"Skrev oversikten for {unit} ({len(matrix.rows)} personer) til {output}")
    return 0


def run_people(args: argparse.Namespace, context: AppContext) -> int:
    service = context.training
    matrix = service.overview.matrix(unit=_resolve_unit(service, args.unit))
    if args.json:
        print_json(
            [
                {
                    "id": r.person.uid,
                    "name": r.person.name,
                    "unit": r.person.unit,
                    "role": r.person.role,
                    "first_day": r.person.first_day,
                    "ready": r.readiness.ready,
                    "approved": r.readiness.required_approved,
                    "required": r.readiness.required_total,
                }
                for r in matrix.rows
            ]
        )
        return 0
    rows = [
        (
            r.person.uid,
            r.person.name,
            r.person.role_label,
            r.person.unit,
            f"{r.person.first_day:%d.%m.%Y}",
            f"{r.readiness.percent} %",
            short_readiness(r.readiness),
        )
        for r in matrix.rows
    ]
    print_table(["id", "navn", "rolle", "enhet", "første dag", "godkjent", "status"], rows)
    return 0


def run_import(args: argparse.Namespace, context: AppContext) -> int:
    service = context.training
    preview = service.people.preview_import(Path(args.file))
    if preview.file_error:
        raise CliError(preview.file_error, 2)
    for warning in preview.warnings:
        print(f"Advarsel: {warning}")
    for error in preview.errors:
        print(f"Linje {error.line}{f' ({error.name})' if error.name else ''}: {error.message}")
    skipped = (
        "1 rad hoppes over"
        if len(preview.errors) == 1
        else f"{len(preview.errors)} rader hoppes over"
    )
    print(f"{len(preview.rows)} personer kan importeres, {skipped}.")
    if preview.redacted:
        print(
            f"{preview.redacted} rader hadde et fødselsnummer. Det er erstattet med "
            "[fødselsnummer fjernet] og blir ikke lagret."
        )
    if not preview.rows:
        raise CliError("Ingen rader kan importeres. Rett feilene over og prøv igjen.", 2)
    if not args.yes:
        print("Ingenting er lagret. Kjør igjen med --yes for å importere.")
        return 0
    result = service.people.import_rows(preview)
    for row in result.skipped:
        print(f"Linje {row.line}: {row.message}")
    print(f"Importerte {len(result.imported)} personer.")
    return 0


def run_coverage(args: argparse.Namespace, context: AppContext) -> int:
    from companion.training.weeks import default_summer_year

    service = context.training
    try:
        first, last = (int(part) for part in args.weeks.split("-", 1))
    except ValueError:
        raise CliError("Skriv ukene som FRA-TIL, for eksempel 24-34.", 2) from None
    coverage = service.coverage.coverage(
        args.year or default_summer_year(service.today()),
        first,
        last,
        _resolve_unit(service, args.unit),
    )
    rows = []
    for week in coverage.weeks:
        for unit in coverage.units:
            cell = coverage.cell(unit, week)
            if cell.starting or cell.superusers_away:
                rows.append(
                    (
                        week,
                        unit,
                        len(cell.starting),
                        len(cell.superusers_present),
                        "Mangler superbruker" if cell.gap else "",
                    )
                )
    print_table(["uke", "enhet", "vikarer starter", "superbrukere på jobb", "merknad"], rows)
    gaps = len(coverage.gaps)
    if gaps:
        print(
            f"Mangler superbruker {gaps} ganger (uke og enhet): vikarer starter uten at en "
            f"superbruker er på jobb ({coverage.year})."
        )
    else:
        print(f"Ingen uker der vikarer starter uten superbruker på jobb ({coverage.year}).")
    return 0
