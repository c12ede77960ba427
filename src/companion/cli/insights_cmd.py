"""`companion insights …`: the Innsikt figures, the meeting report and the shared export, headless.

Dates are ``YYYY-MM-DD`` (a clear Norwegian message otherwise). Without ``--from``/``--to``
the period is the last 12 months. Only ``report`` needs Qt: it imports
:mod:`companion.reports.insights_pdf` lazily, which starts Qt offscreen without a display.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.cli.args import record_id
from companion.cli.main import CliError
from companion.cli.output import print_json, print_table
from companion.core.idguard import IdentityNumberFound

if TYPE_CHECKING:
    from companion.app import AppContext
    from companion.insights.period import Period
    from companion.insights.scope import Scope


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = subparsers.add_parser(
        "insights", help="innsikt til superbrukermøtet", parents=[common]
    )
    sub = parser.add_subparsers(dest="insights_command", metavar="HANDLING", required=True)

    period = argparse.ArgumentParser(add_help=False)
    period.add_argument(
        "--from",
        dest="start",
        metavar="DATO",
        help="første dag, ÅÅÅÅ-MM-DD (standard: 12 måneder tilbake)",
    )
    period.add_argument(
        "--to", dest="end", metavar="DATO", help="siste dag, ÅÅÅÅ-MM-DD (standard: i dag)"
    )
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="skriv JSON")
    scope = argparse.ArgumentParser(add_help=False)
    scope.add_argument(
        "--scope",
        choices=("team", "local"),
        help="søk og «Nei»-svar for hele teamet eller bare denne PC-en "
        "(standard: team når teamet er satt opp)",
    )

    report = sub.add_parser(
        "report", help="lag møterapporten som PDF (A4)", parents=[common, scope]
    )
    report.add_argument(
        "--from", dest="start", metavar="DATO", required=True, help="første dag, ÅÅÅÅ-MM-DD"
    )
    report.add_argument(
        "--to", dest="end", metavar="DATO", required=True, help="siste dag, ÅÅÅÅ-MM-DD"
    )
    report.add_argument(
        "--output", required=True, metavar="FIL.pdf", help="hvor PDF-en skal lagres"
    )
    report.set_defaults(handler=run_report)

    sub.add_parser(
        "gaps",
        help="kunnskapshull: søk uten gode treff, søk før ny sak, «Nei»-svar",
        parents=[common, period, as_json, scope],
    ).set_defaults(handler=run_gaps)
    for name, helptext, handler in (
        ("trends", "saker, veiledning og avvik per måned", run_trends),
        ("response", "svartid fra brukerstøtte (median og 90-persentil, dager)", run_response),
    ):
        sub.add_parser(name, help=helptext, parents=[common, period, as_json]).set_defaults(
            handler=handler
        )

    export = sub.add_parser(
        "export", help="tall til deling med andre kommuner (ingen navn)", parents=[common, period]
    )
    export.add_argument("--output", required=True, metavar="FIL", help="FIL.csv eller FIL.json")
    export.add_argument(
        "--format", choices=("csv", "json"), help="overstyr formatet (standard: etter filendelsen)"
    )
    export.set_defaults(handler=run_export)

    deviations = sub.add_parser("deviations", help="avvik fra kvalitetssystemet", parents=[common])
    dsub = deviations.add_subparsers(dest="deviations_command", metavar="HANDLING", required=True)
    imp = dsub.add_parser(
        "import", help="importer CSV-eksport fra kvalitetssystemet", parents=[common]
    )
    imp.add_argument("file", metavar="FIL.csv")
    imp.set_defaults(handler=run_deviations_import)
    mapping = dsub.add_parser(
        "map", help="vis eller endre kategorikoblingen", parents=[common, as_json]
    )
    mapping.add_argument(
        "source", nargs="?", metavar="KATEGORI_DER", help="kategorinavnet i kvalitetssystemet"
    )
    mapping.add_argument(
        "category",
        nargs="?",
        metavar="VÅR_KATEGORI",
        help="vår kategori (tom tekst fjerner koblingen)",
    )
    mapping.set_defaults(handler=run_deviations_map)

    proposals = sub.add_parser(
        "proposals", help="endringsforslag til fellesmøtet", parents=[common]
    )
    psub = proposals.add_subparsers(dest="proposals_command", metavar="HANDLING", required=True)
    psub.add_parser(
        "list", help="vis alle endringsforslag", parents=[common, as_json]
    ).set_defaults(handler=run_proposals_list)
    add = psub.add_parser("add", help="registrer et nytt endringsforslag", parents=[common])
    add.add_argument("title", metavar="TITTEL")
    add.add_argument("--text", default="", metavar="TEKST", help="forslaget og begrunnelsen")
    add.set_defaults(handler=run_proposals_add)
    status = psub.add_parser("status", help="endre status", parents=[common])
    status.add_argument("id", type=record_id, metavar="NR")
    status.add_argument(
        "status", metavar="STATUS", help="utkast, klar, meldt, vedtatt eller avvist"
    )
    status.set_defaults(handler=run_proposals_status)
    link = psub.add_parser(
        "link", help="koble til en sak, artikkel eller avvikskategori", parents=[common]
    )
    link.add_argument("id", type=record_id, metavar="NR")
    link.add_argument(
        "kind",
        choices=("sak", "artikkel", "avvik"),
        metavar="TYPE",
        help="sak, artikkel eller avvik",
    )
    link.add_argument("ref", metavar="HVA", help="saksnummer, artikkel-id eller avvikskategori")
    link.set_defaults(handler=run_proposals_link)
    pexport = psub.add_parser("export", help="eksporter listen som CSV", parents=[common])
    pexport.add_argument("--output", required=True, metavar="FIL.csv")
    pexport.add_argument("--open", action="store_true", help="bare åpne forslag")
    pexport.set_defaults(handler=run_proposals_export)


def period_from(args: argparse.Namespace) -> Period:
    """The period from --from/--to (last 12 months by default); bad dates become CliError."""
    from datetime import date

    from companion.insights.period import Period, PeriodError, parse_date

    try:
        end = parse_date(args.end, "--to") if args.end else date.today()
        start = (
            parse_date(args.start, "--from") if args.start else Period.last_months(12, end).start
        )
        return Period(start, end)
    except PeriodError as exc:
        raise CliError(str(exc)) from None


def scope_from(args: argparse.Namespace, context: AppContext) -> Scope:
    """--scope, or the default (the team when `[team] url` is set); team without one is refused."""
    from companion.insights.scope import Scope

    if args.scope is None:
        return context.insights.default_scope
    if args.scope == Scope.TEAM and not context.team_configured:
        raise CliError(
            "Teamet er ikke satt opp, så det finnes bare tall fra denne PC-en. "
            "Bruk --scope local, eller legg adressen i [team] url."
        )
    return Scope(args.scope)


def scope_line(scope: Scope, pcs: int) -> str:
    """Whose figures these are, as the Innsikt page says it."""
    return f"Hele teamet ({pcs} PC-er)" if scope == "team" else "Denne PC-en"


def run_report(args: argparse.Namespace, context: AppContext) -> int:
    period = period_from(args)
    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise CliError(f"Rapporten lagres som PDF: gi filen endelsen .pdf (fikk «{output.name}»).")
    board = context.insights.dashboard(period, scope=scope_from(args, context))
    from companion.reports.insights_pdf import write_report

    try:
        pages = write_report(board, output, unit=context.settings.org.unit)
    except OSError as exc:
        raise CliError(str(exc), 1) from None
    print(f"Møterapport for {period.label()} lagret i {output} ({pages} sider).")
    return 0


def run_gaps(args: argparse.Namespace, context: AppContext) -> int:
    from dataclasses import asdict

    gaps = context.insights.gaps(period_from(args), scope=scope_from(args, context))
    if args.json:
        print_json(asdict(gaps))
        return 0
    print(f"{scope_line(gaps.scope, gaps.pcs)}: ", end="")
    print(f"{gaps.total_searches} søk, {gaps.zero_hit_searches} uten treff.\n")
    print("Søk uten gode treff")
    print_table(
        ["søk", "uten treff", "ingenting åpnet", "søk i alt"],
        [(s.label, s.zero_hits, s.no_open, s.searches) for s in gaps.poor],
    )
    print("\nSøk like før en ny sak")
    print_table(["søk", "nye saker"], [(s.label, s.tickets) for s in gaps.before_ticket])
    print("\nFlest «Nei»")
    print_table(
        ["artikkel", "nei", "ja", "nyeste kommentar"],
        [(v.title, v.no, v.yes, v.comments[0] if v.comments else "") for v in gaps.unhelpful],
    )
    print("\nPassert revisjonsdato")
    print_table(
        ["innhold", "type", "revisjonsdato", "dager over"],
        [(o.title, o.kind, o.review_by, o.days_overdue) for o in gaps.overdue],
    )
    return 0


def run_trends(args: argparse.Namespace, context: AppContext) -> int:
    from companion.insights.period import month_label

    trends = context.insights.trends(period_from(args))
    series = (trends.tickets, trends.coaching, trends.deviations)
    if args.json:
        print_json(
            {
                s.name: [
                    {"month": m, "category": c, "count": n}
                    for (m, c), n in sorted(s.counts.items())
                ]
                for s in series
            }
        )
        return 0
    totals = [s.by_month() for s in series]
    rows = [(month_label(m), *(t[i] for t in totals)) for i, m in enumerate(trends.tickets.months)]
    print_table(["måned", "saker", "veiledning", "avvik"], rows)
    if trends.unmapped_categories:
        print("\nAvvikskategorier som ikke er koblet: " + ", ".join(trends.unmapped_categories))
    return 0


def run_response(args: argparse.Namespace, context: AppContext) -> int:
    from dataclasses import asdict

    from companion.insights.stats import format_days

    response = context.insights.response(period_from(args))
    if args.json:
        print_json(asdict(response))
        return 0
    headers = ["gruppe", "sendt", "median svar", "90 % svar", "løst", "median løst", "90 % løst"]
    rows: list[tuple[Any, ...]] = [
        (
            r.label,
            r.sent,
            format_days(r.median_reply),
            format_days(r.p90_reply),
            r.resolved,
            format_days(r.median_resolve),
            format_days(r.p90_resolve),
        )
        for r in (*response.by_month, response.overall, *response.by_category)
    ]
    print_table(headers, rows)
    return 0


def run_export(args: argparse.Namespace, context: AppContext) -> int:
    output = Path(args.output)
    fmt = args.format or output.suffix.lstrip(".").lower()
    if fmt not in ("csv", "json"):
        raise CliError("Gi filen endelsen .csv eller .json, eller velg --format csv|json.")
    used = context.insights.export_shared(period_from(args), output, fmt)
    print(f"Eksportert ({used.upper()}, bare tall og søk – ingen navn) til {output}.")
    return 0


def run_deviations_import(args: argparse.Namespace, context: AppContext) -> int:
    from companion.cli.messages import deviation_summary
    from companion.insights.deviations import DeviationImportError

    try:
        result = context.insights.import_deviations(Path(args.file))
    except DeviationImportError as exc:
        raise CliError(str(exc)) from None
    for error in result.errors:
        print(error.format())
    for source, category in result.auto_mapped:
        print(f"Koblet «{source}» til {category}.")
    print(deviation_summary(result))
    for source in result.unmapped:
        print(
            f'Ikke koblet: «{source}» – koble med: companion insights deviations map "{source}" '
            "KATEGORI"
        )
    return 1 if result.errors else 0


def run_deviations_map(args: argparse.Namespace, context: AppContext) -> int:
    service = context.insights
    if args.source is not None:
        if args.category is None:
            raise CliError(
                "Skriv både kategorinavnet i kvalitetssystemet og vår kategori, for eksempel: map "
                '"Legemiddelhåndtering" legemiddel'
            )
        try:
            service.set_mapping(args.source, args.category)
        except IdentityNumberFound:
            raise
        except ValueError as exc:
            raise CliError(str(exc)) from None
    rows = service.category_mappings()
    if args.json:
        print_json([{"source": r.source, "category": r.category, "count": r.count} for r in rows])
    else:
        print_table(
            ["kategori der", "vår kategori", "antall avvik"],
            [(r.source, r.category or "(ikke koblet)", r.count) for r in rows],
        )
    return 0


def run_proposals_list(args: argparse.Namespace, context: AppContext) -> int:
    from dataclasses import asdict

    proposals = context.insights.proposals()
    if args.json:
        print_json([asdict(p) | {"status_label": p.status_label} for p in proposals])
        return 0
    print_table(
        ["nr", "tittel", "status", "grunnlag"],
        [
            (p.id, p.title, p.status_label, "; ".join(link.label for link in p.links))
            for p in proposals
        ],
    )
    return 0


def _guarded(action: Any) -> Any:
    """Domain refusals become exit 2; an identity number goes on to exit 3 (run_command)."""
    try:
        return action()
    except IdentityNumberFound:
        raise
    except ValueError as exc:
        raise CliError(str(exc)) from None


def run_proposals_add(args: argparse.Namespace, context: AppContext) -> int:
    pid = _guarded(lambda: context.insights.create_proposal(args.title, args.text))
    print(f"Endringsforslag nr. {pid} er registrert.")
    return 0


def run_proposals_status(args: argparse.Namespace, context: AppContext) -> int:
    _guarded(lambda: context.insights.update_proposal(args.id, status=args.status))
    print(f"Status for nr. {args.id} er endret.")
    return 0


def run_proposals_link(args: argparse.Namespace, context: AppContext) -> int:
    _guarded(lambda: context.insights.add_link(args.id, args.kind, args.ref))
    print(f"Nr. {args.id} er koblet til {args.kind} {args.ref}.")
    return 0


def run_proposals_export(args: argparse.Namespace, context: AppContext) -> int:
    n = context.insights.export_proposals(Path(args.output), only_open=args.open)
    print(f"{n} endringsforslag eksportert til {args.output}.")
    return 0
