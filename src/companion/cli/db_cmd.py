"""`companion db status|backup`: inspect and back up the local database."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.app import AppContext


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = subparsers.add_parser("db", help="den lokale databasen", parents=[common])
    sub = parser.add_subparsers(dest="db_command", metavar="HANDLING", required=True)
    sub.add_parser(
        "status", help="vis hvor databasen ligger og hvilken versjon den har", parents=[common]
    ).set_defaults(handler=run_status)
    sub.add_parser("backup", help="ta en sikkerhetskopi nå", parents=[common]).set_defaults(
        handler=run_backup
    )


def run_status(args: argparse.Namespace, context: AppContext) -> int:
    from companion.db.migrate import read_state
    from companion.db.revisions import HEAD

    state, revision = read_state(context.paths.database)
    print(f"Database: {context.paths.database}")
    print(f"Tilstand: {state.value} (versjon {revision or '-'}, gjeldende {HEAD})")
    print(f"Sikkerhetskopier: {context.paths.backups}")
    return 0


def run_backup(args: argparse.Namespace, context: AppContext) -> int:
    from companion.db.migrate import backup

    context.prepare_database()
    print(backup(context.paths.database, context.paths.backups, "manual"))
    return 0
