"""Booking on the terminal: one transaction with its outbox entry, idempotent taps, leases,
cancel by code + name, and personal data gone from the file after retention."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from kiosk.core.calendar import (
    Calendar,
    Interval,
    Resource,
    ResourceKind,
    ServiceRule,
    WeeklyHours,
    day_slots,
)
from kiosk.store.bookings import (
    BookingNotFoundError,
    BookingRequest,
    BookingState,
    SlotTakenError,
    book,
    cancel,
    free_slots_on,
    get_receipt,
    list_receipts,
    purge_personal_data,
)
from kiosk.store.db import Database
from kiosk.store.models import OutboxEntry, OutboxState
from kiosk.store.outbox import mark_sent
from kiosk.store.sync_adapter import PulledChange, SyncStore
from tests.store.conftest import raw_rows

NOW = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)
DAY = datetime(2026, 12, 2).date()
ME, OTHER = "terminal-me", "terminal-other"


def calendar() -> Calendar:
    hours = WeeklyHours(tuple((w, Interval(time(8), time(12))) for w in range(7)))
    return Calendar(
        "hub",
        (Resource("amt", "Bürgerbüro", ResourceKind.VISITING_OFFICE, hours),),
        (ServiceRule("ausweis", "Personalausweis", 20, ("amt",), buffer_minutes=10,
                     what_to_bring=("Altes Ausweisdokument",)),),
    )  # fmt: skip


CAL = calendar()
SLOTS = day_slots(CAL, "ausweis", DAY)


def request(index: int = 0, *, flow: str = "", name: str = "Erika Mustermann") -> BookingRequest:
    slot = SLOTS[index]
    return BookingRequest("ausweis", "amt", slot.start, name, "06543 1234", None, flow)


def pull(database: Database, tmp_path: Path, *changes: PulledChange) -> None:
    store = SyncStore(database, tmp_path)
    _epoch, cursor = store.position()
    store.apply_page(epoch="e", cursor=cursor + len(changes), reset=False, changes=changes)


def lease(key: str, owner: str, start: datetime, end: datetime, seq: int = 1) -> PulledChange:
    data = {"lease_id": key, "terminal_id": owner, "resource_id": "amt",
            "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "expires_at": (NOW + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")}  # fmt: skip
    return PulledChange(seq, "lease", key, data)


def outbox(database: Database) -> list[OutboxEntry]:
    with database.session() as session:
        return list(session.query(OutboxEntry).order_by(OutboxEntry.seq))


def test_a_booking_and_its_outbox_entry_are_written_together(database: Database) -> None:
    receipt = book(database, CAL, request(flow="f1"), terminal_id=ME, now=NOW)
    assert receipt.state is BookingState.PROVISIONAL  # no lease: the server decides
    [entry] = outbox(database)
    assert entry.kind == "booking.create"
    payload = json.loads(entry.payload)
    assert payload["booking_id"] == receipt.booking_id and payload["code"] == receipt.code
    assert payload["lease_id"] is None and payload["name"] == "Erika Mustermann"
    rows = raw_rows(database.path, "SELECT code, state FROM booking")
    assert rows == [(receipt.code, "provisional")]


def test_a_second_tap_never_books_twice(database: Database) -> None:
    first = book(database, CAL, request(flow="same-flow"), terminal_id=ME, now=NOW)
    again = book(database, CAL, request(flow="same-flow"), terminal_id=ME, now=NOW)
    assert again == first
    assert len(list_receipts(database)) == 1 and len(outbox(database)) == 1


def test_a_taken_slot_is_refused_and_no_longer_offered(database: Database) -> None:
    book(database, CAL, request(0, flow="a"), terminal_id=ME, now=NOW)
    with pytest.raises(SlotTakenError, match="vergeben"):
        book(database, CAL, request(0, flow="b"), terminal_id=ME, now=NOW)
    free = free_slots_on(database, CAL, "ausweis", DAY, terminal_id=ME, now=NOW)
    assert SLOTS[0].start not in {f.slot.start for f in free}
    assert len(list_receipts(database)) == 1 and len(outbox(database)) == 1


def test_inside_an_own_lease_the_booking_is_final(database: Database, tmp_path: Path) -> None:
    hour = timedelta(hours=1)
    mine = lease("L-me", ME, SLOTS[0].start, SLOTS[0].start + hour)
    theirs = lease("L-other", OTHER, SLOTS[2].start, SLOTS[2].start + hour, seq=2)
    pull(database, tmp_path, mine, theirs)
    free = {f.slot.start: f for f in free_slots_on(database, CAL, "ausweis", DAY,
                                                   terminal_id=ME, now=NOW)}  # fmt: skip
    assert free[SLOTS[0].start].final and free[SLOTS[1].start].final
    assert SLOTS[2].start not in free  # another terminal's lease
    receipt = book(database, CAL, request(0, flow="x"), terminal_id=ME, now=NOW)
    assert receipt.state is BookingState.FINAL
    assert json.loads(outbox(database)[0].payload)["lease_id"] == "L-me"
    with pytest.raises(SlotTakenError, match="anderen Terminal"):
        book(database, CAL, request(2, flow="y"), terminal_id=ME, now=NOW)


def test_the_servers_decision_overrides_the_local_state(database: Database, tmp_path: Path) -> None:
    receipt = book(database, CAL, request(flow="f"), terminal_id=ME, now=NOW)
    pull(database, tmp_path, PulledChange(1, "booking", receipt.booking_id,
                                          {"booking_id": receipt.booking_id, "status": "conflict",
                                           "reason": "taken"}))  # fmt: skip
    decided = get_receipt(database, receipt.booking_id)
    assert decided is not None
    assert (decided.state, decided.reason) == (BookingState.CONFLICT, "taken")


def test_cancel_by_code_and_name_frees_the_slot(database: Database) -> None:
    receipt = book(database, CAL, request(name="Jürgen Müller", flow="f"), terminal_id=ME, now=NOW)
    with pytest.raises(BookingNotFoundError):
        cancel(database, receipt.code, "Hans Müller", now=NOW)
    with pytest.raises(BookingNotFoundError):
        cancel(database, "ABCD2345", "Jürgen Müller", now=NOW)
    typed = receipt.code[:4].lower() + "-" + receipt.code[4:]
    cancelled = cancel(database, typed, "  juergen MUELLER ", now=NOW)
    assert cancelled.state is BookingState.CANCELLED
    assert [e.kind for e in outbox(database)] == ["booking.create", "booking.cancel"]
    free = free_slots_on(database, CAL, "ausweis", DAY, terminal_id=ME, now=NOW)
    assert SLOTS[0].start in {f.slot.start for f in free}
    # Cancelling twice sends nothing more.
    cancel(database, receipt.code, "Jürgen Müller", now=NOW)
    assert len(outbox(database)) == 2


NAME = "Zacharias Quxbaumer"


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_after_retention_the_name_is_gone_from_the_file(database: Database) -> None:
    kept = book(
        database, CAL, request(0, name="Bleibt Hierbaum", flow="k"), terminal_id=ME, now=NOW
    )
    receipt = book(database, CAL, request(1, name=NAME, flow="f"), terminal_id=ME, now=NOW)
    assert NAME.encode() in _file_bytes(database.path)
    after = SLOTS[1].busy_until + timedelta(days=7, minutes=1)
    # The server does not have it yet: nothing is forgotten.
    assert purge_personal_data(database, retention_days=7, now=after) == 0
    with database.write() as session:
        for entry in session.query(OutboxEntry).all():
            if receipt.booking_id in entry.payload:
                mark_sent(session, entry.id, now=NOW)
    # Not yet past the retention.
    assert purge_personal_data(database, retention_days=7, now=after - timedelta(days=1)) == 0
    assert purge_personal_data(database, retention_days=7, now=after) == 1
    blanked = get_receipt(database, receipt.booking_id)
    assert blanked is not None and blanked.name is None and blanked.code == receipt.code
    assert NAME.encode() not in _file_bytes(database.path)
    assert "Quxbaumer".encode("utf-16-le") not in _file_bytes(database.path)
    # The booking the server does not have keeps its name.
    assert get_receipt(database, kept.booking_id).name == "Bleibt Hierbaum"  # type: ignore[union-attr]
    with database.session() as session:
        assert session.query(OutboxEntry).filter_by(state=OutboxState.PENDING).count() == 1
