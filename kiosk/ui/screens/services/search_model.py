"""Lists of services as Qt models, and the delegate that draws one row (title + one line)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex

ServiceIdRole = Qt.ItemDataRole.UserRole + 1
SnippetRole = Qt.ItemDataRole.UserRole + 2

ROW_HEIGHT = 104


@dataclass(frozen=True)
class Row:
    service_id: str
    title: str
    snippet: str


class ServiceListModel(QAbstractListModel):
    """Services (id, title, one line of text); replaced whole with :meth:`set_rows`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.title
        if role == ServiceIdRole:
            return row.service_id
        if role in (SnippetRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return row.snippet
        return None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def service_id(self, row: int) -> str:
        return self._rows[row].service_id

    def titles(self) -> list[str]:
        return [r.title for r in self._rows]


class SearchResultsModel(ServiceListModel):
    """The results of search-as-you-type."""

    def set_hits(self, hits: Sequence[Any]) -> None:
        """``hits`` are :class:`kiosk.store.service_search.SearchHit` (duck-typed here)."""
        self.set_rows([Row(h.service_id, h.title, h.snippet) for h in hits])


class ServiceRowDelegate(QStyledItemDelegate):
    """A tall, touch-friendly row: the title in bold, below it one line of text, elided."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect.adjusted(0, 4, 0, -4), QColor("#D7E8EB" if pressed else "#FFFFFF"))
        painter.setPen(QPen(QColor("#D6D0C4"), 2))
        painter.drawRect(rect.adjusted(1, 5, -1, -5))
        title_font = QFont(option.font)
        title_font.setBold(True)
        text_font = QFont(option.font)
        text_font.setPointSizeF(max(8.0, option.font.pointSizeF() * 0.85))
        inner = rect.adjusted(24, 14, -24, -14)
        painter.setFont(title_font)
        painter.setPen(QColor("#12343D"))
        title_metrics = QFontMetrics(title_font)
        title = title_metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            inner.width(),
        )
        painter.drawText(
            inner.adjusted(0, 0, 0, -inner.height() // 2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        painter.setFont(text_font)
        painter.setPen(QColor("#3E4D53"))
        snippet = QFontMetrics(text_font).elidedText(
            str(index.data(SnippetRole) or ""), Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            inner.adjusted(0, inner.height() // 2, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            snippet,
        )
        painter.restore()


__all__ = [
    "ROW_HEIGHT",
    "Row",
    "SearchResultsModel",
    "ServiceIdRole",
    "ServiceListModel",
    "ServiceRowDelegate",
    "SnippetRole",
]
