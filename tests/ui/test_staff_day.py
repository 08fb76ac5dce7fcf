"""A staff day at the terminal, as staff would do it, offline; then one sync with a real server.

The corner entry is held, the PIN typed on the pad; two citizens are checked in, one is a
no-show, one is moved to the afternoon, a walk-in is booked, the afternoon is blocked and
the affected appointments are listed. All of it offline. Then the terminal syncs with the
server on loopback and every change is on the server exactly once.

Set ``KIOSK_SCREENSHOTS=resources/screenshots`` to write ``staff-day.png``,
``staff-attention.png``, ``staff-pin.png`` and ``staff-block.png`` (1280x800).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.paths import DataPaths
from kiosk.server import calendar as server_calendar
from kiosk.server.models import ReceivedEntry
from kiosk.server.schema import upgrade
from kiosk.server.staff import add_staff
from kiosk.store import bookings
from kiosk.store.bookings import BookingRequest
from kiosk.store.credentials import Credentials, save_credentials
from kiosk.store.db import Database, open_database
from kiosk.store.models import OutboxEntry
from kiosk.store.schema import prepare_database
from kiosk.store.staff_desk import DeskStatus
from kiosk.store.sync_adapter import PulledChange, SyncStore
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.staff.desk import StaffDeskScreen
from kiosk.ui.screens.staff.forms import CancelScreen, SlotPickerScreen, WalkInScreen
from kiosk.ui.screens.staff.login import PinScreen
from kiosk.ui.screens.staff.mode import StaffMode
from kiosk.ui.screens.staff.staff_service import StaffService
from kiosk.ui.sync_ports import TerminalSync
from tests.server.live import Api, LiveServer
from tests.server.test_calendar import HUB, every_day_calendar

from .conftest import ShellFactory

BERLIN = ZoneInfo("Europe/Berlin")
PIN = "482915"


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    target = os.environ.get("KIOSK_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(target) / name), "PNG")


class Clock:
    """Staff's "today" is tomorrow, 07:30 (the whole office day lies ahead, whenever CI runs)."""

    def __init__(self) -> None:
        tomorrow = (datetime.now(BERLIN) + timedelta(days=1)).date()
        self.now = datetime.combine(tomorrow, time(7, 30), BERLIN).astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now


class Terminal:
    def __init__(self, tmp_path: Path, server: LiveServer) -> None:
        server.add_hub(HUB, "Dorfbüro Lindenbach")
        with server.database.write() as session:
            server_calendar.set_calendar(session, every_day_calendar())
            add_staff(
                session,
                hub_id=HUB,
                name="Petra Klein",
                role="admin",
                pin=PIN,
                staff_id="petra",
                log2_n=4,
            )
            add_staff(
                session,
                hub_id=HUB,
                name="Jonas Weber",
                role="staff",
                pin="771903",
                staff_id="jonas",
                log2_n=4,
            )
        api = Api(server)
        enrolled = api.enroll(HUB, "Eingang")
        api.close()
        self.paths = DataPaths(tmp_path / "terminal")
        prepare_database(self.paths.database, self.paths.backups)
        self.credentials = Credentials(
            server.base_url,
            enrolled.terminal_id,
            enrolled.token,
            HUB,
            "Dorfbüro Lindenbach",
            "2026-11-26T00:00:00Z",
        )
        save_credentials(self.paths.credentials, self.credentials)
        self.db = open_database(self.paths.database)
        self.sync = TerminalSync(self.db, self.paths.root, self.credentials)
        self.clock = Clock()

    def round(self) -> None:
        outcome = self.sync.run_round()
        assert outcome.ok, outcome.error

    def close(self) -> None:
        self.sync.close()
        self.db.dispose()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as server:
        yield server


@pytest.fixture
def terminal(tmp_path: Path, live_server: LiveServer) -> Iterator[Terminal]:
    made = Terminal(tmp_path, live_server)
    try:
        yield made
    finally:
        made.close()


def book_citizens(terminal: Terminal, names: list[str]) -> None:
    calendar = bookings.load_calendar(terminal.db, HUB)
    assert calendar is not None
    day = terminal.clock().astimezone(BERLIN).date()
    free = bookings.free_slots_on(
        terminal.db,
        calendar,
        "ausweis",
        day,
        terminal_id=terminal.credentials.terminal_id,
        now=terminal.clock(),
    )
    for index, name in enumerate(names):
        slot = free[2 + index].slot  # 09:00, 09:30, ...
        request = BookingRequest(
            "ausweis",
            slot.resource_id,
            slot.start,
            name,
            "06543 12 3" + str(index),
            None,
            f"citizen-{index}",
        )
        bookings.book(
            terminal.db,
            calendar,
            request,
            terminal_id=terminal.credentials.terminal_id,
            now=terminal.clock(),
        )


def staff_mode(window: MainWindow, terminal: Terminal) -> StaffMode:
    service = StaffService(
        terminal.db,
        data_dir=terminal.paths.root,
        hub_id=HUB,
        terminal_id=terminal.credentials.terminal_id,
        clock=terminal.clock,
    )
    mode = StaffMode(window, terminal.paths, hub_id=HUB, service=service, hold_ms=60)
    mode.install_corner()
    ACTIVE[:] = [mode]
    return mode


def hold(qtbot: QtBot, widget: QWidget, ms: int) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton)
    qtbot.wait(ms)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton)


def log_in(qtbot: QtBot, window: MainWindow, mode: StaffMode, pin: str = PIN) -> StaffDeskScreen:
    assert mode.corner is not None
    hold(qtbot, mode.corner, 20)  # a short tap does nothing
    assert not isinstance(window.navigator.current, PinScreen)
    hold(qtbot, mode.corner, 150)
    screen = window.navigator.current
    assert isinstance(screen, PinScreen)
    qtbot.mouseClick(screen.name_buttons["petra"], Qt.MouseButton.LeftButton)
    for digit in pin:
        qtbot.mouseClick(screen.keys[digit], Qt.MouseButton.LeftButton)
    assert "4" not in screen.display.text()  # masked
    settle()
    save(window, "staff-pin.png")
    qtbot.mouseClick(screen.keys["ok"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.navigator.current, StaffDeskScreen), timeout=5000)
    desk = window.navigator.current
    assert isinstance(desk, StaffDeskScreen)
    qtbot.waitUntil(lambda: mode.background.busy == 0, timeout=5000)
    return desk


def click(qtbot: QtBot, widget: QPushButton) -> None:
    assert widget.isEnabled(), widget.objectName()
    # A real tap: finger scrolling (QScroller) holds a press back and sends it to the widget
    # at its screen position, which needs the tests' terminal-sized screen (tests/conftest.py).
    center = widget.mapToGlobal(widget.rect().center())
    assert QGuiApplication.primaryScreen().geometry().contains(center), widget.objectName()
    with qtbot.waitSignal(widget.clicked, timeout=2000):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    mode = ACTIVE[-1] if ACTIVE else None
    if mode is not None:  # the desk loads and writes off the GUI thread: wait for it
        qtbot.waitUntil(lambda: mode.background.busy == 0, timeout=5000)


ACTIVE: list[StaffMode] = []


def test_a_staff_day_offline_then_every_change_reaches_the_server_once(
    make_shell: ShellFactory, qtbot: QtBot, terminal: Terminal, live_server: LiveServer
) -> None:
    terminal.round()  # online once: calendar, leases and staff accounts arrive
    book_citizens(terminal, ["Anna Alt", "Bernd Bauer", "Clara Christ", "Dora Dorn"])
    terminal.round()  # the citizens' bookings reach the server
    # --- offline from here: nothing below talks to the server until the final rounds.

    window = make_shell()
    mode = staff_mode(window, terminal)
    desk = log_in(qtbot, window, mode)
    assert mode.active and window.session.timing.idle_timeout_s == 300 - 3
    page = desk.appointments
    assert [a.name for a in page.model.rows()] == [
        "Anna Alt",
        "Bernd Bauer",
        "Clara Christ",
        "Dora Dorn",
    ]

    # Two citizens arrive, one does not come.
    for row in (0, 1):
        page.select_row(row)
        click(qtbot, page.action_buttons["check_in"])
    page.select_row(2)
    click(qtbot, page.action_buttons["no_show"])

    # Dora calls: her appointment moves to 15:00.
    page.select_row(3)
    click(qtbot, page.action_buttons["reschedule"])
    picker = window.navigator.current
    assert isinstance(picker, SlotPickerScreen)
    fifteen = next(b for b in picker.slot_buttons if b.text() == "15:00")
    click(qtbot, fifteen)
    assert window.navigator.current is desk

    # A walk-in for 16:00.
    click(qtbot, page.new_button)
    picker = window.navigator.current
    assert isinstance(picker, SlotPickerScreen)
    click(qtbot, next(b for b in picker.slot_buttons if b.text() == "16:00"))
    walk_in = window.navigator.current
    assert isinstance(walk_in, WalkInScreen)
    qtbot.keyClicks(walk_in.name, "Emil Ernst")
    qtbot.keyClicks(walk_in.phone, "0170 555")
    click(qtbot, walk_in.book_button)
    assert window.navigator.current is desk
    today = {a.name: a.status for a in page.model.rows() if a.status is not DeskStatus.CANCELLED}
    assert today == {
        "Anna Alt": DeskStatus.ARRIVED,
        "Bernd Bauer": DeskStatus.ARRIVED,
        "Clara Christ": DeskStatus.NO_SHOW,
        "Dora Dorn": DeskStatus.OPEN,
        "Emil Ernst": DeskStatus.OPEN,
    }
    assert page.current() is not None and page.current().name == "Emil Ernst"
    settle()
    save(window, "staff-day.png")

    # The week view and the search find the same people; today's list goes to paper or PDF.
    click(qtbot, page.mode_buttons["week"])
    assert len(page.model.rows()) == 6 and "Woche vom" in page.period.text()
    qtbot.keyClicks(page.search_field, "dorn")
    click(qtbot, page.search_button)
    assert [a.name for a in page.model.rows()] == ["Dora Dorn", "Dora Dorn"]
    click(qtbot, page.mode_buttons["today"])
    click(qtbot, page.print_button)
    printed = page.message.text()
    pdf = (
        terminal.paths.root
        / "printouts"
        / f"termine-{terminal.clock().astimezone(BERLIN):%Y-%m-%d}.pdf"
    )
    assert printed == "Gedruckt." or (pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"))

    # The afternoon is blocked: Dora (15:00) and Emil (16:00) are to be called.
    click(qtbot, desk.page_buttons["block"])
    blocking = desk.blocking
    blocking.set_range("13:00", None)
    qtbot.keyClicks(blocking.note, "Krankheit")
    click(qtbot, blocking.block_button)
    affected = blocking.affected_model.rows()
    assert [(a.name, a.phone) for a in affected] == [
        ("Dora Dorn", "06543 12 33"),
        ("Emil Ernst", "0170 555"),
    ]
    assert "2 Termine betroffen" in blocking.affected_title.text()
    settle()
    save(window, "staff-block.png")

    # Staff call Emil and cancel his appointment, with a reason.
    click(qtbot, desk.page_buttons["appointments"])
    assert page.select(affected[1].booking_id)
    click(qtbot, page.action_buttons["cancel"])
    cancel = window.navigator.current
    assert isinstance(cancel, CancelScreen)
    click(qtbot, cancel.confirm)
    assert "Grund" in cancel.message.text()  # a reason is required
    click(qtbot, next(b for b in cancel.findChildren(QPushButton) if b.text() == "Krankheit"))
    click(qtbot, cancel.confirm)
    assert window.navigator.current is desk
    emil = next(a for a in page.model.rows() if a.name == "Emil Ernst")
    assert emil.status is DeskStatus.CANCELLED and emil.note == "Krankheit"

    # Sync details offline: entries waiting, nothing sent since.
    click(qtbot, desk.page_buttons["sync"])
    assert int(desk.sync.rows["pending"].text()) == 8

    # --- back online: one sync round (and a second one that must change nothing).
    with terminal.db.session() as session:
        local = {e.id: e.kind for e in session.scalars(select(OutboxEntry))}
    terminal.round()
    terminal.round()
    with live_server.database.read() as session:
        rows = session.execute(
            select(ReceivedEntry.entry_id, ReceivedEntry.kind).where(
                ReceivedEntry.terminal_id == terminal.credentials.terminal_id
            )
        ).all()
        calendar = server_calendar.get_calendar(session, HUB)
        every = [
            (b.name, b.status) for b in session.scalars(select(server_calendar.CalendarBooking))
        ]
        total = session.scalar(select(func.count()).select_from(ReceivedEntry))
    decided = dict(every)
    assert dict(rows) == local and total == len(local)  # every entry once, nothing more
    kinds = sorted(local.values())
    assert kinds.count("booking.check_in") == 2 and kinds.count("booking.no_show") == 1
    assert kinds.count("booking.cancel") == 2 and kinds.count("calendar.block") == 1
    assert kinds.count("booking.create") == 6  # 4 citizens, Dora's new time, the walk-in
    assert decided["Anna Alt"] == decided["Bernd Bauer"] == "checked_in"
    assert decided["Clara Christ"] == "no_show"
    dora = sorted(status for name, status in every if name == "Dora Dorn")
    assert dora in (["cancelled", "confirmed"], ["cancelled", "final"])  # moved, not doubled
    assert decided["Emil Ernst"] == "cancelled"
    assert calendar is not None
    day = terminal.clock().astimezone(BERLIN).date()
    (morning,) = calendar.resource("amt").hours.intervals_on(day)
    assert morning.end == time(13)

    # The admin sets the citizens' idle timeout to 60 s; it applies once staff mode ends.
    click(qtbot, desk.page_buttons["admin"])
    admin = desk.admin
    assert admin is not None and not admin.maintenance.isEnabled()  # not in kiosk mode here
    admin.idle.setCurrentIndex(admin.idle.findData(60))
    click(qtbot, admin.save_button)
    qtbot.waitUntil(lambda: mode.background.busy == 0)

    # Leaving staff mode ("Fertig" ends the visit): staff screens and data are gone.
    window.top_bar.finish_button.click()
    assert not mode.active and window.navigator.depth == 0
    assert window.session.timing.idle_timeout_s == 60
    assert mode.service().member is None


def test_needs_attention_lists_conflicts_and_refusals_and_resolves_them(
    make_shell: ShellFactory, qtbot: QtBot, terminal: Terminal
) -> None:
    terminal.round()
    book_citizens(terminal, ["Frieda Falk", "Gustav Gerber"])
    db: Database = terminal.db
    store = SyncStore(db, terminal.paths.root)
    (frieda, gustav) = sorted(bookings.list_receipts(db), key=lambda r: r.start)
    conflict = {
        "booking_id": frieda.booking_id,
        "status": "conflict",
        "reason": "taken",
        "start": frieda.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    store.apply_page(
        epoch="local",
        cursor=10**6,
        reset=False,
        changes=[PulledChange(10**6, "booking", frieda.booking_id, conflict)],
    )
    with db.session() as session:
        entry = session.scalars(
            select(OutboxEntry).where(OutboxEntry.payload.contains(gustav.booking_id))
        ).one()
    store.record_attention(
        entry.id,
        json.dumps(
            {
                "status": "rejected",
                "code": "invalid_payload",
                "message_de": "Die Daten sind unvollständig: „start“ fehlt oder ist ungültig.",
            }
        ),
    )

    window = make_shell()
    mode = staff_mode(window, terminal)
    desk = log_in(qtbot, window, mode)
    assert desk.page_buttons["attention"].text().endswith("(2)")
    click(qtbot, desk.page_buttons["attention"])
    page = desk.attention
    assert page.model.rowCount() == 2
    assert "Terminkonflikt" in page.title_label.text()
    assert "06543 12 30" in page.contact.text()
    settle()
    save(window, "staff-attention.png")

    # Frieda gets a new time; Gustav's refused entry is filed with a note.
    click(qtbot, page.buttons["rebook"])
    picker = window.navigator.current
    assert isinstance(picker, SlotPickerScreen)
    click(qtbot, picker.slot_buttons[-1])
    assert window.navigator.current is desk and page.model.rowCount() == 1
    click(qtbot, page.buttons["dismiss"])
    assert "Notiz" in page.message.text() or "schreiben" in page.message.text()
    qtbot.keyClicks(page.note, "angerufen, kommt morgen")
    click(qtbot, page.buttons["dismiss"])
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    assert desk.page_buttons["attention"].text() == "Aufmerksamkeit"
