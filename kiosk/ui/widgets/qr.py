"""A QR code of a web address, drawn by Qt from ``segno``'s module matrix (pure Python)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white border the standard asks for


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of ``text``'s QR code, without the quiet zone."""
    code = segno.make_qr(text, error="m")
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


def qr_image(text: str, pixels: int) -> QImage:
    """The QR code as a square black-on-white image of about ``pixels`` pixels."""
    matrix = qr_matrix(text)
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = max(1, pixels // modules)
    size = modules * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(
                        (x + QUIET_ZONE) * scale,
                        (y + QUIET_ZONE) * scale,
                        scale,
                        scale,
                        Qt.GlobalColor.black,
                    )
    finally:
        painter.end()
    return image


class QrCode(QWidget):
    """A square QR code that scales with the widget (crisp: whole pixels per module)."""

    def __init__(self, text: str, size: int = 220, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._matrix = qr_matrix(text)
        self._size = size
        self.setFixedSize(size, size)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            modules = len(self._matrix) + 2 * QUIET_ZONE
            scale = min(self.width(), self.height()) // modules or 1
            offset = (min(self.width(), self.height()) - modules * scale) / 2
            for y, row in enumerate(self._matrix):
                for x, dark in enumerate(row):
                    if dark:
                        painter.fillRect(
                            QRectF(
                                offset + (x + QUIET_ZONE) * scale,
                                offset + (y + QUIET_ZONE) * scale,
                                scale,
                                scale,
                            ),
                            QColor("black"),
                        )
        finally:
            painter.end()


__all__ = ["QrCode", "qr_image", "qr_matrix"]
