"""Capture a chosen screen region for a ticket attachment (with the app window hidden)."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QRubberBand, QWidget


class RegionGrabber(QWidget):
    """A full-screen frozen picture of the screen; drag to choose the region, Esc to cancel."""

    captured = Signal(object)  # Path | None

    def __init__(self, pixmap: QPixmap, geometry: QRect) -> None:
        super().__init__(
            None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.pixmap = pixmap
        self.setGeometry(geometry)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Velg område for skjermbilde. Dra med musen, Esc avbryter."))
        self.band = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self.origin = QPoint()

    @classmethod
    def start(cls) -> RegionGrabber | None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return None
        grabber = cls(screen.grabWindow(0), screen.geometry())
        grabber.showFullScreen()
        return grabber

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.pixmap)
        painter.fillRect(self.rect(), Qt.GlobalColor.transparent)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(20, 30, self.tr("Dra for å velge område. Esc avbryter."))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.origin = event.position().toPoint()
        self.band.setGeometry(QRect(self.origin, QSize()))
        self.band.show()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.band.setGeometry(QRect(self.origin, event.position().toPoint()).normalized())

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:
        self.finish(self.band.geometry())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            self.captured.emit(None)

    def finish(self, region: QRect) -> Path | None:
        """Save the region as PNG in a private temp folder and report it."""
        self.close()
        if region.width() < 5 or region.height() < 5:
            self.captured.emit(None)
            return None
        folder = Path(tempfile.mkdtemp(prefix="folgesvenn-"))
        path = folder / f"skjermbilde-{datetime.now():%Y%m%d-%H%M%S}.png"
        self.pixmap.copy(region).save(str(path), "PNG")
        self.captured.emit(path)
        return path
