"""Appointments: today by default, day and week views, search; details and actions."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.calendar import FreeSlot
from kiosk.errors import KnownError
from kiosk.store.staff_desk import Appointment, DeskStatus
from kiosk.ui.accessibility.bidi import ltr
from kiosk.ui.screens.base import PRINT, mark_action, mark_irreversible
from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.context import DeskContext, appointment_table, size_columns
from kiosk.ui.screens.staff.forms import CancelScreen, SlotPickerScreen, WalkInScreen
from kiosk.ui.screens.staff.models import AppointmentTableModel
from kiosk.ui.screens.staff.widgets import (
    ArrowButton,
    button,
    card,
    describe,
    follow_language,
    label,
)
from kiosk.ui.theme import MIN_TOUCH_PX
from kiosk.ui.widgets.flow_grid import FlowGrid

MARKS = ("check_in", "done", "no_show")  # status changes, written at once


class AppointmentsPage(QWidget):
    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.setObjectName("AppointmentsPage")
        self._context = context
        self._service = context.service
        self.view_mode = "day"
        self.day = self._service.today()
        self._query = ""
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        for key in ("today", "day", "week"):
            widget = button("", f"View_{key}")
            widget.setCheckable(True)
            widget.clicked.connect(lambda _=False, k=key: self.show_mode(k))
            self.modes.addButton(widget)
            self.mode_buttons[key] = widget
            top.addWidget(widget)
        self.previous = ArrowButton(-1, "PreviousPeriod")
        self.previous.clicked.connect(lambda: self._move(-1))
        self.next = ArrowButton(1, "NextPeriod")
        self.next.clicked.connect(lambda: self._move(1))
        self.period = label("", "eyebrow", "Period")
        top.addWidget(self.previous)
        top.addWidget(self.period, 1)
        top.addWidget(self.next)
        layout.addLayout(top)

        second = QHBoxLayout()
        second.setSpacing(8)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("AppointmentSearch")
        self.search_field.returnPressed.connect(self.search)
        self.search_button = button("", "SearchButton")
        self.search_button.clicked.connect(self.search)
        self.new_button = button("", "NewAppointment", primary=True)
        self.new_button.clicked.connect(self.new_appointment)
        self.print_button = button("", "PrintDay")
        mark_action(self.print_button, PRINT)
        self.print_button.clicked.connect(self.print_today)
        second.addWidget(self.search_field, 1)
        second.addWidget(self.search_button)
        second.addWidget(self.new_button)
        second.addWidget(self.print_button)
        layout.addLayout(second)

        split = QHBoxLayout()
        split.setSpacing(16)
        self.model = AppointmentTableModel(self._service.local, self._service.service_name, self)
        self.table = appointment_table(self.model)
        self.table.setColumnHidden(AppointmentTableModel.CODE, True)  # in the details
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        split.addWidget(self.table, 3)
        details, details_layout = card("DetailsCard")
        details.setFixedWidth(440)
        self.details_title = label("", "subheading", "DetailsName")
        self.details_text = label("", None, "DetailsText")
        self.details_text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        details_layout.addWidget(self.details_title)
        details_layout.addWidget(self.details_text)
        details_layout.addStretch(1)
        actions = FlowGrid(2, spacing=8)  # one column with large text
        self.action_buttons: dict[str, QPushButton] = {}
        for key in ("check_in", "done", "no_show", "reschedule", "cancel"):
            widget = button("", f"Action_{key}", height=MIN_TOUCH_PX)
            widget.setProperty("compact", True)
            if key in MARKS:  # a status written at once (the walk taps it once, last)
                mark_irreversible(widget)
            widget.clicked.connect(lambda _=False, k=key: self.act(k))
            self.action_buttons[key] = widget
        actions.set_widgets(list(self.action_buttons.values()))
        details_layout.addWidget(actions)
        self.message = label("", "note", "DeskMessage")
        details_layout.addWidget(self.message)
        split.addWidget(details, 2)
        layout.addLayout(split, 1)
        follow_language(self, self._retranslate)
        self.show_mode("today")

    def _retranslate(self) -> None:
        for key, text, description in (
            ("today", self.tr("Heute"), self.tr("Zeigt die Termine von heute")),
            ("day", self.tr("Tag"), self.tr("Zeigt einen Tag; mit den Pfeilen blättern")),
            ("week", self.tr("Woche"), self.tr("Zeigt eine Woche; mit den Pfeilen blättern")),
        ):
            self.mode_buttons[key].setText(text)
            describe(self.mode_buttons[key], description)
        self._describe_arrows()
        self.search_field.setPlaceholderText(self.tr("Name oder Buchungscode"))
        describe(
            self.search_field,
            self.tr("Name oder Buchungscode eintippen, dann „Suchen“"),
            self.tr("Suche nach Name oder Buchungscode"),
        )
        self.search_button.setText(self.tr("Suchen"))
        describe(self.search_button, self.tr("Sucht Termine nach Name oder Buchungscode"))
        self.new_button.setText(self.tr("Neuer Termin"))
        describe(
            self.new_button,
            self.tr("Bucht einen Termin für jemanden vor Ort oder am Telefon"),
        )
        self.print_button.setText(self.tr("Drucken"))
        describe(
            self.print_button,
            self.tr("Druckt die Termine von heute; ohne Drucker als PDF"),
            self.tr("Liste von heute drucken"),
        )
        for key, text, description in (
            ("check_in", self.tr("Angekommen"),
             self.tr("Trägt sofort ein: die Person des gewählten Termins ist da")),
            ("done", self.tr("Erledigt"),
             self.tr("Trägt sofort ein: der gewählte Termin ist erledigt")),
            ("no_show", self.tr("Nicht gekommen"),
             self.tr("Trägt sofort ein: die Person ist nicht gekommen")),
            ("reschedule", self.tr("Verlegen …"),
             self.tr("Wählt eine neue Zeit für den gewählten Termin")),
            ("cancel", self.tr("Absagen …"),
             self.tr("Sagt den gewählten Termin ab; fragt vorher nach dem Grund")),
        ):  # fmt: skip
            self.action_buttons[key].setText(text)
            describe(self.action_buttons[key], description)
        describe(
            self.table,
            self.tr("Eine Zeile antippen: daneben stehen Einzelheiten und was zu tun ist"),
            self.tr("Termine"),
        )
        self._show_details()

    def _describe_arrows(self) -> None:
        """The arrows say what they do: a day or a week back or on (by the view)."""
        if self.view_mode == "week":
            describe(self.previous, self.tr("Blättert eine Woche zurück"),
                     self.tr("Vorherige Woche"))  # fmt: skip
            describe(self.next, self.tr("Blättert eine Woche weiter"), self.tr("Nächste Woche"))
        else:
            describe(self.previous, self.tr("Blättert einen Tag zurück"),
                     self.tr("Vorheriger Tag"))  # fmt: skip
            describe(self.next, self.tr("Blättert einen Tag weiter"), self.tr("Nächster Tag"))

    # --- what is shown ---------------------------------------------------------------------

    def show_mode(self, mode: str) -> None:
        if mode == "today":
            self.day = self._service.today()
            self.view_mode = "day"
        else:
            self.view_mode = mode
        self._query = ""
        self.mode_buttons[mode].setChecked(True)
        self.refresh()

    def _move(self, step: int) -> None:
        self.day += timedelta(days=7 * step if self.view_mode == "week" else step)
        if self.view_mode == "search":
            self.view_mode = "day"
        key = self.view_mode
        if key == "day" and self.day == self._service.today():
            key = "today"
        self.mode_buttons[key].setChecked(True)
        self.refresh()

    def search(self) -> None:
        self._query = self.search_field.text().strip()
        if self._query:
            self.view_mode = "search"
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        """Load the rows off the GUI thread (a week takes 30-80 ms here), then show them.
        A newer refresh wins over an older one still running."""
        selected = keep or self._selected_id()
        mode, day, query = self.view_mode, self.day, self._query
        service = self._service
        self._generation += 1
        generation = self._generation
        self._describe_arrows()
        if mode == "search" and query:
            self.period.setText(self.tr("Suche: „{text}“").replace("{text}", query))
        elif mode == "week":
            monday = day - timedelta(days=day.weekday())
            self.period.setText(
                self.tr("Woche vom {start} bis {end}")
                .replace("{start}", f"{monday:%d.%m.}")
                .replace("{end}", f"{monday + timedelta(days=6):%d.%m.%Y}")
            )
        else:
            prefix = self.tr("Heute") + ", " if day == service.today() else ""
            self.period.setText(prefix + texts.long_date(day))

        def load() -> list[Appointment]:
            if mode == "search" and query:
                return service.search(query)
            return service.week(day) if mode == "week" else service.day(day)

        def show(rows: list[Appointment]) -> None:
            if generation == self._generation:
                self._show_rows(rows, mode, selected)

        self._context.background.run(load, show, self._failed)

    def _show_rows(self, rows: list[Appointment], mode: str, selected: str | None) -> None:
        self.model.set_rows(rows, with_day=mode != "day")
        size_columns(self.table, with_day=mode != "day")
        self.previous.setEnabled(mode != "search")
        self.next.setEnabled(mode != "search")
        row = self.model.row_of(selected) if selected else -1
        if row < 0:  # the first person still expected, else the first row
            statuses = [a.status for a in self.model.rows()]
            row = statuses.index(DeskStatus.OPEN) if DeskStatus.OPEN in statuses else 0
            row = row if statuses else -1
        if row >= 0:
            self.select_row(row)
        self._show_details()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error
        self.message.setText(str(error))
        self._show_details()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select(self, booking_id: str) -> bool:
        row = self.model.row_of(booking_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def _selected_id(self) -> str | None:
        current = self.current()
        return current.booking_id if current else None

    def current(self) -> Appointment | None:
        index: QModelIndex = self.table.selectionModel().currentIndex()
        return self.model.appointment(index.row()) if index.isValid() else None

    def _show_details(self) -> None:
        a = self.current()
        for widget in self.action_buttons.values():
            widget.setEnabled(a is not None and a.status is not DeskStatus.CANCELLED)
        if a is None:
            self.details_title.setText(self.tr("Keine Termine"))
            self.details_text.setText(
                self.tr("Hier ist nichts gebucht.") if self.model.rowCount() == 0 else ""
            )
            return
        start = self._service.local(a.start)
        lines = [
            f"{texts.long_date(start.date())}, {start:%H:%M}–{self._service.local(a.end):%H:%M}",
            self._service.service_name(a.service_id) + " · "
            + self._service.resource_name(a.resource_id),
            self.tr("Code") + ": " + ltr(texts.code_text(a)) + " · "
            + self.tr("Status") + ": " + texts.status_text(a.status)
            + (" (" + self.tr("vorläufig") + ")" if a.provisional else ""),
        ]  # fmt: skip
        if a.phone:
            lines.insert(0, self.tr("Telefon") + ": " + ltr(a.phone))
        if a.email:
            lines.insert(1, self.tr("E-Mail") + ": " + ltr(a.email))
        if a.note:
            lines.append(self.tr("Notiz") + ": " + a.note)
        self.details_title.setText(texts.who(a))
        self.details_text.setText("\n".join(lines))
        self.action_buttons["check_in"].setEnabled(a.status is DeskStatus.OPEN)
        self.action_buttons["done"].setEnabled(a.status in (DeskStatus.OPEN, DeskStatus.ARRIVED))
        self.action_buttons["no_show"].setEnabled(a.status is DeskStatus.OPEN)

    # --- actions ---------------------------------------------------------------------------

    def act(self, key: str) -> None:
        a = self.current()
        if a is None:
            return
        self.message.setText("")
        service = self._service
        marks = {"check_in": service.check_in, "done": service.done, "no_show": service.no_show}
        if key in marks:
            for widget in self.action_buttons.values():
                widget.setEnabled(False)  # until it is shown: no double tap
            self._context.background.run(
                lambda: marks[key](a.booking_id), self._status_changed, self._failed
            )
            return
        try:
            if key == "cancel":
                self._context.push(
                    CancelScreen(self._describe(a), lambda r, screen: self._cancel(a, r, screen))
                )
                return
            elif key == "reschedule":
                self._context.push(
                    SlotPickerScreen(
                        service, self.tr("Termin verlegen: {who}").replace("{who}", texts.who(a)),
                        lambda slot: self._reschedule(a, slot), service_id=a.service_id,
                        start_day=service.local(a.start).date(), books_at_once=True,
                    )
                )  # fmt: skip
                return
        except KnownError as exc:
            self.message.setText(str(exc))
        self.refresh(keep=a.booking_id)

    def _status_changed(self, changed: Appointment) -> None:
        """A status written: that row changes, the others stay (a week is ~300 rows; reloading
        them all cost the GUI thread a frame or more)."""
        if self.model.replace(changed) < 0:
            self.refresh(keep=changed.booking_id)
            return
        self._show_details()

    def _describe(self, a: Appointment) -> str:
        start = self._service.local(a.start)
        return f"{texts.who(a)} · {texts.long_date(start.date())}, {start:%H:%M}"

    def _cancel(self, a: Appointment, reason: str, screen: CancelScreen) -> None:
        def done(_: object) -> None:
            self._context.back()
            self.refresh(keep=a.booking_id)

        self._context.write(
            lambda: self._service.cancel(a.booking_id, reason), done, screen.show_problem
        )

    def _reschedule(self, a: Appointment, slot: FreeSlot) -> None:
        def done(receipt: Any) -> None:
            self._context.back()
            self._go_to(receipt.booking_id, self._service.local(receipt.start).date())

        def problem(text: str) -> None:
            self._context.back()
            self.message.setText(text)

        self._context.write(lambda: self._service.reschedule(a.booking_id, slot), done, problem)

    def _go_to(self, booking_id: str, day: date) -> None:
        self.day = day
        self.view_mode = "day"
        self.mode_buttons["today" if day == self._service.today() else "day"].setChecked(True)
        self.refresh(keep=booking_id)

    def new_appointment(self) -> None:
        def picked(slot: FreeSlot) -> None:
            self._context.push(WalkInScreen(self._service, slot, booked, self._context.write))

        def booked(booking_id: str) -> None:
            self._context.back()  # the name screen
            self._context.back()  # the time picker
            appointment = self._service.get(booking_id)
            if appointment is not None:
                self._go_to(booking_id, self._service.local(appointment.start).date())

        self._context.push(
            SlotPickerScreen(self._service, self.tr("Neuer Termin"), picked, start_day=self.day)
        )

    def print_today(self) -> None:
        from kiosk.ui.screens.staff.printout import print_day

        day = self._service.today()
        try:
            where = print_day(
                self._service, day, self._service.day(day),
                printer_name=self._context.printer_name(), pdf_dir=self._context.pdf_dir,
            )  # fmt: skip
        except KnownError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(
            self.tr("Gedruckt.") if where is None
            else self.tr("Kein Drucker – als PDF gespeichert: {path}").replace("{path}", where)
        )  # fmt: skip


__all__ = ["AppointmentsPage"]
