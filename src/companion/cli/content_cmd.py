"""`companion content check DIR`: validate a content folder, one line per problem."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.app import AppContext


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = subparsers.add_parser(
        "content", help="sjekk, publiser og oppdater innhold", parents=[common]
    )
    sub = parser.add_subparsers(dest="content_command", metavar="HANDLING", required=True)
    check = sub.add_parser("check", help="valider en innholdsmappe", parents=[common])
    check.add_argument(
        "dir",
        nargs="?",
        metavar="MAPPE",
        help="mappen som skal sjekkes (standard: innholdet appen bruker)",
    )
    check.add_argument(
        "--local",
        metavar="MAPPE",
        help="sjekk denne lokale mappen sammen med det sentrale innholdet",
    )
    check.set_defaults(handler=run_check)
    from companion.cli import content_packs_cmd  # keys / publish / refresh / update
    from companion.cli.governance_cmd import register_status

    content_packs_cmd.register(sub, common)
    register_status(sub, common)


def run_check(args: argparse.Namespace, context: AppContext) -> int:
    """One folder when DIR is given; otherwise what the app shows (central + local layer)."""
    from companion.content.layers import load_merged

    root = Path(args.dir) if args.dir else context.content_dir
    local = Path(args.local) if args.local else (None if args.dir else context.local_content_dir)
    library = load_merged(root, local, today=date.today())
    for problem in sorted(library.problems, key=lambda p: (str(p.path), p.line)):
        print(problem.format(root.parent if root.is_dir() else None))
    guides = len(library.guides())
    mistakes = len(library.mistakes())
    print(
        f"{len(library.errors)} feil, {len(library.warnings)} advarsler. "
        f"Lest: {guides} veiledninger, {mistakes} vanlige feil, {len(library.checklists)} "
        "sjekklister" + (f"; {len(library.skipped)} filer hoppet over." if library.skipped else ".")
    )
    return 1 if library.errors else 0
