"""Slots, free seats and lease windows: the rules the server and every terminal share.

Slot generation walks the local wall clock (Europe/Berlin) from each opening interval's start
in steps of the service's ``step``. Across daylight-saving changes:

* a wall-clock time that does not exist (the spring-forward hour) yields no slot;
* a wall-clock time that exists twice (the fall-back hour) yields one slot, at its first
  occurrence, so no time is listed twice;
* durations are real elapsed time: a slot ends ``duration`` minutes after it starts, and it
  must end by the interval's closing instant.

A slot occupies its resource from ``start`` to ``busy_until`` (duration plus buffer, rounded up
to the resource's grid, but never past closing time: no slot starts after closing, so a buffer
that spills past it blocks nothing). Availability (:func:`seats_left`): a slot is free while
every booking overlapping its busy time is for the same service at the same start (a group
session) and fewer than ``capacity`` seats are taken. So bookings admitted through these rules
never overlap beyond capacity.

Leases (:class:`Window`): the server gives each terminal windows of a resource's time that
only it may book while offline. A slot overlapping another terminal's window is not offered;
a slot whose busy time lies inside the terminal's own windows is booked *final* at once.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from kiosk.core.calendar.model import Calendar, CalendarError, Resource, ServiceRule

MAX_GAP_WALK_MINUTES: Final = 180


# --- instants of wall-clock times ----------------------------------------------------------


def wall_instants(wall: datetime, zone: ZoneInfo) -> tuple[datetime, ...]:
    """The UTC instants at which the local clock shows ``wall`` (naive): none in a
    spring-forward gap, two in a fall-back overlap, else one."""
    found: list[datetime] = []
    for fold in (0, 1):
        instant = wall.replace(tzinfo=zone, fold=fold).astimezone(UTC)
        if instant.astimezone(zone).replace(tzinfo=None) == wall and instant not in found:
            found.append(instant)
    return tuple(sorted(found))


def first_instant_at_or_after(wall: datetime, zone: ZoneInfo) -> datetime:
    """The first instant the local clock shows ``wall`` or, inside a gap, the gap's end."""
    probe = wall
    for _ in range(MAX_GAP_WALK_MINUTES + 1):
        instants = wall_instants(probe, zone)
        if instants:
            return instants[0]
        probe += timedelta(minutes=1)
    raise CalendarError(f"no local time at or after {wall} in {zone.key}")  # pragma: no cover


def to_local(instant: datetime, zone: ZoneInfo) -> datetime:
    return instant.astimezone(zone)


def local_day_range(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) of a local calendar day as UTC instants (23, 24 or 25 hours long)."""
    start = first_instant_at_or_after(datetime.combine(day, time()), zone)
    end = first_instant_at_or_after(datetime.combine(day + timedelta(days=1), time()), zone)
    return start, end


# --- values ----------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Slot:
    """A bookable time of one service on one resource. Instants are aware UTC."""

    start: datetime
    resource_id: str
    service_id: str
    end: datetime
    busy_until: datetime

    @property
    def key(self) -> str:
        return slot_key(self.service_id, self.resource_id, self.start)


def slot_key(service_id: str, resource_id: str, start: datetime) -> str:
    return f"{service_id}|{resource_id}|{start.astimezone(UTC):%Y-%m-%dT%H:%MZ}"


@dataclass(frozen=True)
class Booked:
    """An existing booking as far as availability is concerned."""

    resource_id: str
    service_id: str
    start: datetime
    busy_until: datetime
    seats: int = 1

    @classmethod
    def of(cls, slot: Slot, seats: int = 1) -> Booked:
        return cls(slot.resource_id, slot.service_id, slot.start, slot.busy_until, seats)


@dataclass(frozen=True)
class Window:
    """A span of a resource's time, e.g. a lease to one terminal."""

    resource_id: str
    start: datetime
    end: datetime
    lease_id: str = ""
    owner: str = ""

    def overlaps(self, resource_id: str, start: datetime, end: datetime) -> bool:
        return self.resource_id == resource_id and self.start < end and start < self.end


@dataclass(frozen=True)
class FreeSlot:
    slot: Slot
    seats_left: int
    lease_id: str | None = None
    """Set when the slot lies inside one of this terminal's own leases: a booking is final."""

    @property
    def final(self) -> bool:
        return self.lease_id is not None


# --- slot generation -------------------------------------------------------------------------


def _span(service: ServiceRule, resource: Resource) -> timedelta:
    grid = resource.grid_minutes
    minutes = math.ceil((service.duration_minutes + service.buffer_minutes) / grid) * grid
    return timedelta(minutes=max(minutes, service.duration_minutes))


def _resource_day_slots(
    calendar: Calendar, service: ServiceRule, resource: Resource, day: date
) -> list[Slot]:
    zone = calendar.zone
    duration = timedelta(minutes=service.duration_minutes)
    span = _span(service, resource)
    step = timedelta(minutes=service.step)
    slots: list[Slot] = []
    for interval in resource.hours.intervals_on(day):
        closing = first_instant_at_or_after(datetime.combine(day, interval.end), zone)
        wall = datetime.combine(day, interval.start)
        end_wall = datetime.combine(day, interval.end)
        while wall < end_wall:
            instants = wall_instants(wall, zone)
            if instants:
                start = instants[0]
                end = start + duration
                if end > closing:
                    break
                slots.append(Slot(start, resource.id, service.id, end, min(start + span, closing)))
            wall += step
    return slots


def day_slots(calendar: Calendar, service_id: str, day: date) -> tuple[Slot, ...]:
    """Every slot of a service on a local day, all resources, ordered by start (memoised)."""
    key = ("day_slots", service_id, day)
    cached = calendar.cache.get(key)
    if cached is not None:
        return tuple(cached)
    service = calendar.service(service_id)
    slots: list[Slot] = []
    for resource_id in service.resource_ids:
        slots += _resource_day_slots(calendar, service, calendar.resource(resource_id), day)
    result = tuple(sorted(slots))
    if len(calendar.cache) > 4096:
        calendar.cache.clear()
    calendar.cache[key] = result
    return result


def find_slot(calendar: Calendar, service_id: str, resource_id: str, start: datetime) -> Slot:
    """The slot a booking names; :class:`SlotUnavailable` ``not_a_slot`` if there is none."""
    if not calendar.has_service(service_id):
        raise SlotUnavailable("unknown_service")
    day = start.astimezone(calendar.zone).date()
    for slot in day_slots(calendar, service_id, day):
        if slot.resource_id == resource_id and slot.start == start:
            return slot
    raise SlotUnavailable("not_a_slot")


# --- availability ----------------------------------------------------------------------------


class SlotUnavailable(Exception):
    """Why a slot cannot be booked: ``unknown_service``, ``not_a_slot``, ``too_soon``,
    ``too_far``, ``taken``, ``leased_elsewhere``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class BookingIndex:
    """Bookings per resource, sorted by start, for fast overlap queries."""

    _starts: dict[str, list[datetime]] = field(default_factory=dict)
    _items: dict[str, list[Booked]] = field(default_factory=dict)
    _longest: timedelta = timedelta(0)

    @classmethod
    def of(cls, bookings: Iterable[Booked]) -> BookingIndex:
        index = cls()
        for booked in sorted(bookings, key=lambda b: (b.resource_id, b.start)):
            index.add(booked)
        return index

    def add(self, booked: Booked) -> None:
        starts = self._starts.setdefault(booked.resource_id, [])
        items = self._items.setdefault(booked.resource_id, [])
        position = bisect.bisect_right(starts, booked.start)
        starts.insert(position, booked.start)
        items.insert(position, booked)
        self._longest = max(self._longest, booked.busy_until - booked.start)

    def overlapping(self, resource_id: str, start: datetime, end: datetime) -> list[Booked]:
        starts = self._starts.get(resource_id)
        if not starts:
            return []
        items = self._items[resource_id]
        low = bisect.bisect_left(starts, start - self._longest)
        high = bisect.bisect_left(starts, end)
        return [b for b in items[low:high] if b.busy_until > start]

    def all(self) -> list[Booked]:
        return [booked for items in self._items.values() for booked in items]


def seats_left(slot: Slot, capacity: int, bookings: BookingIndex) -> int:
    """Free seats of ``slot``: 0 as soon as a booking of another service or start overlaps."""
    taken = 0
    for booked in bookings.overlapping(slot.resource_id, slot.start, slot.busy_until):
        if booked.service_id != slot.service_id or booked.start != slot.start:
            return 0
        taken += booked.seats
    return max(0, capacity - taken)


def covering_lease(slot: Slot, own_leases: Sequence[Window]) -> str | None:
    """The id of the own lease the slot starts in, if own leases cover its whole busy time."""
    windows = sorted(
        (w for w in own_leases if w.overlaps(slot.resource_id, slot.start, slot.busy_until)),
        key=lambda w: w.start,
    )
    if not windows or windows[0].start > slot.start:
        return None
    reached = windows[0].start
    for window in windows:
        if window.start > reached:
            return None  # a hole
        reached = max(reached, window.end)
    return windows[0].lease_id if reached >= slot.busy_until else None


def check_timing(service: ServiceRule, slot: Slot, now: datetime) -> None:
    if slot.start < now + timedelta(minutes=service.min_notice_minutes):
        raise SlotUnavailable("too_soon")
    if slot.start > now + timedelta(days=service.max_advance_days):
        raise SlotUnavailable("too_far")


def check_bookable(
    calendar: Calendar,
    slot: Slot,
    *,
    bookings: BookingIndex,
    now: datetime,
    others_leases: Sequence[Window] = (),
    seats: int = 1,
) -> None:
    """:class:`SlotUnavailable` unless ``seats`` more people may book ``slot`` at ``now``."""
    service = calendar.service(slot.service_id)
    check_timing(service, slot, now)
    if any(w.overlaps(slot.resource_id, slot.start, slot.busy_until) for w in others_leases):
        raise SlotUnavailable("leased_elsewhere")
    if seats_left(slot, service.capacity, bookings) < seats:
        raise SlotUnavailable("taken")


def free_slots(
    calendar: Calendar,
    service_id: str,
    day: date,
    *,
    bookings: BookingIndex,
    now: datetime,
    own_leases: Sequence[Window] = (),
    others_leases: Sequence[Window] = (),
) -> list[FreeSlot]:
    """The slots of ``service_id`` on local ``day`` that can still be booked at ``now``."""
    service = calendar.service(service_id)
    earliest = now + timedelta(minutes=service.min_notice_minutes)
    latest = now + timedelta(days=service.max_advance_days)
    result: list[FreeSlot] = []
    for slot in day_slots(calendar, service_id, day):
        if slot.start < earliest or slot.start > latest:
            continue
        if any(w.overlaps(slot.resource_id, slot.start, slot.busy_until) for w in others_leases):
            continue
        seats = seats_left(slot, service.capacity, bookings)
        if seats > 0:
            result.append(FreeSlot(slot, seats, covering_lease(slot, own_leases)))
    return result


def distinct_times(free: Sequence[FreeSlot]) -> list[FreeSlot]:
    """One entry per start time (the first resource wins; own-lease slots preferred) — what
    a citizen picks from: a time, not a staff member."""
    chosen: dict[datetime, FreeSlot] = {}
    for item in free:
        current = chosen.get(item.slot.start)
        if current is None or (item.final and not current.final):
            chosen[item.slot.start] = item
    return [chosen[start] for start in sorted(chosen)]


# --- lease windows ---------------------------------------------------------------------------


def lease_windows(
    calendar: Calendar, resource_id: str, day: date, block_minutes: int
) -> list[tuple[datetime, datetime]]:
    """The resource's opening time on ``day`` cut into blocks of ``block_minutes`` (wall
    clock, from each interval's start; the last block of an interval may be shorter)."""
    resource = calendar.resource(resource_id)
    if block_minutes % resource.grid_minutes:
        raise CalendarError("lease blocks must be a multiple of the resource's grid")
    zone = calendar.zone
    windows: list[tuple[datetime, datetime]] = []
    for interval in resource.hours.intervals_on(day):
        wall = datetime.combine(day, interval.start)
        end_wall = datetime.combine(day, interval.end)
        while wall < end_wall:
            upto = min(wall + timedelta(minutes=block_minutes), end_wall)
            start = first_instant_at_or_after(wall, zone)
            end = first_instant_at_or_after(upto, zone)
            if start < end:
                windows.append((start, end))
            wall = upto
    return windows


__all__ = [
    "Booked",
    "BookingIndex",
    "FreeSlot",
    "Slot",
    "SlotUnavailable",
    "Window",
    "check_bookable",
    "check_timing",
    "covering_lease",
    "day_slots",
    "distinct_times",
    "find_slot",
    "first_instant_at_or_after",
    "free_slots",
    "lease_windows",
    "local_day_range",
    "seats_left",
    "slot_key",
    "to_local",
    "wall_instants",
]
