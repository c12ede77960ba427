"""`companion kb search`: search guides, common mistakes and checklists from the command line.

The JSON output is a contract (search quality is evaluated through it from outside):

* ``companion kb search "QUERY" --json`` prints one JSON array, best hit first, of objects with
  ``id``, ``title``, ``kind``, ``category``, ``score`` and ``snippet``;
* ``companion kb search --queries FILE --json`` reads one query per line and prints one JSON
  object per line, in input order: ``{"query": "...", "results": [...]}``, flushed line by line.
  The index is loaded once for the whole file.

Without ``--json`` the same results are shown as a readable table.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.cli.args import search_limit
from companion.cli.main import CliError
from companion.cli.output import print_json, print_table

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from companion.app import AppContext
    from companion.search import SearchHit, SearchService

KIND_CHOICES = ("guide", "mistake", "checklist")


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    parser = subparsers.add_parser(
        "kb", help="søk i veiledninger og kunnskapsbasen", parents=[common]
    )
    sub = parser.add_subparsers(dest="kb_command", metavar="HANDLING", required=True)
    search = sub.add_parser(
        "search", help="søk i veiledninger, vanlige feil og sjekklister", parents=[common]
    )
    search.add_argument(
        "query",
        nargs="?",
        metavar="SØK",
        help='det du leter etter, for eksempel "dobbeltkontroll insulin"',
    )
    search.add_argument(
        "--queries",
        metavar="FIL",
        help="fil med ett søk per linje ('-' for standard inn); ett resultat per linje",
    )
    search.add_argument(
        "--limit",
        type=search_limit,
        default=10,
        metavar="N",
        help="høyst så mange treff per søk, 1–1000 (standard 10)",
    )
    search.add_argument(
        "--json", action="store_true", help="skriv JSON (med --queries: én JSON-linje per søk)"
    )
    search.add_argument(
        "--kind", choices=KIND_CHOICES, help="bare denne typen: guide, mistake eller checklist"
    )
    search.add_argument(
        "--category", metavar="KATEGORI", help="bare denne kategorien, for eksempel legemiddel"
    )
    search.add_argument(
        "--role", metavar="ROLLE", help="bare innhold for denne rollen, for eksempel sykepleier"
    )
    search.set_defaults(handler=run_search)
    from companion.cli.governance_cmd import register_show

    register_show(sub, common)


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "kind": hit.kind,
        "category": hit.category,
        "score": hit.score,
        "snippet": hit.snippet,
    }


def _read_queries(name: str) -> list[str]:
    if name == "-":
        return sys.stdin.read().splitlines()
    path = Path(name)
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise CliError(f"Finner ikke søkefilen {name}. Sjekk navnet og prøv igjen.", 2) from None
    except IsADirectoryError:
        raise CliError(f"{name} er en mappe, ikke en fil med søk.", 2) from None
    except UnicodeDecodeError:
        raise CliError(
            f"Søkefilen {name} er ikke UTF-8. Lagre den som UTF-8 og prøv igjen.", 2
        ) from None
    except OSError as exc:
        raise CliError(f"Kan ikke lese søkefilen {name}: {exc.strerror}.", 2) from None


def _utf8_stdout() -> None:
    """JSON keeps æøå as they are; make sure stdout can write them (Windows consoles)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if encoding != "utf8" and reconfigure is not None:
        try:
            reconfigure(encoding="utf-8")
        except (ValueError, OSError):
            pass


def _log_search(context: AppContext, query: str, hits: list[SearchHit]) -> None:
    """Best effort: a search must answer even if the log cannot be written."""
    from companion.db.migrate import DatabaseError
    from companion.db.searchlog_fast import append_search

    try:
        context.prepare_database()
        append_search(context.paths.database, query, len(hits), hits[0].id if hits else "")
    except (DatabaseError, OSError, sqlite3.Error) as exc:
        log.warning("search not logged: %s", type(exc).__name__)


def run_search(args: argparse.Namespace, context: AppContext) -> int:
    from companion.search import SearchService

    if args.query is None and args.queries is None:
        raise CliError(
            'Skriv hva du leter etter, for eksempel: companion kb search "dobbeltkontroll", eller '
            "bruk --queries FIL.",
            2,
        )
    if args.query is not None and args.queries is not None:
        raise CliError("Bruk enten et søk eller --queries FIL, ikke begge.", 2)
    queries = _read_queries(args.queries) if args.queries is not None else None
    _utf8_stdout()
    # Lazy library: an unchanged content folder's index opens without parsing the content.
    service = SearchService(lambda: context.library, context.paths.cache, context.content_dir)
    service.ensure_index()
    filters = {"kind": args.kind, "category": args.category, "role": args.role}
    # A single query is a person searching: log it for insights (knowledge gaps). A --queries
    # batch is an evaluation or script run, not user behaviour, so it is not logged.
    if queries is None:
        hits = service.search(args.query, limit=args.limit, **filters)
        _log_search(context, args.query, hits)
        if args.json:
            print_json([hit_json(h) for h in hits])
        else:
            _print_hits(service, args.query, hits)
        return 0
    for query in queries:
        hits = service.search(query, limit=args.limit, **filters) if query.strip() else []
        if args.json:
            sys.stdout.write(
                json.dumps(
                    {"query": query, "results": [hit_json(h) for h in hits]}, ensure_ascii=False
                )
                + "\n"
            )
            sys.stdout.flush()
        else:
            print(f"\nSøk: {query}")
            _print_hits(service, query, hits)
            sys.stdout.flush()
    return 0


def _print_hits(service: SearchService, query: str, hits: list[SearchHit]) -> None:
    from companion.content.vocabulary import KIND_LABELS

    if hits:
        rows = [
            (i, h.title, KIND_LABELS.get(h.kind, h.kind), h.id, f"{h.score:.1f}")
            for i, h in enumerate(hits, start=1)
        ]
        print_table(["#", "Tittel", "Type", "Id", "Poeng"], rows)
    else:
        print("Ingen treff.")
    suggestion = service.suggest(query)
    if suggestion:
        print(f"Mente du: {suggestion}?")
