"""Two terminals of one hub book while offline, then sync with the real server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.calendar import Calendar, FreeSlot
from kiosk.server import calendar as server_calendar
from kiosk.store import bookings
from kiosk.store.bookings import BookingRequest, BookingState
from kiosk.store.credentials import Credentials
from kiosk.store.db import Database, open_database
from kiosk.store.schema import prepare_database
from kiosk.ui.sync_ports import TerminalSync
from tests.server.live import Api, LiveServer
from tests.server.test_calendar import HUB, every_day_calendar

BERLIN = ZoneInfo("Europe/Berlin")
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@dataclass
class Terminal:
    id: str
    db: Database
    sync: TerminalSync

    def round(self) -> None:
        outcome = self.sync.run_round()
        assert outcome.ok, outcome.error

    def calendar(self) -> Calendar:
        cal = bookings.load_calendar(self.db, HUB)
        assert cal is not None
        return cal

    def free(self, day: date) -> list[FreeSlot]:
        return bookings.free_slots_on(self.db, self.calendar(), "ausweis", day, terminal_id=self.id)

    def book(self, slot: FreeSlot, name: str) -> bookings.Receipt:
        request = BookingRequest(
            "ausweis", slot.slot.resource_id, slot.slot.start, name, "06543 99", None, name
        )
        return bookings.book(self.db, self.calendar(), request, terminal_id=self.id)


@pytest.fixture
def terminals(api: Api, live_server: LiveServer, tmp_path: Path) -> Iterator[list[Terminal]]:
    live_server.add_hub(HUB)
    with live_server.database.write() as session:
        server_calendar.set_calendar(session, every_day_calendar())
    made = []
    for name in ("eins", "zwei"):
        enrolled = api.enroll(HUB, name)
        data = tmp_path / name
        prepare_database(data / "kiosk.sqlite3", data / "backups")
        db = open_database(data / "kiosk.sqlite3")
        credentials = Credentials(live_server.base_url, enrolled.terminal_id, enrolled.token,
                                  HUB, "Hub", "2026-11-26T00:00:00Z")  # fmt: skip
        made.append(Terminal(enrolled.terminal_id, db, TerminalSync(db, data, credentials)))
    try:
        yield made
    finally:
        for terminal in made:
            terminal.sync.close()
            terminal.db.dispose()


def test_offline_bookings_on_leases_are_final_and_one_shared_slot_conflicts(
    terminals: list[Terminal], live_server: LiveServer
) -> None:
    one, two = terminals
    for terminal in terminals:  # online once: calendar and leases arrive
        terminal.round()
    day = (datetime.now(BERLIN) + timedelta(days=1)).date()
    free_one, free_two = one.free(day), two.free(day)

    # --- offline from here on: each books on its own lease, and both on one unleased slot.
    final_one = one.book(next(f for f in free_one if f.final), "Anna Eins")
    final_two = two.book(next(f for f in free_two if f.final), "Bernd Zwei")
    assert final_one.state is final_two.state is BookingState.FINAL
    shared_starts = {f.slot.start for f in free_two if not f.final}
    shared = next(f for f in free_one if not f.final and f.slot.start in shared_starts)
    mine = one.book(shared, "Clara Drei")
    theirs = two.book(next(f for f in free_two if f.slot.start == shared.slot.start), "Dora Vier")
    assert mine.provisional and theirs.provisional

    # --- back online.
    one.round()
    two.round()
    one.round()
    states = {r.name: r.state for t in terminals for r in bookings.list_receipts(t.db) if r.name}
    assert states == {
        "Anna Eins": BookingState.FINAL,
        "Bernd Zwei": BookingState.FINAL,
        "Clara Drei": BookingState.CONFIRMED,  # reached the server first
        "Dora Vier": BookingState.CONFLICT,
    }
    with live_server.database.read() as session:
        attention = server_calendar.needs_attention(session, HUB)
    assert [(a.name, a.phone, a.code) for a in attention] == [
        ("Dora Vier", "06543 99", theirs.code)
    ]
    # Each terminal now sees the other's bookings as taken.
    assert final_two.start not in {f.slot.start for f in one.free(day)}
    assert shared.slot.start not in {f.slot.start for f in two.free(day)}

    # Cancelling by code + name frees the slot here at once and on the other after sync.
    bookings.cancel(one.db, mine.code, "clara drei")
    assert shared.slot.start in {f.slot.start for f in one.free(day)}
    one.round()
    two.round()
    assert shared.slot.start in {f.slot.start for f in two.free(day)}
    with live_server.database.read() as session:
        row = session.get(server_calendar.CalendarBooking, mine.booking_id)
        assert row is not None and row.status == "cancelled"
