"""Guide, article and checklist handouts as clean A4 PDFs with the review date in the footer."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from companion.content.model import Article, Checklist, Library
from companion.content.render import CSS, render_for
from companion.reports.pdf import html_to_pdf

PRINT_CSS = CSS + "\nh1 { font-size: 18pt; } h2 { font-size: 13pt; } body { font-size: 11pt; }\n"


def _footer(review_by: date | None) -> str:
    today = date.today().strftime("%d.%m.%Y")
    review = f" · Gjennomgås innen {review_by:%d.%m.%Y}" if review_by else ""
    return f"Følgesvenn · skrevet ut {today}{review}"


def export_article(article: Article, library: Library, path: Path) -> int:
    """Write one guide or mistake; returns the page count."""
    rendered = render_for(library, article)
    return html_to_pdf(rendered.html, PRINT_CSS, path, article.title, _footer(article.review_by))


def export_checklist(checklist: Checklist, library: Library, path: Path) -> int:
    """A checklist handout with a sign-off column for the superuser."""
    rows = []
    for number, item in enumerate(checklist.items, start=1):
        guide = library.articles.get(item.guide)
        guide_text = (
            f"<br/><span class='meta'>Veiledning: {html.escape(guide.title)}</span>"
            if guide
            else ""
        )
        required = "Ja" if item.required else "Valgfritt"
        description = f"<br/>{html.escape(item.description)}" if item.description else ""
        rows.append(
            f"<tr><td>{number}</td><td><b>{html.escape(item.title)}</b>{description}{guide_text}</td>"
            f"<td>{required}</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>"
        )
    body = (
        f"<h1>{html.escape(checklist.title)}</h1>"
        f"<p>{html.escape(checklist.summary)}</p>"
        "<p class='meta'>Navn: ______________________________  Enhet: ____________________</p>"
        "<table width='100%'><thead><tr>"
        "<th>#</th><th>Punkt</th><th>Påkrevd</th><th>Vist</th><th>Øvd</th>"
        "<th>Godkjent (dato, superbruker)</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )
    return html_to_pdf(body, PRINT_CSS, path, checklist.title, _footer(checklist.review_by))
