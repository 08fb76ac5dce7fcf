"""Staff sub-screens: pick a free time, a walk-in's name, a cancellation's reason.

Each is pushed on the navigator and calls back with what was chosen; errors from the store
(German :class:`~kiosk.errors.KnownError` lines) are shown on the screen itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLineEdit, QPushButton

from kiosk.core.calendar import FreeSlot, distinct_times
from kiosk.errors import KnownError
from kiosk.ui.screens.base import mark_irreversible, scrolling_body
from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.staff_service import StaffService
from kiosk.ui.screens.staff.widgets import (
    ArrowButton,
    StaffScreen,
    button,
    describe,
    follow_language,
    label,
)
from kiosk.ui.widgets.flow_grid import FlowGrid
from kiosk.ui.widgets.flow_layout import FlowLayout

SLOT_COLUMNS = 6
SERVICE_COLUMNS = 3
SEARCH_DAYS = 30


class SlotPickerScreen(StaffScreen):
    """A service (preset or chosen), a day, and its free times. With ``books_at_once`` a tap
    on a time writes at once (moving or rebooking an appointment): those time buttons are
    marked irreversible; without it a tap leads on (to a walk-in's name)."""

    def __init__(
        self,
        service: StaffService,
        heading: str,
        on_pick: Callable[[FreeSlot], None],
        *,
        service_id: str | None = None,
        start_day: date | None = None,
        books_at_once: bool = False,
    ) -> None:
        super().__init__()
        self._books_at_once = books_at_once
        self._service = service
        self._on_pick = on_pick
        self._heading = heading
        choices = service.services()
        self._service_id = service_id or (choices[0].id if choices else "")
        self._day = start_day or service.today()
        body = scrolling_body(self, margins=(40, 20, 40, 20))
        body.setSpacing(16)
        body.addWidget(label(heading, "heading"))
        self.service_group = QButtonGroup(self)
        # Many services (the demo hub has eleven): as many columns as the longest name allows.
        self.services_grid = FlowGrid(SERVICE_COLUMNS, spacing=10)
        self.service_buttons: dict[str, QPushButton] = {}
        for choice in choices:
            widget = button(choice.name, "SlotServiceButton")
            widget.setCheckable(True)
            widget.setChecked(choice.id == self._service_id)
            widget.clicked.connect(lambda _=False, c=choice.id: self._choose_service(c))
            self.service_group.addButton(widget)
            self.service_buttons[choice.id] = widget
        self.services_grid.set_widgets(list(self.service_buttons.values()))
        body.addWidget(self.services_grid)
        days = QHBoxLayout()
        self.previous_day = ArrowButton(-1, "PreviousDay")
        self.next_day = ArrowButton(1, "NextDay")
        self.day_label = label("", "subheading", "SlotDay")
        self.previous_day.clicked.connect(lambda: self._move(-1))
        self.next_day.clicked.connect(lambda: self._move(1))
        days.addWidget(self.previous_day)
        days.addWidget(self.day_label, 1)
        days.addWidget(self.next_day)
        body.addLayout(days)
        self.message = label("", "note", "SlotMessage")
        body.addWidget(self.message)
        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        body.addLayout(self._grid)
        body.addStretch(1)
        self.slot_buttons: list[QPushButton] = []
        self._show()
        follow_language(self, self._retranslate)

    def title(self) -> str:
        return self._heading

    def _retranslate(self) -> None:
        for widget in self.service_buttons.values():
            describe(widget, self.tr("Zeigt die freien Zeiten dieser Leistung"))
        describe(
            self.previous_day, self.tr("Freie Zeiten des Tages davor"), self.tr("Vorheriger Tag")
        )
        describe(self.next_day, self.tr("Freie Zeiten des Tages danach"), self.tr("Nächster Tag"))
        for widget in self.slot_buttons:
            self._describe_slot(widget)

    def _describe_slot(self, widget: QPushButton) -> None:
        if self._books_at_once:
            describe(widget, self.tr("Bucht diese Zeit sofort"))
        else:
            describe(widget, self.tr("Wählt diese Zeit; danach Name und Telefon"))

    def _choose_service(self, service_id: str) -> None:
        self._service_id = service_id
        self._show()

    def _move(self, days: int) -> None:
        self._day = max(self._service.today(), self._day + timedelta(days=days))
        self._show()

    def _show(self) -> None:
        for widget in self.slot_buttons:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.slot_buttons = []
        self.day_label.setText(texts.long_date(self._day))
        try:
            free = (
                distinct_times(self._service.free_slots(self._service_id, self._day))
                if self._service_id
                else []
            )
        except KnownError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText("" if free else self.tr("An diesem Tag ist nichts mehr frei."))
        for index, slot in enumerate(free):
            start = self._service.local(slot.slot.start)
            widget = button(start.strftime("%H:%M"), "SlotButton", height=64)
            if self._books_at_once:
                mark_irreversible(widget)
            self._describe_slot(widget)
            widget.clicked.connect(lambda _=False, s=slot: self._on_pick(s))
            self._grid.addWidget(widget, index // SLOT_COLUMNS, index % SLOT_COLUMNS)
            self.slot_buttons.append(widget)


class WalkInScreen(StaffScreen):
    """Name and phone of a walk-in or a phone caller; "Buchen" books once."""

    def __init__(
        self,
        service: StaffService,
        slot: FreeSlot,
        on_booked: Callable[[str], None],
        write: Callable[..., None] | None = None,
    ) -> None:
        super().__init__()
        self._write = write
        self._service = service
        self._slot = slot
        self._on_booked = on_booked
        self._flow_key = uuid.uuid4().hex
        body = scrolling_body(self, margins=(40, 20, 40, 20))
        self.heading = label("", "heading")
        body.addWidget(self.heading)
        self.when = label("", "subheading")
        body.addWidget(self.when)
        self.name_label = label("")
        body.addWidget(self.name_label)
        self.name = QLineEdit()
        self.name.setObjectName("WalkInName")
        body.addWidget(self.name)
        self.phone_label = label("")
        body.addWidget(self.phone_label)
        self.phone = QLineEdit()
        self.phone.setObjectName("WalkInPhone")
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        body.addWidget(self.phone)
        self.message = label("", "note", "WalkInMessage")
        body.addWidget(self.message)
        self.book_button = button("", "WalkInBook", primary=True, height=72)
        mark_irreversible(self.book_button)
        self.book_button.clicked.connect(self.book)
        body.addWidget(self.book_button)
        body.addStretch(1)
        follow_language(self, self._retranslate)

    def title(self) -> str:
        return self.tr("Neuer Termin")

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Neuer Termin"))
        start = self._service.local(self._slot.slot.start)
        self.when.setText(
            f"{self._service.service_name(self._slot.slot.service_id)} · "
            f"{texts.long_date(start.date())} · {start:%H:%M} " + self.tr("Uhr")
        )
        self.name_label.setText(self.tr("Name"))
        describe(self.name, self.tr("Name der Person, für die gebucht wird"), self.tr("Name"))
        self.phone_label.setText(self.tr("Telefon (für Rückfragen, freiwillig)"))
        describe(self.phone, self.tr("Für Rückfragen; freiwillig"), self.tr("Telefon"))
        self.book_button.setText(self.tr("Buchen"))
        describe(self.book_button, self.tr("Bucht den Termin sofort und zeigt ihn in der Liste"))

    def book(self) -> None:
        """Books once (the flow key): off the GUI thread when the desk gives a write lane."""
        self.book_button.setEnabled(False)
        name, phone = self.name.text(), self.phone.text() or None

        def work() -> Any:
            return self._service.book_walk_in(
                self._slot, name=name, phone=phone, flow_key=self._flow_key
            )

        def problem(text: str) -> None:
            self.message.setText(text)
            self.book_button.setEnabled(True)

        if self._write is not None:
            self._write(work, lambda receipt: self._on_booked(receipt.booking_id), problem)
            return
        try:
            receipt = work()
        except KnownError as exc:
            problem(str(exc))
            return
        self._on_booked(receipt.booking_id)


class CancelScreen(StaffScreen):
    """Why the appointment is cancelled (a tap on a common reason, or typed)."""

    def __init__(self, heading: str, on_confirm: Callable[[str, CancelScreen], None]) -> None:
        super().__init__()
        self._on_confirm = on_confirm
        body = scrolling_body(self, margins=(40, 20, 40, 20))
        self.heading = label("", "heading")
        body.addWidget(self.heading)
        body.addWidget(label(heading, "subheading"))
        self.reason_label = label("")
        body.addWidget(self.reason_label)
        self.reason = QLineEdit()
        self.reason.setObjectName("CancelReason")
        reasons = FlowLayout()  # wraps with large text or long words
        self.reason_buttons: list[QPushButton] = []
        for _ in range(3):
            widget = button("", "CancelReasonButton")
            widget.clicked.connect(lambda _=False, w=widget: self.reason.setText(w.text()))
            reasons.addWidget(widget)
            self.reason_buttons.append(widget)
        body.addLayout(reasons)
        body.addWidget(self.reason)
        self.message = label("", "note", "CancelMessage")
        body.addWidget(self.message)
        self.confirm = button("", "CancelConfirm", primary=True, height=72)
        mark_irreversible(self.confirm)
        self.confirm.clicked.connect(self._confirm)
        body.addWidget(self.confirm)
        body.addStretch(1)
        follow_language(self, self._retranslate)

    def title(self) -> str:
        return self.tr("Termin absagen")

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Termin absagen"))
        self.reason_label.setText(self.tr("Grund der Absage"))
        describe(
            self.reason,
            self.tr("Grund eintippen oder oben einen antippen"),
            self.tr("Grund der Absage"),
        )
        for widget, text in zip(
            self.reason_buttons,
            (self.tr("Bürger/in hat abgesagt"), self.tr("Krankheit"),
             self.tr("Dorfbüro geschlossen")),
            strict=True,
        ):  # fmt: skip
            widget.setText(text)
            describe(widget, self.tr("Übernimmt diesen Grund ins Feld"))
        self.confirm.setText(self.tr("Absagen"))
        describe(self.confirm, self.tr("Sagt den Termin endgültig ab"))

    def _confirm(self) -> None:
        self.confirm.setEnabled(False)
        self._on_confirm(self.reason.text(), self)

    def show_problem(self, text: str) -> None:
        self.confirm.setEnabled(True)
        self.message.setText(text)


__all__ = ["CancelScreen", "SlotPickerScreen", "WalkInScreen"]
