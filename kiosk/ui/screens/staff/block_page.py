"""Blocking a time range (closure, sick day) and the appointments to call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.store.staff_desk import Appointment
from kiosk.ui.screens.base import mark_irreversible
from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.context import DeskContext, appointment_table
from kiosk.ui.screens.staff.models import AppointmentTableModel
from kiosk.ui.screens.staff.widgets import ArrowButton, button, describe, follow_language, label


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
        layout.setSpacing(8)
        self.heading = label("", "subheading")
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        self.previous = ArrowButton(-1, "BlockPreviousDay")
        self.previous.clicked.connect(lambda: self._move(-1))
        self.next = ArrowButton(1, "BlockNextDay")
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
        self.end = QComboBox()
        self.end.setObjectName("BlockEnd")
        for moment in _times():
            self.start.addItem(f"{moment:%H:%M}", moment)
            self.end.addItem(f"{moment:%H:%M}", moment)
        self.end.addItem("", None)  # "Tagesende" (_retranslate)
        self.start.setCurrentIndex(self.start.findText("13:00"))
        self.end.setCurrentIndex(self.end.count() - 1)
        self.whole_day = button("", "BlockWholeDay")
        self.whole_day.clicked.connect(self._set_whole_day)
        self.resource = QComboBox()
        self.resource.setObjectName("BlockResource")
        self.resource.addItem("", "")  # "Alle Bereiche" (_retranslate)
        for choice in self._service.resources():
            self.resource.addItem(choice.name, choice.id)
        self.from_label = label("")
        self.to_label = label("")
        times.addWidget(self.from_label)
        times.addWidget(self.start)
        times.addWidget(self.to_label)
        times.addWidget(self.end)
        times.addWidget(self.whole_day)
        times.addStretch(1)
        layout.addLayout(times)
        layout.addWidget(self.resource)  # its own row: beside the times it squeezed them
        self.note = QLineEdit()
        self.note.setObjectName("BlockNote")
        self.block_button = button("", "BlockConfirm", primary=True)
        mark_irreversible(self.block_button)  # new bookings there are refused at once
        self.block_button.clicked.connect(self.block)
        confirm = QHBoxLayout()  # one row: the page fits 1280x800 without scrolling
        confirm.setSpacing(8)
        confirm.addWidget(self.note, 1)
        confirm.addWidget(self.block_button)
        layout.addLayout(confirm)
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
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Zeit sperren (Schließung, Krankheit)"))
        describe(self.previous, self.tr("Zeigt den Tag davor"), self.tr("Vorheriger Tag"))
        describe(self.next, self.tr("Zeigt den Tag danach"), self.tr("Nächster Tag"))
        self.from_label.setText(self.tr("von"))
        self.to_label.setText(self.tr("bis"))
        describe(self.start, self.tr("Beginn der Sperre"), self.tr("Von"))
        describe(self.end, self.tr("Ende der Sperre"), self.tr("Bis"))
        self.end.setItemText(self.end.count() - 1, self.tr("Tagesende"))
        self.whole_day.setText(self.tr("Ganzer Tag"))
        describe(self.whole_day, self.tr("Wählt den Tag von Beginn bis Ende"))
        describe(
            self.resource,
            self.tr("Welcher Bereich gesperrt wird, oder alle"),
            self.tr("Bereich"),
        )
        self.resource.setItemText(0, self.tr("Alle Bereiche"))
        self.note.setPlaceholderText(self.tr("Grund (z. B. Krankheit)"))
        describe(
            self.note,
            self.tr("Steht bei der Sperre, z. B. Krankheit"),
            self.tr("Grund der Sperre"),
        )
        self.block_button.setText(self.tr("Zeit sperren"))
        describe(
            self.block_button,
            self.tr("Sperrt die gewählte Zeit sofort; betroffene Termine stehen dann unten"),
        )
        describe(
            self.affected,
            self.tr("Termine in der gesperrten Zeit: diese Personen bitte anrufen"),
            self.tr("Betroffene Termine"),
        )
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
