"""List model and delegate for articles (guides, mistakes) and search hits."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QWidget

from companion.ui import theme
from companion.ui.qt_values import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, TOOL_TIP_ROLE, USER_ROLE

if TYPE_CHECKING:  # painting types: built when the first row is drawn, not before (issue 16)
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

# Plain ints, and `Qt` only inside methods: the library page is built before the first paint
# and touching `Qt` there costs 20-30 ms of start-up (see companion.ui.qt_values).
ID_ROLE = USER_ROLE + 1
SUMMARY_ROLE = USER_ROLE + 2
BADGE_ROLE = USER_ROLE + 3

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ArticleRow:
    """One line in a list: title, a one-line summary and a small badge (category or kind)."""

    id: str
    title: str
    summary: str
    badge: str


class ArticleListModel(QAbstractListModel):
    """Read-only list of :class:`ArticleRow`; replaced wholesale when filters change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleRow] = []

    def set_rows(self, rows: list[ArticleRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ArticleRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == article_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return row.title
        if role == TOOL_TIP_ROLE:
            return f"{row.title}\n{row.summary}"
        if role == SUMMARY_ROLE:
            return row.summary
        if role == ACCESSIBLE_TEXT_ROLE:
            return f"{row.title}. {row.badge}. {row.summary}"
        if role == ID_ROLE:
            return row.id
        if role == BADGE_ROLE:
            return row.badge
        return None


def two_lines(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """Wrap a title at word boundaries onto at most two lines; the second is elided."""
    from PySide6.QtCore import Qt  # not at module level: see companion.ui.qt_values

    if metrics.horizontalAdvance(text) <= width:
        return [text]
    words = text.split()
    first = ""
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count])
        if metrics.horizontalAdvance(candidate) <= width:
            first = candidate
            rest = " ".join(words[count:])
            break
    else:
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]


class ArticleDelegate(QStyledItemDelegate):
    """Bold title on up to two lines with a badge, then a muted summary (elided)."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bold = QFont(option.font)
        bold.setBold(True)
        title = QFontMetrics(bold).height() * 2
        return QSize(0, title + QFontMetrics(option.font).height() + self.PADDING * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        from PySide6.QtCore import Qt  # not at module level: see companion.ui.qt_values
        from PySide6.QtWidgets import QStyle  # its ~20 enums cost ~8 ms: not before first paint

        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(option.rect, QColor("#eef2f7"))
        text_color = QColor("white") if selected else QColor(theme.TEXT)
        muted = QColor("#e5edf7") if selected else QColor(theme.MUTED)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        # The title has the whole width (two lines); the badge opens the summary line, so a
        # narrow list (1024 px screens) cuts the summary, not the title to one word.
        title_rect = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.setFont(bold)
        painter.setPen(text_color)
        lines = two_lines(metrics, str(index.data(DISPLAY_ROLE) or ""), title_rect.width())
        for number, line in enumerate(lines):
            painter.drawText(
                title_rect.translated(0, number * metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
        normal = QFontMetrics(option.font)
        summary_rect = QRect(
            rect.left(), rect.top() + metrics.height() * 2 + 4, rect.width(), normal.height()
        )
        badge = str(index.data(BADGE_ROLE) or "")
        if badge:
            small = QFont(option.font)
            small.setPointSizeF(max(8.0, option.font.pointSizeF() * 0.85))
            small_metrics = QFontMetrics(small)
            badge = small_metrics.elidedText(
                badge, Qt.TextElideMode.ElideRight, int(summary_rect.width() * 0.6)
            )
            badge_width = small_metrics.horizontalAdvance(badge)
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(
                QRect(summary_rect.left(), summary_rect.top(), badge_width, normal.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                badge,
            )
            summary_rect.setLeft(summary_rect.left() + badge_width + 10)
        self._paint_summary(
            painter,
            option.font,
            muted,
            text_color,
            summary_rect,
            str(index.data(SUMMARY_ROLE) or ""),
        )
        painter.setPen(QColor(theme.BORDER))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    @staticmethod
    def _paint_summary(
        painter: QPainter, font: QFont, colour: QColor, strong: QColor, rect: QRect, text: str
    ) -> None:
        """Plain summary, or a search snippet whose «matched words» are drawn in bold."""
        from PySide6.QtCore import Qt  # not at module level: see companion.ui.qt_values

        metrics = QFontMetrics(font)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 4)
        x = rect.left()
        bold = QFont(font)
        bold.setBold(True)
        for number, part in enumerate(text.replace("»", "«").split("«")):
            if not part:
                continue
            is_match = number % 2 == 1
            painter.setFont(bold if is_match else font)
            painter.setPen(strong if is_match else colour)
            width = QFontMetrics(bold if is_match else font).horizontalAdvance(part)
            painter.drawText(
                QRect(x, rect.top(), rect.right() - x, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                part,
            )
            x += width
            if x >= rect.right():
                break
