"""Blocking a time range of a hub's calendar (a closure, a sick day, an afternoon).

A block is turned into dated opening-hour exceptions (:class:`DayException`): on each local day
the range touches, the resource keeps only the opening intervals outside the range. Slots are
generated from opening hours, so a blocked range offers no slot anywhere (terminal or server)
without a new rule in the slot code. The same function runs on the terminal (at once, offline)
and on the server (when the block arrives), so both compute the same calendar.

Bookings already made inside the range are *not* touched here: staff call those citizens
(:func:`affected`) and cancel or move them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from kiosk.core.calendar import Calendar, CalendarError, DayException, Interval, Resource


@dataclass(frozen=True)
class Block:
    resource_ids: tuple[str, ...]
    """Empty: every resource of the hub."""
    start: datetime
    end: datetime
    note: str = ""

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise CalendarError("a block needs aware instants")
        if not self.start < self.end:
            raise CalendarError("a block must end after it starts")
        if self.end - self.start > timedelta(days=366):
            raise CalendarError("a block may last at most a year")

    def covers(self, resource_id: str) -> bool:
        return not self.resource_ids or resource_id in self.resource_ids

    def overlaps(self, resource_id: str, start: datetime, end: datetime) -> bool:
        return self.covers(resource_id) and start < self.end and self.start < end


def _minus(intervals: Sequence[Interval], cut_start: time, cut_end: time | None) -> list[Interval]:
    """``intervals`` without [cut_start, cut_end) (``cut_end`` None: to the end of the day)."""
    kept: list[Interval] = []
    for interval in intervals:
        if interval.end <= cut_start or (cut_end is not None and interval.start >= cut_end):
            kept.append(interval)
            continue
        if interval.start < cut_start:
            kept.append(Interval(interval.start, cut_start))
        if cut_end is not None and cut_end < interval.end:
            kept.append(Interval(cut_end, interval.end))
    return kept


def _local_days(block: Block, calendar: Calendar) -> Iterable[tuple[date, time, time | None]]:
    """(day, cut start, cut end or None for "until midnight") per local day of the block."""
    zone = calendar.zone
    first = block.start.astimezone(zone)
    last = block.end.astimezone(zone)
    day = first.date()
    while day <= last.date():
        cut_start = first.time() if day == first.date() else time(0)
        cut_end: time | None = last.time() if day == last.date() else None
        if cut_end is None or cut_start < cut_end:
            yield day, cut_start.replace(tzinfo=None), cut_end
        day += timedelta(days=1)


def apply_block(calendar: Calendar, block: Block) -> Calendar:
    """A copy of ``calendar`` whose covered resources are closed during ``block``."""
    unknown = [r for r in block.resource_ids if r not in {x.id for x in calendar.resources}]
    if unknown:
        raise CalendarError(f"unknown resource {unknown[0]!r}")
    days = list(_local_days(block, calendar))
    resources: list[Resource] = []
    for resource in calendar.resources:
        if not block.covers(resource.id):
            resources.append(resource)
            continue
        hours = resource.hours
        by_day = {e.day: e for e in hours.exceptions}
        for day, cut_start, cut_end in days:
            before = hours.intervals_on(day)
            after = tuple(_minus(before, cut_start, cut_end))
            if after == before:
                continue
            note = block.note or "gesperrt"
            old = by_day.get(day)
            if old is not None and old.note and old.note != note:
                note = f"{old.note}; {note}"
            by_day[day] = DayException(day, after, note)
        exceptions = tuple(sorted(by_day.values(), key=lambda e: e.day))
        resources.append(replace(resource, hours=replace(hours, exceptions=exceptions)))
    return replace(calendar, resources=tuple(resources))


__all__ = ["Block", "apply_block"]
