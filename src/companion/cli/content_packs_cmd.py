"""Signed content packs from the command line (registered under `companion content`).

* ``content keys init KEYDIR``: Ed25519 keys for root, targets, snapshot and timestamp.
* ``content publish SRC --repo REPO --keys KEYDIR [--expires-days N]``: check, pack, sign.
* ``content refresh --repo REPO --keys KEYDIR``: re-sign the current pack (scheduled job).
* ``content update [--json]``: fetch and install a newer pack; exit 0 updated/current,
  4 server unreachable, 5 another update running, 6 refused, 2 not configured, 1 local error.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from companion.app import AppContext
    from companion.content.packs.publish import PublishResult


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    keys = sub.add_parser("keys", help="nøkler for innholdspakker", parents=[common])
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="HANDLING", required=True)
    init = keys_sub.add_parser("init", help="lag nye signeringsnøkler", parents=[common])
    init.add_argument("keydir", metavar="NØKKELMAPPE", type=Path)
    init.set_defaults(handler=run_keys_init)

    publish = sub.add_parser(
        "publish", help="sjekk, pakk og signer en innholdsmappe", parents=[common]
    )
    publish.add_argument("src", metavar="MAPPE", type=Path)
    _repo_options(publish)
    publish.add_argument(
        "--expires-days",
        type=int,
        default=90,
        metavar="N",
        help="dager til pakken må publiseres på nytt (standard 90)",
    )
    publish.set_defaults(handler=run_publish)

    refresh = sub.add_parser(
        "refresh", help="signer gjeldende pakke på nytt (planlagt jobb)", parents=[common]
    )
    _repo_options(refresh)
    refresh.add_argument("--expires-days", type=int, default=90, metavar="N")
    refresh.set_defaults(handler=run_refresh)

    update = sub.add_parser(
        "update", help="hent nytt innhold fra innholdsserveren", parents=[common]
    )
    update.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    update.set_defaults(handler=run_update)


def _repo_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--repo", required=True, type=Path, metavar="REPO", help="pakkelageret")
    parser.add_argument("--keys", required=True, type=Path, metavar="NØKKELMAPPE")


def run_keys_init(args: argparse.Namespace, _context: AppContext) -> int:
    from companion.cli.main import CliError
    from companion.content.packs.publish import PublishError, init_keys

    try:
        written = init_keys(args.keydir)
    except PublishError as exc:
        raise CliError(str(exc), 1) from exc
    for path in written:
        print(path)
    print(
        "Nøklene er laget. Flytt root.key til et sikkert sted uten nett (kryptert minnepinne i "
        "safe) og behold bare targets-, snapshot- og timestamp-nøklene på publiseringsmaskinen."
    )
    return 0


def run_publish(args: argparse.Namespace, _context: AppContext) -> int:
    from companion.content.packs.publish import publish

    return _report(lambda: publish(args.src, args.repo, args.keys, args.expires_days))


def run_refresh(args: argparse.Namespace, _context: AppContext) -> int:
    from companion.content.packs.publish import refresh

    return _report(lambda: refresh(args.repo, args.keys, args.expires_days))


def _report(action: Callable[[], PublishResult]) -> int:
    from companion.cli.main import CliError
    from companion.content.packs.publish import PublishError

    try:
        result = action()
    except PublishError as exc:
        raise CliError(str(exc), 1) from exc
    for warning in result.warnings:
        print(f"Advarsel: {warning}")
    print(
        f"Publisert versjon {result.version} ({result.size / 1024:.0f} KiB, "
        f"sha256 {result.sha256[:12]}…, rot versjon {result.root_version})."
    )
    return 0


def run_update(args: argparse.Namespace, context: AppContext) -> int:
    from companion.cli.output import print_json
    from companion.content.packs.client import check_for_update

    result = check_for_update(context.paths, context.settings)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.message)
    return result.exit_code
