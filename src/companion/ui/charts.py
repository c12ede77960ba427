"""The on-screen bar chart: a widget around :func:`companion.reports.charts.paint_bar_chart`.

The painting lives in ``companion.reports`` (QtGui only) so the PDF report draws the same chart
headless; see docs/decisions/0002-charts.md.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.reports.charts import BarData, paint_bar_chart
from companion.reports.style import ACCENT


class BarChart(QWidget):
    """A bar chart on screen; its data is also its accessible description and tooltip."""

    def __init__(self, data: BarData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data or BarData("", (), ())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(200)
        self.setFocusPolicy(
            Qt.FocusPolicy.TabFocus
        )  # reachable, so screen readers read the summary
        self.set_data(self._data)

    def set_data(self, data: BarData) -> None:
        self._data = data
        self.setAccessibleName(data.title)
        self.setAccessibleDescription(data.summary())
        self.setToolTip(data.summary())
        self.update()

    def data(self) -> BarData:
        return self._data

    def sizeHint(self) -> QSize:
        return QSize(360, 230)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            margin = self.fontMetrics().height() * 0.5
            area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
            paint_bar_chart(painter, area, self._data, self.font())
            if self.hasFocus():
                painter.setPen(QPen(QColor(ACCENT), 2))
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        finally:
            painter.end()
