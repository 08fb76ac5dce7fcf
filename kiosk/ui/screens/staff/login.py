"""The PIN screen: who you are (a tap on your name), then the PIN on a numeric pad.

The PIN is shown as dots only and kept in this screen until the check; the check (scrypt,
about half a second) runs off the GUI thread. While login is locked the pad is disabled and
the remaining seconds count down.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton

from kiosk.core.staff_auth import PIN_MAX_DIGITS, PIN_MIN_DIGITS
from kiosk.store.staff import LoginLockedError, StaffLoginError, StaffMember
from kiosk.ui.screens.base import scrolling_body
from kiosk.ui.screens.staff.background import Background
from kiosk.ui.screens.staff.staff_service import StaffService
from kiosk.ui.screens.staff.widgets import (
    StaffScreen,
    button,
    card,
    describe,
    follow_language,
    label,
)


class PinScreen(StaffScreen):
    loggedIn = Signal(object)  # StaffMember

    def __init__(
        self,
        service: StaffService,
        background: Background,
        on_login: Callable[[StaffMember], None],
    ) -> None:
        super().__init__()
        self._service = service
        self._background = background
        self._pin = ""
        self._checking = False
        self.loggedIn.connect(on_login)
        body = scrolling_body(self, margins=(48, 24, 48, 24))
        self.heading = label("", "heading")
        body.addWidget(self.heading)

        row = QHBoxLayout()
        row.setSpacing(32)
        body.addLayout(row, 1)

        left, left_layout = card()
        self.who_heading = label("", "subheading")
        left_layout.addWidget(self.who_heading)
        self.names = QButtonGroup(self)
        self.names.setExclusive(True)
        self.name_buttons: dict[str, QPushButton] = {}
        members = service.members()
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, member in enumerate(members):
            choice = button(member.name, "StaffNameButton")
            choice.setCheckable(True)
            choice.setProperty("staffId", member.id)
            self.names.addButton(choice)
            self.name_buttons[member.id] = choice
            grid.addWidget(choice, index // 2, index % 2)
        if len(members) == 1:
            next(iter(self.name_buttons.values())).setChecked(True)
        self.no_accounts = label("")
        self.no_accounts.setVisible(not members)
        left_layout.addWidget(self.no_accounts)
        left_layout.addLayout(grid)
        left_layout.addStretch(1)
        row.addWidget(left, 2)

        right, right_layout = card()
        self.pin_heading = label("", "subheading")
        right_layout.addWidget(self.pin_heading)
        self.display = label("", name="PinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(56)
        right_layout.addWidget(self.display)
        self.message = label("", "note", "PinMessage")
        self.message.setMinimumHeight(48)
        right_layout.addWidget(self.message)
        pad = QGridLayout()
        pad.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self._key(pad, digit, index // 3, index % 3)
        self._key(pad, "back", 3, 0)
        self._key(pad, "0", 3, 1)
        self._key(pad, "ok", 3, 2)
        self.keys["ok"].setProperty("role", "primary")
        right_layout.addLayout(pad)
        row.addWidget(right, 3)  # the pad: three keys a row, words on two of them

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_lock)
        follow_language(self, self._retranslate)
        self._show_lock()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Anmeldung für Mitarbeitende"))
        self.who_heading.setText(self.tr("Wer sind Sie?"))
        self.no_accounts.setText(
            self.tr(
                "Auf diesem Terminal gibt es noch keine Konten für Mitarbeitende. "
                "Sie kommen mit der nächsten Synchronisation vom Server."
            )
        )
        self.pin_heading.setText(self.tr("PIN"))
        for choice in self.name_buttons.values():
            describe(choice, self.tr("Ihr Name: antippen, dann die PIN eingeben"))
        for digit in "0123456789":
            describe(self.keys[digit], self.tr("Ziffer der PIN"), digit)
        self.keys["back"].setText(self.tr("Löschen"))
        describe(self.keys["back"], self.tr("Löscht die letzte Ziffer"), self.tr("Löschen"))
        self.keys["ok"].setText(self.tr("Anmelden"))
        describe(
            self.keys["ok"],
            self.tr("Prüft die PIN und öffnet den Dienstplatz"),
            self.tr("Anmelden"),
        )
        self._update_display()

    def title(self) -> str:
        return self.tr("Mitarbeitende")

    def _key(self, pad: QGridLayout, key: str, row: int, column: int) -> None:
        widget = button(key if key.isdigit() else "", f"PinKey_{key}", height=72)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.clicked.connect(lambda: self.press(key))
        pad.addWidget(widget, row, column)
        self.keys[key] = widget

    # --- input ---------------------------------------------------------------------------

    def press(self, key: str) -> None:
        if self._checking:
            return
        if key == "back":
            self._pin = self._pin[:-1]
        elif key == "ok":
            self.submit()
            return
        elif key.isdigit() and len(self._pin) < PIN_MAX_DIGITS:
            self._pin += key
        self.message.setText("")
        self._update_display()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # a hardware keyboard on the office PC
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("back")
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        else:
            super().keyPressEvent(event)

    def selected_staff(self) -> str | None:
        checked = self.names.checkedButton()
        return None if checked is None else str(checked.property("staffId"))

    def _update_display(self) -> None:
        self.display.setText(" ".join("●" for _ in self._pin) or "–")
        self.display.setAccessibleName(self.tr("PIN, %n Ziffern eingegeben", "", len(self._pin)))

    # --- checking --------------------------------------------------------------------------

    def submit(self) -> None:
        staff_id = self.selected_staff()
        if staff_id is None:
            self.message.setText(self.tr("Bitte tippen Sie zuerst auf Ihren Namen."))
            return
        if len(self._pin) < PIN_MIN_DIGITS:
            self.message.setText(self.tr("Die PIN hat mindestens 6 Ziffern."))
            return
        pin, self._pin = self._pin, ""
        self._checking = True
        self._set_pad_enabled(False)
        self.message.setText(self.tr("PIN wird geprüft …"))
        self._update_display()
        self._background.run(
            lambda: self._service.login(staff_id, pin), self._accepted, self._refused
        )

    def _accepted(self, member: StaffMember) -> None:
        self._checking = False
        self.message.setText("")
        self.loggedIn.emit(member)

    def _refused(self, error: BaseException) -> None:
        self._checking = False
        if not isinstance(error, StaffLoginError):
            self._set_pad_enabled(True)
            raise error
        self.message.setText(str(error))
        self._set_pad_enabled(True)
        if isinstance(error, LoginLockedError):
            self._show_lock()

    def _show_lock(self) -> None:
        left = self._service.remaining_lock()
        if left > timedelta(0):
            seconds = int(-(-left.total_seconds() // 1))
            self.message.setText(
                self.tr("Zu viele falsche PINs. Bitte warten Sie noch %n Sekunden.", "", seconds)
            )
            self._set_pad_enabled(False)
            self._tick.start()
        elif self._tick.isActive():
            self._tick.stop()
            self.message.setText(self.tr("Sie können es jetzt erneut versuchen."))
            self._set_pad_enabled(True)

    def _set_pad_enabled(self, enabled: bool) -> None:
        for widget in self.keys.values():
            widget.setEnabled(enabled)

    def reset(self) -> None:
        self._pin = ""
        self._tick.stop()
        super().reset()


__all__ = ["PinScreen"]
