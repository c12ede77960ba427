"""Bar charts drawn with QPainter: one painting function for the screen and the PDF report.

Why not QtCharts/Qt Graphs/pyqtgraph/matplotlib: see docs/decisions/0002-charts.md. In short,
the meeting needs plain bar charts that read at a glance, in the app and on paper; a ~200-line
painter gives exactly that with no extra dependency, vector output in the PDF, the app's own
font (æøå) and colours, and no animations to switch off in tests.

Everything is measured from the font's metrics on the target device, so the same call draws
correctly on a 96-dpi widget and on a 300-dpi PDF page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from companion.insights.period import short_month_label
from companion.reports.style import ACCENT, BORDER, MUTED, TEXT

GRID = "#e5e7eb"


@dataclass(frozen=True)
class BarData:
    """One series: a label and a value per bar (months, usually)."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    decimals: int = 0
    caption: str = ""  # small text under the axis, e.g. the year or a unit
    empty_text: str = "Ingen data i perioden"

    def format(self, value: float) -> str:
        text = f"{value:.{self.decimals}f}"
        return text.replace(".", ",")

    def summary(self) -> str:
        """The data as one sentence, for screen readers and tooltips."""
        if not self.values or not any(self.values):
            return f"{self.title}: {self.empty_text.lower()}."
        pairs = ", ".join(
            f"{label} {self.format(v)}" for label, v in zip(self.labels, self.values, strict=False)
        )
        return f"{self.title}: {pairs}."


def number(n: int) -> str:
    """Thousands with a no-break space, as in Norwegian: 49 065."""
    return f"{n:,}".replace(",", "\u00a0")


def share(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)} %" if whole else "–"


def month_bars(
    title: str, months: Sequence[str], values: Sequence[float], decimals: int = 0
) -> BarData:
    """Bars per month labelled "jan", "feb" …, with the year(s) as the caption."""
    years = sorted({m[:4] for m in months})
    caption = years[0] if len(years) == 1 else f"{years[0]}–{years[-1]}" if years else ""
    return BarData(
        title, tuple(short_month_label(m) for m in months), tuple(values), decimals, caption
    )


def nice_ticks(maximum: float, target: int = 4, integer: bool = False) -> list[float]:
    """Round axis steps (1, 2, 5 × 10ⁿ) from 0 to at least ``maximum``.

    `integer` for counts: steps are whole numbers, so labels never repeat (0, 0, 1, 1, 2).
    """
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / target
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    if magnitude >= 1 or integer:
        step = max(1.0, round(step))
    top = math.ceil(maximum / step - 1e-9) * step
    count = round(top / step)
    return [i * step for i in range(count + 1)]


def paint_bar_chart(
    painter: QPainter,
    rect: QRectF,
    data: BarData,
    font: QFont,
    colour: str = ACCENT,
) -> None:
    """Draw ``data`` inside ``rect``: title, y grid with round numbers, bars with their values."""
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _paint(painter, rect, data, font, QColor(colour))
    finally:
        painter.restore()


def _paint(painter: QPainter, rect: QRectF, data: BarData, font: QFont, colour: QColor) -> None:
    device = painter.device()
    title_font = QFont(font)
    title_font.setBold(True)
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.85)
    fm = QFontMetricsF(font, device)
    fm_small = QFontMetricsF(small, device)
    line = fm.height()
    pen_width = max(1.0, line / 18)

    painter.setFont(title_font)
    painter.setPen(QColor(TEXT))
    title_rect = QRectF(rect.left(), rect.top(), rect.width(), line * 1.3)
    painter.drawText(
        title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), data.title
    )

    values = list(data.values)
    top = rect.top() + line * 1.6
    bottom = rect.bottom() - fm_small.height() * (2.4 if data.caption else 1.4)
    if not values or not any(values) or bottom - top < line * 2:
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), max(line, bottom - top)),
            int(Qt.AlignmentFlag.AlignCenter),
            data.empty_text,
        )
        return

    ticks = nice_ticks(max(values), integer=not data.decimals)
    axis_width = (
        max(
            fm_small.horizontalAdvance(data.format(t) if data.decimals else str(int(t)))
            for t in ticks
        )
        + line * 0.5
    )
    plot = QRectF(
        rect.left() + axis_width,
        top + line * 1.2,
        rect.width() - axis_width,
        bottom - top - line * 1.2,
    )
    scale = plot.height() / ticks[-1]

    painter.setFont(small)
    for tick in ticks:
        y = plot.bottom() - tick * scale
        painter.setPen(QPen(QColor(GRID if tick else BORDER), pen_width))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(MUTED))
        label = data.format(tick) if data.decimals else str(int(tick))
        painter.drawText(
            QRectF(rect.left(), y - line / 2, axis_width - line * 0.3, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )

    slot = plot.width() / len(values)
    bar_width = min(slot * 0.68, line * 3.2)
    widest = max(fm.horizontalAdvance(data.format(v)) for v in values)
    value_font = font if widest <= slot * 0.92 else small  # narrow bars: smaller value labels
    for index, (label, value) in enumerate(zip(data.labels, values, strict=False)):
        centre = plot.left() + slot * (index + 0.5)
        height = value * scale
        bar = QRectF(centre - bar_width / 2, plot.bottom() - height, bar_width, height)
        painter.fillRect(bar, colour)
        painter.setFont(value_font)
        painter.setPen(QColor(TEXT))
        value_rect = QRectF(centre - slot / 2, bar.top() - line * 1.1, slot, line)
        if value:
            painter.drawText(
                value_rect,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                data.format(value),
            )
        painter.setFont(small)
        painter.drawText(
            QRectF(centre - slot / 2, plot.bottom() + line * 0.15, slot, fm_small.height()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            label,
        )
    if data.caption:
        painter.setPen(QColor(MUTED))
        painter.drawText(
            QRectF(plot.left(), rect.bottom() - fm_small.height(), plot.width(), fm_small.height()),
            int(Qt.AlignmentFlag.AlignHCenter),
            data.caption,
        )
