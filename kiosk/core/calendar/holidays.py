"""German public holidays per federal state (Bundesland), computed, not looked up.

Easter Sunday comes from the anonymous Gregorian algorithm (Meeus/Jones/Butcher); the moving
feasts hang off it. Only state-wide holidays are listed: Fronleichnam in parts of Saxony and
Thuringia, Mariä Himmelfahrt in Catholic parts of Bavaria and the Augsburg peace festival are
local and left to a calendar's own exceptions.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType
from typing import Final

STATES: Final = (
    "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV",
    "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH",
)  # fmt: skip
"""Two-letter codes of the 16 states (RP = Rheinland-Pfalz, the demo region)."""


def easter_sunday(year: int) -> date:
    """Easter Sunday of ``year`` in the Gregorian calendar."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _repentance_day(year: int) -> date:
    """Buß- und Bettag: the Wednesday before 23 November."""
    day = date(year, 11, 22)
    return day - timedelta(days=(day.weekday() - 2) % 7)


@lru_cache(maxsize=512)
def public_holidays(year: int, state: str) -> Mapping[date, str]:
    """``{date: German name}`` of the state-wide public holidays of ``state`` in ``year``."""
    if state not in STATES:
        raise ValueError(f"unknown German state {state!r} (one of {', '.join(STATES)})")
    easter = easter_sunday(year)
    days: dict[date, str] = {
        date(year, 1, 1): "Neujahr",
        easter - timedelta(days=2): "Karfreitag",
        easter + timedelta(days=1): "Ostermontag",
        date(year, 5, 1): "Tag der Arbeit",
        easter + timedelta(days=39): "Christi Himmelfahrt",
        easter + timedelta(days=50): "Pfingstmontag",
        date(year, 10, 3): "Tag der Deutschen Einheit",
        date(year, 12, 25): "1. Weihnachtstag",
        date(year, 12, 26): "2. Weihnachtstag",
    }
    if state in ("BW", "BY", "ST"):
        days[date(year, 1, 6)] = "Heilige Drei Könige"
    if (state == "BE" and year >= 2019) or (state == "MV" and year >= 2023):
        days[date(year, 3, 8)] = "Internationaler Frauentag"
    if state == "BB":
        days[easter] = "Ostersonntag"
        days[easter + timedelta(days=49)] = "Pfingstsonntag"
    if state in ("BW", "BY", "HE", "NW", "RP", "SL"):
        days[easter + timedelta(days=60)] = "Fronleichnam"
    if state == "SL":
        days[date(year, 8, 15)] = "Mariä Himmelfahrt"
    if state == "TH" and year >= 2019:
        days[date(year, 9, 20)] = "Weltkindertag"
    reformation = ("BB", "MV", "SN", "ST", "TH")
    if year == 2017 or state in reformation or (state in ("HB", "HH", "NI", "SH") and year >= 2018):
        days[date(year, 10, 31)] = "Reformationstag"
    if state in ("BW", "BY", "NW", "RP", "SL"):
        days[date(year, 11, 1)] = "Allerheiligen"
    if state == "SN":
        days[_repentance_day(year)] = "Buß- und Bettag"
    if state == "BE" and year in (2020, 2025):
        days[date(year, 5, 8)] = "Tag der Befreiung"
    return MappingProxyType(days)


def holiday_name(day: date, state: str) -> str | None:
    """The holiday's name if ``day`` is a public holiday in ``state``, else None."""
    return public_holidays(day.year, state).get(day)


__all__ = ["STATES", "easter_sunday", "holiday_name", "public_holidays"]
