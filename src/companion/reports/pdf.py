"""Shared A4 PDF writer: HTML through QTextDocument onto QPdfWriter, with a footer per page.

Used for guide and checklist handouts and training records. Starts a QGuiApplication
(offscreen) when none runs, so the CLI can call it headless.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from companion.reports.gui import ensure_gui_app
from companion.reports.style import FONT_FAMILY

MARGIN_MM = 18
FOOTER_PT = 8.5


def html_to_pdf(
    html: str, css: str, path: Path, title: str, footer: str, base_point_size: float = 11.0
) -> int:
    """Write `html` as an A4 PDF at `path`; returns the number of pages."""
    ensure_gui_app()
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Følgesvenn")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM + 6),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Kan ikke skrive PDF-filen {path}")
    try:
        return _paint(painter, writer, html, css, footer, base_point_size)
    finally:
        painter.end()


def _paint(
    painter: QPainter, writer: QPdfWriter, html: str, css: str, footer: str, point_size: float
) -> int:
    page_rect = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(page_rect.width()), float(page_rect.height())
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(point_size)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(css)
    document.setHtml(html)
    document.setPageSize(QSizeF(width, height))
    pages = max(1, document.pageCount())
    footer_font = QFont(FONT_FAMILY)
    footer_font.setPointSizeF(FOOTER_PT)
    footer_height = writer.resolution() * 0.25
    for page in range(pages):
        if page:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * height)
        document.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(QColor("#4b5563"))
        footer_rect = QRectF(QPointF(0, height + footer_height * 0.3), QSizeF(width, footer_height))
        painter.drawText(
            footer_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), footer
        )
        painter.drawText(
            footer_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"Side {page + 1} av {pages}",
        )
    return pages
