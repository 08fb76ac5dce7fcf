"""Issue 5: the running terminal forgets a citizen's contact on its own once the appointment is
over plus the retention AND the server has the booking: every sync round ends with the purge
(the app's SyncService and ``kiosk sync --once`` both run rounds). Real server on loopback."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.paths import DataPaths
from kiosk.server import calendar as server_calendar
from kiosk.server.schema import upgrade
from kiosk.store import bookings
from kiosk.store.bookings import BookingRequest
from kiosk.store.credentials import load_credentials
from kiosk.store.db import Database
from kiosk.ui.sync_ports import TerminalSync, enroll_terminal
from kiosk.ui.sync_service import terminal_sync_factory
from tests.chaos.terminal import new_terminal
from tests.server.live import LiveServer
from tests.server.test_calendar import HUB, every_day_calendar

GONE, KEPT = "Quirin Vergessmann", "Berta Bleibtreu"


def file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def enrolled(tmp_path: Path) -> Iterator[tuple[DataPaths, Database, LiveServer]]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as server:
        server.add_hub(HUB, "Hub")
        with server.database.write() as session:
            server_calendar.set_calendar(session, every_day_calendar())
        paths, db = new_terminal(tmp_path / "terminal")
        enroll_terminal(paths.credentials, server.base_url, server.enroll_code(HUB),
                        terminal_name="Eingang")  # fmt: skip
        try:
            yield paths, db, server
        finally:
            db.dispose()


def _book(db: Database, name: str, now: datetime) -> bookings.Receipt:
    cal = every_day_calendar()
    day = (now + timedelta(days=1)).astimezone(cal.zone).date()
    free = bookings.free_slots_on(db, cal, "ausweis", day, terminal_id=None, now=now)
    start = free[0].slot.start
    request = BookingRequest("ausweis", "amt", start, name, "06543 77", None, uuid.uuid4().hex)
    return bookings.book(db, cal, request, terminal_id=None, now=now)


def test_a_sync_round_forgets_the_contact_after_retention(
    enrolled: tuple[DataPaths, Database, LiveServer],
) -> None:
    paths, db, server = enrolled
    now = datetime.now(UTC)
    # Booked 20 days ago for the next day, on a terminal that was offline ever since; and one
    # booked today for tomorrow.
    old = _book(db, GONE, now - timedelta(days=20))
    new = _book(db, KEPT, now)
    factory = terminal_sync_factory(
        paths.root, paths.database, paths.credentials, server_url="",
        connect_timeout=2.0, read_timeout=5.0, retention_days=7,
    )  # fmt: skip
    probe = factory()  # what the app's SyncService runs: the configured retention arrives
    assert probe.retention_days == 7
    probe.close()
    probe.db.dispose()
    credentials = load_credentials(paths.credentials)
    assert credentials is not None
    sync = TerminalSync(db, paths.root, credentials, retention_days=7)
    try:
        # Past the retention, but the server does not have it yet: kept.
        assert sync.forget_personal_data() == 0
        assert GONE.encode() in file_bytes(paths.database)

        outcome = sync.run_round()  # delivers, then forgets in the same round
        assert outcome.ok, outcome.error
    finally:
        sync.close()
    data = file_bytes(paths.database)
    assert GONE.encode() not in data
    assert KEPT.encode() in data  # appointment still ahead
    receipts = {r.booking_id: r for r in bookings.list_receipts(db)}
    assert receipts[old.booking_id].name is None and receipts[old.booking_id].code == old.code
    assert receipts[new.booking_id].name == KEPT
    # The server has the contact (staff can still reach the citizen).
    with server.database.read() as session:
        row = session.get(server_calendar.CalendarBooking, old.booking_id)
        assert row is not None and row.name == GONE
