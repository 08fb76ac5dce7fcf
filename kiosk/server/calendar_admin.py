"""Setting a hub's appointment calendar on the server: ``kiosk server calendar set|show|list``.

A calendar comes from one of two places:

* a **file** (:func:`read_calendar_file`): the JSON of :meth:`Calendar.to_json` (what
  ``calendar show`` prints), where every key with a default may be left out. It is checked
  whole before anything is written: size, UTF-8, JSON, no unknown key (a typo must not turn
  into a silent default), ids, ``HH:MM`` times, the hub, and every rule of
  :mod:`kiosk.core.calendar.model`. Format: ``docs/calendar.md``.
* the region's **imported content pack** (:func:`calendar_from_imported_content`): the hub's
  opening and visiting hours and the services it marks bookable there, derived by
  :func:`kiosk.core.calendar.from_content.calendar_from_content` — the very function a
  terminal uses while it has no calendar from the server, so the slots citizens were offered
  are the slots the server then accepts.

:func:`set_hub_calendar` stores it and publishes it to the hub's terminals (a ``calendar``
change, :func:`kiosk.server.calendar.set_calendar`); the same calendar again publishes
nothing. Bookings already made are never changed: :func:`review` lists those ahead that the
new calendar no longer has a slot for (they keep their slot, staff call the citizens), the
bookings that were refused earlier for want of a calendar (``no_calendar``, on the staff's
"needs attention" list), dated exceptions of the old calendar that the new one drops (staff
closures are such exceptions), and services the content pack and the calendar disagree on.
On request (:func:`recheck_refused`, ``--recheck-refused``) the ``no_calendar`` bookings ahead
are decided again against the new calendar; not by default, because staff may have settled
such a booking already without cancelling it.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.core.calendar import (
    Calendar,
    CalendarError,
    Resource,
    ServiceRule,
    SlotUnavailable,
    WeeklyHours,
    calendar_from_json,
    find_slot,
)
from kiosk.core.calendar.from_content import calendar_from_content
from kiosk.core.content import ContentPack, ContentPackError
from kiosk.core.content_change import CONTENT_CHANGE_KEY, CONTENT_CHANGE_KIND, pack_from_envelope
from kiosk.errors import UsageError
from kiosk.server import calendar as server_calendar
from kiosk.server import changes
from kiosk.server.calendar import CalendarBooking, CalendarDefinition
from kiosk.server.models import REGION_SCOPE, Change, Hub
from kiosk.sync.protocol import canonical_json

MAX_CALENDAR_BYTES: Final = 1024 * 1024
ID_RE: Final = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
"""Resource and service ids: the content pack's id rule (service ids are the pack's)."""
HHMM_RE: Final = re.compile(r"[0-2][0-9]:[0-5][0-9]")
UPCOMING_STATUSES: Final = ("final", "confirmed", "checked_in")
"""Bookings ahead that a citizen holds a receipt for."""


class CalendarInputError(UsageError):
    """The calendar given cannot be set (exit 2); nothing was changed."""


def _defaults(cls: type) -> dict[str, Any]:
    return {
        f.name: (list(f.default) if isinstance(f.default, tuple) else f.default)
        for f in dataclasses.fields(cls)
        if f.init and f.default is not dataclasses.MISSING
    }


TOP_KEYS: Final = frozenset({"$schema", "hub_id", "timezone", "resources", "services"})
RESOURCE_KEYS: Final = frozenset(
    {"id", "name", "kind", "grid_minutes", "holiday_state", "weekly", "exceptions"}
)
EXCEPTION_KEYS: Final = frozenset({"date", "intervals", "note"})
SERVICE_KEYS: Final = frozenset(
    {"id", "name", "duration_minutes", "buffer_minutes", "capacity", "resource_ids",
     "min_notice_minutes", "max_advance_days", "step_minutes", "what_to_bring"}
)  # fmt: skip
RESOURCE_DEFAULTS: Final = {
    "weekly": [],
    "grid_minutes": _defaults(Resource)["grid_minutes"],
    "holiday_state": _defaults(WeeklyHours)["holiday_state"],
    "exceptions": [],
}
SERVICE_DEFAULTS: Final = {k: v for k, v in _defaults(ServiceRule).items() if k in SERVICE_KEYS}
TIMEZONE_DEFAULT: Final = _defaults(Calendar)["timezone"]


# --- reading a calendar ----------------------------------------------------------------------


def _object(value: object, where: str, allowed: frozenset[str]) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise CalendarError(f"{where}: expected an object")
    unknown = sorted(str(k) for k in value if k not in allowed)
    if unknown:
        raise CalendarError(f"{where}: unknown key {unknown[0]!r}")
    return dict(value)


def _items(parent: Mapping[str, Any], key: str, where: str) -> list[Any]:
    if key not in parent:
        raise CalendarError(f"{where}: {key!r} is missing")
    value = parent[key]
    if not isinstance(value, list):
        raise CalendarError(f"{where}.{key}: expected a list")
    return value


def _check_id(value: object, where: str) -> None:
    if isinstance(value, str) and not ID_RE.fullmatch(value):
        raise CalendarError(f"{where}: {value!r} is not an id (a-z, 0-9, '-', '_'; at most 64)")


def _check_times(values: object, where: str) -> None:
    for index, value in enumerate(values if isinstance(values, list) else []):
        if isinstance(value, str) and not HHMM_RE.fullmatch(value):
            raise CalendarError(f"{where}[{index}]: {value!r} is not HH:MM")


def _resource(value: object, where: str) -> dict[str, Any]:
    raw = {**RESOURCE_DEFAULTS, **_object(value, where, RESOURCE_KEYS)}
    _check_id(raw.get("id"), f"{where}.id")
    for index, item in enumerate(_items(raw, "weekly", where)):
        _check_times(item[1:] if isinstance(item, list) else None, f"{where}.weekly[{index}]")
    exceptions = []
    for index, item in enumerate(_items(raw, "exceptions", where)):
        e_where = f"{where}.exceptions[{index}]"
        exception = {"note": "", "intervals": [], **_object(item, e_where, EXCEPTION_KEYS)}
        if not isinstance(exception["note"], str):
            raise CalendarError(f"{e_where}.note: expected text")
        for i_index, interval in enumerate(_items(exception, "intervals", e_where)):
            _check_times(interval, f"{e_where}.intervals[{i_index}]")
        exceptions.append(exception)
    raw["exceptions"] = exceptions
    return raw


def _service(value: object, where: str) -> dict[str, Any]:
    raw = {**SERVICE_DEFAULTS, **_object(value, where, SERVICE_KEYS)}
    _check_id(raw.get("id"), f"{where}.id")
    for index, resource_id in enumerate(_items(raw, "resource_ids", where)):
        _check_id(resource_id, f"{where}.resource_ids[{index}]")
    return raw


def calendar_from_document(data: object, hub_id: str) -> Calendar:
    """A calendar file's JSON (defaults filled in) as the calendar of ``hub_id``;
    :class:`CalendarError` names the first problem with its JSON path."""
    top = _object(data, "$", TOP_KEYS)
    top.pop("$schema", None)
    named = top.setdefault("hub_id", hub_id)
    if named != hub_id:
        raise CalendarError(f"$.hub_id: this is the calendar of {named!r}, not of {hub_id!r}")
    top.setdefault("timezone", TIMEZONE_DEFAULT)
    top["resources"] = [
        _resource(r, f"$.resources[{i}]") for i, r in enumerate(_items(top, "resources", "$"))
    ]
    top["services"] = [
        _service(s, f"$.services[{i}]") for i, s in enumerate(_items(top, "services", "$"))
    ]
    if not top["resources"]:
        raise CalendarError("$.resources: a calendar needs at least one resource")
    return calendar_from_json(top)


def read_calendar_file(path: str | os.PathLike[str], hub_id: str) -> Calendar:
    """Read and check a calendar file whole; :class:`CalendarInputError` names file and problem."""
    file = Path(path)

    def refuse(problem: str) -> CalendarInputError:
        return CalendarInputError(f"{file}: {problem}; nothing was changed")

    try:
        with file.open("rb") as handle:
            raw = handle.read(MAX_CALENDAR_BYTES + 1)
    except OSError as exc:
        raise refuse(f"cannot read the file ({exc.strerror or exc})") from None
    if len(raw) > MAX_CALENDAR_BYTES:
        raise refuse(f"larger than {MAX_CALENDAR_BYTES // 1024} KiB")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise refuse("not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise refuse(f"not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    try:
        return calendar_from_document(data, hub_id)
    except CalendarError as exc:
        raise refuse(f"not a valid calendar: {exc}") from None


def imported_pack(session: Session) -> ContentPack | None:
    """The region's content pack as last imported (``kiosk server content import``)."""
    row = session.get(Change, (CONTENT_CHANGE_KIND, REGION_SCOPE, CONTENT_CHANGE_KEY))
    if row is None or row.data is None:
        return None
    return pack_from_envelope(json.loads(row.data))


def calendar_from_imported_content(
    session: Session, hub_id: str, *, holiday_state: str | None
) -> Calendar:
    """The hub's calendar derived from the imported content pack (as a terminal derives it)."""
    try:
        pack = imported_pack(session)
    except ContentPackError as exc:
        raise CalendarInputError(f"the imported content pack is damaged: {exc}") from None
    if pack is None:
        raise CalendarInputError(
            "no content pack imported yet (kiosk server content import PACK); nothing was changed"
        )
    if not any(h.id == hub_id for h in pack.hubs):
        hubs = ", ".join(h.id for h in pack.hubs) or "none"
        raise CalendarInputError(
            f"content pack {pack.pack_version} has no hub {hub_id!r} (its hubs: {hubs}); "
            "nothing was changed"
        )
    try:
        calendar = calendar_from_content(pack, hub_id, holiday_state=holiday_state)
        return calendar_from_document(calendar.to_json(), hub_id)  # the file rules hold too
    except CalendarError as exc:
        raise CalendarInputError(
            f"content pack {pack.pack_version} gives no valid calendar for {hub_id!r}: {exc}; "
            "nothing was changed"
        ) from None


def require_hub(session: Session, hub_id: str) -> None:
    if session.get(Hub, hub_id) is None:
        raise CalendarInputError(f"no hub {hub_id!r} (see: kiosk server hub list)")


def stored_definition(session: Session, hub_id: str) -> dict[str, Any] | None:
    """The hub's calendar as stored (JSON in the order of :meth:`Calendar.to_json`), or None."""
    row = session.get(CalendarDefinition, hub_id)
    if row is None:
        return None
    value = json.loads(row.definition)
    try:
        return calendar_from_json(value).to_json()
    except CalendarError:
        return value if isinstance(value, dict) else None


def calendar_text(value: object, indent: int = 0) -> str:
    """JSON for people: indented, but a list of plain values on one line (``[1, "09:00",
    "12:00"]``, ``"resource_ids": ["amt"]``)."""
    pad, inner = " " * indent, " " * (indent + 2)
    if isinstance(value, dict) and value:
        items = [
            f"{inner}{json.dumps(k, ensure_ascii=False)}: {calendar_text(v, indent + 2)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
        items = [f"{inner}{calendar_text(v, indent + 2)}" for v in value]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return json.dumps(value, ensure_ascii=False)


# --- what a new calendar means for what exists -----------------------------------------------


@dataclass(frozen=True)
class Unfitting:
    """A booking ahead that the new calendar has no slot for (kept as it is)."""

    booking_id: str
    code: str
    service_id: str
    resource_id: str
    start: datetime
    status: str
    why: str
    """``unknown_service`` (the calendar no longer offers it) or ``not_a_slot``."""


@dataclass(frozen=True)
class Review:
    unfitting: tuple[Unfitting, ...]
    no_calendar_conflicts: int
    """Bookings refused earlier because the hub had no calendar (staff: needs attention)."""
    dropped_exceptions: tuple[tuple[str, date, str], ...]
    """(resource id, day, note) of dated exceptions ahead that the old calendar had and the
    new one does not (e.g. a closure staff entered at a terminal)."""
    not_in_calendar: tuple[str, ...]
    """Services the content pack marks bookable at the hub that the calendar lacks (the
    terminal lists them, without free times)."""
    not_in_content: tuple[str, ...]
    """Calendar services the content pack does not mark bookable at the hub (never offered)."""
    nothing_to_bring: tuple[str, ...] = ()
    """Calendar services with no ``what_to_bring`` though the content pack lists documents
    (the booking slip prints the calendar's list)."""


def review(session: Session, hub_id: str, calendar: Calendar, *, now: datetime) -> Review:
    """What setting ``calendar`` for ``hub_id`` means; reads only."""
    rows = session.scalars(
        select(CalendarBooking)
        .where(CalendarBooking.hub_id == hub_id, CalendarBooking.start >= now)
        .where(CalendarBooking.status.in_(UPCOMING_STATUSES))
        .order_by(CalendarBooking.start)
    )
    unfitting = []
    for row in rows:
        try:
            find_slot(calendar, row.service_id, row.resource_id, row.start)
        except SlotUnavailable as exc:
            unfitting.append(
                Unfitting(
                    row.id,
                    row.code,
                    row.service_id,
                    row.resource_id,
                    row.start,
                    row.status,
                    exc.code,
                )
            )
    no_calendar = session.scalar(
        select(func.count())
        .select_from(CalendarBooking)
        .where(CalendarBooking.hub_id == hub_id, CalendarBooking.status == "conflict")
        .where(CalendarBooking.reason == "no_calendar")
    )
    try:
        previous = server_calendar.get_calendar(session, hub_id)
    except CalendarError:
        previous = None
    today = now.astimezone(calendar.zone).date()
    kept = {(r.id, e.day) for r in calendar.resources for e in r.hours.exceptions}
    dropped = sorted(
        (r.id, e.day, e.note)
        for r in (previous.resources if previous else ())
        for e in r.hours.exceptions
        if e.day >= today and (r.id, e.day) not in kept
    )
    try:
        pack = imported_pack(session)
    except ContentPackError:
        pack = None
    offered = {s.id for s in calendar.services}
    bookable = {s.id for s in pack.services if hub_id in s.bookable_at_hubs} if pack else offered
    documents = {s.id: s.documents for s in pack.services} if pack else {}
    return Review(
        unfitting=tuple(unfitting),
        no_calendar_conflicts=int(no_calendar or 0),
        dropped_exceptions=tuple(dropped),
        not_in_calendar=tuple(sorted(bookable - offered)),
        not_in_content=tuple(sorted(offered - bookable)),
        nothing_to_bring=tuple(
            sorted(s.id for s in calendar.services if not s.what_to_bring and documents.get(s.id))
        ),
    )


@dataclass(frozen=True)
class Rechecked:
    """A booking refused for want of a calendar, decided again against the new one."""

    booking_id: str
    code: str
    start: datetime
    status: str
    reason: str | None


def recheck_refused(
    session: Session, hub_id: str, calendar: Calendar, *, now: datetime
) -> list[Rechecked]:
    """Decide again, first booked first, every booking ahead that was refused only because the
    hub had no calendar (``no_calendar``): by the rules a new booking meets (the server's own
    :func:`kiosk.server.calendar.decide`, at the time it was booked), so it becomes
    ``confirmed`` if its slot exists and is free, else keeps ``conflict`` with the real reason.
    Each change is published to the hub's terminals (the citizen's receipt and the staff's
    "needs attention" list follow). Call after the calendar is stored."""
    rows = session.scalars(
        select(CalendarBooking)
        .where(CalendarBooking.hub_id == hub_id, CalendarBooking.status == "conflict")
        .where(CalendarBooking.reason == "no_calendar", CalendarBooking.start >= now)
        .order_by(CalendarBooking.created_at, CalendarBooking.id)
    ).all()
    result = []
    for row in rows:
        request = server_calendar.BookingRequest(
            row.id, row.service_id, row.resource_id, row.start, row.seats, row.code,
            row.verifier, row.lease_id, row.name, row.phone, row.email,
        )  # fmt: skip
        status, reason, end, busy_until = server_calendar.decide(
            session, calendar, request, terminal_id=row.terminal_id, hub_id=hub_id,
            created_at=row.created_at,
        )  # fmt: skip
        row.status, row.reason, row.end, row.busy_until = status, reason, end, busy_until
        row.updated_at = now
        session.flush()  # the next decision sees this one's seat
        changes.publish(
            session, kind="booking", key=row.id, data=row.to_change(), now=now, scope=hub_id
        )
        result.append(Rechecked(row.id, row.code, row.start, status, reason))
    return result


@dataclass(frozen=True)
class Outcome:
    seq: int | None
    """The published change's seq; None if the hub had this very calendar (or a dry run)."""
    replaced: bool
    """The hub had another calendar before."""
    review: Review
    rechecked: tuple[Rechecked, ...] = ()
    """With ``recheck_refused``: the ``no_calendar`` bookings decided again."""


def set_hub_calendar(
    session: Session,
    hub_id: str,
    calendar: Calendar,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    recheck: bool = False,
) -> Outcome:
    """Store ``calendar`` for ``hub_id`` and publish it to the hub's terminals (in the caller's
    transaction), unless it is the stored one already or ``dry_run``; with ``recheck``, then
    decide the bookings refused for want of a calendar again (:func:`recheck_refused`)."""
    when = now or datetime.now(UTC)
    require_hub(session, hub_id)
    if calendar.hub_id != hub_id:
        raise CalendarInputError(f"the calendar is of hub {calendar.hub_id!r}, not {hub_id!r}")
    stored = stored_definition(session, hub_id)
    findings = review(session, hub_id, calendar, now=when)
    same = stored is not None and canonical_json(stored) == canonical_json(calendar.to_json())
    if dry_run:
        return Outcome(None, stored is not None and not same, findings)
    seq = None if same else server_calendar.set_calendar(session, calendar, now=when)
    rechecked = recheck_refused(session, hub_id, calendar, now=when) if recheck else []
    return Outcome(seq, stored is not None and not same, findings, tuple(rechecked))


@dataclass(frozen=True)
class HubCalendar:
    hub_id: str
    hub_name: str
    updated_at: datetime | None
    resources: int
    services: int


def list_hub_calendars(session: Session) -> list[HubCalendar]:
    """Every hub with its calendar's size and age (None: no calendar)."""
    rows = session.execute(
        select(Hub.id, Hub.name, CalendarDefinition.updated_at, CalendarDefinition.definition)
        .outerjoin(CalendarDefinition, CalendarDefinition.hub_id == Hub.id)
        .order_by(Hub.id)
    )
    result = []
    for hub_id, name, updated_at, definition in rows:
        data = json.loads(definition) if definition else {}
        result.append(
            HubCalendar(
                hub_id,
                name,
                updated_at,
                len(data.get("resources", ())),
                len(data.get("services", ())),
            )
        )
    return result


__all__ = [
    "MAX_CALENDAR_BYTES",
    "CalendarInputError",
    "HubCalendar",
    "Outcome",
    "Rechecked",
    "Review",
    "Unfitting",
    "calendar_from_document",
    "calendar_from_imported_content",
    "calendar_text",
    "imported_pack",
    "list_hub_calendars",
    "read_calendar_file",
    "recheck_refused",
    "require_hub",
    "review",
    "set_hub_calendar",
    "stored_definition",
]
