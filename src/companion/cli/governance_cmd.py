"""`companion content status` and `companion kb show`: the governed, merged content set.

JSON shapes (a contract for scripts and IT dashboards):

* ``content status --json`` → ``{source, version, articles, approved, drafts, retired,
  overdue, local}``, counted over the merged set (central + local layer);
* ``kb show ID --json`` → ``{id, title, kind, status, owner, source, approved_by,
  approved_at, review_by, local, html}``; ``html`` is the rendered, sanitised page with the
  unit's local values filled in.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from companion.cli.main import CliError
from companion.cli.output import print_json

if TYPE_CHECKING:
    from companion.app import AppContext
    from companion.content.model import Article

STATUS_WORDS = {"utkast": "Utkast", "godkjent": "Godkjent", "utgått": "Utgått"}


def register_status(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    status = sub.add_parser(
        "status", help="hvor mye innhold som er godkjent, utkast og utgått", parents=[common]
    )
    status.add_argument("--json", action="store_true", help="skriv JSON")
    status.set_defaults(handler=run_status)


def register_show(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    show = sub.add_parser("show", help="vis én artikkel med status og kilde", parents=[common])
    show.add_argument("id", metavar="ID", help="artikkelens id, for eksempel rover-innlogging")
    show.add_argument("--json", action="store_true", help="skriv JSON med ferdig HTML")
    show.set_defaults(handler=run_show)


def status_counts(context: AppContext, today: date | None = None) -> dict[str, Any]:
    from companion.content.vocabulary import ContentStatus

    library = context.library
    today = today or date.today()
    active = list(library.articles.values())
    everything = active + list(library.retired.values())
    from companion.content.packs import ContentSourceKind

    central = context.content_source
    return {
        # A hand-picked folder (--content) is reported as "bundled": it is not a signed pack.
        "source": "pack" if central.source == ContentSourceKind.PACK else "bundled",
        "version": central.version,
        "articles": len(active),
        "approved": sum(a.status is ContentStatus.APPROVED for a in active),
        "drafts": sum(a.status is ContentStatus.DRAFT for a in active),
        "retired": len(library.retired),
        "overdue": sum(a.is_overdue(today) for a in active),
        "local": sum(a.local for a in everything),
    }


def run_status(args: argparse.Namespace, context: AppContext) -> int:
    counts = status_counts(context)
    if args.json:
        print_json(counts)
        return 0
    origin = "innebygd" if counts["source"] == "bundled" else f"innholdspakke {counts['version']}"
    print(f"Innhold: {origin}")
    print(
        f"{counts['articles']} artikler i bruk: {counts['approved']} godkjent, "
        f"{counts['drafts']} utkast, {counts['overdue']} skulle vært gjennomgått."
    )
    print(f"{counts['retired']} utgått. {counts['local']} lokale versjoner.")
    return 0


def article_json(article: Article, html: str) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "kind": article.kind,
        "status": str(article.status),
        "owner": article.owner,
        "source": article.source,
        "approved_by": article.approved_by,
        "approved_at": article.approved_at.isoformat() if article.approved_at else None,
        "review_by": article.review_by.isoformat() if article.review_by else None,
        "local": article.local,
        "html": html,
    }


def run_show(args: argparse.Namespace, context: AppContext) -> int:
    from companion.content.render import render_for

    library = context.library
    article = library.articles.get(args.id) or library.retired.get(args.id)
    if article is None:
        raise CliError(
            f"Finner ingen artikkel med id {args.id!r}. "
            'Søk etter den med: companion kb search "ord fra tittelen".',
            1,
        )
    rendered = render_for(library, article)
    if args.json:
        print_json(article_json(article, rendered.html))
        return 0
    print(article.title)
    print("=" * len(article.title))
    print(_status_line(article))
    print()
    print(_html_to_text(rendered.html))
    return 0


def _status_line(article: Article) -> str:
    parts = [STATUS_WORDS.get(str(article.status), str(article.status))]
    if article.approved_by and article.approved_at:
        parts[0] += f" av {article.approved_by}, {article.approved_at:%d.%m.%Y}"
    if article.owner:
        parts.append(f"ansvarlig: {article.owner}")
    if article.source:
        parts.append(f"bygger på: {article.source}")
    if article.local:
        parts.append("lokal versjon")
    return " · ".join(parts)


def _html_to_text(page: str) -> str:
    """Readable terminal text from the sanitised page (values already filled in)."""
    import html as html_module

    page = re.sub(r"(?is)^<h1>.*?</h1>", "", page)
    text = re.sub(r"(?i)<br\s*/?>|</(p|h\d|li|tr)>", "\n", page)
    text = re.sub(r"(?i)<li>", "- ", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html_module.unescape(text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
