"""'Open now' and 'opens tomorrow at 8:00': across midnight, on holidays, over DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.content import HoursException, OpeningHours, TimeRange, WeeklyInterval
from kiosk.core.opening_hours import open_state

BERLIN = ZoneInfo("Europe/Berlin")

# Monday to Friday 8:00–12:00, Tuesday also 14:00–18:00.
OFFICE = OpeningHours(
    weekly=(
        *(WeeklyInterval(d, time(8), time(12)) for d in range(5)),
        WeeklyInterval(1, time(14), time(18)),
    ),
    exceptions=(
        HoursException(date(2026, 12, 24), True, (), None),  # Heiligabend: closed
        HoursException(date(2026, 12, 31), False, (TimeRange(time(9), time(11)),), None),
    ),
)
# A late-night service: Friday 22:00 to Saturday 02:00, written as two intervals.
LATE = OpeningHours(
    weekly=(WeeklyInterval(4, time(22), time(23, 59)), WeeklyInterval(5, time(0), time(2)))
)


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def test_open_now_until_noon() -> None:
    state = open_state(OFFICE, at(2026, 11, 26, 9, 30))  # a Thursday
    assert state.is_open and state.until == at(2026, 11, 26, 12)


def test_closed_at_lunch_opens_again_the_same_day() -> None:
    state = open_state(OFFICE, at(2026, 11, 24, 12, 0))  # Tuesday noon: closing time is closed
    assert not state.is_open
    assert state.next_open == at(2026, 11, 24, 14) and state.days_until_next_open == 0


def test_closed_in_the_evening_opens_tomorrow_at_eight() -> None:
    state = open_state(OFFICE, at(2026, 11, 26, 19))
    assert state.next_open == at(2026, 11, 27, 8) and state.days_until_next_open == 1


def test_friday_evening_opens_on_monday() -> None:
    state = open_state(OFFICE, at(2026, 11, 27, 12, 1))
    assert state.next_open == at(2026, 11, 30, 8) and state.days_until_next_open == 3


def test_open_across_midnight() -> None:
    before = open_state(LATE, at(2026, 11, 27, 23, 30))  # Friday night
    assert before.is_open and before.until == at(2026, 11, 28, 2)
    after = open_state(LATE, at(2026, 11, 28, 0, 30))  # Saturday, after midnight
    assert after.is_open and after.until == at(2026, 11, 28, 2)
    closed = open_state(LATE, at(2026, 11, 28, 2))
    assert not closed.is_open and closed.next_open == at(2026, 12, 4, 22)


def test_a_holiday_is_closed_and_the_next_day_opens() -> None:
    state = open_state(OFFICE, at(2026, 12, 24, 9))  # a Thursday, but Heiligabend
    assert not state.is_open
    assert state.next_open == at(2026, 12, 25, 8)  # no exception on the 25th in this pack


def test_an_exception_with_short_hours() -> None:
    assert not open_state(OFFICE, at(2026, 12, 31, 8, 30)).is_open  # Thursday, opens at 9
    state = open_state(OFFICE, at(2026, 12, 31, 10))
    assert state.is_open and state.until == at(2026, 12, 31, 11)


def test_spring_forward_keeps_wall_clock_times() -> None:
    # 2027-03-28 (Sunday) at 02:00 clocks jump to 03:00 (CET +1 -> CEST +2).
    sunday_evening = datetime(2027, 3, 28, 18, 0, tzinfo=UTC)  # 20:00 CEST
    state = open_state(OFFICE, sunday_evening)
    assert state.next_open == at(2027, 3, 29, 8)
    assert state.next_open.utcoffset() == timedelta(hours=2)
    assert state.days_until_next_open == 1
    # 06:30 UTC on Monday is 08:30 in Berlin (summer time): open. With winter time it'd be 07:30.
    assert open_state(OFFICE, datetime(2027, 3, 29, 6, 30, tzinfo=UTC)).is_open


def test_fall_back_keeps_wall_clock_times() -> None:
    # 2026-10-25 (Sunday) at 03:00 clocks go back to 02:00 (CEST +2 -> CET +1).
    monday_early = datetime(2026, 10, 26, 6, 30, tzinfo=UTC)  # 07:30 CET, not 08:30
    state = open_state(OFFICE, monday_early)
    assert not state.is_open and state.next_open == at(2026, 10, 26, 8)
    assert state.next_open.utcoffset() == timedelta(hours=1)


def test_no_hours_at_all() -> None:
    state = open_state(OpeningHours(), at(2026, 11, 26, 9))
    assert not state.is_open and state.next_open is None and not state.has_hours


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        open_state(OFFICE, datetime(2026, 11, 26, 9))


clocks = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))


@st.composite
def weekly_hours(draw: st.DrawFn) -> OpeningHours:
    intervals = []
    for weekday in range(7):
        if draw(st.booleans()):
            start, end = sorted(draw(st.lists(clocks, min_size=2, max_size=2, unique=True)))
            intervals.append(WeeklyInterval(weekday, start, end))
    return OpeningHours(weekly=tuple(intervals))


moments = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)


@given(weekly_hours(), moments)
def test_the_answer_is_consistent(hours: OpeningHours, now: datetime) -> None:
    state = open_state(hours, now)
    local = now.astimezone(BERLIN)
    inside = any(
        i.start <= local.time().replace(tzinfo=None) < i.end
        for i in hours.intervals_on(local.date())
    )
    assert state.is_open == inside
    if state.is_open:
        assert state.until is not None and state.until > local
    elif state.next_open is not None:
        assert state.next_open > local
        assert open_state(hours, state.next_open).is_open
        # nothing opens in between: check the start of every day in between and now + 1 min
        assert not open_state(hours, local + timedelta(minutes=1)).is_open or (
            state.next_open - local <= timedelta(minutes=1)
        )
    else:
        assert hours.weekly == ()
