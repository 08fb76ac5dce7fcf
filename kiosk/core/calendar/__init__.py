"""The appointment calendar: resources, hours, holidays, slots, availability and leases.

Pure rules shared by the regional server (which owns the calendar) and the terminals (which
book offline on leased slots). See :mod:`.model`, :mod:`.slots` and :mod:`.holidays`.
"""

from kiosk.core.calendar.holidays import STATES, easter_sunday, holiday_name, public_holidays
from kiosk.core.calendar.model import (
    DEFAULT_TIMEZONE,
    Calendar,
    CalendarError,
    DayException,
    Interval,
    Resource,
    ResourceKind,
    ServiceRule,
    WeeklyHours,
    calendar_from_json,
)
from kiosk.core.calendar.slots import (
    Booked,
    BookingIndex,
    FreeSlot,
    Slot,
    SlotUnavailable,
    Window,
    check_bookable,
    covering_lease,
    day_slots,
    distinct_times,
    find_slot,
    free_slots,
    lease_windows,
    local_day_range,
    seats_left,
    slot_key,
    wall_instants,
)

__all__ = [
    "DEFAULT_TIMEZONE",
    "STATES",
    "Booked",
    "BookingIndex",
    "Calendar",
    "CalendarError",
    "DayException",
    "FreeSlot",
    "Interval",
    "Resource",
    "ResourceKind",
    "ServiceRule",
    "Slot",
    "SlotUnavailable",
    "WeeklyHours",
    "Window",
    "calendar_from_json",
    "check_bookable",
    "covering_lease",
    "day_slots",
    "distinct_times",
    "easter_sunday",
    "find_slot",
    "free_slots",
    "holiday_name",
    "lease_windows",
    "local_day_range",
    "public_holidays",
    "seats_left",
    "slot_key",
    "wall_instants",
]
