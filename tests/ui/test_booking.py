"""A citizen books an appointment through the screens, with the on-screen keyboard, on a
terminal enrolled at a real server on loopback; then cancels it by code and name.

Set ``KIOSK_SCREENSHOTS=resources/screenshots`` to write ``booking-time-picker.png`` and
``booking-confirmation.png`` (1280x800).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.calendar.from_content import calendar_from_content
from kiosk.core.content import load_content_pack
from kiosk.server import calendar as server_calendar
from kiosk.server.schema import upgrade
from kiosk.store import bookings
from kiosk.store.content import import_content_pack
from kiosk.store.credentials import Credentials, save_credentials
from kiosk.store.db import open_database
from kiosk.store.models import OutboxEntry
from kiosk.store.schema import prepare_database
from kiosk.ui import routes
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.booking import install_booking
from kiosk.ui.screens.booking.screens import (
    CancelScreen,
    ConfirmationScreen,
    DetailsScreen,
    ServiceChoiceScreen,
    TimePickerScreen,
)
from kiosk.ui.sync_ports import TerminalSync
from kiosk.ui.visitor_session import IdleTiming
from tests.server.live import Api, LiveServer

from .conftest import ShellFactory

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "content-pack.json"
HUB = "regio-hub-hohenwald"


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    target = os.environ.get("KIOSK_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(target) / name), "PNG")


def no_sideways_scrolling(screen: QWidget) -> None:
    area = screen.findChild(QScrollArea, "ScreenScroll")
    assert area is not None
    assert area.horizontalScrollBar().maximum() == 0, "content wider than the screen"


class Terminal:
    def __init__(self, tmp_path: Path, server: LiveServer) -> None:
        pack = load_content_pack(DEMO)
        server.add_hub(HUB, "Regio-Hub Hohenwald")
        with server.database.write() as session:
            server_calendar.set_calendar(session, calendar_from_content(pack, HUB))
        api = Api(server)
        enrolled = api.enroll(HUB, "Eingang")
        api.close()
        self.data = tmp_path / "terminal"
        self.db_path = self.data / "kiosk.sqlite3"
        prepare_database(self.db_path, self.data / "backups")
        self.db = open_database(self.db_path)
        import_content_pack(self.db, pack)
        self.credentials_path = self.data / "terminal-credentials.json"
        self.credentials = Credentials(server.base_url, enrolled.terminal_id, enrolled.token,
                                       HUB, "Regio-Hub", "2026-11-26T00:00:00Z")  # fmt: skip
        save_credentials(self.credentials_path, self.credentials)
        self.sync = TerminalSync(self.db, self.data, self.credentials)

    def round(self) -> None:
        outcome = self.sync.run_round()
        assert outcome.ok, outcome.error

    def close(self) -> None:
        self.sync.close()
        self.db.dispose()


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, LiveServer]]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as server:
        made = Terminal(tmp_path, server)
        try:
            yield made, server
        finally:
            made.close()


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle()


def type_on_keyboard(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Tap the keys, switching to the symbols page for digits like a person would."""
    keyboard: Any = window.keyboard
    assert keyboard is not None and keyboard.isVisible(), "the on-screen keyboard is not shown"
    for char in text:
        if char == " ":
            tap(qtbot, keyboard.key(role="space"))
            continue
        try:
            tap(qtbot, keyboard.key(char))
        except LookupError:
            tap(qtbot, keyboard.key("symbols", role="layout"))
            tap(qtbot, keyboard.key(char))
            tap(qtbot, keyboard.key("de", role="layout"))


def test_a_citizen_books_and_cancels_through_the_screens(
    qapp: QApplication, qtbot: QtBot, make_shell: ShellFactory,
    terminal: tuple[Terminal, LiveServer],
) -> None:  # fmt: skip
    term, server = terminal
    term.round()  # calendar and leases arrive
    # A slow visitor: the idle reset must not end the session while the server answers.
    window = make_shell(timing=IdleTiming(600, 20, 1000, 1000))
    install_booking(window.navigator, term.db_path, hub_id=HUB,
                    credentials_path=term.credentials_path)  # fmt: skip

    tap(qtbot, window.navigator.home_screen.tiles[routes.APPOINTMENTS])  # type: ignore[attr-defined]
    choice = window.navigator.current
    assert isinstance(choice, ServiceChoiceScreen)
    qtbot.waitUntil(lambda: "personalausweis" in choice.service_buttons)  # read lane
    tap(qtbot, choice.service_buttons["personalausweis"])
    picker = window.navigator.current
    assert isinstance(picker, TimePickerScreen)
    qtbot.waitUntil(lambda: bool(picker.time_buttons))
    settle()
    no_sideways_scrolling(picker)
    save(window, "booking-time-picker.png")
    # Take a time the server still has to confirm (not in this terminal's leases).
    slot, button = next((s, b) for s, b in picker.time_buttons if not s.final)
    tap(qtbot, button)

    details = window.navigator.current
    assert isinstance(details, DetailsScreen)
    assert "gelöscht" in details.findChild(QWidget, "PrivacyNotice").text()  # type: ignore[union-attr]
    tap(qtbot, details.name_edit)
    type_on_keyboard(qtbot, window, "erika muster")
    assert details.name_edit.text() == "erika muster"
    tap(qtbot, details.phone_edit)
    type_on_keyboard(qtbot, window, "0654312")
    # Two taps on "Buchen": one booking.
    details.book_button.click()
    details.book_button.click()
    details._book()  # even a call that slips past the disabled button
    assert details.booking is not None and not details.book_button.isEnabled()
    qtbot.waitUntil(lambda: isinstance(window.navigator.current, ConfirmationScreen))
    details._book()  # and one after the answer
    settle()
    confirmation = window.navigator.current
    assert isinstance(confirmation, ConfirmationScreen)
    receipt = confirmation.receipt
    assert receipt.provisional and confirmation.findChild(QWidget, "ProvisionalNote") is not None
    assert confirmation.code_label.text().replace("-", "") == receipt.code
    assert confirmation.qr.text().startswith("BEGIN:VCALENDAR")
    assert "Personalausweis" in confirmation.facts["what"].text()
    settle()
    no_sideways_scrolling(confirmation)
    save(window, "booking-confirmation.png")

    # On this terminal: one booking, one outbox entry.
    assert [(r.name, r.code) for r in bookings.list_receipts(term.db)] == [
        ("erika muster", receipt.code)]  # fmt: skip
    with term.db.session() as session:
        assert [e.kind for e in session.query(OutboxEntry)] == ["booking.create"]
    # After sync: on the server, confirmed, with the contact.
    term.round()
    with server.database.read() as session:
        row = session.get(server_calendar.CalendarBooking, receipt.booking_id)
        assert row is not None and (row.status, row.name, row.phone) == (
            "confirmed", "erika muster", "0654312")  # fmt: skip
    assert bookings.get_receipt(term.db, receipt.booking_id).state.value == "confirmed"  # type: ignore[union-attr]

    # Cancel by code and name at the kiosk.
    tap(qtbot, confirmation.done_button)
    tap(qtbot, window.navigator.home_screen.tiles[routes.APPOINTMENTS])  # type: ignore[attr-defined]
    tap(qtbot, window.navigator.current.cancel_button)  # type: ignore[attr-defined]
    cancel = window.navigator.current
    assert isinstance(cancel, CancelScreen)
    tap(qtbot, cancel.code_edit)
    type_on_keyboard(qtbot, window, receipt.code.lower())
    tap(qtbot, cancel.name_edit)
    type_on_keyboard(qtbot, window, "erika muster")
    tap(qtbot, cancel.cancel_button)
    qtbot.waitUntil(lambda: "abgesagt" in cancel.message.text())
    calendar = bookings.load_calendar(term.db, HUB)
    assert calendar is not None
    day = slot.slot.start.astimezone(calendar.zone).date()
    free_here = bookings.free_slots_on(term.db, calendar, "personalausweis", day,
                                       terminal_id=term.credentials.terminal_id)  # fmt: skip
    assert slot.slot.start in {f.slot.start for f in free_here}
    term.round()
    with server.database.read() as session:
        row = session.get(server_calendar.CalendarBooking, receipt.booking_id)
        assert row is not None and row.status == "cancelled"
