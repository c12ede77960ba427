"""The meeting report: an A4 PDF drawn with QPainter (vector charts, the app's own font).

Used by the Innsikt page and by ``companion insights report`` (headless: the CLI imports this
module lazily and :func:`companion.reports.gui.ensure_gui_app` starts Qt offscreen when there
is no display).
The page flow is a simple cursor: headings, paragraphs, tables and charts are placed top to
bottom and a new page starts when the next block does not fit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from companion.insights.model import Dashboard, category_label
from companion.insights.stats import format_days
from companion.reports.charts import BarData, month_bars, number, paint_bar_chart, share
from companion.reports.gui import ensure_gui_app
from companion.reports.style import ACCENT, BORDER, FONT_FAMILY, MUTED, SURFACE, TEXT

RESOLUTION = 300
MARGIN_MM = 15


class Canvas:
    """A cursor over A4 pages: each block asks for its height and is drawn where it fits."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer, self.painter, self.footer = writer, painter, footer
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width, self.height = float(page.width()), float(page.height())
        self.y = 0.0
        self.page = 1
        self.body = self.font(9.5)
        self.small = self.font(8)
        self.mm = writer.resolution() / 25.4

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def ensure(self, needed: float) -> None:
        if self.y + needed > self.height - self.mm * 8 and self.y > 0:
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.writer.newPage()
        self.page += 1
        self.y = 0.0

    def finish(self) -> int:
        self._footer()
        return self.page

    def _footer(self) -> None:
        p = self.painter
        p.setFont(self.small)
        p.setPen(QColor(MUTED))
        rect = QRectF(0, self.height - self.mm * 5, self.width, self.mm * 5)
        p.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), self.footer
        )
        p.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            f"Side {self.page}",
        )

    # ---- blocks --------------------------------------------------------------------------
    def text(
        self,
        text: str,
        font: QFont | None = None,
        colour: str = TEXT,
        gap: float = 1.5,
        width: float | None = None,
        x: float = 0.0,
    ) -> float:
        font = font or self.body
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        self.painter.setFont(font)
        box = self.painter.boundingRect(QRectF(x, 0, width or self.width - x, 10_000), flags, text)
        self.ensure(box.height())
        self.painter.setPen(QColor(colour))
        self.painter.drawText(QRectF(x, self.y, width or self.width - x, box.height()), flags, text)
        self.y += box.height() + self.mm * gap
        return box.height()

    def heading(self, text: str, level: int = 1, keep_mm: float = 25) -> None:
        """A heading kept together with ``keep_mm`` of what follows (never alone at the bottom)."""
        size = 15 if level == 1 else 11.5
        fm = self.metrics(self.font(size, True))
        self.ensure(fm.height() * 2 + self.mm * keep_mm)
        if level == 1 and self.y > 0:
            self.y += self.mm * 3
        self.text(
            text,
            self.font(size, True),
            ACCENT if level == 1 else TEXT,
            gap=1.2 if level == 1 else 0.8,
        )
        if level == 1:
            self.painter.setPen(QPen(QColor(BORDER), self.mm * 0.25))
            self.painter.drawLine(0, int(self.y - self.mm), int(self.width), int(self.y - self.mm))
            self.y += self.mm

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        numeric: Sequence[int] = (),
        empty: str = "Ingen data i perioden.",
    ) -> None:
        if not rows:
            self.text(empty, colour=MUTED, gap=3)
            return
        fm = self.metrics(self.small)
        row_h = fm.height() * 1.55
        total = sum(widths)
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + self.width * w / total)
        self.ensure(row_h * min(len(rows) + 1, 4))
        self._row(headers, xs, row_h, numeric, header=True)
        for i, row in enumerate(rows):
            if self.y + row_h > self.height - self.mm * 8:
                self.new_page()
                self._row(headers, xs, row_h, numeric, header=True)
            self._row(row, xs, row_h, numeric, shaded=i % 2 == 1)
        self.y += self.mm * 3

    def _row(
        self,
        cells: Sequence[str],
        xs: list[float],
        row_h: float,
        numeric: Sequence[int],
        header: bool = False,
        shaded: bool = False,
    ) -> None:
        p = self.painter
        font = self.font(8, bold=True) if header else self.small
        fm = self.metrics(font)
        if header or shaded:
            p.fillRect(
                QRectF(0, self.y, self.width, row_h), QColor("#e8eef6" if header else SURFACE)
            )
        p.setFont(font)
        p.setPen(QColor(TEXT))
        pad = self.mm * 1.2
        for i, cell in enumerate(cells):
            width = xs[i + 1] - xs[i] - 2 * pad
            shown = fm.elidedText(cell, Qt.TextElideMode.ElideRight, width)
            align = Qt.AlignmentFlag.AlignRight if i in numeric else Qt.AlignmentFlag.AlignLeft
            p.drawText(
                QRectF(xs[i] + pad, self.y, width, row_h),
                int(align | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
        self.y += row_h

    def charts(self, items: Sequence[BarData], height_mm: float = 62) -> None:
        height = self.mm * height_mm
        self.ensure(height)
        gap = self.mm * 6
        width = (self.width - gap * (len(items) - 1)) / len(items)
        for i, data in enumerate(items):
            rect = QRectF(i * (width + gap), self.y, width, height)
            paint_bar_chart(self.painter, rect, data, self.font(8.5))
        self.y += height + self.mm * 4

    def figures(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Key figures in boxes across the page: a big number, its meaning under it."""
        big, small = self.font(15, True), self.small
        gap, pad = self.mm * 3, self.mm * 2
        width = (self.width - gap * (len(pairs) - 1)) / len(pairs)
        flags = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        self.painter.setFont(small)
        label_h = max(
            self.painter.boundingRect(QRectF(0, 0, width - 2 * pad, 10_000), flags, label).height()
            for _v, label in pairs
        )
        value_h = self.metrics(big).height()
        h = pad * 1.5 + value_h + label_h
        self.ensure(h)
        for i, (value, label) in enumerate(pairs):
            box = QRectF(i * (width + gap), self.y, width, h)
            self.painter.fillRect(box, QColor(SURFACE))
            self.painter.setFont(big)
            self.painter.setPen(QColor(ACCENT))
            self.painter.drawText(
                QRectF(box.left() + pad, box.top() + pad * 0.6, width - 2 * pad, value_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                value,
            )
            self.painter.setFont(small)
            self.painter.setPen(QColor(TEXT))
            self.painter.drawText(
                QRectF(box.left() + pad, box.top() + pad * 0.6 + value_h, width - 2 * pad, label_h),
                flags,
                label,
            )
        self.y += h + self.mm * 5


def write_report(board: Dashboard, path: Path, unit: str = "", today: date | None = None) -> int:
    """Write the meeting report for ``board.period`` to ``path``; returns the number of pages."""
    ensure_gui_app()
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(f"Møterapport {board.period.label()}")
    writer.setCreator("Følgesvenn")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(
            f"Kan ikke skrive PDF-filen {path}. Sjekk at mappen finnes og at filen ikke er åpen i "
            "et annet program."
        )
    try:
        canvas = Canvas(writer, painter, f"Følgesvenn · møterapport {board.period.label()}")
        for part in SECTIONS:
            part(canvas, board, unit, today or date.today())
        return canvas.finish()
    finally:
        painter.end()


def _front(c: Canvas, b: Dashboard, unit: str, today: date) -> None:
    c.text("Møterapport – Innsikt", c.font(20, True), ACCENT, gap=1)
    c.text(
        f"Perioden {b.period.label()}"
        + (f" · {unit}" if unit else "")
        + f" · laget {today:%d.%m.%Y}",
        c.font(10.5),
        MUTED,
        gap=5,
    )
    g, t, r = b.gaps, b.trends, b.response.overall
    c.figures([
        (number(g.total_searches),
         f"søk, {share(g.zero_hit_searches, g.total_searches)} uten treff"),
        (number(t.tickets.total), "nye saker til brukerstøtte"),
        (number(t.coaching.total), "ganger veiledning ved siden av"),
        (number(t.deviations.total), "avvik importert fra kvalitetssystem"),
        (format_days(r.median_reply), "median tid til første svar"),
        (format_days(r.p90_reply), "ni av ti saker fikk svar innen"),
    ])  # fmt: skip
    if b.is_empty:
        c.text("Det er ingen aktivitet registrert i perioden.", colour=MUTED, gap=4)


def _gaps(c: Canvas, b: Dashboard, unit: str, today: date) -> None:
    g = b.gaps
    c.heading("1. Kunnskapshull")
    if g.scope == "team":
        c.text(
            f"Søk og «Nei»-svar fra hele teamet ({g.pcs} PC-er). Søk like før en ny sak og "
            "kommentarene er fra denne PC-en.",
            c.font(10),
            MUTED,
            gap=3,
        )
    c.heading("Søk uten gode treff", 2)
    c.table(
        ["Søk", "Uten treff", "Treff, ingenting åpnet", "Søk i alt"],
        [
            [s.label, number(s.zero_hits), number(s.no_open), number(s.searches)]
            for s in g.poor[:10]
        ],
        [5, 1.5, 2.2, 1.5],
        (1, 2, 3),
    )
    c.heading("Søk like før en ny sak (innen 30 minutter)", 2)
    c.table(
        ["Søk", "Nye saker"],
        [[s.label, number(s.tickets)] for s in g.before_ticket[:8]],
        [6, 1.5],
        (1,),
    )
    c.heading("Flest «Nei» på «Var dette nyttig?»", 2)
    c.table(
        ["Veiledning / vanlig feil", "Nei", "Ja", "Nyeste kommentar"],
        [
            [v.title, number(v.no), number(v.yes), v.comments[0] if v.comments else "–"]
            for v in g.unhelpful[:8]
        ],
        [4, 0.8, 0.8, 5],
        (1, 2),
        "Ingen har svart «Nei» i perioden.",
    )
    c.heading("Passert revisjonsdato", 2)
    c.table(
        ["Innhold", "Type", "Revisjonsdato", "Dager over"],
        [
            [o.title, o.kind, f"{o.review_by:%d.%m.%Y}", number(o.days_overdue)]
            for o in g.overdue[:12]
        ],
        [5, 1.6, 1.6, 1.2],
        (3,),
        "Alt innhold er innenfor revisjonsdatoen.",
    )


def _trends(c: Canvas, b: Dashboard, unit: str, today: date) -> None:
    t = b.trends
    c.heading("2. Trender", keep_mm=65)
    c.charts(
        [
            month_bars("Saker per måned", t.tickets.months, t.tickets.by_month()),
            month_bars(
                "Veiledning ved siden av per måned", t.coaching.months, t.coaching.by_month()
            ),
        ]
    )
    c.charts(
        [month_bars("Avvik per måned", t.deviations.months, t.deviations.by_month())], height_mm=70
    )
    if t.unmapped_categories:
        c.text(
            "Ikke koblet til våre kategorier ennå: " + ", ".join(t.unmapped_categories),
            c.small,
            MUTED,
        )
    totals: dict[str, list[int]] = {}
    for i, series in enumerate((t.tickets, t.coaching, t.deviations)):
        for category, n in series.by_category():
            totals.setdefault(category, [0, 0, 0])[i] += n
    rows = sorted(totals.items(), key=lambda kv: -sum(kv[1]))
    c.heading("Per kategori", 2)
    c.table(
        ["Kategori", "Saker", "Veiledning", "Avvik"],
        [[category_label(k), *(number(n) for n in v)] for k, v in rows],
        [4, 1.4, 1.4, 1.4],
        (1, 2, 3),
    )
    c.heading("Mest veiledede temaer", 2)
    c.table(
        ["Tema", "Ganger", "Minutter", "Til oppfølging", "Eskalert"],
        [
            [
                x.title,
                number(x.sessions),
                number(x.minutes),
                number(x.follow_up),
                number(x.escalated),
            ]
            for x in t.coached_topics
        ],
        [5, 1.2, 1.2, 1.6, 1.2],
        (1, 2, 3, 4),
    )


def _response(c: Canvas, b: Dashboard, unit: str, today: date) -> None:
    r = b.response
    c.heading("3. Svartid fra brukerstøtte", keep_mm=65)
    c.text(
        "Dager fra saken ble sendt til første svar og til løst. «90 %» betyr at ni av ti saker var "
        "innenfor.",
        c.small,
        MUTED,
    )
    months = [row.key for row in r.by_month]
    c.charts(
        [
            month_bars(
                "Median dager til første svar",
                months,
                [row.median_reply or 0 for row in r.by_month],
                1,
            ),
            month_bars(
                "Median dager til løst", months, [row.median_resolve or 0 for row in r.by_month], 1
            ),
        ],
        height_mm=55,
    )
    headers = ["", "Sendt", "Median svar", "90 % svar", "Løst", "Median løst", "90 % løst"]
    rows = [
        [
            row.label,
            number(row.sent),
            format_days(row.median_reply),
            format_days(row.p90_reply),
            number(row.resolved),
            format_days(row.median_resolve),
            format_days(row.p90_resolve),
        ]
        for row in (*r.by_month, r.overall)
    ]
    c.table(
        ["Måned", *headers[1:]],
        rows if r.overall.sent else [],
        [2.2, 1, 1.3, 1.3, 1, 1.3, 1.3],
        (1, 2, 3, 4, 5, 6),
        "Ingen saker ble sendt i perioden.",
    )
    c.heading("Per kategori", 2)
    c.table(
        ["Kategori", *headers[1:]],
        [
            [
                row.label,
                number(row.sent),
                format_days(row.median_reply),
                format_days(row.p90_reply),
                number(row.resolved),
                format_days(row.median_resolve),
                format_days(row.p90_resolve),
            ]
            for row in r.by_category
        ],
        [2.2, 1, 1.3, 1.3, 1, 1.3, 1.3],
        (1, 2, 3, 4, 5, 6),
    )
    c.heading("Saker som ventet lengst på svar", 2)
    c.table(
        ["Sak", "Emne", "Kategori", "Sendt", "Ventet"],
        [
            [
                str(s.ticket_id),
                s.subject,
                category_label(s.category),
                f"{s.sent_on:%d.%m.%Y}",
                format_days(s.days_waiting) + ("" if s.days_to_reply is not None else " (venter)"),
            ]
            for s in r.slow
        ],
        [0.8, 4, 1.8, 1.4, 1.6],
        (0, 4),
    )


def _proposals(c: Canvas, b: Dashboard, unit: str, today: date) -> None:
    open_ones = [p for p in b.proposals if p.is_open]
    c.heading("4. Åpne endringsforslag")
    if not open_ones:
        c.text("Ingen åpne endringsforslag.", colour=MUTED)
        return
    for p in open_ones:
        c.text(f"{p.id}. {p.title}  –  {p.status_label}", c.font(10, True), gap=0.6)
        if p.body:
            c.text(p.body, gap=0.6)
        if p.links:
            c.text("Grunnlag: " + "; ".join(link.label for link in p.links), c.small, MUTED, gap=3)


SECTIONS: tuple[Callable[[Canvas, Dashboard, str, date], None], ...] = (
    _front,
    _gaps,
    _trends,
    _response,
    _proposals,
)
__all__ = ["write_report"]
