"""Qt models of staff mode: appointments (day/week/search) and the needs-attention list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from kiosk.store.staff_desk import Appointment, AttentionItem, DeskStatus
from kiosk.ui.screens.staff import texts

_COLORS = {
    DeskStatus.ARRIVED: "#1D6B2F",
    DeskStatus.DONE: "#5B6B70",
    DeskStatus.NO_SHOW: "#9A5B00",
    DeskStatus.CANCELLED: "#8A8F91",
    DeskStatus.CONFLICT: "#A1221B",
}
_Index = QModelIndex | Any
_BRUSHES: dict[DeskStatus, QBrush] = {}


def _brush(status: DeskStatus) -> QBrush | None:
    """One brush per status, made once (data() runs for every visible cell at each paint)."""
    color = _COLORS.get(status)
    if color is None:
        return None
    brush = _BRUSHES.get(status)
    if brush is None:
        brush = _BRUSHES[status] = QBrush(QColor(color))
    return brush


class AppointmentTableModel(QAbstractTableModel):
    TIME, NAME, SERVICE, STATUS, CODE = range(5)

    def __init__(
        self,
        local: Callable[[Any], Any],
        service_name: Callable[[str], str],
        parent: QObject | None = None,
        *,
        last_column: str = "code",
    ) -> None:
        super().__init__(parent)
        self._phone_last = last_column == "phone"
        self._rows: list[Appointment] = []
        self._local = local
        self._service_name = service_name
        self._with_day = False
        self._headers = (self.tr("Zeit"), self.tr("Name"), self.tr("Leistung"),
                         self.tr("Status"),
                         self.tr("Telefon") if self._phone_last else self.tr("Code"))  # fmt: skip
        self._service_cache: dict[str, str] = {}
        self._display: list[tuple[str, str, str, str, str]] = []

    def set_rows(self, rows: Sequence[Appointment], *, with_day: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._with_day = with_day
        self._display = [self._texts(a) for a in self._rows]  # computed once, not per paint
        self.endResetModel()

    def _texts(self, a: Appointment) -> tuple[str, str, str, str, str]:
        start = self._local(a.start)
        when = start.strftime("%H:%M")
        if self._with_day:
            when = f"{texts.weekday_short(start.date())} {start:%d.%m.} {when}"
        service = self._service_cache.get(a.service_id)
        if service is None:
            service = self._service_cache[a.service_id] = self._service_name(a.service_id)
        status = texts.status_text(a.status)
        if a.provisional and a.status is DeskStatus.OPEN:
            status += " · " + self.tr("vorläufig")
        last = (a.phone or "–") if self._phone_last else texts.code_text(a)
        return when, texts.who(a), service, status, last

    def replace(self, changed: Appointment) -> int:
        """Show ``changed`` in place of the row of the same booking (its texts and colour
        change, the others stay); its row, or -1 if it is not shown."""
        row = self.row_of(changed.booking_id)
        if row >= 0:
            self._rows[row] = changed
            self._display[row] = self._texts(changed)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return row

    def appointment(self, row: int) -> Appointment | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, booking_id: str) -> int:
        for row, a in enumerate(self._rows):
            if a.booking_id == booking_id:
                return row
        return -1

    def rows(self) -> list[Appointment]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return _brush(self._rows[index.row()].status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(self._display[index.row()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class AttentionListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AttentionItem] = []
        self._lines: list[str] = []

    def set_items(self, items: Sequence[AttentionItem], local: Callable[[Any], Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._lines = []
        for item in self._items:
            title, happened, _ = texts.attention_texts(item)
            first = title
            if item.appointment is not None:
                start = local(item.appointment.start)
                first += f" – {texts.who(item.appointment)}, {start:%d.%m. %H:%M}"
            self._lines.append(f"{first}\n{happened}")
        self.endResetModel()

    def item(self, row: int) -> AttentionItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._lines[index.row()]
        return None


__all__ = ["AppointmentTableModel", "AttentionListModel"]
