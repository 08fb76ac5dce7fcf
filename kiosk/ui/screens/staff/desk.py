"""The staff desk: appointments, needs attention, sync, blocking time, admin settings.

A column of page buttons on the left, the page on the right. Appointments show today by
default (day and week views, search by name or code) in a table with big rows; a tap on a row
shows its details and what can be done with it. Sub-steps (a new time, a reason) are screens
pushed on the navigator; coming back refreshes the page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import LANGUAGES
from kiosk.core.calendar import FreeSlot
from kiosk.errors import KnownError
from kiosk.store.staff import AdminSettings
from kiosk.store.staff_desk import Appointment, AttentionItem, AttentionKind, DeskStatus
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.background import Background
from kiosk.ui.screens.staff.forms import CancelScreen, SlotPickerScreen, WalkInScreen
from kiosk.ui.screens.staff.models import AppointmentTableModel, AttentionListModel
from kiosk.ui.screens.staff.staff_service import StaffService
from kiosk.ui.screens.staff.widgets import StaffScreen, button, card, label

Push = Callable[[Screen], None]
ROW_HEIGHT = 56


class DeskContext:
    """What the pages need from outside: the service, navigation, the app's sync service."""

    def __init__(
        self,
        service: StaffService,
        background: Background,
        push: Push,
        back: Callable[[], None],
        *,
        sync_service: Callable[[], Any] = lambda: None,
        printer_name: Callable[[], str] = lambda: "",
        pdf_dir: Any = None,
        leave_kiosk_mode: Callable[[], None] | None = None,
        settings_saved: Callable[[], None] = lambda: None,
    ) -> None:
        self.service = service
        self.background = background
        self.push = push
        self.back = back
        self.sync_service = sync_service
        self.printer_name = printer_name
        self.pdf_dir = pdf_dir
        self.leave_kiosk_mode = leave_kiosk_mode
        self.settings_saved = settings_saved

    def write(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        problem: Callable[[str], None],
    ) -> None:
        """A store write off the GUI thread (10-60 ms here, with fsync); a German
        KnownError goes to ``problem``, anything else is a bug and raised on the GUI thread."""

        def failed(error: BaseException) -> None:
            if not isinstance(error, KnownError):
                raise error
            problem(str(error))

        self.background.run(work, done, failed)


def _table(model: AppointmentTableModel) -> QTableView:
    view = QTableView()
    view.setObjectName("AppointmentTable")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(AppointmentTableModel.NAME, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    header.setMinimumSectionSize(60)
    header.setSectionResizeMode(AppointmentTableModel.SERVICE, QHeaderView.ResizeMode.Stretch)
    size_columns(view, with_day=False)
    return view


def size_columns(view: QTableView, *, with_day: bool) -> None:
    """Fixed widths for the short columns, from the font (no per-row measuring: a week of
    300 rows must not cost a size hint per cell); name and service share the rest."""
    metrics = view.fontMetrics()
    pad = 24 + 16  # the item padding of the theme and some air
    when = "Mi 30.12. 00:00" if with_day else "00:00"
    widths = (
        (AppointmentTableModel.TIME, metrics.horizontalAdvance(when) + pad),
        (AppointmentTableModel.STATUS, metrics.horizontalAdvance("erwartet · vorläufig") + pad),
        (AppointmentTableModel.CODE, metrics.horizontalAdvance("HHHH-HHHH 000") + pad),
    )
    for column, width in widths:
        view.setColumnWidth(column, width)


# --- appointments ------------------------------------------------------------------------------


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
        layout.setSpacing(12)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.modes = QButtonGroup(self)
        self.mode_buttons: dict[str, QPushButton] = {}
        for key, text in (("today", self.tr("Heute")), ("day", self.tr("Tag")),
                          ("week", self.tr("Woche"))):  # fmt: skip
            widget = button(text, f"View_{key}")
            widget.setCheckable(True)
            widget.clicked.connect(lambda _=False, k=key: self.show_mode(k))
            self.modes.addButton(widget)
            self.mode_buttons[key] = widget
            top.addWidget(widget)
        self.previous = button("◀", "PreviousPeriod")
        self.previous.setAccessibleName(self.tr("Zurück"))
        self.previous.clicked.connect(lambda: self._move(-1))
        self.next = button("▶", "NextPeriod")
        self.next.setAccessibleName(self.tr("Weiter"))
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
        self.search_field.setPlaceholderText(self.tr("Name oder Buchungscode"))
        self.search_field.setAccessibleName(self.tr("Suche nach Name oder Buchungscode"))
        self.search_field.returnPressed.connect(self.search)
        self.search_button = button(self.tr("Suchen"), "SearchButton")
        self.search_button.clicked.connect(self.search)
        self.new_button = button(self.tr("Neuer Termin"), "NewAppointment", primary=True)
        self.new_button.clicked.connect(self.new_appointment)
        self.print_button = button(self.tr("Drucken"), "PrintDay")
        self.print_button.setAccessibleName(self.tr("Liste von heute drucken"))
        self.print_button.clicked.connect(self.print_today)
        second.addWidget(self.search_field, 1)
        second.addWidget(self.search_button)
        second.addWidget(self.new_button)
        second.addWidget(self.print_button)
        layout.addLayout(second)

        split = QHBoxLayout()
        split.setSpacing(16)
        self.model = AppointmentTableModel(self._service.local, self._service.service_name, self)
        self.table = _table(self.model)
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
        actions = QGridLayout()
        actions.setSpacing(8)
        self.action_buttons: dict[str, QPushButton] = {}
        for index, (key, text) in enumerate((
            ("check_in", self.tr("Angekommen")), ("done", self.tr("Erledigt")),
            ("no_show", self.tr("Nicht gekommen")), ("reschedule", self.tr("Verlegen …")),
            ("cancel", self.tr("Absagen …")),
        )):  # fmt: skip
            widget = button(text, f"Action_{key}")
            widget.setProperty("compact", True)
            widget.clicked.connect(lambda _=False, k=key: self.act(k))
            actions.addWidget(widget, index // 2, index % 2)
            self.action_buttons[key] = widget
        actions.setColumnStretch(0, 1)
        actions.setColumnStretch(1, 1)
        details_layout.addLayout(actions)
        self.message = label("", "note", "DeskMessage")
        details_layout.addWidget(self.message)
        split.addWidget(details, 2)
        layout.addLayout(split, 1)
        self.show_mode("today")

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
        if row < 0 and self.model.rowCount() > 0:
            row = 0
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
            self.tr("Code") + ": " + texts.code_text(a),
            self.tr("Status") + ": " + texts.status_text(a.status)
            + (" (" + self.tr("vorläufig") + ")" if a.provisional else ""),
        ]  # fmt: skip
        if a.phone:
            lines.insert(0, self.tr("Telefon") + ": " + a.phone)
        if a.email:
            lines.insert(1, self.tr("E-Mail") + ": " + a.email)
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
                widget.setEnabled(False)  # until the refresh: no double tap
            self._context.background.run(
                lambda: marks[key](a.booking_id),
                lambda _: self.refresh(keep=a.booking_id),
                self._failed,
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
                        start_day=service.local(a.start).date(),
                    )
                )  # fmt: skip
                return
        except KnownError as exc:
            self.message.setText(str(exc))
        self.refresh(keep=a.booking_id)

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


# --- needs attention ---------------------------------------------------------------------------


class AttentionPage(QWidget):
    def __init__(self, context: DeskContext, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("AttentionPage")
        self._context = context
        self._service = context.service
        self._on_change = on_change
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Braucht Aufmerksamkeit"), "subheading"))
        self.model = AttentionListModel(self)
        self.list = QListView()
        self.list.setObjectName("AttentionList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        left.addWidget(self.list, 1)
        self.empty = label(self.tr("Alles erledigt – nichts braucht Aufmerksamkeit."), "note")
        left.addWidget(self.empty)
        layout.addLayout(left, 3)

        details, details_layout = card("AttentionCard")
        details.setMinimumWidth(420)
        details.setMaximumWidth(480)
        self.title_label = label("", "subheading", "AttentionTitle")
        self.happened = label("", None, "AttentionHappened")
        self.todo = label("", None, "AttentionTodo")
        self.contact = label("", None, "AttentionContact")
        for text_label in (self.title_label, self.happened, self.todo, self.contact):
            details_layout.addWidget(text_label)
        details_layout.addStretch(1)
        self.note = QLineEdit()
        self.note.setObjectName("AttentionNote")
        self.note.setPlaceholderText(self.tr("Notiz (z. B. „angerufen, neuer Termin“)"))
        self.note.setAccessibleName(self.tr("Notiz"))
        details_layout.addWidget(self.note)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for index, (key, text) in enumerate((
            ("rebook", self.tr("Neu buchen …")), ("cancel", self.tr("Absagen")),
            ("retry", self.tr("Erneut senden")), ("dismiss", self.tr("Ablegen")),
        )):  # fmt: skip
            widget = button(text, f"Resolve_{key}")
            widget.setProperty("compact", True)
            widget.clicked.connect(lambda _=False, k=key: self.resolve(k))
            grid.addWidget(widget, index // 2, index % 2)
            self.buttons[key] = widget
        details_layout.addLayout(grid)
        self.message = label("", "note", "AttentionMessage")
        details_layout.addWidget(self.message)
        layout.addWidget(details, 2)

    def refresh(self) -> None:
        self._context.background.run(self._service.needs_attention, self._show_items)

    def _show_items(self, items: list[AttentionItem]) -> None:
        self.model.set_items(items, self._service.local)
        self.empty.setVisible(not items)
        if items:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._show()

    def current(self) -> AttentionItem | None:
        index = self.list.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _show(self) -> None:
        item = self.current()
        for widget in self.buttons.values():
            widget.setEnabled(item is not None)
        if item is None:
            for text_label in (self.title_label, self.happened, self.todo, self.contact):
                text_label.setText("")
            return
        title, happened, todo = texts.attention_texts(item)
        self.title_label.setText(title)
        self.happened.setText(self.tr("Was ist passiert?") + "\n" + happened)
        self.todo.setText(self.tr("Was ist zu tun?") + "\n" + todo)
        a = item.appointment
        contact = ""
        if a is not None:
            contact = texts.who(a)
            if a.phone:
                contact += " · " + self.tr("Tel.") + " " + a.phone
            if a.email:
                contact += " · " + a.email
        self.contact.setText(contact)
        has_booking = a is not None and a.status is not DeskStatus.CANCELLED
        self.buttons["rebook"].setEnabled(has_booking)
        self.buttons["cancel"].setEnabled(has_booking)
        self.buttons["retry"].setEnabled(item.kind is AttentionKind.REFUSED)

    def resolve(self, action: str) -> None:
        item = self.current()
        if item is None:
            return
        if action == "rebook" and item.appointment is not None:
            a = item.appointment
            self._context.push(
                SlotPickerScreen(
                    self._service, self.tr("Neu buchen: {who}").replace("{who}", texts.who(a)),
                    lambda slot: self._rebook(item, slot), service_id=a.service_id,
                )
            )  # fmt: skip
            return

        def done(_: object) -> None:
            self.note.clear()
            self.message.setText(self.tr("Erledigt."))
            self.refresh()
            self._on_change()

        note = self.note.text()
        self._context.write(
            lambda: self._service.resolve(item, action, note=note), done, self.message.setText
        )

    def _rebook(self, item: AttentionItem, slot: FreeSlot) -> None:
        def done(_: object) -> None:
            self._context.back()
            self.refresh()
            self._on_change()

        def problem(text: str) -> None:
            self._context.back()
            self.message.setText(text)

        note = self.note.text()
        self._context.write(
            lambda: self._service.resolve(item, "rebook", note=note, slot=slot), done, problem
        )


# --- sync --------------------------------------------------------------------------------------


class SyncPage(QWidget):
    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.setObjectName("SyncPage")
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Synchronisation"), "subheading"))
        box, box_layout = card()
        self.rows: dict[str, Any] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        for index, (key, text) in enumerate((
            ("connection", self.tr("Verbindung")), ("success", self.tr("Letzte Synchronisation")),
            ("pending", self.tr("Warten auf Versand")), ("oldest", self.tr("Ältester Eintrag")),
            ("attention", self.tr("Braucht Aufmerksamkeit")), ("error", self.tr("Letzter Fehler")),
        )):  # fmt: skip
            grid.addWidget(label(text, "eyebrow"), index, 0, Qt.AlignmentFlag.AlignTop)
            value = label("", None, f"Sync_{key}")
            grid.addWidget(value, index, 1)
            self.rows[key] = value
        grid.setColumnStretch(1, 1)
        box_layout.addLayout(grid)
        layout.addWidget(box)
        self.sync_button = button(self.tr("Jetzt synchronisieren"), "SyncNow", primary=True)
        self.sync_button.clicked.connect(self.sync_now)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = label("", "note", "SyncMessage")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def refresh(self) -> None:
        details = self._context.service.sync_details()
        sync = self._context.sync_service()
        if sync is None:
            connection = self.tr("Kein Server eingerichtet (nur dieses Terminal)")
        else:
            state = sync.snapshot()
            if state.enrolment_refused:
                connection = self.tr("Vom Server abgewiesen – Terminal neu anmelden")
            elif state.online is None:
                connection = self.tr("Verbinde …")
            else:
                connection = self.tr("Online") if state.online else self.tr("Offline")
        self.rows["connection"].setText(connection)
        self.rows["success"].setText(texts.when_text(self._local(details.last_success_at)))
        self.rows["pending"].setText(str(details.pending))
        oldest = details.oldest_pending_at
        self.rows["oldest"].setText(
            self.tr("seit") + " " + texts.when_text(self._local(oldest)) if oldest else "–"
        )
        self.rows["attention"].setText(str(details.needs_attention))
        self.rows["error"].setText(texts.plain_error(details.last_error))

    def _local(self, moment: datetime | None) -> datetime | None:
        return None if moment is None else self._context.service.local(moment)

    def sync_now(self) -> None:
        self.sync_button.setEnabled(False)

        def done(_: object) -> None:
            self.sync_button.setEnabled(True)
            sync = self._context.sync_service()
            if sync is not None:
                sync.sync_soon()
                self.message.setText(self.tr("Synchronisation läuft …"))
            else:
                self.message.setText(self.tr("Kein Server eingerichtet."))
            self.refresh()

        def failed(error: BaseException) -> None:
            self.sync_button.setEnabled(True)
            self.message.setText(str(error))

        self._context.background.run(self._context.service.retry_now, done, failed)


# --- blocking time -----------------------------------------------------------------------------


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
        times.addWidget(self.resource, 1)
        layout.addLayout(times)
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
        self.affected = _table(self.affected_model)
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


# --- admin -------------------------------------------------------------------------------------

IDLE_CHOICES = (30, 60, 90, 120, 180, 300, 600)
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "tr": "Türkçe", "uk": "Українська",
                  "ar": "العربية", "de-LS": "Leichte Sprache"}  # fmt: skip


class AdminPage(QWidget):
    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.setObjectName("AdminPage")
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Verwaltung dieses Terminals"), "subheading"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        self.idle = QComboBox()
        self.idle.setObjectName("AdminIdle")
        self.idle.setAccessibleName(self.tr("Wartezeit bis zum Neustart"))
        for seconds in IDLE_CHOICES:
            self.idle.addItem(self.tr("%n Sekunden", "", seconds), seconds)
        self.language = QComboBox()
        self.language.setObjectName("AdminLanguage")
        self.language.setAccessibleName(self.tr("Standardsprache"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.printer = QComboBox()
        self.printer.setObjectName("AdminPrinter")
        self.printer.setAccessibleName(self.tr("Drucker"))
        self.printer.addItem(self.tr("Standarddrucker des Systems"), "")
        from PySide6.QtPrintSupport import QPrinterInfo

        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        for index, (text, widget) in enumerate((
            (self.tr("Wartezeit, bis der Kiosk neu beginnt"), self.idle),
            (self.tr("Standardsprache"), self.language), (self.tr("Drucker"), self.printer),
        )):  # fmt: skip
            grid.addWidget(label(text, "eyebrow"), index, 0)
            grid.addWidget(widget, index, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.save_button = button(self.tr("Speichern"), "AdminSave", primary=True)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.maintenance = button(
            self.tr("Kioskmodus für Wartung verlassen"), "AdminMaintenance", height=60
        )
        self.maintenance.setEnabled(context.leave_kiosk_mode is not None)
        self.maintenance.clicked.connect(self.leave_kiosk_mode)
        layout.addWidget(self.maintenance, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = label("", "note", "AdminMessage")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def refresh(self) -> None:
        settings = self._context.service.admin_settings()
        for combo, value in ((self.idle, settings.idle_timeout_seconds),
                             (self.language, settings.language),
                             (self.printer, settings.printer)):  # fmt: skip
            if value is not None:
                index = combo.findData(value)
                if index >= 0:
                    combo.setCurrentIndex(index)

    def save(self) -> None:
        settings = AdminSettings(
            idle_timeout_seconds=int(self.idle.currentData()),
            language=str(self.language.currentData()),
            printer=str(self.printer.currentData()),
        )
        try:
            self._context.service.save_admin_settings(settings)
        except KnownError as exc:
            self.message.setText(str(exc))
            return
        self._context.settings_saved()
        self.message.setText(self.tr("Gespeichert. Die Wartezeit gilt sofort."))

    def leave_kiosk_mode(self) -> None:
        if self._context.leave_kiosk_mode is None:
            return
        self._context.service.record_maintenance(self.tr("Kioskmodus verlassen"))
        self._context.leave_kiosk_mode()
        self.message.setText(self.tr("Kioskmodus verlassen (protokolliert)."))


# --- the desk screen ---------------------------------------------------------------------------


class StaffDeskScreen(StaffScreen):
    def __init__(self, context: DeskContext, on_logout: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("StaffDesk")
        self._context = context
        member = context.service.member
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(12)
        nav = QHBoxLayout()
        nav.setSpacing(8)
        self.pages = QStackedWidget()
        self.appointments = AppointmentsPage(context)
        self.attention = AttentionPage(context, self._update_counts)
        self.sync = SyncPage(context)
        self.blocking = BlockPage(context, lambda: self.appointments.refresh())
        self.page_buttons: dict[str, QPushButton] = {}
        self.nav_group = QButtonGroup(self)
        entries: list[tuple[str, str, QWidget]] = [
            ("appointments", self.tr("Termine"), self.appointments),
            ("attention", self.tr("Aufmerksamkeit"), self.attention),
            ("sync", self.tr("Synchronisation"), self.sync),
            ("block", self.tr("Zeit sperren"), self.blocking),
        ]
        self.admin: AdminPage | None = None
        if member is not None and member.is_admin:
            self.admin = AdminPage(context)
            entries.append(("admin", self.tr("Verwaltung"), self.admin))
        for key, text, page in entries:
            widget = button(text, f"Nav_{key}")
            widget.setCheckable(True)
            widget.clicked.connect(lambda _=False, k=key: self.show_page(k))
            self.nav_group.addButton(widget)
            self.page_buttons[key] = widget
            self.pages.addWidget(page)
            nav.addWidget(widget)
        self._pages = {key: page for key, _, page in entries}
        nav.addStretch(1)
        who = label(member.name if member else "", "eyebrow", "StaffName")
        who.setWordWrap(False)
        nav.addWidget(who)
        self.logout_button = button(self.tr("Abmelden"), "StaffLogout")
        self.logout_button.clicked.connect(on_logout)
        nav.addWidget(self.logout_button)
        outer.addLayout(nav)
        outer.addWidget(self.pages, 1)
        self.show_page("appointments")
        self._update_counts()

    def title(self) -> str:
        return self.tr("Dienstplatz")

    def show_page(self, key: str) -> None:
        self.page_buttons[key].setChecked(True)
        page = self._pages[key]
        self.pages.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        self._update_counts()

    def _update_counts(self) -> None:
        def show(items: list[AttentionItem]) -> None:
            text = self.tr("Aufmerksamkeit")
            count = len(items)
            self.page_buttons["attention"].setText(f"{text} ({count})" if count else text)

        self._context.background.run(self._context.service.needs_attention, show)

    def showEvent(self, event: Any) -> None:  # back from a sub-screen
        super().showEvent(event)
        current = self.pages.currentWidget()
        refresh = getattr(current, "refresh", None)
        if refresh is not None and current is not self.appointments:
            refresh()


__all__ = ["DeskContext", "StaffDeskScreen"]
