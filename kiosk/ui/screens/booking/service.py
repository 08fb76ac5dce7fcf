"""The booking flow's data access: plain values in and out, no SQL in the screens.

:class:`BookingService` wraps :mod:`kiosk.store.bookings` for one hub and terminal. Each call
opens a short session; the results are frozen values (:class:`DayTimes`, ``Receipt``).

Threads: the screens call the methods that touch the database (:meth:`reload`,
:meth:`next_days`, :meth:`book`, :meth:`cancel`, :meth:`place`, ...) in the background lanes
(:mod:`kiosk.ui.background`), never on the GUI thread. The flow's first screen runs
:meth:`reload`, so the calendar is in memory afterwards and the cheap lookups the screens make
on the GUI thread (:meth:`service_name`, :meth:`local_time`, :meth:`what_to_bring`) never
read the disk. A reload swaps the calendar in one assignment: a thread never sees half.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from kiosk.core.booking_code import format_code
from kiosk.core.calendar import Calendar, FreeSlot, distinct_times
from kiosk.store import bookings
from kiosk.store.bookings import BookingRequest, Receipt
from kiosk.store.db import Database, open_database

DAYS_SHOWN = 6
"""How many days with free times the picker lists."""
SEARCH_DAYS = 42


@dataclass(frozen=True)
class DayTimes:
    day: date
    slots: tuple[FreeSlot, ...]


@dataclass(frozen=True)
class TimesView:
    """What the time picker shows, read in the background."""

    service_name: str
    today: date
    days: list[DayTimes]


@dataclass(frozen=True)
class Confirmation:
    """A booking and what its confirmation needs from the disk (place, calendar file)."""

    receipt: Receipt
    place: str
    ics: str


@dataclass(frozen=True)
class Cancelled:
    receipt: Receipt
    local_start: datetime


@dataclass(frozen=True)
class ServiceChoice:
    id: str
    name: str
    duration_minutes: int


class BookingService:
    def __init__(
        self,
        db: Database,
        *,
        hub_id: str,
        terminal_id: str | None = None,
        retention_days: int = 7,
        printer_name: str = "",
        owns_db: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.db = db
        self.hub_id = hub_id
        self.terminal_id = terminal_id
        self.retention_days = retention_days
        self.printer_name = printer_name  # [printer] name; "" = the system's default printer
        self._owns_db = owns_db
        self._clock = clock or (lambda: datetime.now(UTC))
        self._calendar: Calendar | None = None
        self._places: dict[str, str] = {}

    @classmethod
    def open(cls, db_path: Path, **kwargs: object) -> BookingService:
        return cls(open_database(db_path), owns_db=True, **kwargs)  # type: ignore[arg-type]

    def close(self) -> None:
        if self._owns_db:
            self.db.dispose()

    def now(self) -> datetime:
        return self._clock()

    def calendar(self) -> Calendar | None:
        """The hub's calendar (re-read on each flow: a sync may have brought a new one)."""
        if self._calendar is None:
            self._calendar = bookings.load_calendar(self.db, self.hub_id)
        return self._calendar

    def refresh(self) -> None:
        self._calendar = None
        self._places = {}

    def reload(self) -> list[ServiceChoice]:
        """Read the calendar afresh (a sync may have brought a new one); the services."""
        calendar = bookings.load_calendar(self.db, self.hub_id)
        self._places = {}
        self._calendar = calendar
        return self.services()

    def services(self) -> list[ServiceChoice]:
        calendar = self.calendar()
        if calendar is None:
            return []
        return [ServiceChoice(s.id, s.name, s.duration_minutes) for s in calendar.services]

    def service_name(self, service_id: str) -> str:
        calendar = self.calendar()
        return calendar.service(service_id).name if calendar else service_id

    def what_to_bring(self, service_id: str) -> tuple[str, ...]:
        calendar = self.calendar()
        return calendar.service(service_id).what_to_bring if calendar else ()

    def place(self, resource_id: str) -> str:
        """Where the appointment is (reads the content on first use, then remembered)."""
        known = self._places.get(resource_id)
        if known is not None:
            return known
        calendar = self.calendar()
        if calendar is None:
            return ""
        resource = calendar.resource(resource_id)
        hub = self._hub_place()
        text = f"{resource.name}, {hub}" if hub and hub not in resource.name else resource.name
        self._places[resource_id] = text
        return text

    def _hub_place(self) -> str:
        from kiosk.store.content import load_content

        pack = load_content(self.db)
        hub = next((h for h in pack.hubs if h.id == self.hub_id), None) if pack else None
        return f"{hub.name}, {hub.address.one_line()}" if hub else ""

    def next_days(self, service_id: str, *, days: int = DAYS_SHOWN) -> list[DayTimes]:
        """The next ``days`` days that still have free times, one entry per start time."""
        calendar = self.calendar()
        if calendar is None:
            return []
        now = self.now()
        today = now.astimezone(calendar.zone).date()
        found: list[DayTimes] = []
        for offset in range(SEARCH_DAYS):
            day = today + timedelta(days=offset)
            free = bookings.free_slots_on(
                self.db, calendar, service_id, day, terminal_id=self.terminal_id, now=now
            )
            if free:
                found.append(DayTimes(day, tuple(distinct_times(free))))
                if len(found) >= days:
                    break
        return found

    def times(self, service_id: str) -> TimesView:
        """Everything the time picker shows (background: reads the bookings)."""
        days = self.next_days(service_id)
        today = self.local_time(self.now()).date()
        return TimesView(self.service_name(service_id), today, days)

    def confirmation(self, receipt: Receipt) -> Confirmation:
        """The confirmation's facts that come from the disk (background)."""
        return Confirmation(receipt, self.place(receipt.resource_id), self.ics(receipt))

    def cancel_booking(self, code: str, name: str) -> Cancelled:
        """Cancel (background, write lane); the start in the hub's time for the message."""
        receipt = self.cancel(code, name)
        return Cancelled(receipt, self.local_time(receipt.start))

    def book(
        self,
        slot: FreeSlot,
        *,
        name: str,
        phone: str | None,
        email: str | None,
        flow_key: str,
    ) -> Receipt:
        calendar = self.calendar()
        if calendar is None:
            raise bookings.BookingError("Hier kann man zurzeit keine Termine buchen.")
        request = BookingRequest(
            slot.slot.service_id, slot.slot.resource_id, slot.slot.start, name,
            phone or None, email or None, flow_key,
        )  # fmt: skip
        return bookings.book(
            self.db, calendar, request, terminal_id=self.terminal_id, now=self.now()
        )

    def find(self, code: str, name: str) -> Receipt:
        return bookings.find_by_code(self.db, code, name)

    def cancel(self, code: str, name: str) -> Receipt:
        return bookings.cancel(self.db, code, name, now=self.now())

    def local_time(self, instant: datetime) -> datetime:
        calendar = self.calendar()
        return instant.astimezone(calendar.zone) if calendar else instant

    def ics(self, receipt: Receipt) -> str:
        """An iCalendar (RFC 5545) event for the citizen's phone: what, when, where, code."""
        return event_ics(
            uid=f"{receipt.booking_id}@dorfkiosk",
            start=receipt.start,
            end=receipt.end,
            summary=self.service_name(receipt.service_id),
            location=self.place(receipt.resource_id),
            description=f"Buchungscode {format_code(receipt.code)}",
            stamp=self.now(),
        )


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def event_ics(
    *, uid: str, start: datetime, end: datetime, summary: str, location: str,
    description: str, stamp: datetime,
) -> str:  # fmt: skip
    def utc(value: datetime) -> str:
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Dorfkiosk//DE",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{utc(start)}",
        f"DTEND:{utc(end)}",
        f"SUMMARY:{_ics_text(summary)}",
        f"LOCATION:{_ics_text(location)}",
        f"DESCRIPTION:{_ics_text(description)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


__all__ = [
    "BookingService",
    "Cancelled",
    "Confirmation",
    "DayTimes",
    "ServiceChoice",
    "TimesView",
    "event_ics",
]
