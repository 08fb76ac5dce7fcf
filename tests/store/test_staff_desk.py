"""The staff desk on a real terminal database, offline."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from kiosk.core.calendar import (
    Calendar,
    Interval,
    Resource,
    ResourceKind,
    ServiceRule,
    WeeklyHours,
)
from kiosk.core.staff_auth import StaffRole
from kiosk.store import bookings
from kiosk.store.db import Database
from kiosk.store.models import OutboxEntry, OutboxState
from kiosk.store.staff import StaffMember
from kiosk.store.staff_desk import AttentionKind, DeskError, DeskStatus, StaffDesk
from kiosk.store.sync_adapter import PulledChange, SyncStore

BERLIN = ZoneInfo("Europe/Berlin")
HUB = "lindenbach"
PETRA = StaffMember("petra", "Petra Klein", StaffRole.STAFF, HUB)


def calendar() -> Calendar:
    hours = WeeklyHours(tuple((w, Interval(time(8), time(18))) for w in range(7)),
                        holiday_state=None)  # fmt: skip
    return Calendar(
        HUB,
        (Resource("amt", "Bürgerbüro", ResourceKind.VISITING_OFFICE, hours),),
        (ServiceRule("ausweis", "Personalausweis", 20, ("amt",), buffer_minutes=10,
                     min_notice_minutes=0, max_advance_days=30),),
    )  # fmt: skip


@pytest.fixture
def desk(database: Database, db_path: Path) -> StaffDesk:
    SyncStore(database, db_path.parent).apply_page(
        epoch="e", cursor=1, reset=False,
        changes=[PulledChange(1, "calendar", HUB, calendar().to_json())],
    )  # fmt: skip
    return StaffDesk(database, hub_id=HUB, terminal_id="t1", data_dir=db_path.parent)


def _kinds(database: Database) -> list[str]:
    with database.session() as session:
        return [e.kind for e in session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))]


def test_a_desk_day_offline(desk: StaffDesk, database: Database) -> None:
    day = (datetime.now(BERLIN) + timedelta(days=1)).date()
    free = desk.free_slots("ausweis", day)
    people = ["Anna Alt", "Bernd Bauer", "Clara Christ", "Dora Dorn"]
    for index, name in enumerate(people):
        desk.book_walk_in(free[index * 2], name=name, phone="06543 1", flow_key=f"f{index}")
    listed = desk.day(day)
    assert [a.name for a in listed] == people
    assert all(a.status is DeskStatus.OPEN and a.provisional for a in listed)
    anna, bernd, clara, dora = listed

    assert desk.check_in(anna.booking_id, PETRA).status is DeskStatus.ARRIVED
    desk.check_in(anna.booking_id, PETRA)  # a second tap sends nothing
    desk.done(anna.booking_id, PETRA)
    desk.no_show(bernd.booking_id, PETRA)
    moved = desk.reschedule(clara.booking_id, free[15], PETRA)
    assert moved.name == "Clara Christ" and moved.start == free[15].slot.start
    cancelled = desk.cancel(dora.booking_id, "Bürgerin hat angerufen", PETRA)
    assert cancelled.status is DeskStatus.CANCELLED
    with pytest.raises(DeskError):
        desk.cancel(dora.booking_id, "  ", PETRA)

    statuses = {a.name: a.status for a in desk.day(day)}
    assert statuses == {
        "Anna Alt": DeskStatus.DONE,
        "Bernd Bauer": DeskStatus.NO_SHOW,
        "Clara Christ": DeskStatus.OPEN,
        "Dora Dorn": DeskStatus.CANCELLED,
    }
    assert sum(a.status is DeskStatus.CANCELLED for a in desk.day(day)) == 2  # old Clara
    assert dora.start in {f.slot.start for f in desk.free_slots("ausweis", day)}  # freed
    assert [a.name for a in desk.search("christ")] == ["Clara Christ", "Clara Christ"]
    assert [a.booking_id for a in desk.search(moved.code[:5].lower())] == [moved.booking_id]
    assert _kinds(database) == ["booking.create"] * 4 + [
        "booking.check_in", "booking.done", "booking.no_show", "booking.create",
        "booking.cancel", "booking.cancel",
    ]  # fmt: skip

    # Block the afternoon: nothing bookable after 13:00, the Clara appointment is listed.
    start = datetime.combine(day, time(13), BERLIN)
    end = datetime.combine(day, time(18), BERLIN)
    affected = desk.block(start, end, "Krankheit", PETRA)
    assert [a.name for a in affected] == ["Clara Christ"]
    assert all(f.slot.start < start for f in desk.free_slots("ausweis", day))
    citizen_view = bookings.load_calendar(database, HUB)
    assert citizen_view is not None
    assert citizen_view.resource("amt").hours.intervals_on(day) == (Interval(time(8), time(13)),)
    assert _kinds(database)[-1] == "calendar.block"


def test_conflicts_and_refused_entries_need_attention_until_resolved(
    desk: StaffDesk, database: Database, db_path: Path
) -> None:
    day = (datetime.now(BERLIN) + timedelta(days=2)).date()
    free = desk.free_slots("ausweis", day)
    lost = desk.book_walk_in(free[0], name="Erna Eck", phone="0170 1", flow_key="a")
    other = desk.book_walk_in(free[1], name="Fritz Fink", flow_key="b")
    server = {"booking_id": lost.booking_id, "status": "conflict", "reason": "taken",
              "start": free[0].slot.start.strftime("%Y-%m-%dT%H:%M:%SZ")}  # fmt: skip
    store = SyncStore(database, db_path.parent)
    store.apply_page(epoch="e", cursor=2, reset=False,
                     changes=[PulledChange(2, "booking", lost.booking_id, server)])  # fmt: skip
    with database.session() as session:
        create_other = session.scalars(
            select(OutboxEntry).where(OutboxEntry.payload.contains(other.booking_id))
        ).one()
    reason = {"status": "rejected", "code": "invalid_payload", "message_de": "Kaputt."}
    store.record_attention(create_other.id, json.dumps(reason))

    items = desk.needs_attention()
    assert [(i.kind, i.reason_code) for i in items] == [
        (AttentionKind.CONFLICT, "taken"),
        (AttentionKind.REFUSED, "invalid_payload"),
    ]
    conflict, refused = items
    assert conflict.appointment is not None and conflict.appointment.phone == "0170 1"
    assert refused.server_message == "Kaputt." and refused.entry_kind == "booking.create"

    with pytest.raises(DeskError):
        desk.resolve(refused, "dismiss", PETRA)  # a note is required
    receipt = desk.resolve(conflict, "rebook", PETRA, slot=free[3])
    assert receipt is not None and receipt.name == "Erna Eck"
    desk.resolve(refused, "retry", PETRA)
    assert desk.needs_attention() == []
    with database.session() as session:
        assert session.get(OutboxEntry, create_other.id).state == OutboxState.PENDING
    statuses = {a.booking_id: a.status for a in desk.day(day)}
    assert statuses[lost.booking_id] is DeskStatus.CANCELLED


def test_bookings_from_other_terminals_are_listed_without_names(
    desk: StaffDesk, database: Database, db_path: Path
) -> None:
    day = date.today() + timedelta(days=3)
    start = datetime.combine(day, time(9), BERLIN).astimezone(UTC)
    data = {"booking_id": "remote1", "status": "confirmed", "service_id": "ausweis",
            "resource_id": "amt", "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": (start + timedelta(minutes=20)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "busy_until": (start + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "code": "ABCD2345", "verifier": "0" * 64}  # fmt: skip
    SyncStore(database, db_path.parent).apply_page(
        epoch="e", cursor=5, reset=False, changes=[PulledChange(5, "booking", "remote1", data)]
    )
    (remote,) = desk.day(day)
    assert remote.name is None and not remote.booked_here and remote.code == "ABCD2345"
    desk.check_in("remote1", PETRA)
    desk.cancel("remote1", "Termin fällt aus", PETRA)
    assert desk.day(day)[0].status is DeskStatus.CANCELLED
    assert start in {f.slot.start for f in desk.free_slots("ausweis", day)}
