"""`companion tickets add|list|show|sync|retry`: the offline ticket queue, headless.

Exit codes: 0 ok; 2 bad input or configuration (also: the desk refused our address or
credentials during sync); 3 an identity number was found and `--redact` was not given
(nothing stored); 4 sync left tickets queued after errors.

Stored text may come from outside (desk replies): it is printed through `terminal_safe`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from companion.cli.main import CliError
from companion.cli.output import print_json, print_table, terminal_safe
from companion.tickets.state import TicketState

if TYPE_CHECKING:
    from companion.app import AppContext
    from companion.tickets.model import TicketView

EXIT_IDENTITY_NUMBER = 3
EXIT_STILL_QUEUED = 4
_MAX_ID = 2**63 - 1  # SQLite's INTEGER range
_STATE_NAMES = ", ".join(state.value for state in TicketState)


def ticket_id(text: str) -> int:
    """argparse type: a ticket number SQLite can hold, with a Norwegian message otherwise."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et saksnummer (et heltall)") from None
    if not 1 <= value <= _MAX_ID:
        raise argparse.ArgumentTypeError(f"saksnummeret {text} finnes ikke (for stort eller lite)")
    return value


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
        help=f"bare saker i denne tilstanden ({_STATE_NAMES})",
    )
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)
    show = sub.add_parser("show", help="vis én sak med svar fra brukerstøtte", parents=[common])
    show.add_argument("id", type=ticket_id)
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
    retry = sub.add_parser(
        "retry", help="legg sak(er) som har feilet, i kø igjen", parents=[common]
    )
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", type=ticket_id, help="saksnummeret")
    which.add_argument("--all-failed", action="store_true", help="alle saker som har feilet")
    retry.add_argument("--json", action="store_true")
    retry.set_defaults(handler=run_retry)


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
            f"Sak {ticket.id} lagret ({ticket.state_label}). Den sendes til brukerstøtte ved neste "
            "synkronisering."
        )
    return 0


def run_list(args: argparse.Namespace, context: AppContext) -> int:
    if args.state is not None and TicketState.parse(args.state) is None:
        raise CliError(
            f"Ukjent tilstand «{terminal_safe(args.state)}». Gyldige tilstander: {_STATE_NAMES}.",
            2,
        )
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
    print(terminal_safe(_show_text(ticket)), end="")
    return 0


def _show_text(ticket: TicketView) -> str:
    """The plain-text form of `tickets show` (made safe for the terminal by the caller)."""
    lines = [f"Sak {ticket.id}: {ticket.subject}"]
    lines.append(
        f"Tilstand: {ticket.state_label}"
        + (f" (nr. {ticket.remote_id} hos brukerstøtte)" if ticket.remote_id else "")
    )
    if ticket.last_error:
        lines.append(f"Feil: {ticket.last_error}")
    waiting = ticket.waiting_days()
    if waiting is not None:
        lines.append(f"Venter på svar i {waiting} dager")
    lines.append(f"\n{ticket.description}\n")
    for message in ticket.messages:
        who = "Brukerstøtte" if message.direction == "inn" else "Du"
        lines.append(
            f"--- {who} ({message.author}), {message.created_at.astimezone():%d.%m.%Y %H:%M}"
        )
        if message.redacted:
            lines.append("(Et fødselsnummer ble fjernet fra dette svaret før det ble lagret.)")
        lines.append(f"{message.body}\n")
    for note in ticket.notes:
        lines.append(f"--- Notat {note.created_at.astimezone():%d.%m.%Y %H:%M}\n{note.body}\n")
    return "\n".join(lines) + "\n"


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
                "config_error": report.config_error,
                "redacted": report.redacted,
                "errors": report.errors,
            }
        )
    else:
        print(
            f"Sendt: {report.sent}. Nye svar: {report.replies}. Feilet: {report.failed}. Fortsatt "
            f"i kø: {report.remaining}."
        )
        if report.remaining:
            print(
                "Sakene i kø er lagret trygt og sendes ved neste synkronisering.", file=sys.stderr
            )
        for error in report.errors[:5]:
            print(f"  {terminal_safe(error)}", file=sys.stderr)
    if report.config_error:  # the desk refused our address or credentials: the user must act
        print(terminal_safe(report.config_error), file=sys.stderr)
        return 2
    return EXIT_STILL_QUEUED if report.remaining else 0


def run_retry(args: argparse.Namespace, context: AppContext) -> int:
    """Queue failed tickets again (after the cause was fixed); sent at the next sync."""
    from companion.tickets.model import TicketError

    try:
        ids = context.tickets.retry_all_failed() if args.all_failed else []
        if not args.all_failed:
            ids = [context.tickets.retry(args.id).id]
    except TicketError as exc:
        raise CliError(str(exc), 2) from None
    if args.json:
        print_json({"queued": ids})
    elif ids:
        numbers = ", ".join(str(i) for i in ids)
        print(f"Lagt i kø igjen: sak {numbers}. Sendes ved neste synkronisering.")
    else:
        print("Ingen saker har feilet.")
    return 0
