"""Blocking a time range (closure, sick day) and the appointments to call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.store.staff_desk import Appointment
from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.context import DeskContext, appointment_table
from kiosk.ui.screens.staff.models import AppointmentTableModel
from kiosk.ui.screens.staff.widgets import button, label


def _times() -> list[time]:
    return [time(hour, minute) for hour in range(6, 22) for minute in (0, 30)]


class BlockPage(QWidget):
    def __init__(self, context: DeskContext, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("BlockPage")
        self._context = context
        self._service = context.service
        self._on_change = on_change
        self.day = self._service.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Zeit sperren (Schließung, Krankheit)"), "subheading"))
        row = QHBoxLayout()
        self.previous = button("◀", "BlockPreviousDay")
        self.previous.setAccessibleName(self.tr("Vorheriger Tag"))
        self.previous.clicked.connect(lambda: self._move(-1))
        self.next = button("▶", "BlockNextDay")
        self.next.setAccessibleName(self.tr("Nächster Tag"))
        self.next.clicked.connect(lambda: self._move(1))
        self.day_label = label("", "eyebrow", "BlockDay")
        row.addWidget(self.previous)
        row.addWidget(self.day_label, 1)
        row.addWidget(self.next)
        layout.addLayout(row)
        times = QHBoxLayout()
        times.setSpacing(8)
        self.start = QComboBox()
        self.start.setObjectName("BlockStart")
        self.start.setAccessibleName(self.tr("Von"))
        self.end = QComboBox()
        self.end.setObjectName("BlockEnd")
        self.end.setAccessibleName(self.tr("Bis"))
        for moment in _times():
            self.start.addItem(f"{moment:%H:%M}", moment)
            self.end.addItem(f"{moment:%H:%M}", moment)
        self.end.addItem(self.tr("Tagesende"), None)
        self.start.setCurrentIndex(self.start.findText("13:00"))
        self.end.setCurrentIndex(self.end.count() - 1)
        self.whole_day = button(self.tr("Ganzer Tag"), "BlockWholeDay")
        self.whole_day.clicked.connect(self._set_whole_day)
        self.resource = QComboBox()
        self.resource.setObjectName("BlockResource")
        self.resource.setAccessibleName(self.tr("Bereich"))
        self.resource.addItem(self.tr("Alle Bereiche"), "")
        for choice in self._service.resources():
            self.resource.addItem(choice.name, choice.id)
        times.addWidget(label(self.tr("von")))
        times.addWidget(self.start)
        times.addWidget(label(self.tr("bis")))
        times.addWidget(self.end)
        times.addWidget(self.whole_day)
        times.addStretch(1)
        layout.addLayout(times)
        layout.addWidget(self.resource)  # its own row: beside the times it squeezed them
        self.note = QLineEdit()
        self.note.setObjectName("BlockNote")
        self.note.setPlaceholderText(self.tr("Grund (z. B. Krankheit)"))
        self.note.setAccessibleName(self.tr("Grund der Sperre"))
        layout.addWidget(self.note)
        self.block_button = button(self.tr("Zeit sperren"), "BlockConfirm", primary=True)
        self.block_button.clicked.connect(self.block)
        layout.addWidget(self.block_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = label("", "note", "BlockMessage")
        layout.addWidget(self.message)
        self.affected_title = label("", "eyebrow", "AffectedTitle")
        layout.addWidget(self.affected_title)
        self.affected_model = AppointmentTableModel(
            self._service.local, self._service.service_name, self, last_column="phone"
        )
        self.affected = appointment_table(self.affected_model)
        self.affected.setObjectName("AffectedTable")
        layout.addWidget(self.affected, 1)
        self._whole = False
        self._show_day()

    def _move(self, days: int) -> None:
        self.day = max(self._service.today(), self.day + timedelta(days=days))
        self._show_day()

    def _show_day(self) -> None:
        self.day_label.setText(texts.long_date(self.day))

    def _set_whole_day(self) -> None:
        self.start.setCurrentIndex(0)
        self.end.setCurrentIndex(self.end.count() - 1)
        self._whole = True

    def set_range(self, start: str, end: str | None) -> None:
        self.start.setCurrentIndex(self.start.findText(start))
        self.end.setCurrentIndex(self.end.count() - 1 if end is None else self.end.findText(end))

    def block(self) -> None:
        zone = self._service.zone()
        begin_time: time = self.start.currentData()
        end_time: time | None = self.end.currentData()
        if self._whole and self.start.currentIndex() == 0 and end_time is None:
            begin_time = time(0)
        self._whole = False
        start = datetime.combine(self.day, begin_time, zone)
        end = (
            datetime.combine(self.day + timedelta(days=1), time(0), zone)
            if end_time is None
            else datetime.combine(self.day, end_time, zone)
        )
        resource = self.resource.currentData()
        note = self.note.text()
        self.block_button.setEnabled(False)

        def problem(text: str) -> None:
            self.block_button.setEnabled(True)
            self.message.setText(text)

        self._context.write(
            lambda: self._service.block(start, end, note, (resource,) if resource else ()),
            self._blocked,
            problem,
        )

    def _blocked(self, affected: list[Appointment]) -> None:
        self.block_button.setEnabled(True)
        self.message.setText(self.tr("Gesperrt. Neue Buchungen sind dort nicht mehr möglich."))
        self.affected_title.setText(
            self.tr("%n Termine betroffen – bitte die Personen anrufen:", "", len(affected))
            if affected else self.tr("Keine gebuchten Termine betroffen.")
        )  # fmt: skip
        self.affected_model.set_rows(affected, with_day=False)
        self._on_change()


__all__ = ["BlockPage"]
