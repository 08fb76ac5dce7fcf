"""The server owns the calendar: hub calendars, slot leases, and the decision on each booking.

Leases (DESIGN rule 5). At every push of a terminal (:func:`renew_leases`, called from
:func:`kiosk.server.push.push`) the server cuts each resource's opening time of the next
``LEASE_HORIZON_DAYS`` into blocks of ``LEASE_BLOCK_MINUTES`` and deals them round-robin to the
hub's terminals plus one share it keeps back (for staff, phone and provisional bookings).
A block dealt to a terminal becomes a lease, published to the hub's terminals as a ``lease``
change. The holder may book slots inside its leases *final* while offline until the lease's
``expires_at`` (renewed at every sync). Nobody else gets a lease overlapping it, and the server
refuses other terminals' bookings that overlap it, so final bookings never collide by
construction. An expired lease stays reserved until its window has passed (the holder may have
booked on it offline before expiry, and those bookings may arrive late); revoking the terminal
releases it.

Bookings (:func:`create_booking`): a booking naming a lease the terminal held when it booked
is ``final``; any other is ``confirmed`` if the slot is still free and not leased to another
terminal. Otherwise the booking is kept with status ``conflict`` and its reason: it is never
dropped; :func:`needs_attention` lists it for staff with the citizen's contact. Decisions of
one hub are serialised by a row lock on the hub's calendar row (taken after the terminal's row
and before the change counter, the same order everywhere).

Published changes (scope: the hub): ``calendar`` (key: hub id), ``lease`` (key: lease id),
``booking`` (key: booking id; no personal data, only a verifier for cancel-by-code-and-name).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final

from sqlalchemy import ForeignKey, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.core.calendar import (
    Booked,
    BookingIndex,
    Calendar,
    CalendarError,
    SlotUnavailable,
    Window,
    calendar_from_json,
    covering_lease,
    find_slot,
    lease_windows,
    seats_left,
)
from kiosk.core.calendar.slots import check_timing
from kiosk.server import changes
from kiosk.server.models import Base, Terminal, UTCDateTime
from kiosk.sync.protocol import JSONObject, canonical_json

LEASE_HORIZON_DAYS: Final = 14
LEASE_BLOCK_MINUTES: Final = 60
LEASE_TTL: Final = timedelta(days=3)
"""How long a terminal may book final on its leases without syncing."""

ACTIVE_STATUSES: Final = ("final", "confirmed", "checked_in", "no_show", "done")
"""Bookings that occupy their slot."""
STATUSES: Final = (*ACTIVE_STATUSES, "conflict", "cancelled")


class CalendarDefinition(Base):
    __tablename__ = "calendar_definitions"

    hub_id: Mapped[str] = mapped_column(ForeignKey("hubs.id"), primary_key=True)
    definition: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Lease(Base):
    __tablename__ = "calendar_leases"
    __table_args__ = (
        Index("ix_calendar_leases_hub_resource_start", "hub_id", "resource_id", "start"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(64))
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"), index=True)
    resource_id: Mapped[str] = mapped_column(String(64))
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    def window(self) -> Window:
        return Window(self.resource_id, self.start, self.end, self.id, self.terminal_id)

    def to_change(self) -> JSONObject:
        return {
            "lease_id": self.id,
            "terminal_id": self.terminal_id,
            "resource_id": self.resource_id,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "expires_at": _iso(self.expires_at),
        }


class CalendarBooking(Base):
    """A booking as the server decided it. ``name``/``phone``/``email``: the citizen's contact,
    kept for staff (and shown with conflicts); never published to terminals."""

    __tablename__ = "calendar_bookings"
    __table_args__ = (
        Index("ix_calendar_bookings_hub_resource_start", "hub_id", "resource_id", "start"),
        Index("ix_calendar_bookings_hub_status", "hub_id", "status"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(64))
    terminal_id: Mapped[str] = mapped_column(String(32))
    service_id: Mapped[str] = mapped_column(String(64))
    resource_id: Mapped[str] = mapped_column(String(64))
    start: Mapped[datetime] = mapped_column(UTCDateTime)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    busy_until: Mapped[datetime] = mapped_column(UTCDateTime)
    seats: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(16))
    verifier: Mapped[str] = mapped_column(String(64))
    lease_id: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    def to_change(self) -> JSONObject:
        return {
            "booking_id": self.id,
            "status": self.status,
            "reason": self.reason,
            "service_id": self.service_id,
            "resource_id": self.resource_id,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "busy_until": _iso(self.busy_until),
            "seats": self.seats,
            "code": self.code,
            "verifier": self.verifier,
            "lease_id": self.lease_id,
            "terminal_id": self.terminal_id,
        }


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- calendars -------------------------------------------------------------------------------


def set_calendar(session: Session, calendar: Calendar, *, now: datetime | None = None) -> int:
    """Store (or replace) a hub's calendar and publish it to the hub's terminals."""
    when = now or datetime.now(UTC)
    data = calendar.to_json()
    text = canonical_json(data).decode("utf-8")
    row = session.get(CalendarDefinition, calendar.hub_id, with_for_update=True)
    if row is None:
        session.add(CalendarDefinition(hub_id=calendar.hub_id, definition=text, updated_at=when))
    else:
        row.definition, row.updated_at = text, when
    session.flush()
    return changes.publish(
        session, kind="calendar", key=calendar.hub_id, data=data, now=when, scope=calendar.hub_id
    )


def get_calendar(session: Session, hub_id: str, *, lock: bool = False) -> Calendar | None:
    row = session.get(CalendarDefinition, hub_id, with_for_update=lock)
    if row is None:
        return None
    return calendar_from_json(json.loads(row.definition))


# --- leases ----------------------------------------------------------------------------------


def _active_terminals(session: Session, hub_id: str) -> list[str]:
    return list(
        session.scalars(
            select(Terminal.id)
            .where(Terminal.hub_id == hub_id, Terminal.revoked_at.is_(None))
            .order_by(Terminal.id)
        )
    )


def _reserved_leases(session: Session, hub_id: str, start: datetime, end: datetime) -> list[Lease]:
    """Leases of non-revoked terminals whose window overlaps [start, end)."""
    return list(
        session.scalars(
            select(Lease)
            .join(Terminal, Terminal.id == Lease.terminal_id)
            .where(Lease.hub_id == hub_id, Terminal.revoked_at.is_(None))
            .where(Lease.start < end, Lease.end > start)
        )
    )


def renew_leases(session: Session, terminal_id: str, hub_id: str, now: datetime) -> list[str]:
    """Give ``terminal_id`` its share of lease windows in the horizon and extend its leases.

    Returns the ids of leases created or extended (each published as a ``lease`` change).
    """
    calendar = get_calendar(session, hub_id, lock=True)
    if calendar is None:
        return []
    terminals = _active_terminals(session, hub_id)
    if terminal_id not in terminals:
        return []
    share = terminals.index(terminal_id)
    parties = len(terminals) + 1  # the last share stays with the server
    today = now.astimezone(calendar.zone).date()
    horizon_end = now + timedelta(days=LEASE_HORIZON_DAYS + 1)
    existing = _reserved_leases(session, hub_id, now, horizon_end)
    held = {(lease.resource_id, lease.start): lease for lease in existing}
    touched: list[str] = []
    expires = now + LEASE_TTL
    for resource_index, resource in enumerate(calendar.resources):
        for offset in range(LEASE_HORIZON_DAYS):
            day = today + timedelta(days=offset)
            windows = lease_windows(calendar, resource.id, day, LEASE_BLOCK_MINUTES)
            for index, (start, end) in enumerate(windows):
                if end <= now:
                    continue
                lease = held.get((resource.id, start))
                if lease is not None:
                    if lease.terminal_id == terminal_id and lease.expires_at - now < LEASE_TTL / 2:
                        lease.expires_at = expires
                        touched.append(lease.id)
                        _publish_lease(session, lease, hub_id, now)
                    continue
                if (index + day.toordinal() + resource_index) % parties != share:
                    continue
                if any(w.overlaps(resource.id, start, end) for w in (x.window() for x in existing)):
                    continue  # a lease cut from an older calendar still covers part of it
                lease = Lease(
                    id=uuid.uuid4().hex,
                    hub_id=hub_id,
                    terminal_id=terminal_id,
                    resource_id=resource.id,
                    start=start,
                    end=end,
                    expires_at=expires,
                    created_at=now,
                )
                session.add(lease)
                existing.append(lease)
                touched.append(lease.id)
                _publish_lease(session, lease, hub_id, now)
    session.flush()
    return touched


def _publish_lease(session: Session, lease: Lease, hub_id: str, now: datetime) -> None:
    session.flush()
    changes.publish(
        session, kind="lease", key=lease.id, data=lease.to_change(), now=now, scope=hub_id
    )


# --- bookings --------------------------------------------------------------------------------


class InvalidBooking(ValueError):
    """The payload is not a booking (the push handler turns this into ``invalid_payload``)."""


@dataclass(frozen=True)
class BookingRequest:
    booking_id: str
    service_id: str
    resource_id: str
    start: datetime
    seats: int
    code: str
    verifier: str
    lease_id: str | None
    name: str | None
    phone: str | None
    email: str | None

    @classmethod
    def parse(cls, payload: JSONObject) -> BookingRequest:
        def text(key: str, limit: int, *, optional: bool = False) -> str | None:
            value = payload.get(key)
            if value is None and optional:
                return None
            if not isinstance(value, str) or not 1 <= len(value) <= limit or "\x00" in value:
                raise InvalidBooking(key)
            return value

        start_text = text("start", 40)
        assert start_text is not None
        try:
            start = datetime.fromisoformat(start_text.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidBooking("start") from None
        if start.tzinfo is None or start.utcoffset() is None or not 2000 <= start.year <= 2200:
            raise InvalidBooking("start")
        seats = payload.get("seats", 1)
        if type(seats) is not int or not 1 <= seats <= 20:
            raise InvalidBooking("seats")
        return cls(
            booking_id=str(text("booking_id", 64)),
            service_id=str(text("service_id", 64)),
            resource_id=str(text("resource_id", 64)),
            start=start.astimezone(UTC),
            seats=seats,
            code=str(text("code", 16)),
            verifier=str(text("verifier", 64)),
            lease_id=text("lease_id", 32, optional=True),
            name=text("name", 200, optional=True),
            phone=text("phone", 100, optional=True),
            email=text("email", 200, optional=True),
        )


def is_calendar_booking(payload: JSONObject) -> bool:
    """A booking.create the calendar decides (older, slot-less events are only logged)."""
    return "service_id" in payload and "start" in payload


def _occupying(session: Session, hub_id: str, resource_id: str, start: datetime) -> BookingIndex:
    day_start, day_end = start - timedelta(days=1), start + timedelta(days=1)
    rows = session.scalars(
        select(CalendarBooking)
        .where(CalendarBooking.hub_id == hub_id, CalendarBooking.resource_id == resource_id)
        .where(CalendarBooking.start > day_start, CalendarBooking.start < day_end)
        .where(CalendarBooking.status.in_(ACTIVE_STATUSES))
    )
    return BookingIndex.of(
        Booked(r.resource_id, r.service_id, r.start, r.busy_until, r.seats) for r in rows
    )


def decide(
    session: Session,
    calendar: Calendar | None,
    request: BookingRequest,
    *,
    terminal_id: str,
    hub_id: str,
    created_at: datetime,
) -> tuple[str, str | None, datetime, datetime]:
    """(status, reason, end, busy_until) for a new booking."""
    fallback_end = request.start
    if calendar is None:
        return "conflict", "no_calendar", fallback_end, fallback_end
    try:
        slot = find_slot(calendar, request.service_id, request.resource_id, request.start)
    except SlotUnavailable as exc:
        return "conflict", exc.code, fallback_end, fallback_end
    service = calendar.service(slot.service_id)
    taken = seats_left(
        slot, service.capacity, _occupying(session, hub_id, slot.resource_id, slot.start)
    )
    leases = _reserved_leases(session, hub_id, slot.start, slot.busy_until)
    own = [
        lease.window()
        for lease in leases
        if lease.terminal_id == terminal_id and created_at <= lease.expires_at
    ]
    if request.lease_id is not None and covering_lease(slot, own) is not None:
        if taken < request.seats:
            return "conflict", "taken", slot.end, slot.busy_until
        return "final", None, slot.end, slot.busy_until
    if any(lease.terminal_id != terminal_id for lease in leases):
        return "conflict", "leased_elsewhere", slot.end, slot.busy_until
    try:
        check_timing(service, slot, created_at)
    except SlotUnavailable as exc:
        return "conflict", exc.code, slot.end, slot.busy_until
    if taken < request.seats:
        return "conflict", "taken", slot.end, slot.busy_until
    return "confirmed", None, slot.end, slot.busy_until


def create_booking(
    session: Session,
    payload: JSONObject,
    *,
    terminal_id: str,
    hub_id: str,
    created_at: datetime,
    now: datetime,
) -> JSONObject:
    """Decide a ``booking.create``; the result the terminal gets (and every repeat)."""
    request = BookingRequest.parse(payload)
    try:
        calendar = get_calendar(session, hub_id, lock=True)
    except CalendarError:
        calendar = None
    existing = session.get(CalendarBooking, request.booking_id)
    if existing is not None:  # the same booking sent under a new entry id: same answer
        if existing.hub_id != hub_id:
            raise InvalidBooking("booking_id")
        return {"booking_id": existing.id, "status": existing.status, "reason": existing.reason,
                "seq": 0}  # fmt: skip
    status, reason, end, busy_until = decide(
        session, calendar, request, terminal_id=terminal_id, hub_id=hub_id, created_at=created_at
    )
    row = CalendarBooking(
        id=request.booking_id,
        hub_id=hub_id,
        terminal_id=terminal_id,
        service_id=request.service_id,
        resource_id=request.resource_id,
        start=request.start,
        end=end,
        busy_until=busy_until,
        seats=request.seats,
        code=request.code,
        verifier=request.verifier,
        lease_id=request.lease_id,
        status=status,
        reason=reason,
        name=request.name,
        phone=request.phone,
        email=request.email,
        created_at=created_at,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    seq = changes.publish(
        session, kind="booking", key=row.id, data=row.to_change(), now=now, scope=hub_id
    )
    return {"booking_id": row.id, "status": status, "reason": reason, "seq": seq}


def update_booking(
    session: Session, booking_id: str, status: str, *, hub_id: str, now: datetime
) -> JSONObject | None:
    """Cancel / check in / no-show a calendar booking; None if the server does not know it."""
    row = session.get(CalendarBooking, booking_id)
    if row is None or row.hub_id != hub_id:
        return None
    get_calendar(session, hub_id, lock=True)  # serialise with booking decisions
    if row.status != "cancelled":
        row.status = status
        row.updated_at = now
    session.flush()
    seq = changes.publish(
        session, kind="booking", key=row.id, data=row.to_change(), now=now, scope=hub_id
    )
    return {"booking_id": row.id, "status": row.status, "reason": row.reason, "seq": seq}


@dataclass(frozen=True)
class AttentionItem:
    booking_id: str
    code: str
    service_id: str
    start: datetime
    reason: str | None
    name: str | None
    phone: str | None
    email: str | None
    terminal_id: str


def needs_attention(session: Session, hub_id: str) -> list[AttentionItem]:
    """Bookings the server could not confirm, with the citizen's contact, oldest slot first."""
    rows = session.scalars(
        select(CalendarBooking)
        .where(CalendarBooking.hub_id == hub_id, CalendarBooking.status == "conflict")
        .order_by(CalendarBooking.start)
    )
    return [
        AttentionItem(
            r.id, r.code, r.service_id, r.start, r.reason, r.name, r.phone, r.email, r.terminal_id
        )
        for r in rows
    ]


__all__ = [
    "ACTIVE_STATUSES",
    "LEASE_BLOCK_MINUTES",
    "LEASE_HORIZON_DAYS",
    "LEASE_TTL",
    "AttentionItem",
    "BookingRequest",
    "CalendarBooking",
    "CalendarDefinition",
    "InvalidBooking",
    "Lease",
    "create_booking",
    "decide",
    "get_calendar",
    "is_calendar_booking",
    "needs_attention",
    "renew_leases",
    "set_calendar",
    "update_booking",
]
