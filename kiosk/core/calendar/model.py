"""What a hub's appointment calendar is made of: resources, their hours, and services.

* A :class:`Resource` is whatever an appointment needs exclusively: a staff member, a room,
  or a visiting office (the Bürgerbüro's consultation hours at a hub). It has
  :class:`WeeklyHours` and a time grid (``grid_minutes``): slots and lease windows start on
  grid lines, so that what the server leases and what a terminal books line up.
* A :class:`ServiceRule` says how long an appointment for a service takes (``duration``), how
  much time the resource needs after it (``buffer``), how many people may book the same slot
  (``capacity``, e.g. a group advice session), which resources offer it, and how early/late it
  can be booked (``min_notice_minutes``, ``max_advance_days``).
* A :class:`Calendar` is one hub's set of both, in the hub's time zone (Europe/Berlin).

Wall-clock times (:class:`Interval`) are local; every instant (slot starts, bookings, leases)
is an aware UTC datetime. Calendars travel as JSON (:meth:`Calendar.to_json`,
:func:`calendar_from_json`) from the server to terminals.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core.calendar.holidays import STATES, holiday_name

DEFAULT_TIMEZONE: Final = "Europe/Berlin"
DEFAULT_HOLIDAY_STATE: Final = "RP"


class CalendarError(ValueError):
    """A calendar definition is inconsistent or not of the expected shape."""


class ResourceKind(StrEnum):
    STAFF = "staff"
    ROOM = "room"
    VISITING_OFFICE = "visiting_office"


@dataclass(frozen=True, order=True)
class Interval:
    """Open from ``start`` to ``end`` (local wall-clock times of one day, ``start < end``)."""

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise CalendarError("opening hours are wall-clock times without a zone")
        if not self.start < self.end:
            raise CalendarError(f"an interval must end after it starts ({self.start}-{self.end})")


@dataclass(frozen=True)
class DayException:
    """A date with other hours: ``intervals == ()`` closes it (a closure, a team day);
    otherwise it is open exactly then (shorter hours, or an extra day on a normally closed
    weekday)."""

    day: date
    intervals: tuple[Interval, ...] = ()
    note: str = ""


def _check_disjoint(intervals: Sequence[Interval], what: str) -> tuple[Interval, ...]:
    ordered = tuple(sorted(intervals))
    for before, after in itertools.pairwise(ordered):
        if after.start < before.end:
            raise CalendarError(f"{what}: intervals {before} and {after} overlap")
    return ordered


@dataclass(frozen=True)
class WeeklyHours:
    """Weekly opening hours with dated exceptions; closed on ``holiday_state``'s holidays.

    Public holidays always close (a municipal service does not open on Pfingstmontag); an
    exception cannot reopen one. ``holiday_state=None`` ignores holidays (e.g. a test).
    """

    weekly: tuple[tuple[int, Interval], ...] = ()
    """(weekday 0=Monday..6=Sunday, interval)."""
    exceptions: tuple[DayException, ...] = ()
    holiday_state: str | None = DEFAULT_HOLIDAY_STATE
    _by_weekday: dict[int, tuple[Interval, ...]] = field(
        init=False, repr=False, compare=False, hash=False
    )
    _by_date: dict[date, tuple[Interval, ...]] = field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        if self.holiday_state is not None and self.holiday_state not in STATES:
            raise CalendarError(f"unknown German state {self.holiday_state!r}")
        by_weekday: dict[int, tuple[Interval, ...]] = {}
        for weekday in range(7):
            day_intervals = [i for w, i in self.weekly if w == weekday]
            by_weekday[weekday] = _check_disjoint(day_intervals, f"weekday {weekday}")
        if any(not 0 <= w <= 6 for w, _ in self.weekly):
            raise CalendarError("weekday must be 0 (Monday) .. 6 (Sunday)")
        by_date: dict[date, tuple[Interval, ...]] = {}
        for exception in self.exceptions:
            if exception.day in by_date:
                raise CalendarError(f"two exceptions for {exception.day}")
            by_date[exception.day] = _check_disjoint(exception.intervals, str(exception.day))
        object.__setattr__(self, "_by_weekday", by_weekday)
        object.__setattr__(self, "_by_date", by_date)

    def is_holiday(self, day: date) -> bool:
        return self.holiday_state is not None and holiday_name(day, self.holiday_state) is not None

    def intervals_on(self, day: date) -> tuple[Interval, ...]:
        """The opening intervals of one local calendar day, sorted and disjoint."""
        if self.is_holiday(day):
            return ()
        exception = self._by_date.get(day)
        if exception is not None:
            return exception
        return self._by_weekday[day.weekday()]


@dataclass(frozen=True)
class Resource:
    id: str
    name: str
    kind: ResourceKind
    hours: WeeklyHours
    grid_minutes: int = 5
    """Slots and lease windows start on this grid (from each interval's start)."""

    def __post_init__(self) -> None:
        if not self.id:
            raise CalendarError("a resource needs an id")
        if not 1 <= self.grid_minutes <= 60:
            raise CalendarError(f"{self.id}: grid_minutes must be 1..60")


@dataclass(frozen=True)
class ServiceRule:
    """How a service is booked."""

    id: str
    name: str
    duration_minutes: int
    resource_ids: tuple[str, ...]
    buffer_minutes: int = 0
    capacity: int = 1
    min_notice_minutes: int = 120
    max_advance_days: int = 60
    step_minutes: int | None = None
    """Distance between slot starts; default: duration + buffer (back to back)."""
    what_to_bring: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.id:
            raise CalendarError("a service needs an id")
        if not 5 <= self.duration_minutes <= 8 * 60:
            raise CalendarError(f"{self.id}: duration must be 5..480 minutes")
        if not 0 <= self.buffer_minutes <= 240:
            raise CalendarError(f"{self.id}: buffer must be 0..240 minutes")
        if not 1 <= self.capacity <= 100:
            raise CalendarError(f"{self.id}: capacity must be 1..100")
        if not 0 <= self.min_notice_minutes <= 60 * 24 * 60:
            raise CalendarError(f"{self.id}: minimum notice out of range")
        if not 1 <= self.max_advance_days <= 730:
            raise CalendarError(f"{self.id}: maximum advance must be 1..730 days")
        if self.step_minutes is not None and not 1 <= self.step_minutes <= 8 * 60:
            raise CalendarError(f"{self.id}: step must be 1..480 minutes")
        if not self.resource_ids:
            raise CalendarError(f"{self.id}: no resource offers this service")

    @property
    def step(self) -> int:
        return self.step_minutes or self.duration_minutes + self.buffer_minutes


@dataclass(frozen=True)
class Calendar:
    """One hub's bookable resources and services."""

    hub_id: str
    resources: tuple[Resource, ...]
    services: tuple[ServiceRule, ...]
    timezone: str = DEFAULT_TIMEZONE
    _resources: dict[str, Resource] = field(init=False, repr=False, compare=False, hash=False)
    _services: dict[str, ServiceRule] = field(init=False, repr=False, compare=False, hash=False)
    _zone: ZoneInfo = field(init=False, repr=False, compare=False, hash=False)
    cache: dict[Any, Any] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )
    """Derived values (a day's slots) memoised by :mod:`kiosk.core.calendar.slots`."""

    def __post_init__(self) -> None:
        resources = {r.id: r for r in self.resources}
        services = {s.id: s for s in self.services}
        if len(resources) != len(self.resources):
            raise CalendarError("resource ids must be unique")
        if len(services) != len(self.services):
            raise CalendarError("service ids must be unique")
        for service in self.services:
            for resource_id in service.resource_ids:
                if resource_id not in resources:
                    raise CalendarError(f"{service.id}: unknown resource {resource_id!r}")
                grid = resources[resource_id].grid_minutes
                if service.step % grid:
                    raise CalendarError(
                        f"{service.id}: step {service.step} is not a multiple of the grid "
                        f"({grid} minutes) of {resource_id}"
                    )
        try:
            zone = ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise CalendarError(f"unknown time zone {self.timezone!r}") from None
        object.__setattr__(self, "_resources", resources)
        object.__setattr__(self, "_services", services)
        object.__setattr__(self, "_zone", zone)

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def resource(self, resource_id: str) -> Resource:
        try:
            return self._resources[resource_id]
        except KeyError:
            raise CalendarError(f"unknown resource {resource_id!r}") from None

    def service(self, service_id: str) -> ServiceRule:
        try:
            return self._services[service_id]
        except KeyError:
            raise CalendarError(f"unknown service {service_id!r}") from None

    def has_service(self, service_id: str) -> bool:
        return service_id in self._services

    # --- JSON -------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "hub_id": self.hub_id,
            "timezone": self.timezone,
            "resources": [_resource_json(r) for r in self.resources],
            "services": [_service_json(s) for s in self.services],
        }


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


def _interval_json(interval: Interval) -> list[str]:
    return [_hhmm(interval.start), _hhmm(interval.end)]


def _resource_json(resource: Resource) -> dict[str, Any]:
    hours = resource.hours
    return {
        "id": resource.id,
        "name": resource.name,
        "kind": resource.kind.value,
        "grid_minutes": resource.grid_minutes,
        "holiday_state": hours.holiday_state,
        "weekly": [[w, *_interval_json(i)] for w, i in hours.weekly],
        "exceptions": [
            {
                "date": e.day.isoformat(),
                "intervals": [_interval_json(i) for i in e.intervals],
                "note": e.note,
            }
            for e in hours.exceptions
        ],
    }


def _service_json(service: ServiceRule) -> dict[str, Any]:
    return {
        "id": service.id,
        "name": service.name,
        "duration_minutes": service.duration_minutes,
        "buffer_minutes": service.buffer_minutes,
        "capacity": service.capacity,
        "resource_ids": list(service.resource_ids),
        "min_notice_minutes": service.min_notice_minutes,
        "max_advance_days": service.max_advance_days,
        "step_minutes": service.step_minutes,
        "what_to_bring": list(service.what_to_bring),
    }


def _get(obj: object, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(obj, Mapping) or key not in obj:
        raise CalendarError(f"{where}: {key!r} is missing")
    value = obj[key]
    if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
        raise CalendarError(f"{where}.{key}: wrong type")
    return value


def _time(text: object, where: str) -> time:
    if not isinstance(text, str):
        raise CalendarError(f"{where}: expected HH:MM")
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise CalendarError(f"{where}: {text!r} is not HH:MM") from None


def _interval(value: object, where: str) -> Interval:
    if not isinstance(value, list) or len(value) != 2:
        raise CalendarError(f"{where}: expected [start, end]")
    return Interval(_time(value[0], where), _time(value[1], where))


def calendar_from_json(value: object) -> Calendar:
    """Parse :meth:`Calendar.to_json`; :class:`CalendarError` on any problem."""
    try:
        resources = []
        for index, raw in enumerate(_get(value, "resources", list, "$")):
            where = f"$.resources[{index}]"
            weekly = []
            for w_index, item in enumerate(_get(raw, "weekly", list, where)):
                if not isinstance(item, list) or len(item) != 3 or type(item[0]) is not int:
                    raise CalendarError(f"{where}.weekly[{w_index}]: expected [weekday, s, e]")
                weekly.append((item[0], _interval(item[1:], f"{where}.weekly[{w_index}]")))
            exceptions = []
            for e_index, item in enumerate(_get(raw, "exceptions", list, where)):
                e_where = f"{where}.exceptions[{e_index}]"
                try:
                    day = date.fromisoformat(_get(item, "date", str, e_where))
                except ValueError:
                    raise CalendarError(f"{e_where}.date: not a date") from None
                intervals = tuple(
                    _interval(i, e_where) for i in _get(item, "intervals", list, e_where)
                )
                note = item.get("note", "") if isinstance(item.get("note", ""), str) else ""
                exceptions.append(DayException(day, intervals, note))
            state = raw.get("holiday_state") if isinstance(raw, Mapping) else None
            if state is not None and not isinstance(state, str):
                raise CalendarError(f"{where}.holiday_state: wrong type")
            try:
                kind = ResourceKind(_get(raw, "kind", str, where))
            except ValueError:
                raise CalendarError(f"{where}.kind: unknown kind") from None
            resources.append(
                Resource(
                    id=_get(raw, "id", str, where),
                    name=_get(raw, "name", str, where),
                    kind=kind,
                    hours=WeeklyHours(tuple(weekly), tuple(exceptions), state),
                    grid_minutes=_get(raw, "grid_minutes", int, where),
                )
            )
        services = []
        for index, raw in enumerate(_get(value, "services", list, "$")):
            where = f"$.services[{index}]"
            step = raw.get("step_minutes") if isinstance(raw, Mapping) else None
            if step is not None and (type(step) is not int):
                raise CalendarError(f"{where}.step_minutes: wrong type")
            ids = _get(raw, "resource_ids", list, where)
            bring = raw.get("what_to_bring", []) if isinstance(raw, Mapping) else []
            if not all(isinstance(i, str) for i in [*ids, *bring]):
                raise CalendarError(f"{where}: lists must hold text")
            services.append(
                ServiceRule(
                    id=_get(raw, "id", str, where),
                    name=_get(raw, "name", str, where),
                    duration_minutes=_get(raw, "duration_minutes", int, where),
                    buffer_minutes=_get(raw, "buffer_minutes", int, where),
                    capacity=_get(raw, "capacity", int, where),
                    resource_ids=tuple(ids),
                    min_notice_minutes=_get(raw, "min_notice_minutes", int, where),
                    max_advance_days=_get(raw, "max_advance_days", int, where),
                    step_minutes=step,
                    what_to_bring=tuple(bring),
                )
            )
        return Calendar(
            hub_id=_get(value, "hub_id", str, "$"),
            timezone=_get(value, "timezone", str, "$"),
            resources=tuple(resources),
            services=tuple(services),
        )
    except (TypeError, AttributeError) as exc:
        raise CalendarError(f"not a calendar: {exc}") from None


__all__ = [
    "DEFAULT_HOLIDAY_STATE",
    "DEFAULT_TIMEZONE",
    "Calendar",
    "CalendarError",
    "DayException",
    "Interval",
    "Resource",
    "ResourceKind",
    "ServiceRule",
    "WeeklyHours",
    "calendar_from_json",
]
