"""`companion tickets add|list|show|sync`: the offline ticket queue, headless.

Exit codes: 0 ok; 2 bad input or configuration; 3 an identity number was found and
`--redact` was not given (nothing stored); 4 sync left tickets queued after errors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from companion.cli.main import CliError
from companion.cli.output import print_json, print_table

if TYPE_CHECKING:
    from companion.app import AppContext

EXIT_IDENTITY_NUMBER = 3
EXIT_STILL_QUEUED = 4


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = subparsers.add_parser(
        "tickets", help="saker til brukerstøtte (lokal kø)", parents=[common]
    )
    sub = parser.add_subparsers(dest="tickets_command", metavar="HANDLING", required=True)
    add = sub.add_parser("add", help="lagre en ny sak i køen", parents=[common])
    add.add_argument("--subject", required=True, help="emne")
    add.add_argument("--body", default="", help="beskrivelse")
    add.add_argument(
        "--category", default="annet", help="kategori (legemiddel, dokumentasjon, rover, …)"
    )
    add.add_argument("--urgency", default="normal", help="lav, normal, høy eller kritisk")
    add.add_argument(
        "--unit", default=None, help="enhet/avdeling (standard: org.unit i innstillingene)"
    )
    add.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="FIL",
        help="PNG, JPEG eller PDF; kan gjentas",
    )
    add.add_argument(
        "--draft", action="store_true", help="lagre som utkast i stedet for å legge i kø"
    )
    add.add_argument(
        "--redact",
        action="store_true",
        help="erstatt fødselsnummer med [fødselsnummer fjernet] og lagre",
    )
    add.add_argument("--json", action="store_true", help="skriv saken som JSON")
    add.set_defaults(handler=run_add)
    lst = sub.add_parser("list", help="vis sakene", parents=[common])
    lst.add_argument(
        "--state",
        default=None,
        help="bare saker i denne tilstanden (utkast, i_kø, sendt, besvart, løst, feilet)",
    )
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)
    show = sub.add_parser("show", help="vis én sak med svar fra brukerstøtte", parents=[common])
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    sync = sub.add_parser("sync", help="send saker i kø og hent svar", parents=[common])
    sync.add_argument("--json", action="store_true")
    sync.add_argument(
        "--due-only",
        action="store_true",
        help="bare saker der ventetiden etter en feil er over (for planlagte kjøringer)",
    )
    sync.add_argument(
        "--force", action="store_true", help=argparse.SUPPRESS
    )  # the default since 0.1; kept for old scripts
    sync.set_defaults(handler=run_sync)


def _confirm_attachments(files: list[str]) -> None:
    """Attachments need an explicit confirmation that no patient information is visible."""
    if not files:
        return
    question = "Bekrefter du at vedleggene ikke viser pasientopplysninger? [j/N] "
    if sys.stdin is not None and sys.stdin.isatty():
        if input(question).strip().lower() not in ("j", "ja", "y", "yes"):
            raise CliError("Avbrutt: vedleggene ble ikke bekreftet. Ingenting er lagret.", 2)
    else:
        print(
            "Merk: ved å legge ved filer bekrefter du at de ikke viser pasientopplysninger.",
            file=sys.stderr,
        )


def run_add(args: argparse.Namespace, context: AppContext) -> int:
    from companion.tickets.model import IdentityNumberFound, TicketDraft, TicketError

    org = context.settings.org
    draft = TicketDraft(
        subject=args.subject,
        description=args.body,
        category=args.category,
        urgency=args.urgency,
        unit=org.unit if args.unit is None else args.unit,
        reporter_name=org.reporter_name,
        reporter_contact=org.reporter_contact,
    )
    service = context.tickets
    try:
        from companion.tickets.service import check_attachment, guard

        guard(draft.text_fields(), args.redact)  # identity numbers first: exit 3 beats a bad file
        for name in args.attach:
            guard({"filename": Path(name).name}, args.redact)
        for name in args.attach:  # check every file before anything is stored
            if not Path(name).is_file():
                raise CliError(f"Finner ikke vedlegget {name}. Ingenting er lagret.", 2)
            check_attachment(Path(name))
        _confirm_attachments(args.attach)
        ticket = service.create(draft, queue=False, redact_numbers=args.redact)
        try:
            for name in args.attach:
                service.add_attachment(
                    ticket.id,
                    Path(name),
                    confirmed_no_patient_data=True,
                    redact_numbers=args.redact,
                )
            ticket = service.get(ticket.id) if args.draft else service.submit(ticket.id)
        except BaseException:
            service.delete_draft(ticket.id)  # all or nothing: no half-made ticket stays behind
            raise
    except IdentityNumberFound as exc:
        print(
            f"{exc}\nBruk --redact for å erstatte nummeret automatisk. Ingenting er lagret.",
            file=sys.stderr,
        )
        return EXIT_IDENTITY_NUMBER
    except TicketError as exc:
        raise CliError(str(exc), 2) from None
    if args.json:
        print_json(service.get(ticket.id).to_json())
    else:
        print(
            f"Sak {ticket.id} lagret ({ticket.state_label}). Den sendes til brukerstøtte ved neste synkronisering."
        )
    return 0


def run_list(args: argparse.Namespace, context: AppContext) -> int:
    tickets = context.tickets.list_tickets(state=args.state)
    if args.json:
        print_json([t.to_json() for t in tickets])
        return 0
    if not tickets:
        print('Ingen saker ennå. Lag en med: companion tickets add --subject "…" --body "…"')
        return 0
    print_table(
        ["ID", "Tilstand", "Emne", "Kategori", "Nr. hos brukerstøtte", "Oppdatert"],
        [
            (
                t.id,
                t.state_label,
                t.subject,
                t.category,
                t.remote_id or "–",
                f"{t.updated_at.astimezone():%d.%m.%Y %H:%M}",
            )
            for t in tickets
        ],
    )
    return 0


def run_show(args: argparse.Namespace, context: AppContext) -> int:
    from companion.tickets.model import TicketError

    try:
        ticket = context.tickets.get(args.id)
    except TicketError as exc:
        raise CliError(str(exc), 2) from None
    if args.json:
        print_json(ticket.to_json())
        return 0
    print(f"Sak {ticket.id}: {ticket.subject}")
    print(
        f"Tilstand: {ticket.state_label}"
        + (f" (nr. {ticket.remote_id} hos brukerstøtte)" if ticket.remote_id else "")
    )
    if ticket.last_error:
        print(f"Feil: {ticket.last_error}")
    waiting = ticket.waiting_days()
    if waiting is not None:
        print(f"Venter på svar i {waiting} dager")
    print(f"\n{ticket.description}\n")
    for message in ticket.messages:
        who = "Brukerstøtte" if message.direction == "inn" else "Du"
        print(
            f"--- {who} ({message.author}), {message.created_at.astimezone():%d.%m.%Y %H:%M}\n{message.body}\n"
        )
    for note in ticket.notes:
        print(f"--- Notat {note.created_at.astimezone():%d.%m.%Y %H:%M}\n{note.body}\n")
    return 0


def run_sync(args: argparse.Namespace, context: AppContext) -> int:
    """Send everything queued (an explicit request; `--due-only` respects the backoff)."""
    from companion.tickets.factory import DeskNotConfigured

    try:
        engine = context.sync_engine()
    except DeskNotConfigured as exc:
        raise CliError(str(exc), 2) from None
    try:
        report = engine.sync(force=not args.due_only)
    finally:
        engine.close()
    if args.json:
        print_json(
            {
                "sent": report.sent,
                "failed": report.failed,
                "retry_later": report.retry_later,
                "replies": report.replies,
                "remaining": report.remaining,
                "online": report.online,
                "busy": report.busy,
                "errors": report.errors,
            }
        )
    else:
        print(
            f"Sendt: {report.sent}. Nye svar: {report.replies}. Feilet: {report.failed}. Fortsatt i kø: {report.remaining}."
        )
        if report.remaining:
            print(
                "Sakene i kø er lagret trygt og sendes ved neste synkronisering.", file=sys.stderr
            )
        for error in report.errors[:5]:
            print(f"  {error}", file=sys.stderr)
    return EXIT_STILL_QUEUED if report.remaining else 0
