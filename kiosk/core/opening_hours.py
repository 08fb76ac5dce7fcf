"""Is it open now, until when, and when does it open next?

Opening hours in a content pack are local wall-clock times of the region (Europe/Berlin by
default). :func:`open_state` answers for one moment: open now (and until when, following
intervals that continue past midnight, e.g. ``22:00–23:59`` then ``00:00–02:00``), or closed
(and the next opening, at most :data:`HORIZON_DAYS` ahead). Holidays and other exceptions
come from :meth:`kiosk.core.content.OpeningHours.intervals_on`. A daylight-saving change
does not move an opening: ``08:00`` is eight o'clock on the wall on both sides of it.

Pure standard library; the UI turns the answer into words ("jetzt geöffnet bis 12:00",
"öffnet morgen um 8:00").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from kiosk.core.content import OpeningHours, TimeRange

REGION_TIMEZONE = ZoneInfo("Europe/Berlin")
HORIZON_DAYS = 31
_END_OF_DAY = time(23, 59)


@dataclass(frozen=True)
class OpenState:
    """The answer for one moment; datetimes are local (aware, in the region's time zone)."""

    is_open: bool
    until: datetime | None
    """When open: when it closes (``None`` if it stays open past the horizon)."""
    next_open: datetime | None
    """When closed: the next opening (``None`` if there is none within the horizon)."""
    now: datetime

    @property
    def days_until_next_open(self) -> int | None:
        """0 = today, 1 = tomorrow, ... (calendar days, not 24-hour periods)."""
        if self.next_open is None:
            return None
        return (self.next_open.date() - self.now.date()).days

    @property
    def has_hours(self) -> bool:
        return self.is_open or self.next_open is not None


def _at(day: date, clock: time, zone: tzinfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=zone)


def _closing_time(hours: OpeningHours, day: date, interval: TimeRange, zone: tzinfo) -> datetime:
    """The end of ``interval``, following on into the next days while the hours continue."""
    end_day, end = day, interval.end
    for _ in range(HORIZON_DAYS):
        if end < _END_OF_DAY:
            break
        following = hours.intervals_on(end_day + timedelta(days=1))
        starts_at_midnight = [i for i in following if i.start == time(0, 0)]
        if not starts_at_midnight:
            break
        end_day, end = end_day + timedelta(days=1), starts_at_midnight[0].end
    if end == _END_OF_DAY:
        return _at(end_day + timedelta(days=1), time(0, 0), zone)
    return _at(end_day, end, zone)


def open_state(hours: OpeningHours, now: datetime, zone: tzinfo = REGION_TIMEZONE) -> OpenState:
    """Open or closed at ``now`` (an aware datetime; naive is refused)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    local = now.astimezone(zone)
    today, clock = local.date(), local.time().replace(tzinfo=None)
    for interval in hours.intervals_on(today):
        if interval.start <= clock < interval.end or (
            interval.end == _END_OF_DAY and clock >= interval.start
        ):
            return OpenState(True, _closing_time(hours, today, interval, zone), None, local)
    for offset in range(HORIZON_DAYS + 1):
        day = today + timedelta(days=offset)
        starts = sorted(i.start for i in hours.intervals_on(day))
        for start in starts:
            if offset > 0 or start > clock:
                return OpenState(False, None, _at(day, start, zone), local)
    return OpenState(False, None, None, local)


__all__ = ["HORIZON_DAYS", "REGION_TIMEZONE", "OpenState", "open_state"]
