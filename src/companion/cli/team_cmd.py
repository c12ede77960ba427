"""`companion team sync|status|admin`: the team workspace without the window.

Exit codes: 0 done; 2 misconfigured (the message says what to fix); 4 the server could not be
reached (local changes are kept and sent next time).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from companion.cli.main import CliError
from companion.cli.output import print_json, print_table

if TYPE_CHECKING:
    from companion.app import AppContext


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = subparsers.add_parser(
        "team",
        help="teamarbeid: del opplæring og innsikt med kommunens superbrukere",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="team_command", metavar="HANDLING", required=True)
    sync = sub.add_parser("sync", help="send egne endringer og hent teamets", parents=[common])
    sync.add_argument("--json", action="store_true")
    sync.add_argument(
        "--from-start",
        action="store_true",
        help="les hele teamets logg på nytt (etter at serveren er lagt tilbake fra sikkerhetskopi)",
    )
    sync.set_defaults(handler=run_sync)
    status = sub.add_parser(
        "status", help="er teamet satt opp, hva venter på å sendes", parents=[common]
    )
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_status)
    gaps = sub.add_parser(
        "gaps",
        help="teamets søk uten treff og svar på «Var dette nyttig?» (fra siste synkronisering)",
        parents=[common],
    )
    gaps.add_argument("--days", type=int, default=30, help="antall dager bakover (standard 30)")
    gaps.add_argument("--limit", type=int, default=15)
    gaps.add_argument("--json", action="store_true")
    gaps.set_defaults(handler=run_gaps)
    password = sub.add_parser(
        "password",
        help="lagre passordet til teamet i nøkkelringen (spør uten å vise det)",
        parents=[common],
    )
    password.set_defaults(handler=run_password)
    admin = sub.add_parser("admin", help="for IT: sett opp teamserveren", parents=[common])
    admin_sub = admin.add_subparsers(dest="admin_command", metavar="HANDLING", required=True)
    init = admin_sub.add_parser(
        "init", help="lag eller oppgrader det delte skjemaet", parents=[common]
    )
    init.add_argument(
        "--url", required=True, metavar="ADMIN_URL", help="postgresql://admin@server/db"
    )
    init.set_defaults(handler=run_admin_init)
    tenant = admin_sub.add_parser(
        "add-tenant", help="lag innlogging for én kommune (ser bare egne data)", parents=[common]
    )
    tenant.add_argument("name", metavar="NAVN", help="for eksempel trondheim")
    tenant.add_argument("--url", required=True, metavar="ADMIN_URL")
    tenant.add_argument("--password", default=None, help="passord (standard: et tilfeldig)")
    tenant.set_defaults(handler=run_add_tenant)


def _fail(exc: Exception) -> CliError:
    return CliError(str(exc), getattr(exc, "code", 2))


def run_sync(args: argparse.Namespace, context: AppContext) -> int:
    from companion.team.config import TeamError

    try:
        team = context.team_sync()
    except TeamError as exc:
        raise _fail(exc) from exc
    try:
        if args.from_start:
            team.reset_cursor()
        result = team.sync()
    except TeamError as exc:
        raise _fail(exc) from exc
    finally:
        team.close()
    if args.json:
        print_json(
            {
                "pushed": result.pushed,
                "pulled": result.pulled,
                "last_sync": result.finished_at.isoformat(),
            }
        )
    else:
        print(f"Synkronisert med teamet: sendte {result.pushed}, hentet {result.pulled} endringer.")
    return 0


def run_status(args: argparse.Namespace, context: AppContext) -> int:
    from companion.team.sync import local_status

    status = local_status(context.database, context.team_configured)
    if args.json:
        print_json(
            {
                "configured": status.configured,
                "pending": status.pending,
                "last_sync": status.last_sync.isoformat() if status.last_sync else None,
            }
        )
        return 0
    if not status.configured:
        print("Teamet er ikke satt opp; alt lagres bare på denne PC-en.")
        return 0
    when = f"{status.last_sync:%d.%m.%Y %H:%M} (UTC)" if status.last_sync else "aldri"
    print(f"Sist synkronisert: {when}. Venter på å sendes: {status.pending} endringer.")
    return 0


def run_gaps(args: argparse.Namespace, context: AppContext) -> int:
    from datetime import date, timedelta

    from companion.team.aggregates import team_queries, team_votes

    if args.days < 1 or args.limit < 1:
        raise CliError("--days og --limit må være minst 1.", 2)
    end = date.today()
    start = end - timedelta(days=args.days - 1)
    with context.database.session() as s:
        queries = team_queries(s, start, end)
        votes = team_votes(s, start, end)
    zero = sorted((q for q in queries if q.zero_hits), key=lambda q: (-q.zero_hits, q.normalized))
    if args.json:
        print_json(
            {
                "from": start.isoformat(),
                "to": end.isoformat(),
                "top": [vars(q) for q in queries[: args.limit]],
                "zero_hits": [vars(q) for q in zero[: args.limit]],
                "votes": [vars(v) for v in votes[: args.limit]],
            }
        )
        return 0
    print(f"Teamets søk {start:%d.%m.%Y}–{end:%d.%m.%Y} (alle PC-er, fra siste synkronisering):")
    print_table(
        ["søk", "antall", "uten treff", "ingen åpnet"],
        [(q.normalized, q.searches, q.zero_hits, q.nothing_opened) for q in queries[: args.limit]],
    )
    print_table(
        ["artikkel", "ja", "nei"],
        [(v.article_id, v.helpful, v.not_helpful) for v in votes[: args.limit]],
    )
    return 0


def run_password(args: argparse.Namespace, context: AppContext) -> int:
    import getpass

    from companion.credentials import set_secret
    from companion.team.config import SECRET_NAME

    secret = getpass.getpass("Passord for teamet: ").strip()
    if not secret:
        raise CliError("Ingen passord skrevet; ingenting er endret.", 2)
    if not set_secret(SECRET_NAME, secret):
        raise CliError(
            "Fant ingen nøkkelring på denne maskinen. Sett COMPANION_TEAM_PASSWORD i stedet.", 2
        )
    print("Passordet er lagret i nøkkelringen.")
    return 0


def run_admin_init(args: argparse.Namespace, context: AppContext) -> int:
    from companion.team.config import TeamError
    from companion.team.server import init_schema

    try:
        revision = init_schema(args.url)
    except TeamError as exc:
        raise _fail(exc) from exc
    print(f"Teamskjemaet er på plass (versjon {revision}).")
    return 0


def run_add_tenant(args: argparse.Namespace, context: AppContext) -> int:
    from companion.team.config import TeamError
    from companion.team.server import add_tenant

    try:
        url, password = add_tenant(args.url, args.name, args.password)
    except TeamError as exc:
        raise _fail(exc) from exc
    print(f"Kommunen {args.name} kan logge inn. Sett dette på PC-ene til superbrukerne:")
    print(f'  [team] url = "{url}"')
    if not args.password:
        print(f"  passord (lagre i nøkkelringen eller COMPANION_TEAM_PASSWORD): {password}")
    return 0
