"""Benchmark: one day's free slots right after a booking, for a hub with 10 resources and
90 days of opening hours (weekday mornings and afternoons, RP holidays).

    .venv/bin/python tests/bench/slots.py

Prints one JSON line. ``slots_p95_ms`` (the target is <= 10) is the pure computation the
server and the time picker share (:func:`kiosk.core.calendar.free_slots` over a booking index
of the whole 90 days); ``store_p95_ms`` is the same through the terminal's store
(:func:`kiosk.store.bookings.free_slots_on`: a real SQLite file with every booking, leases
and pulled records read per call).
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kiosk.core.calendar import (
    Booked,
    BookingIndex,
    Calendar,
    Interval,
    Resource,
    ResourceKind,
    ServiceRule,
    WeeklyHours,
    free_slots,
)

RESOURCES = 10
DAYS = 90
ROUNDS = 300


def hub_calendar() -> Calendar:
    weekly = tuple(
        (weekday, interval)
        for weekday in range(5)
        for interval in (Interval(clock(8), clock(12)), Interval(clock(13), clock(17, 30)))
    )
    resources = tuple(
        Resource(f"r{i}", f"Beratung {i}", ResourceKind.STAFF, WeeklyHours(weekly))
        for i in range(RESOURCES)
    )
    ids = tuple(r.id for r in resources)
    services = (
        ServiceRule("kurz", "Kurz", 15, ids, buffer_minutes=5, max_advance_days=DAYS,
                    min_notice_minutes=0),
        ServiceRule("lang", "Lang", 45, ids, buffer_minutes=15, max_advance_days=DAYS,
                    min_notice_minutes=0),
        ServiceRule("gruppe", "Gruppe", 60, ids[:2], capacity=8, max_advance_days=DAYS,
                    min_notice_minutes=0),
    )  # fmt: skip
    return Calendar("bench", resources, services)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> int:
    rng = random.Random(5)
    calendar = hub_calendar()
    now = datetime(2026, 11, 26, 7, tzinfo=UTC)
    first = now.astimezone(calendar.zone).date()
    days = [first + timedelta(days=d) for d in range(DAYS)]
    index = BookingIndex()
    booked: list[Booked] = []
    # Fill the calendar to about half before measuring.
    for day in days:
        for service in ("kurz", "lang"):
            free = free_slots(calendar, service, day, bookings=index, now=now)
            for item in rng.sample(free, len(free) // 4):
                probe = free_slots(calendar, service, day, bookings=index, now=now)
                if any(f.slot == item.slot for f in probe):
                    index.add(Booked.of(item.slot))
                    booked.append(Booked.of(item.slot))
    timings: list[float] = []
    for _ in range(ROUNDS):
        day = rng.choice(days)
        service = rng.choice(("kurz", "lang", "gruppe"))
        free = free_slots(calendar, service, day, bookings=index, now=now)
        if free:
            index.add(Booked.of(rng.choice(free).slot))
        started = time.perf_counter()
        free_slots(calendar, service, day, bookings=index, now=now)
        timings.append((time.perf_counter() - started) * 1000)
    store_timings = store_bench(calendar, booked, days, now, rng)
    print(json.dumps({
        "resources": RESOURCES, "days": DAYS, "bookings": len(booked), "rounds": ROUNDS,
        "slots_p95_ms": round(p95(timings), 3),
        "slots_median_ms": round(statistics.median(timings), 3),
        "store_p95_ms": round(p95(store_timings), 3),
        "store_median_ms": round(statistics.median(store_timings), 3),
    }))  # fmt: skip
    return 0


def store_bench(
    calendar: Calendar, booked: list[Booked], days: list[date], now: datetime, rng: random.Random
) -> list[float]:
    from sqlalchemy import insert

    from kiosk.store import bookings
    from kiosk.store.bookings import Booking, BookingRequest
    from kiosk.store.db import open_database
    from kiosk.store.schema import prepare_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kiosk.sqlite3"
        prepare_database(path, Path(tmp) / "backups")
        db = open_database(path)
        rows = [
            {"id": f"b{i}", "flow_key": f"f{i}", "code": f"C{i:07d}", "hub_id": "bench",
             "service_id": b.service_id, "resource_id": b.resource_id, "start": b.start,
             "end": b.busy_until, "busy_until": b.busy_until, "seats": 1, "lease_id": None,
             "state": "confirmed", "name": "X", "phone": None, "email": None,
             "verifier": "0" * 64, "outbox_entry_id": None, "created_at": now}
            for i, b in enumerate(booked)
        ]  # fmt: skip
        with db.write() as session:
            session.execute(insert(Booking), rows)
        timings: list[float] = []
        for round_index in range(100):
            day = rng.choice(days)
            free = bookings.free_slots_on(db, calendar, "kurz", day, terminal_id="t", now=now)
            if free:
                slot = rng.choice(free).slot
                request = BookingRequest("kurz", slot.resource_id, slot.start, "Bench",
                                         flow_key=f"bench-{round_index}")  # fmt: skip
                bookings.book(db, calendar, request, terminal_id="t", now=now)
            started = time.perf_counter()
            bookings.free_slots_on(db, calendar, "kurz", day, terminal_id="t", now=now)
            timings.append((time.perf_counter() - started) * 1000)
        db.dispose()
    return timings


if __name__ == "__main__":
    raise SystemExit(main())
