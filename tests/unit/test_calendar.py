"""The calendar's rules: holidays, opening hours, slots across DST, capacity, leases."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.calendar import (
    STATES,
    Booked,
    BookingIndex,
    Calendar,
    CalendarError,
    DayException,
    Interval,
    Resource,
    ResourceKind,
    ServiceRule,
    SlotUnavailable,
    WeeklyHours,
    Window,
    calendar_from_json,
    check_bookable,
    day_slots,
    distinct_times,
    easter_sunday,
    find_slot,
    free_slots,
    lease_windows,
    public_holidays,
    wall_instants,
)
from kiosk.core.calendar.slots import first_instant_at_or_after

BERLIN = ZoneInfo("Europe/Berlin")
SPRING_FORWARD = date(2026, 3, 29)
FALL_BACK = date(2026, 10, 25)

# --- holidays ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2000, date(2000, 4, 23)), (2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)),
     (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28)),
     (2038, date(2038, 4, 25)), (2285, date(2285, 3, 22))],
)  # fmt: skip
def test_easter_dates(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


@given(st.integers(1900, 2400))
def test_easter_is_a_sunday_in_its_window(year: int) -> None:
    easter = easter_sunday(year)
    assert easter.weekday() == 6
    assert date(year, 3, 22) <= easter <= date(year, 4, 25)


def test_rhineland_palatinate_2026() -> None:
    assert sorted(public_holidays(2026, "RP")) == [
        date(2026, 1, 1), date(2026, 4, 3), date(2026, 4, 6), date(2026, 5, 1),
        date(2026, 5, 14), date(2026, 5, 25), date(2026, 6, 4), date(2026, 10, 3),
        date(2026, 11, 1), date(2026, 12, 25), date(2026, 12, 26),
    ]  # fmt: skip
    assert public_holidays(2026, "RP")[date(2026, 6, 4)] == "Fronleichnam"


def test_state_specific_holidays() -> None:
    assert date(2025, 11, 19) in public_holidays(2025, "SN")  # Buß- und Bettag
    assert date(2026, 11, 18) in public_holidays(2026, "SN")
    assert date(2026, 10, 31) in public_holidays(2026, "NI")
    assert date(2026, 10, 31) not in public_holidays(2026, "RP")
    assert date(2026, 1, 6) in public_holidays(2026, "BY")
    assert date(2026, 3, 8) in public_holidays(2026, "BE")
    assert date(2026, 9, 20) in public_holidays(2026, "TH")
    assert date(2026, 8, 15) in public_holidays(2026, "SL")
    assert date(2017, 10, 31) in public_holidays(2017, "RP")  # 500 years of the Reformation
    with pytest.raises(ValueError):
        public_holidays(2026, "XX")


@given(st.integers(1995, 2100), st.sampled_from(STATES))
def test_every_state_has_the_nine_national_holidays(year: int, state: str) -> None:
    days = public_holidays(year, state)
    easter = easter_sunday(year)
    for day in (date(year, 1, 1), easter - timedelta(2), easter + timedelta(1), date(year, 5, 1),
                easter + timedelta(39), easter + timedelta(50), date(year, 10, 3),
                date(year, 12, 25), date(year, 12, 26)):  # fmt: skip
        assert day in days


# --- strategies ----------------------------------------------------------------------------

GRID = 5


@st.composite
def intervals(draw: st.DrawFn, max_count: int = 2) -> tuple[Interval, ...]:
    """Disjoint intervals on the 5-minute grid, night hours included (to meet DST)."""
    marks = sorted(draw(st.sets(st.integers(0, 24 * 60 // GRID - 1), max_size=2 * max_count)))
    if len(marks) % 2:
        marks = marks[:-1]
    result = []
    for a, b in zip(marks[::2], marks[1::2], strict=True):
        result.append(Interval(_time(a * GRID), _time(b * GRID)))
    return tuple(result)


def _time(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


DAYS = st.one_of(
    st.sampled_from([SPRING_FORWARD, FALL_BACK, date(2026, 6, 4), date(2026, 12, 25),
                     date(2027, 3, 28), date(2027, 10, 31)]),
    st.dates(date(2026, 1, 1), date(2027, 12, 31)),
)  # fmt: skip


@st.composite
def calendars(draw: st.DrawFn) -> Calendar:
    resources = []
    for index in range(draw(st.integers(1, 3))):
        weekly = tuple(
            (weekday, interval) for weekday in range(7) for interval in draw(intervals())
        )
        exception_days = draw(st.sets(DAYS, max_size=3))
        exceptions = tuple(DayException(day, draw(intervals())) for day in exception_days)
        state = draw(st.sampled_from(["RP", "RP", *STATES]))
        resources.append(
            Resource(f"r{index}", f"R{index}", ResourceKind.STAFF,
                     WeeklyHours(weekly, exceptions, state), grid_minutes=GRID)
        )  # fmt: skip
    services = []
    for index in range(draw(st.integers(1, 3))):
        duration = draw(st.integers(1, 24)) * GRID
        buffer = draw(st.integers(0, 6)) * GRID
        step = draw(st.one_of(st.none(), st.integers(1, 12).map(lambda n: n * GRID)))
        ids = draw(st.lists(st.sampled_from([r.id for r in resources]), min_size=1, unique=True))
        services.append(
            ServiceRule(f"s{index}", f"S{index}", duration, tuple(ids), buffer_minutes=buffer,
                        capacity=draw(st.integers(1, 3)), min_notice_minutes=0,
                        max_advance_days=730, step_minutes=step)
        )  # fmt: skip
    return Calendar("hub", tuple(resources), tuple(services))


# --- slot generation -----------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(calendars(), DAYS)
def test_slots_lie_inside_opening_hours_and_never_on_a_holiday(cal: Calendar, day: date) -> None:
    for service in cal.services:
        labels: Counter[tuple[str, datetime]] = Counter()
        for slot in day_slots(cal, service.id, day):
            resource = cal.resource(slot.resource_id)
            local = slot.start.astimezone(BERLIN)
            wall = local.replace(tzinfo=None)
            assert local.date() == day
            assert not resource.hours.is_holiday(day)
            # A real, first-occurrence local time: never in the spring gap, never the repeat.
            assert wall_instants(wall, BERLIN)[0] == slot.start
            inside = [i for i in resource.hours.intervals_on(day)
                      if i.start <= wall.time() < i.end]  # fmt: skip
            assert len(inside) == 1
            closing = first_instant_at_or_after(datetime.combine(day, inside[0].end), BERLIN)
            assert slot.end - slot.start == timedelta(minutes=service.duration_minutes)
            assert slot.start < slot.end <= closing
            assert slot.end <= slot.busy_until <= max(closing, slot.end)
            labels[(slot.resource_id, wall)] += 1
        assert all(count == 1 for count in labels.values())


def _night_calendar(duration: int = 30) -> Calendar:
    night = WeeklyHours(tuple((w, Interval(time(0, 0), time(6, 0))) for w in range(7)),
                        holiday_state=None)  # fmt: skip
    return Calendar(
        "hub",
        (Resource("r", "R", ResourceKind.ROOM, night, grid_minutes=GRID),),
        (ServiceRule("s", "S", duration, ("r",)),),
    )


def test_spring_forward_has_no_slot_in_the_missing_hour() -> None:
    cal = _night_calendar()
    slots = day_slots(cal, "s", SPRING_FORWARD)
    walls = [s.start.astimezone(BERLIN).strftime("%H:%M") for s in slots]
    assert walls == ["00:00", "00:30", "01:00", "01:30", "03:00", "03:30", "04:00", "04:30",
                     "05:00", "05:30"]  # fmt: skip


def test_fall_back_lists_the_repeated_hour_once() -> None:
    cal = _night_calendar()
    slots = day_slots(cal, "s", FALL_BACK)
    walls = [s.start.astimezone(BERLIN).strftime("%H:%M") for s in slots]
    assert walls == ["00:00", "00:30", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30",
                     "04:00", "04:30", "05:00", "05:30"]  # fmt: skip
    assert len({s.start for s in slots}) == len(slots)
    # 02:30 is its first occurrence (summer time, UTC+2).
    assert slots[5].start == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    # Durations are elapsed time even across the change.
    assert all(s.end - s.start == timedelta(minutes=30) for s in slots)


# --- availability --------------------------------------------------------------------------

NOW = datetime(2025, 12, 1, tzinfo=UTC)


@settings(max_examples=120, deadline=None)
@given(calendars(), st.lists(DAYS, min_size=1, max_size=3), st.data())
def test_booking_through_the_rules_never_exceeds_capacity(
    cal: Calendar, days: list[date], data: st.DataObject
) -> None:
    index = BookingIndex()
    booked: list[Booked] = []
    for _ in range(data.draw(st.integers(1, 25))):
        service = data.draw(st.sampled_from(cal.services))
        day = data.draw(st.sampled_from(days))
        free = free_slots(cal, service.id, day, bookings=index, now=NOW)
        if not free:
            continue
        choice = data.draw(st.sampled_from(free))
        check_bookable(cal, choice.slot, bookings=index, now=NOW)  # agrees with free_slots
        item = Booked.of(choice.slot)
        index.add(item)
        booked.append(item)
        # A slot that is full or overlapped is refused, never booked twice over capacity.
        taken = [s for s in day_slots(cal, service.id, day)
                 if s not in {f.slot for f in free_slots(cal, service.id, day,
                                                        bookings=index, now=NOW)}]  # fmt: skip
        for slot in taken[:5]:
            with pytest.raises(SlotUnavailable):
                check_bookable(cal, slot, bookings=index, now=NOW)
    for a in booked:
        overlapping = [b for b in booked if b.resource_id == a.resource_id
                       and b.start < a.busy_until and a.start < b.busy_until]  # fmt: skip
        assert all(b.service_id == a.service_id and b.start == a.start for b in overlapping)
        assert len(overlapping) <= cal.service(a.service_id).capacity


def _office() -> Calendar:
    hours = WeeklyHours(((0, Interval(time(9), time(12))), (2, Interval(time(14), time(18)))),
                        (DayException(date(2026, 12, 5), (Interval(time(10), time(11)),)),
                         DayException(date(2026, 12, 7))))  # fmt: skip
    return Calendar(
        "hub",
        (Resource("amt", "Bürgerbüro", ResourceKind.VISITING_OFFICE, hours, grid_minutes=5),),
        (ServiceRule("ausweis", "Ausweis", 20, ("amt",), buffer_minutes=5),
         ServiceRule("kurs", "Kurs", 60, ("amt",), capacity=3, min_notice_minutes=60,
                     max_advance_days=30)),
    )  # fmt: skip


def _at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), BERLIN).astimezone(UTC)


def test_weekly_hours_exceptions_and_extra_days() -> None:
    cal = _office()
    monday, closed_monday, saturday = date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 5)
    walls = [
        s.start.astimezone(BERLIN).strftime("%H:%M") for s in day_slots(cal, "ausweis", monday)
    ]
    assert walls == ["09:00", "09:25", "09:50", "10:15", "10:40", "11:05", "11:30"]
    assert day_slots(cal, "ausweis", closed_monday) == ()
    assert [s.start for s in day_slots(cal, "ausweis", saturday)] == [
        _at(saturday, 10), _at(saturday, 10, 25)]  # fmt: skip
    assert day_slots(cal, "ausweis", date(2026, 12, 1)) == ()  # Tuesday: closed
    # Allerheiligen 2027 is a Monday: closed in Rhineland-Palatinate.
    assert day_slots(cal, "ausweis", date(2027, 11, 1)) == ()


def test_notice_advance_capacity_and_overlap() -> None:
    cal = _office()
    wednesday = date(2026, 12, 2)
    now = _at(wednesday, 13, 30)
    kurs = free_slots(cal, "kurs", wednesday, bookings=BookingIndex(), now=now)
    # 60 minutes notice: 14:00 is too soon, 15:00 fine.
    assert [f.slot.start for f in kurs] == [_at(wednesday, 15), _at(wednesday, 16),
                                            _at(wednesday, 17)]  # fmt: skip
    slot = find_slot(cal, "kurs", "amt", _at(wednesday, 15))
    index = BookingIndex.of([Booked.of(slot), Booked.of(slot)])
    assert free_slots(cal, "kurs", wednesday, bookings=index, now=now)[0].seats_left == 1
    index.add(Booked.of(slot))
    with pytest.raises(SlotUnavailable, match="taken"):
        check_bookable(cal, slot, bookings=index, now=now)
    # The group session blocks the overlapping individual appointments.
    ausweis = free_slots(cal, "ausweis", wednesday, bookings=index, now=now)
    assert all(not (_at(wednesday, 15) <= f.slot.start < _at(wednesday, 16)) for f in ausweis)
    assert any(f.slot.start == _at(wednesday, 14, 50) for f in ausweis) is False  # buffer
    with pytest.raises(SlotUnavailable, match="too_soon"):
        check_bookable(cal, find_slot(cal, "kurs", "amt", _at(wednesday, 14)),
                       bookings=BookingIndex(), now=now)  # fmt: skip
    far = date(2027, 1, 13)
    with pytest.raises(SlotUnavailable, match="too_far"):
        check_bookable(cal, find_slot(cal, "kurs", "amt", _at(far, 15)),
                       bookings=BookingIndex(), now=now)  # fmt: skip
    with pytest.raises(SlotUnavailable, match="not_a_slot"):
        find_slot(cal, "kurs", "amt", _at(wednesday, 15, 5))


def test_leases_final_inside_own_and_hidden_inside_others() -> None:
    cal = _office()
    monday = date(2026, 11, 30)
    now = _at(date(2026, 11, 26), 9)
    windows = lease_windows(cal, "amt", monday, 60)
    assert [(a.astimezone(BERLIN).hour, b.astimezone(BERLIN).hour) for a, b in windows] == [
        (9, 10), (10, 11), (11, 12)]  # fmt: skip
    own = [Window("amt", *windows[0], lease_id="L1", owner="t1")]
    other = [Window("amt", *windows[2], lease_id="L2", owner="t2")]
    free = free_slots(cal, "ausweis", monday, bookings=BookingIndex(), now=now,
                      own_leases=own, others_leases=other)  # fmt: skip
    by_wall = {f.slot.start.astimezone(BERLIN).strftime("%H:%M"): f for f in free}
    assert by_wall["09:00"].lease_id == "L1" and by_wall["09:25"].final
    assert not by_wall["09:50"].final  # its buffer reaches past the own window
    assert by_wall["10:15"].lease_id is None  # unleased: provisional
    # Leased to another terminal, or its buffer reaches into that lease: not offered.
    assert sorted(by_wall) == ["09:00", "09:25", "09:50", "10:15"]
    with pytest.raises(SlotUnavailable, match="leased_elsewhere"):
        check_bookable(cal, find_slot(cal, "ausweis", "amt", _at(monday, 10, 40)),
                       bookings=BookingIndex(), now=now, others_leases=other)  # fmt: skip


def test_distinct_times_prefers_the_final_slot() -> None:
    hours = WeeklyHours(((0, Interval(time(9), time(10))),))
    cal = Calendar(
        "hub",
        tuple(Resource(r, r, ResourceKind.STAFF, hours) for r in ("a", "b")),
        (ServiceRule("s", "S", 30, ("a", "b")),),
    )
    monday = date(2026, 11, 30)
    own = [Window("b", _at(monday, 9), _at(monday, 10), lease_id="L")]
    now = _at(date(2026, 11, 26), 9)
    free = free_slots(cal, "s", monday, bookings=BookingIndex(), now=now, own_leases=own)
    assert len(free) == 4
    picked = distinct_times(free)
    assert [f.slot.resource_id for f in picked] == ["b", "b"]


@settings(max_examples=50, deadline=None)
@given(calendars())
def test_calendar_json_round_trip(cal: Calendar) -> None:
    assert calendar_from_json(cal.to_json()) == cal


@pytest.mark.parametrize(
    "broken",
    [{}, {"hub_id": "h", "timezone": "Mars/Base", "resources": [], "services": []},
     {"hub_id": "h", "timezone": "Europe/Berlin", "resources": [],
      "services": [{"id": "s", "name": "S", "duration_minutes": 20, "buffer_minutes": 0,
                    "capacity": 1, "resource_ids": ["nope"], "min_notice_minutes": 0,
                    "max_advance_days": 10}]},
     {"hub_id": "h", "timezone": "Europe/Berlin", "resources": [{"id": 3}], "services": []},
     [1, 2]],
)  # fmt: skip
def test_broken_calendar_json_is_refused(broken: object) -> None:
    with pytest.raises(CalendarError):
        calendar_from_json(broken)


def test_inconsistent_definitions_are_refused() -> None:
    with pytest.raises(CalendarError):
        Interval(time(10), time(9))
    with pytest.raises(CalendarError):
        WeeklyHours(((0, Interval(time(9), time(11))), (0, Interval(time(10), time(12)))))
    with pytest.raises(CalendarError):
        ServiceRule("s", "S", 2, ("r",))


def test_demo_pack_calendar() -> None:
    from pathlib import Path

    from kiosk.core.calendar.from_content import calendar_from_content
    from kiosk.core.content import load_content_pack

    root = Path(__file__).resolve().parents[2]
    pack = load_content_pack(root / "resources" / "demo" / "content-pack.json")
    cal = calendar_from_content(pack, "regio-hub-hohenwald")
    assert cal.service("personalausweis").resource_ids == ("buergerbuero",)
    assert cal.resource("buergerbuero").kind is ResourceKind.VISITING_OFFICE
    assert cal.service("personalausweis").what_to_bring  # the documents to bring
    assert calendar_from_json(cal.to_json()) == cal
    # Christmas Eve is closed by the pack's exceptions, Christmas Day is a holiday anyway.
    assert day_slots(cal, "personalausweis", date(2026, 12, 24)) == ()
