"""Staff PIN hashing and the login lockout rules (pure)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core import staff_auth as sa
from kiosk.core.calendar import (
    Calendar,
    Interval,
    Resource,
    ResourceKind,
    ServiceRule,
    WeeklyHours,
    day_slots,
)
from kiosk.core.closures import Block, apply_block

CHEAP = 4  # log2 N for tests; the default cost is measured in tests/store/test_staff_login.py
T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "pin", ["12345", "12a456", "１２３４５６", "1234567890123", "111111", "123456"]
)
def test_weak_or_malformed_pins_are_refused(pin: str) -> None:
    with pytest.raises(sa.PinPolicyError):
        sa.check_pin_policy(pin)


def test_a_peppered_hash_verifies_only_the_right_pin_with_the_right_pepper() -> None:
    server = sa.hash_pin("482915", log2_n=CHEAP)
    assert sa.decode_pin_hash(server.encode()) == server
    pepper, other = sa.new_pepper(), sa.new_pepper()
    stored = sa.pepper_hash(server, pepper)
    assert stored.key != server.key and stored.salt == server.salt
    assert sa.verify_pin("482915", stored, pepper)
    assert not sa.verify_pin("482916", stored, pepper)
    assert not sa.verify_pin("482915", stored, other)
    assert not sa.verify_pin("482915", server, pepper)  # the unpeppered hash is useless here
    assert "482915" not in repr(stored) and stored.encode().split("$")[-1] not in repr(stored)


@pytest.mark.parametrize(
    "text", ["", "bcrypt$1$2$3$x$y", "scrypt$40$8$1$AAAAAAAAAAA=$" + "A" * 44, "scrypt$4$8$1$!!$!!"]
)
def test_damaged_hashes_are_refused(text: str) -> None:
    with pytest.raises(sa.PinHashError):
        sa.decode_pin_hash(text)


def test_five_wrong_pins_lock_for_30_s_and_each_lock_doubles() -> None:
    state = sa.LockoutState()
    now = T0
    for number, seconds in enumerate([30, 60, 120, 240], start=1):
        for attempt in range(sa.MAX_FAILURES):
            assert sa.remaining(state, now) == timedelta(0)
            state, lock = sa.after_failure(state, now)
            assert (lock is not None) == (attempt == sa.MAX_FAILURES - 1)
        assert lock is not None and lock.number == number
        assert sa.remaining(state, now) == timedelta(seconds=seconds)
        assert sa.remaining(state, now + timedelta(seconds=seconds - 1)) == timedelta(seconds=1)
        now += timedelta(seconds=seconds)
        assert sa.remaining(state, now) == timedelta(0)
    assert sa.after_success(state) == sa.LockoutState()


@given(st.integers(min_value=-5, max_value=200))
def test_lock_lengths_double_up_to_the_cap(number: int) -> None:
    length = sa.lock_duration(number)
    assert timedelta(0) <= length <= sa.LONGEST_LOCK
    if 1 <= number < 200:
        following = sa.lock_duration(number + 1)
        assert following == min(length * 2, sa.LONGEST_LOCK)


@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_a_clock_set_back_never_lengthens_a_lock(shift: int) -> None:
    state, _ = sa.LockoutState(failures=4), None
    state, lock = sa.after_failure(state, T0)
    assert lock is not None
    assert sa.remaining(state, T0 + timedelta(seconds=shift)) <= lock.duration


# --- blocking a time range ---------------------------------------------------------------------

BERLIN = ZoneInfo("Europe/Berlin")


def _calendar() -> Calendar:
    hours = WeeklyHours(tuple((w, Interval(time(8), time(18))) for w in range(7)),
                        holiday_state=None)  # fmt: skip
    resources = (
        Resource("amt", "Bürgerbüro", ResourceKind.VISITING_OFFICE, hours),
        Resource("rat", "Beratung", ResourceKind.STAFF, hours),
    )
    return Calendar("hub", resources, (ServiceRule("s", "S", 30, ("amt", "rat")),))


def _local(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), BERLIN).astimezone(UTC)


def test_blocking_an_afternoon_removes_exactly_its_slots_of_the_chosen_resource() -> None:
    cal = _calendar()
    day = date(2026, 12, 3)
    blocked = apply_block(cal, Block(("amt",), _local(day, 13), _local(day, 18), "Krank"))
    amt = [s for s in day_slots(blocked, "s", day) if s.resource_id == "amt"]
    rat = [s for s in day_slots(blocked, "s", day) if s.resource_id == "rat"]
    assert amt and all(s.end <= _local(day, 13) for s in amt)
    assert len(rat) == 20  # untouched
    assert len([s for s in day_slots(blocked, "s", day + timedelta(days=1))]) == 40
    assert blocked.resource("amt").hours.intervals_on(day) == (Interval(time(8), time(13)),)
    # Applying it twice changes nothing more; the JSON round trip keeps it.
    again = apply_block(blocked, Block(("amt",), _local(day, 13), _local(day, 18)))
    assert again.resource("amt").hours.intervals_on(day) == (Interval(time(8), time(13)),)


def test_a_block_over_several_days_closes_the_days_between() -> None:
    cal = _calendar()
    start, end = _local(date(2026, 12, 3), 12), _local(date(2026, 12, 5), 10)
    blocked = apply_block(cal, Block((), start, end))
    hours = blocked.resource("rat").hours
    assert hours.intervals_on(date(2026, 12, 3)) == (Interval(time(8), time(12)),)
    assert hours.intervals_on(date(2026, 12, 4)) == ()
    assert hours.intervals_on(date(2026, 12, 5)) == (Interval(time(10), time(18)),)
