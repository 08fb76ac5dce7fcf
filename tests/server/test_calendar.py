"""The server's calendar over real HTTP: leases, final/confirmed/conflict, needs attention."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.core.calendar import Calendar, Interval, Resource, ResourceKind, ServiceRule, WeeklyHours
from kiosk.server import calendar as server_calendar
from kiosk.sync import protocol as p
from tests.server.live import Api, LiveServer, entry

BERLIN = ZoneInfo("Europe/Berlin")
HUB = "hub"


def every_day_calendar(hub: str = HUB) -> Calendar:
    hours = WeeklyHours(tuple((w, Interval(time(8), time(18))) for w in range(7)),
                        holiday_state=None)  # fmt: skip
    return Calendar(
        hub,
        (Resource("amt", "Bürgerbüro", ResourceKind.VISITING_OFFICE, hours),),
        (ServiceRule("ausweis", "Personalausweis", 20, ("amt",), buffer_minutes=10,
                     min_notice_minutes=0, max_advance_days=30),),
    )  # fmt: skip


def create_payload(start: datetime, *, lease_id: str | None = None, name: str = "Erika Muster",
                   booking_id: str | None = None) -> dict[str, Any]:  # fmt: skip
    return {
        "booking_id": booking_id or uuid.uuid4().hex,
        "hub_id": HUB,
        "service_id": "ausweis",
        "resource_id": "amt",
        "start": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "seats": 1,
        "code": "ABCD2345",
        "verifier": "0" * 64,
        "lease_id": lease_id,
        "name": name,
        "phone": "06543 1234",
        "email": None,
    }


def leases(api: Api, token: str) -> dict[str, p.JSONObject]:
    return {c.key: c.data for c in api.pull(token).changes if c.kind == "lease" and c.data}


def _start(data: p.JSONObject, key: str = "start") -> datetime:
    return datetime.fromisoformat(str(data[key]).replace("Z", "+00:00"))


def test_leases_are_disjoint_and_bookings_are_decided(api: Api, live_server: LiveServer) -> None:
    one, two = api.enroll(HUB, "eins"), api.enroll(HUB, "zwei")
    with live_server.database.write() as session:
        server_calendar.set_calendar(session, every_day_calendar())
    for terminal in (one, two):
        api.push(terminal.token, [])  # a heartbeat: the sync round that renews leases
    pulled = leases(api, one.token)
    assert pulled == leases(api, two.token)  # both see all leases of the hub
    owners = {t.terminal_id for t in (one, two)}
    assert {str(d["terminal_id"]) for d in pulled.values()} == owners
    windows = sorted((_start(d), _start(d, "end"), str(d["terminal_id"])) for d in pulled.values())
    for (_, end, _), (start, _, _) in itertools.pairwise(windows):
        assert end <= start  # never two leases on the same time
    # A share stays with the server: tomorrow has unleased hours.
    tomorrow = (datetime.now(BERLIN) + timedelta(days=1)).date()
    hours = [datetime.combine(tomorrow, time(h), BERLIN).astimezone(UTC) for h in range(8, 18)]
    leased_starts = {w[0] for w in windows}
    unleased = [h for h in hours if h not in leased_starts]
    assert unleased and len(unleased) < len(hours)
    # A second sync renews nothing needlessly (no new lease changes).
    head = api.pull(one.token).cursor
    api.push(one.token, [])
    assert api.pull(one.token, cursor=head).changes == ()

    def own_first(terminal_id: str) -> tuple[str, datetime]:
        lease_id, data = min(
            ((k, d) for k, d in pulled.items() if d["terminal_id"] == terminal_id
             and _start(d) > datetime.now(UTC) + timedelta(hours=1)),
            key=lambda kd: _start(kd[1]),
        )  # fmt: skip
        return lease_id, _start(data)

    # Both terminals book inside their own leases: final, no conflict.
    for terminal in (one, two):
        lease_id, start = own_first(terminal.terminal_id)
        result = api.push(
            terminal.token, [entry("booking.create", **create_payload(start, lease_id=lease_id))]
        )
        assert result.results[0].result is not None
        assert result.results[0].result["status"] == "final"

    # The same unleased slot from both: exactly one confirmed, the other a kept conflict.
    slot = unleased[-1]
    first = api.push(one.token, [entry("booking.create", **create_payload(slot, name="Anna Eins"))])
    second = api.push(
        two.token, [entry("booking.create", **create_payload(slot, name="Bernd Zwei"))]
    )
    assert first.results[0].result and first.results[0].result["status"] == "confirmed"
    assert second.results[0].result and second.results[0].result["status"] == "conflict"
    assert second.results[0].result["reason"] == "taken"
    with live_server.database.read() as session:
        attention = server_calendar.needs_attention(session, HUB)
    assert [(a.name, a.phone, a.reason) for a in attention] == [
        ("Bernd Zwei", "06543 1234", "taken")
    ]

    # Booking inside another terminal's lease is refused for the non-holder.
    lease_id, start = own_first(two.terminal_id)
    taken = api.push(
        one.token, [entry("booking.create", **create_payload(start + timedelta(minutes=30)))]
    )
    assert taken.results[0].result and taken.results[0].result["reason"] == "leased_elsewhere"

    # Cancelling frees the slot; a new booking on it is confirmed.
    confirmed_id = str(first.results[0].result["booking_id"])
    cancel = api.push(one.token, [entry("booking.cancel", booking_id=confirmed_id)])
    assert cancel.results[0].result and cancel.results[0].result["status"] == "cancelled"
    again = api.push(two.token, [entry("booking.create", **create_payload(slot))])
    assert again.results[0].result and again.results[0].result["status"] == "confirmed"

    # Terminals see booking states, never the citizen's name.
    bookings = [c.data for c in api.pull(two.token).changes if c.kind == "booking" and c.data]
    assert {d["status"] for d in bookings} >= {"final", "cancelled", "conflict", "confirmed"}
    assert all("name" not in d and "phone" not in d for d in bookings)


def test_without_a_calendar_a_booking_is_kept_for_staff(api: Api, live_server: LiveServer) -> None:
    terminal = api.enroll(HUB)
    start = datetime.now(UTC) + timedelta(days=2)
    result = api.push(terminal.token, [entry("booking.create", **create_payload(start))])
    assert result.results[0].result and result.results[0].result["status"] == "conflict"
    with live_server.database.read() as session:
        assert [a.reason for a in server_calendar.needs_attention(session, HUB)] == ["no_calendar"]


def test_a_broken_booking_is_rejected(api: Api) -> None:
    terminal = api.enroll(HUB)
    broken = create_payload(datetime.now(UTC))
    broken["start"] = "tomorrow at nine"
    response = api.push(terminal.token, [entry("booking.create", **broken)])
    assert response.results[0].status == "rejected"
    assert response.results[0].reason and response.results[0].reason.code == "invalid_payload"
