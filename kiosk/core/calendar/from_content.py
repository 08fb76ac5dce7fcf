"""A hub's calendar derived from the content pack (the default until the server sends one).

Each visiting office at the hub (``Hub.visiting_hours``) is a resource of kind
``visiting_office`` with those hours; the hub's own staff is one ``staff`` resource with the
hub's opening hours. A service bookable at the hub is offered by the visiting office of its
responsible office if that office visits the hub, else by the hub's staff.
"""

from __future__ import annotations

from kiosk.core.calendar.model import (
    DEFAULT_HOLIDAY_STATE,
    Calendar,
    CalendarError,
    DayException,
    Interval,
    Resource,
    ResourceKind,
    ServiceRule,
    WeeklyHours,
)
from kiosk.core.content import ContentPack, OpeningHours, label_text

HUB_STAFF_RESOURCE = "hub-staff"
DEFAULT_DURATION_MINUTES = 15
DEFAULT_BUFFER_MINUTES = 5


def hours_from_content(hours: OpeningHours, holiday_state: str | None) -> WeeklyHours:
    return WeeklyHours(
        weekly=tuple((w.weekday, Interval(w.start, w.end)) for w in hours.weekly),
        exceptions=tuple(
            DayException(
                e.date,
                () if e.closed else tuple(Interval(i.start, i.end) for i in e.intervals),
                label_text(e.note, "de") if e.note else "",
            )
            for e in hours.exceptions
        ),
        holiday_state=holiday_state,
    )


def calendar_from_content(
    pack: ContentPack, hub_id: str, *, holiday_state: str | None = DEFAULT_HOLIDAY_STATE
) -> Calendar:
    hub = next((h for h in pack.hubs if h.id == hub_id), None)
    if hub is None:
        raise CalendarError(f"the content pack has no hub {hub_id!r}")
    offices = {o.id: o for o in pack.offices}
    resources = [
        Resource(
            id=HUB_STAFF_RESOURCE,
            name=hub.name,
            kind=ResourceKind.STAFF,
            hours=hours_from_content(hub.opening_hours, holiday_state),
        )
    ]
    visiting: set[str] = set()
    for visit in hub.visiting_hours:
        office = offices.get(visit.office_id)
        resources.append(
            Resource(
                id=visit.office_id,
                name=office.name if office else label_text(visit.label, "de"),
                kind=ResourceKind.VISITING_OFFICE,
                hours=hours_from_content(visit.hours, holiday_state),
            )
        )
        visiting.add(visit.office_id)
    services = []
    for service in pack.services:
        if hub_id not in service.bookable_at_hubs:
            continue
        resource = service.office_id if service.office_id in visiting else HUB_STAFF_RESOURCE
        duration = service.appointment_minutes or DEFAULT_DURATION_MINUTES
        services.append(
            ServiceRule(
                id=service.id,
                name=service.title,
                duration_minutes=duration,
                buffer_minutes=DEFAULT_BUFFER_MINUTES,
                resource_ids=(str(resource),),
                what_to_bring=service.documents,
            )
        )
    return Calendar(hub_id=hub_id, resources=tuple(resources), services=tuple(services))


__all__ = ["HUB_STAFF_RESOURCE", "calendar_from_content", "hours_from_content"]
