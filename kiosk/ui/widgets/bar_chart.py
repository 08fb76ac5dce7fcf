"""A horizontal bar chart drawn with QPainter: one row per answer, label, bar, count and share.

Accessible by construction: every bar carries its number as text (not only as a length), the
colours have strong contrast, and the widget's accessible description reads the whole chart
("Am Dorfplatz: 12 Stimmen (40 %); ..."). No plotting library.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor("#0E5A6B")
TRACK_COLOUR = QColor("#E4E0D8")
TEXT_COLOUR = QColor("#1D2A30")
ROW_GAP = 18
BAR_HEIGHT = 40
LABEL_SHARE = 0.38
VALUE_WIDTH_TEXT = "100 % (9999)"


@dataclass(frozen=True)
class ChartRow:
    label: str
    count: int


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ChartRow, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setObjectName("BarChart")

    def set_rows(self, rows: Sequence[ChartRow], *, unit_one: str, unit_many: str) -> None:
        self._rows = tuple(rows)
        self._unit = (unit_one, unit_many)
        total = self.total()
        parts = [
            f"{r.label}: {r.count} {unit_one if r.count == 1 else unit_many} "
            f"({self._percent(r, total)})"
            for r in self._rows
        ]
        self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()
        self.update()

    def rows(self) -> tuple[ChartRow, ...]:
        return self._rows

    def total(self) -> int:
        return sum(r.count for r in self._rows)

    @staticmethod
    def _percent(row: ChartRow, total: int) -> str:
        return f"{round(100 * row.count / total) if total else 0} %"

    def _row_height(self) -> int:
        line = QFontMetrics(self.font()).height()
        return max(BAR_HEIGHT, 2 * line + 6)

    def sizeHint(self) -> QSize:
        count = len(self._rows)
        height = count * self._row_height() + max(0, count - 1) * ROW_GAP
        return QSize(640, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        width = self.width()
        label_width = int(width * LABEL_SHARE)
        value_width = bold_metrics.horizontalAdvance(VALUE_WIDTH_TEXT) + 16
        bar_left = label_width + 16
        bar_span = max(40, width - bar_left - value_width)
        total = self.total()
        top = 0
        row_height = self._row_height()
        for row in self._rows:
            painter.setPen(TEXT_COLOUR)
            painter.setFont(self.font())
            label_rect = QRectF(0, top, label_width, row_height)
            text = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width * 2)
            painter.drawText(
                label_rect,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
                | int(Qt.TextFlag.TextWordWrap),
                text,
            )
            bar_top = top + (row_height - BAR_HEIGHT) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK_COLOUR)
            painter.drawRoundedRect(QRectF(bar_left, bar_top, bar_span, BAR_HEIGHT), 8, 8)
            share = row.count / total if total else 0.0
            if share > 0:
                painter.setBrush(BAR_COLOUR)
                painter.drawRoundedRect(
                    QRectF(bar_left, bar_top, max(12.0, bar_span * share), BAR_HEIGHT), 8, 8
                )
            painter.setPen(TEXT_COLOUR)
            painter.setFont(bold)
            painter.drawText(
                QRectF(bar_left + bar_span + 12, top, value_width, row_height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                f"{self._percent(row, total)} ({row.count})",
            )
            top += row_height + ROW_GAP
        painter.end()


__all__ = ["BarChart", "ChartRow"]
