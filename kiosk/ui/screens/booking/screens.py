"""The citizen's booking flow: service -> time -> name -> confirmation; and cancel by code.

Every screen gets the :class:`~kiosk.ui.screens.booking.service.BookingService` and a
``push`` function; nothing here touches SQL, and nothing here waits for the disk: loads run
in the read lane, bookings and cancellations in the write lane (:mod:`kiosk.ui.background`),
with "Einen Moment bitte …" when that takes a while and a German message when it fails (what
was typed stays). "Buchen" is guarded three times: the button is disabled on the first tap,
a tap while the booking is on its way does nothing, and the flow's idempotency key makes a
repeated call return the first booking.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.booking_code import format_code
from kiosk.core.calendar import FreeSlot
from kiosk.errors import KnownError
from kiosk.store.bookings import BookingError, Receipt
from kiosk.ui.accessibility.bidi import keep_left_to_right
from kiosk.ui.background import READ, WRITE, BusyIndicator, Failure, Operation, lanes
from kiosk.ui.screens.base import PRINT, Screen, mark_action, mark_irreversible, scrolling_body
from kiosk.ui.screens.booking.service import (
    BookingService,
    Cancelled,
    Confirmation,
    ServiceChoice,
    TimesView,
)
from kiosk.ui.widgets.qr import QrCode

Push = Callable[[Screen], None]
TIME_COLUMNS = 7


def _label(text: str, role: str | None = None, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


def _button(text: str, name: str, *, primary: bool = False, height: int = 72) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(height)
    if primary:
        button.setProperty("role", "primary")
    return button


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(28, 20, 28, 24)
    layout.setSpacing(12)
    return card, layout


class _Texts(QWidget):
    """German dates without depending on the system locale."""

    def weekday(self, day: date) -> str:
        names = (self.tr("Montag"), self.tr("Dienstag"), self.tr("Mittwoch"),
                 self.tr("Donnerstag"), self.tr("Freitag"), self.tr("Samstag"),
                 self.tr("Sonntag"))  # fmt: skip
        return names[day.weekday()]

    def month(self, day: date) -> str:
        """The month's name as it stands in a date ("1. Dezember"; Ukrainian: the genitive)."""
        names = (self.tr("Januar"), self.tr("Februar"), self.tr("März"), self.tr("April"),
                 self.tr("Mai"), self.tr("Juni"), self.tr("Juli"), self.tr("August"),
                 self.tr("September"), self.tr("Oktober"), self.tr("November"),
                 self.tr("Dezember"))  # fmt: skip
        return names[day.month - 1]

    def _fill(self, pattern: str, day: date) -> str:
        parts = {"{weekday}": self.weekday(day), "{day}": str(day.day),
                 "{month}": self.month(day), "{year}": str(day.year)}  # fmt: skip
        for key, value in parts.items():
            pattern = pattern.replace(key, value)
        return pattern

    def long_date(self, day: date) -> str:
        # The order and punctuation are the language's ("Tuesday, 1 December 2026").
        return self._fill(self.tr("{weekday}, {day}. {month} {year}"), day)

    def when(self, instant: datetime) -> str:
        """Date and time of an appointment: "Dienstag, 1. Dezember 2026, 09:00 Uhr"."""
        text = self.tr("{date}, {time} Uhr").replace("{date}", self.long_date(instant.date()))
        return text.replace("{time}", _clock(instant))

    def day_heading(self, day: date, today: date) -> str:
        text = self._fill(self.tr("{weekday}, {day}. {month}"), day)
        if day == today:
            return self.tr("Heute") + " – " + text
        if (day - today).days == 1:
            return self.tr("Morgen") + " – " + text
        return text


def _clock(instant: datetime) -> str:
    return instant.strftime("%H:%M")


# --- 1. which service ------------------------------------------------------------------------


class ServiceChoiceScreen(Screen):
    def __init__(self, service: BookingService, push: Push, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._push = push
        body = scrolling_body(self)
        header = QHBoxLayout()
        header.setSpacing(24)
        header.addWidget(_label(self.tr("Wofür brauchen Sie einen Termin?"), "heading"), 1)
        self.cancel_button = _button(self.tr("Termin absagen oder ändern"), "CancelFlowButton")
        self.cancel_button.setAccessibleDescription(self.tr("Mit Buchungscode und Namen"))
        self.cancel_button.clicked.connect(lambda: self._push(CancelScreen(service, push)))
        header.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(header)
        self.busy = BusyIndicator(self)
        body.addWidget(self.busy)
        self.message = _label("", None, "ChoiceMessage")
        self.message.hide()
        body.addWidget(self.message)
        self.service_buttons: dict[str, QPushButton] = {}
        self._buttons: list[QWidget] = []
        self._body = body
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        self._columns = 0
        body.addLayout(self._grid)
        body.addStretch(1)
        # A sync may have brought a new calendar: read it afresh for each visit.
        self.loading = lanes().run(READ, service.reload, owner=self, busy=self.busy,
                                   on_done=self._show, on_error=self._failed,
                                   key="booking.services")  # fmt: skip

    def title(self) -> str:
        return self.tr("Termin buchen")

    def _show(self, choices: list[ServiceChoice]) -> None:
        if not choices:
            self.message.setText(self.tr("Hier kann man zurzeit keine Termine buchen."))
            self.message.show()
        buttons: list[QWidget] = []
        for choice in choices:
            button = _button(choice.name, "ServiceButton", height=88)
            button.setAccessibleDescription(self.tr("Freie Termine für diese Dienstleistung"))
            button.clicked.connect(lambda _=False, c=choice.id: self._choose(c))
            self.service_buttons[choice.id] = button
            buttons.append(button)
        self._buttons = buttons
        self._columns = 0  # none of them placed yet
        self._arrange()

    # One column when long names and large text (or a wordy language) would clip, two where
    # they fit: in the room the page gives them with two columns, less the scroll bar if two
    # columns of services are too tall for the page. (A choice from the room of the moment
    # depended on itself, one column being taller, and on the order of events: it clipped
    # 7 px when the bar came after two columns.) Decided again when the room or the text
    # size changes.

    def columns(self) -> int:
        """How many columns of services are shown (one or two)."""
        return self._columns

    def _arrange(self) -> None:
        buttons = self._buttons
        for button in buttons:
            button.ensurePolished()  # the style sheet's font and padding: their real size
        widths = [max((b.sizeHint().width() for b in buttons[c::2]), default=0) for c in (0, 1)]
        needed = sum(widths) + self._grid.spacing()
        columns = 1
        if buttons and needed <= self._room(scrolls=False):
            self._place(buttons, 2)  # to measure the page's height with two columns
            self._body.invalidate()  # not the height it had before
            columns = 2 if needed <= self._room(scrolls=self._scrolls()) else 1
        self._place(buttons, columns)

    def _place(self, buttons: list[QWidget], columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for widget in buttons:
            self._grid.removeWidget(widget)
        for index, widget in enumerate(buttons):
            self._grid.addWidget(widget, index // columns, index % columns)
            widget.show()  # now, not after this event (a hidden one has no height to measure)

    def _area(self) -> QAbstractScrollArea | None:
        return self.findChild(QAbstractScrollArea, "ScreenScroll")

    def _room(self, *, scrolls: bool) -> int:
        """The width the page gives its content, less the scroll bar if it ``scrolls``."""
        area = self._area()
        if area is None:
            return self.width()
        margins = self._body.contentsMargins()
        bar = area.verticalScrollBar().sizeHint().width() if scrolls else 0
        inner = area.width() - 2 * area.frameWidth()
        return inner - margins.left() - margins.right() - bar

    def _scrolls(self) -> bool:
        """Is the page as laid out now taller than its view (at the width without a bar)?"""
        area = self._area()
        body = area.widget() if isinstance(area, QScrollArea) else None
        layout = body.layout() if body is not None else None
        if area is None or layout is None:
            return False
        inner = area.width() - 2 * area.frameWidth()
        if layout.hasHeightForWidth():  # the heading wraps by the width
            height = layout.totalHeightForWidth(inner)
        else:
            height = layout.totalSizeHint().height()
        return height > area.height() - 2 * area.frameWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._columns = 0
            QTimer.singleShot(0, self, self._arrange)  # after the buttons took the new font

    def _failed(self, failure: Failure) -> None:
        self.message.setText(failure.message)
        self.message.show()

    def _choose(self, service_id: str) -> None:
        self._push(TimePickerScreen(self._service, self._push, service_id))


# --- 2. the next days at a glance, then a time -----------------------------------------------


class TimePickerScreen(Screen):
    def __init__(
        self, service: BookingService, push: Push, service_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._push = push
        self.service_id = service_id
        self.time_buttons: list[tuple[FreeSlot, QPushButton]] = []
        body = scrolling_body(self, margins=(40, 24, 40, 24))
        body.setSpacing(16)
        self.heading = _label(service.service_name(service_id), "heading", "PickerService")
        body.addWidget(self.heading)
        body.addWidget(_label(self.tr("Bitte tippen Sie auf eine freie Uhrzeit.")))
        self.busy = BusyIndicator(self)
        body.addWidget(self.busy)
        self._body = body
        body.addStretch(1)
        self.loading = lanes().run(READ, lambda: service.times(service_id), owner=self,
                                   busy=self.busy, on_done=self._show, on_error=self._failed,
                                   key="booking.times")  # fmt: skip

    def _add(self, widget: QWidget) -> None:
        self._body.insertWidget(self._body.count() - 1, widget)  # above the stretch

    def _failed(self, failure: Failure) -> None:
        self._add(_label(failure.message, None, "NoTimes"))

    def _show(self, view: TimesView) -> None:
        service, texts, today, days = self._service, _Texts(self), view.today, view.days
        self.heading.setText(view.service_name)
        if not days:
            self._add(_label(self.tr("In den nächsten Wochen ist leider kein Termin frei. "
                                     "Bitte fragen Sie im Dorfbüro nach."), None,
                             "NoTimes"))  # fmt: skip
        for day in days:
            card, layout = _card()
            layout.addWidget(_label(texts.day_heading(day.day, today), "subheading", "DayHeading"))
            grid = QGridLayout()
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(12)
            for index, slot in enumerate(day.slots):
                local = service.local_time(slot.slot.start)
                button = _button(_clock(local), "TimeButton", height=60)
                button.setMinimumWidth(120)
                button.setAccessibleName(f"{texts.long_date(day.day)} {_clock(local)}")
                button.setAccessibleDescription(self.tr("Diese Uhrzeit wählen"))
                button.clicked.connect(lambda _=False, s=slot: self._choose(s))
                self.time_buttons.append((slot, button))
                grid.addWidget(button, index // TIME_COLUMNS, index % TIME_COLUMNS)
            grid.setColumnStretch(TIME_COLUMNS, 1)
            layout.addLayout(grid)
            self._add(card)

    def title(self) -> str:
        return self.tr("Uhrzeit wählen")

    def _choose(self, slot: FreeSlot) -> None:
        self._push(DetailsScreen(self._service, self._push, slot))


# --- 3. name and contact, privacy notice, "Buchen" -------------------------------------------


class DetailsScreen(Screen):
    def __init__(
        self, service: BookingService, push: Push, slot: FreeSlot, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._push = push
        self.slot = slot
        self.flow_key = uuid.uuid4().hex
        self.receipt: Receipt | None = None
        self.booking: Operation | None = None
        texts = _Texts(self)
        local = service.local_time(slot.slot.start)
        body = scrolling_body(self, margins=(48, 24, 48, 24))
        body.setSpacing(14)
        summary = f"{service.service_name(slot.slot.service_id)} – {texts.when(local)}"
        body.addWidget(_label(summary, "subheading", "DetailsSummary"))
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.name_edit = self._field(form, 0, self.tr("Ihr Name"), "NameEdit")
        self.phone_edit = self._field(form, 1, self.tr("Telefon (freiwillig)"), "PhoneEdit")
        keep_left_to_right(self.phone_edit)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email_edit = self._field(form, 2, self.tr("E-Mail (freiwillig)"), "EmailEdit")
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        body.addLayout(form)
        days = str(service.retention_days)
        notice = self.tr(
            "Datenschutz: Wir speichern Ihren Namen und – wenn Sie sie angeben – Telefon und "
            "E-Mail nur für diesen Termin. Sehen können sie die Mitarbeitenden des Dorfbüros und "
            "der Verwaltung, die den Termin anbietet. Auf diesem Gerät werden die Angaben "
            "{days} Tage nach dem Termin gelöscht, bei der Verwaltung nach deren "
            "Aufbewahrungsregeln."
        ).replace("{days}", days)
        body.addWidget(_label(notice, "note", "PrivacyNotice"))
        self.error = _label("", None, "BookingError")
        self.error.hide()
        body.addWidget(self.error)
        self.book_button = _button(self.tr("Buchen"), "BookButton", primary=True)
        self.book_button.setAccessibleDescription(self.tr("Den Termin verbindlich buchen"))
        mark_irreversible(self.book_button)
        self.book_button.setMinimumWidth(280)
        self.book_button.clicked.connect(self._book)
        body.addWidget(self.book_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.busy = BusyIndicator(self)
        body.addWidget(self.busy)
        body.addStretch(1)

    def _field(self, form: QGridLayout, row: int, text: str, name: str) -> QLineEdit:
        label = _label(text)
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(100)
        edit.setMinimumHeight(56)
        label.setBuddy(edit)
        form.addWidget(label, row, 0)
        form.addWidget(edit, row, 1)
        form.setColumnStretch(1, 1)
        return edit

    def title(self) -> str:
        return self.tr("Ihre Angaben")

    def _book(self) -> None:
        if not self.book_button.isEnabled() or self.receipt is not None:
            return
        if self.booking is not None and self.booking.pending:
            return  # on its way to the disk: a second tap does nothing
        name = self.name_edit.text().strip()
        if not name:
            self._show_error(self.tr("Bitte geben Sie Ihren Namen ein."))
            self.name_edit.setFocus()
            return
        self.book_button.setEnabled(False)  # the second tap does nothing
        self.error.hide()
        service, slot, flow_key = self._service, self.slot, self.flow_key
        phone, email = self.phone_edit.text().strip(), self.email_edit.text().strip()

        def book() -> Confirmation:
            receipt = service.book(slot, name=name, phone=phone, email=email, flow_key=flow_key)
            return service.confirmation(receipt)

        self.booking = lanes().run(WRITE, book, owner=self, busy=self.busy,
                                   on_done=self._booked, on_error=self._not_booked,
                                   own_words=(BookingError,))  # fmt: skip

    def _booked(self, confirmation: Confirmation) -> None:
        self.receipt = confirmation.receipt
        self._push(ConfirmationScreen(self._service, self._push, confirmation.receipt,
                                      place=confirmation.place, ics=confirmation.ics))  # fmt: skip

    def _not_booked(self, failure: Failure) -> None:
        self._show_error(failure.message)  # name, phone and e-mail stay as typed
        self.book_button.setEnabled(True)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


# --- 4. the confirmation ---------------------------------------------------------------------


class ConfirmationScreen(Screen):
    def __init__(
        self,
        service: BookingService,
        push: Push,
        receipt: Receipt,
        parent: QWidget | None = None,
        *,
        place: str,
        ics: str,
    ) -> None:
        """``place`` and ``ics`` come from :meth:`BookingService.confirmation` (they read
        the disk, so the caller fetched them in the background)."""
        super().__init__(parent)
        self._service = service
        self.receipt = receipt
        texts = _Texts(self)
        local = service.local_time(receipt.start)
        body = scrolling_body(self, margins=(48, 24, 48, 24))
        body.setSpacing(16)
        heading = (
            self.tr("Ihr Termin ist vorläufig gebucht")
            if receipt.provisional
            else self.tr("Ihr Termin ist gebucht")
        )
        body.addWidget(_label(heading, "heading", "ConfirmationHeading"))
        if receipt.provisional:
            note = self.tr(
                "Vorläufig: Die Verwaltung bestätigt den Termin, sobald das Terminal sie "
                "erreicht. Sollte er doch schon vergeben sein, meldet sich das Dorfbüro bei "
                "Ihnen."
            )
            body.addWidget(_label(note, None, "ProvisionalNote"))
        row = QHBoxLayout()
        row.setSpacing(32)
        card, facts = _card()
        facts.addWidget(_label(self.tr("Ihr Buchungscode"), "eyebrow"))
        self.code_label = _label(format_code(receipt.code), "heading", "BookingCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        keep_left_to_right(self.code_label)  # a code reads left to right, also in Arabic
        facts.addWidget(self.code_label)
        when = texts.when(local)
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(8)
        for row_index, (key, caption, value) in enumerate(
            (
                ("what", self.tr("Wofür"), service.service_name(receipt.service_id)),
                ("when", self.tr("Wann"), when),
                ("where", self.tr("Wo"), place),
            )
        ):
            caption_label = _label(caption, None, "FactCaption")
            caption_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(caption_label, row_index, 0, Qt.AlignmentFlag.AlignTop)
            self.facts[key] = _label(value, None, f"Fact_{key}")
            grid.addWidget(self.facts[key], row_index, 1)
        grid.setColumnStretch(1, 1)
        facts.addLayout(grid)
        bring = service.what_to_bring(receipt.service_id)
        if bring:
            facts.addWidget(_label(self.tr("Bitte mitbringen:"), "subheading"))
            facts.addWidget(_label("\n".join("• " + item for item in bring), None, "Bring"))
        row.addWidget(card, 1)
        side = QVBoxLayout()
        side.setSpacing(12)
        self.qr = QrCode(ics, 240)
        side.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(_label(self.tr("Mit dem Handy scannen: Termin in den Kalender"), "note"))
        self.print_button = _button(self.tr("Drucken"), "PrintButton")
        self.print_button.setAccessibleDescription(self.tr("Auf dem Drucker im Dorfbüro"))
        mark_action(self.print_button, PRINT)
        self.print_button.clicked.connect(self._print)
        side.addWidget(self.print_button)
        self.done_button = _button(self.tr("Fertig"), "DoneButton", primary=True)
        self.done_button.setAccessibleDescription(self.tr("Zurück zur Startseite"))
        self.done_button.clicked.connect(self.homeRequested.emit)
        side.addWidget(self.done_button)
        self.print_message = _label("", "note", "PrintMessage")
        self.print_message.hide()
        side.addWidget(self.print_message)
        side.addStretch(1)
        holder = QWidget()
        holder.setLayout(side)
        holder.setMinimumWidth(280)  # grows for a long word at large text (uk "Друкувати")
        row.addWidget(holder, 0)
        body.addLayout(row)
        body.addStretch(1)

    def title(self) -> str:
        return self.tr("Bestätigung")

    def _print(self) -> None:
        from kiosk.ui.screens.booking.printout import print_receipt

        try:
            print_receipt(self._service, self.receipt, self._service.printer_name)
        except KnownError as exc:
            self.print_message.setText(str(exc))
        else:
            self.print_message.setText(self.tr("Wird gedruckt …"))
        self.print_message.show()


# --- 5. cancel by code + name ----------------------------------------------------------------


class CancelScreen(Screen):
    def __init__(self, service: BookingService, push: Push, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        body = scrolling_body(self, margins=(48, 24, 48, 24))
        body.setSpacing(14)
        body.addWidget(_label(self.tr(
            "Geben Sie Ihren Buchungscode und Ihren Namen ein. Einen neuen Termin buchen Sie "
            "danach wie gewohnt."), None, "CancelIntro"))  # fmt: skip
        form = QGridLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.code_edit = QLineEdit()
        keep_left_to_right(self.code_edit)
        self.code_edit.setObjectName("CodeEdit")
        self.code_edit.setMaxLength(9)
        self.code_edit.setMinimumHeight(56)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("CancelNameEdit")
        self.name_edit.setMaxLength(100)
        self.name_edit.setMinimumHeight(56)
        for row, (text, edit) in enumerate(
            ((self.tr("Buchungscode"), self.code_edit), (self.tr("Ihr Name"), self.name_edit))
        ):
            label = _label(text)
            label.setBuddy(edit)  # the field's accessible name
            form.addWidget(label, row, 0)
            form.addWidget(edit, row, 1)
        form.setColumnStretch(1, 1)
        body.addLayout(form)
        self.message = _label("", None, "CancelMessage")
        self.message.hide()
        body.addWidget(self.message)
        self.cancel_button = _button(self.tr("Termin absagen"), "CancelButton", primary=True)
        self.cancel_button.setAccessibleDescription(self.tr("Den Termin verbindlich absagen"))
        mark_irreversible(self.cancel_button)
        self.cancel_button.clicked.connect(self._cancel)
        body.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.busy = BusyIndicator(self)
        body.addWidget(self.busy)
        body.addStretch(1)
        self.cancelling: Operation | None = None

    def title(self) -> str:
        return self.tr("Termin absagen oder ändern")

    def _cancel(self) -> None:
        if not self.cancel_button.isEnabled():
            return
        if self.cancelling is not None and self.cancelling.pending:
            return
        self.cancel_button.setEnabled(False)
        service, code, name = self._service, self.code_edit.text(), self.name_edit.text()
        self.cancelling = lanes().run(WRITE, lambda: service.cancel_booking(code, name),
                                      owner=self, busy=self.busy, on_done=self._cancelled,
                                      on_error=self._not_cancelled,
                                      own_words=(BookingError,))  # fmt: skip

    def _cancelled(self, done: Cancelled) -> None:
        local = done.local_start
        text = self.tr("Ihr Termin am {date} um {time} Uhr ist abgesagt.")
        text = text.replace("{date}", local.strftime("%d.%m.%Y")).replace("{time}", _clock(local))
        self.message.setText(text)
        self.message.show()  # the button stays off: this booking is cancelled

    def _not_cancelled(self, failure: Failure) -> None:
        self.message.setText(failure.message)
        self.message.show()
        self.cancel_button.setEnabled(True)


__all__ = [
    "CancelScreen",
    "ConfirmationScreen",
    "DetailsScreen",
    "ServiceChoiceScreen",
    "TimePickerScreen",
]
