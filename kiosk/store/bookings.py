"""Appointments on the terminal: book, cancel, read back, and forget personal data.

* :func:`book` writes the booking **and** its ``booking.create`` outbox entry in ONE
  ``Database.write()`` (DESIGN rule 1): when it returns, the receipt survives a power cut.
  A booking inside one of this terminal's unexpired leases is ``final``; any other is
  ``provisional`` until the server decides (``confirmed`` or ``conflict``).
* Idempotency: every booking flow on screen carries a ``flow_key``; a second tap on "Buchen"
  (or a retry after an error) with the same key returns the first booking, never a second.
* The server's decisions arrive by pull as ``booking`` records (:mod:`kiosk.store.sync_adapter`
  keeps them in ``replica_record``) and override the local state when read.
* Leases and the hub's calendar also come by pull (``lease``, ``calendar`` records). Without a
  calendar from the server (demo mode, never synced) it is derived from the content pack.
* :func:`purge_personal_data` (DESIGN rule 6) blanks name, phone and e-mail once the
  appointment is over plus the retention days **and** the server has the booking, deletes the
  delivered outbox entry that carried them, and checkpoints the WAL so that with
  ``secure_delete`` the name is gone from the file bytes, not just from the table.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import Integer, String, Text, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.core.booking_code import name_verifier, new_code, normalize_code
from kiosk.core.calendar import (
    Booked,
    BookingIndex,
    Calendar,
    CalendarError,
    FreeSlot,
    SlotUnavailable,
    Window,
    calendar_from_json,
    check_bookable,
    covering_lease,
    find_slot,
    free_slots,
)
from kiosk.core.calendar.from_content import calendar_from_content
from kiosk.errors import KnownError
from kiosk.store.base import Base
from kiosk.store.db import Database
from kiosk.store.models import OutboxEntry, OutboxState
from kiosk.store.outbox import enqueue
from kiosk.store.types import UTCDateTime, utc_now

log = logging.getLogger(__name__)

REPLICA_TABLE: Final = "replica_record"
"""Pulled state of :mod:`kiosk.store.sync_adapter` (read with plain SQL: no import cycle)."""

SERVER_ACTIVE: Final = frozenset({"final", "confirmed", "checked_in", "no_show", "done"})


class BookingState(StrEnum):
    FINAL = "final"
    PROVISIONAL = "provisional"
    CONFIRMED = "confirmed"
    CONFLICT = "conflict"
    CANCELLED = "cancelled"


OCCUPYING: Final = frozenset({BookingState.FINAL, BookingState.PROVISIONAL, BookingState.CONFIRMED})


class BookingError(KnownError):
    """A booking could not be made or found; the message is German, for the citizen."""


class SlotTakenError(BookingError):
    pass


class BookingNotFoundError(BookingError):
    pass


class Booking(Base):
    """One appointment booked on this terminal."""

    __tablename__ = "booking"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    flow_key: Mapped[str] = mapped_column(String(64), unique=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    hub_id: Mapped[str] = mapped_column(String(64))
    service_id: Mapped[str] = mapped_column(String(64))
    resource_id: Mapped[str] = mapped_column(String(64))
    start: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    busy_until: Mapped[datetime] = mapped_column(UTCDateTime)
    seats: Mapped[int] = mapped_column(Integer, default=1)
    lease_id: Mapped[str | None] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))
    name: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    verifier: Mapped[str] = mapped_column(String(64))
    outbox_entry_id: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    personal_data_deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# --- plain values for callers ------------------------------------------------------------------


@dataclass(frozen=True)
class BookingRequest:
    service_id: str
    resource_id: str
    start: datetime
    name: str
    phone: str | None = None
    email: str | None = None
    flow_key: str = ""
    """One per booking flow on screen (a second tap reuses it)."""


@dataclass(frozen=True)
class Receipt:
    booking_id: str
    code: str
    state: BookingState
    service_id: str
    resource_id: str
    start: datetime
    end: datetime
    name: str | None
    reason: str | None = None

    @property
    def provisional(self) -> bool:
        return self.state is BookingState.PROVISIONAL


# --- pulled state ----------------------------------------------------------------------------


def _replica(session: Session, kind: str) -> dict[str, dict[str, Any]]:
    rows = session.execute(
        text(f"SELECT key, data FROM {REPLICA_TABLE} WHERE kind = :kind"), {"kind": kind}
    )
    result: dict[str, dict[str, Any]] = {}
    for key, data in rows:
        value = json.loads(data)
        if isinstance(value, dict):
            result[str(key)] = value
    return result


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else None


def load_calendar(db: Database, hub_id: str) -> Calendar | None:
    """The hub's calendar as the server sent it, else derived from the content pack."""
    with db.session() as session:
        record = _replica(session, "calendar").get(hub_id)
    if record is not None:
        try:
            return calendar_from_json(record)
        except CalendarError:
            pass
    from kiosk.store.content import load_content

    pack = load_content(db)
    if pack is None or not any(h.id == hub_id for h in pack.hubs):
        return None
    return calendar_from_content(pack, hub_id)


@dataclass(frozen=True)
class Leases:
    own: tuple[Window, ...]
    """This terminal's unexpired leases: bookings inside are final."""
    others: tuple[Window, ...]
    """Other terminals' leases: their slots are not offered here."""


def leases(session: Session, terminal_id: str | None, now: datetime) -> Leases:
    own: list[Window] = []
    others: list[Window] = []
    for key, data in _replica(session, "lease").items():
        start, end = _instant(data.get("start")), _instant(data.get("end"))
        expires = _instant(data.get("expires_at"))
        resource, owner = data.get("resource_id"), data.get("terminal_id")
        if not (start and end and expires and isinstance(resource, str)) or end <= now:
            continue
        window = Window(resource, start, end, key, str(owner))
        if owner == terminal_id:
            if now < expires:
                own.append(window)
        else:
            others.append(window)  # reserved for its holder until it has passed
    return Leases(tuple(own), tuple(others))


def _server_bookings(session: Session) -> dict[str, dict[str, Any]]:
    return _replica(session, "booking")


def occupancy(session: Session, around: datetime | None = None) -> BookingIndex:
    """What occupies slots: local bookings (with the server's later word) and the bookings
    other terminals made, as pulled."""
    server = _server_bookings(session)
    query = select(
        Booking.id, Booking.state, Booking.resource_id, Booking.service_id, Booking.start,
        Booking.busy_until, Booking.seats,
    )  # fmt: skip
    if around is not None:  # a local day's slots only meet bookings starting within a day
        query = query.where(
            Booking.start > around - timedelta(days=1), Booking.start < around + timedelta(days=1)
        )
    index = BookingIndex()
    local_ids: set[str] = set()
    for booking_id, state, resource, service, start, busy, seats in session.execute(query):
        local_ids.add(booking_id)
        if _state_with(state, server.get(booking_id)) in OCCUPYING:
            index.add(Booked(resource, service, start, busy, seats))
    for key, data in server.items():
        if key in local_ids or data.get("status") not in SERVER_ACTIVE:
            continue
        begins, ends = _instant(data.get("start")), _instant(data.get("busy_until"))
        where, what = data.get("resource_id"), data.get("service_id")
        count = data.get("seats", 1)
        if begins and ends and isinstance(where, str) and isinstance(what, str):
            index.add(Booked(where, what, begins, ends, count if type(count) is int else 1))
    return index


def _effective_state(row: Booking, server: dict[str, Any] | None) -> BookingState:
    return _state_with(row.state, server)


def _state_with(local: str, server: dict[str, Any] | None) -> BookingState:
    if local == BookingState.CANCELLED:
        return BookingState.CANCELLED
    status = None if server is None else server.get("status")
    if status in ("final", "confirmed", "conflict", "cancelled"):
        return BookingState(status)
    if status in ("checked_in", "no_show"):
        return BookingState.CONFIRMED
    return BookingState(local)


def _receipt(row: Booking, server: dict[str, Any] | None) -> Receipt:
    reason = None if server is None else server.get("reason")
    return Receipt(
        booking_id=row.id,
        code=row.code,
        state=_effective_state(row, server),
        service_id=row.service_id,
        resource_id=row.resource_id,
        start=row.start,
        end=row.end,
        name=row.name,
        reason=reason if isinstance(reason, str) else None,
    )


# --- reading ---------------------------------------------------------------------------------


def free_slots_on(
    db: Database,
    calendar: Calendar,
    service_id: str,
    day: date,
    *,
    terminal_id: str | None,
    now: datetime | None = None,
) -> list[FreeSlot]:
    """The slots a citizen may book here on local ``day`` (final ones flagged)."""
    when = now or utc_now()
    with db.session() as session:
        noon = datetime.combine(day, datetime.min.time(), calendar.zone) + timedelta(hours=12)
        index = occupancy(session, noon.astimezone(UTC))
        held = leases(session, terminal_id, when)
    return free_slots(
        calendar, service_id, day, bookings=index, now=when,
        own_leases=held.own, others_leases=held.others,
    )  # fmt: skip


def get_receipt(db: Database, booking_id: str) -> Receipt | None:
    with db.session() as session:
        row = session.get(Booking, booking_id)
        if row is None:
            return None
        return _receipt(row, _server_bookings(session).get(booking_id))


def list_receipts(db: Database) -> list[Receipt]:
    """Every booking kept on this terminal, by start (staff view, tests)."""
    with db.session() as session:
        server = _server_bookings(session)
        rows = session.scalars(select(Booking).order_by(Booking.start))
        return [_receipt(row, server.get(row.id)) for row in rows]


# --- writing ---------------------------------------------------------------------------------


def _clean(value: str | None, limit: int) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value[:limit] or None


_REASONS_DE: Final = {
    "taken": "Dieser Termin ist gerade vergeben worden. Bitte wählen Sie eine andere Zeit.",
    "leased_elsewhere": "Dieser Termin wird an einem anderen Terminal vergeben. "
    "Bitte wählen Sie eine andere Zeit.",
    "too_soon": "Dieser Termin ist zu kurzfristig. Bitte wählen Sie eine spätere Zeit.",
    "too_far": "Dieser Termin liegt zu weit in der Zukunft.",
    "not_a_slot": "Diesen Termin gibt es nicht (mehr). Bitte wählen Sie eine andere Zeit.",
    "unknown_service": "Für diese Leistung kann man hier keinen Termin buchen.",
}


def book(
    db: Database,
    calendar: Calendar,
    request: BookingRequest,
    *,
    terminal_id: str | None,
    now: datetime | None = None,
) -> Receipt:
    """Book ``request`` (booking + outbox entry in ONE transaction) and return the receipt.

    The same ``flow_key`` again returns the first booking. :class:`SlotTakenError` (German
    message) when the slot cannot be booked (any more).
    """
    when = now or utc_now()
    name = _clean(request.name, 200)
    if not name:
        raise BookingError("Bitte geben Sie Ihren Namen ein.")
    flow_key = request.flow_key or uuid.uuid4().hex
    with db.write() as session:
        existing = session.scalars(select(Booking).where(Booking.flow_key == flow_key)).first()
        if existing is not None:
            return _receipt(existing, _server_bookings(session).get(existing.id))
        try:
            slot = find_slot(calendar, request.service_id, request.resource_id, request.start)
            held = leases(session, terminal_id, when)
            check_bookable(
                calendar, slot, bookings=occupancy(session, slot.start), now=when,
                others_leases=held.others,
            )  # fmt: skip
        except SlotUnavailable as exc:
            raise SlotTakenError(_REASONS_DE.get(exc.code, _REASONS_DE["taken"])) from None
        lease_id = covering_lease(slot, held.own)
        code = new_code()
        while session.scalars(select(Booking.id).where(Booking.code == code)).first():
            code = new_code()  # pragma: no cover - 31**7 codes
        booking_id = uuid.uuid4().hex
        row = Booking(
            id=booking_id,
            flow_key=flow_key,
            code=code,
            hub_id=calendar.hub_id,
            service_id=slot.service_id,
            resource_id=slot.resource_id,
            start=slot.start,
            end=slot.end,
            busy_until=slot.busy_until,
            seats=1,
            lease_id=lease_id,
            state=BookingState.FINAL if lease_id else BookingState.PROVISIONAL,
            name=name,
            phone=_clean(request.phone, 100),
            email=_clean(request.email, 200),
            verifier=name_verifier(code, name),
            created_at=when,
        )
        session.add(row)
        row.outbox_entry_id = enqueue(
            session,
            "booking.create",
            {
                "booking_id": booking_id,
                "hub_id": calendar.hub_id,
                "service_id": slot.service_id,
                "resource_id": slot.resource_id,
                "start": slot.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "seats": 1,
                "code": code,
                "verifier": row.verifier,
                "lease_id": lease_id,
                "name": row.name,
                "phone": row.phone,
                "email": row.email,
            },
            now=when,
        )
        session.flush()
        return _receipt(row, None)


def find_by_code(db: Database, code: str, name: str) -> Receipt:
    """The booking with ``code`` whose name matches; one message for every miss (no hints)."""
    with db.write() as session:
        return _receipt(*_locate(session, code, name))


def _locate(session: Session, code: str, name: str) -> tuple[Booking, dict[str, Any] | None]:
    wanted = normalize_code(code)
    missing = BookingNotFoundError(
        "Wir finden keinen Termin mit diesem Code und Namen. Bitte prüfen Sie beides."
    )
    server = _server_bookings(session)
    row = session.scalars(select(Booking).where(Booking.code == wanted)).first()
    if row is not None:
        if row.verifier != name_verifier(wanted, name):
            raise missing
        return row, server.get(row.id)
    # Booked at another terminal of the hub: check code + name against the server's verifier
    # and keep a local, name-less copy so that the cancellation can travel and free the slot.
    for key, data in server.items():
        if data.get("code") == wanted and data.get("verifier") == name_verifier(wanted, name):
            start, end = _instant(data.get("start")), _instant(data.get("end"))
            busy = _instant(data.get("busy_until"))
            if not (start and end and busy):
                break
            row = Booking(
                id=key, flow_key=f"remote:{key}", code=wanted, hub_id="",
                service_id=str(data.get("service_id")), resource_id=str(data.get("resource_id")),
                start=start, end=end, busy_until=busy, seats=1,
                lease_id=None, state=str(data.get("status")), name=None, phone=None, email=None,
                verifier=str(data["verifier"]), created_at=utc_now(),
            )  # fmt: skip
            session.add(row)
            session.flush()
            return row, data
    raise missing


def cancel(db: Database, code: str, name: str, *, now: datetime | None = None) -> Receipt:
    """Cancel by booking code + name: frees the slot here at once, tells the server."""
    when = now or utc_now()
    with db.write() as session:
        row, server = _locate(session, code, name)
        if _effective_state(row, server) is BookingState.CANCELLED:
            return _receipt(row, server)
        row.state = BookingState.CANCELLED
        row.cancelled_at = when
        enqueue(session, "booking.cancel", {"booking_id": row.id}, now=when)
        session.flush()
        return _receipt(row, None)


# --- retention -------------------------------------------------------------------------------


def _server_has(session: Session, row: Booking, server: dict[str, dict[str, Any]]) -> bool:
    if row.id in server:
        return True
    if row.outbox_entry_id is None:
        return False
    entry = session.get(OutboxEntry, row.outbox_entry_id)
    return entry is not None and entry.state == OutboxState.SENT


def purge_personal_data(
    db: Database, *, retention_days: int = 7, now: datetime | None = None
) -> int:
    """Forget name, phone and e-mail of bookings whose appointment ended ``retention_days``
    ago and that the server has. Returns how many bookings were blanked."""
    when = now or utc_now()
    cutoff = when - timedelta(days=retention_days)
    with db.write() as session:
        server = _server_bookings(session)
        rows = session.scalars(
            select(Booking)
            .where(Booking.busy_until <= cutoff)
            .where(Booking.personal_data_deleted_at.is_(None))
        ).all()
        done = 0
        for row in rows:
            if not _server_has(session, row, server):
                continue
            row.name = row.phone = row.email = None
            row.personal_data_deleted_at = when
            # The delivered outbox entry carried the name too.
            for entry in _entries_of(session, row):
                session.delete(entry)
            done += 1
    if done:
        compact(db)
    return done


def _entries_of(session: Session, row: Booking) -> Iterable[OutboxEntry]:
    sent = session.scalars(
        select(OutboxEntry)
        .where(OutboxEntry.state == OutboxState.SENT)
        .where(OutboxEntry.kind.in_(("booking.create", "booking.cancel")))
        .where(OutboxEntry.payload.contains(row.id))
    )
    return list(sent)


def compact(db: Database, *, vacuum: bool = False) -> None:
    """Copy the WAL into the main file and truncate it (old page versions, with the values
    ``secure_delete`` already zeroed in the main pages, live on in the WAL until then);
    ``vacuum=True`` also rebuilds the file without free pages."""
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            log.warning("WAL checkpoint incomplete (a reader is active); retried at next purge")
        if vacuum:
            cursor.execute("VACUUM")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


__all__ = [
    "Booking",
    "BookingError",
    "BookingNotFoundError",
    "BookingRequest",
    "BookingState",
    "Leases",
    "Receipt",
    "SlotTakenError",
    "book",
    "cancel",
    "compact",
    "find_by_code",
    "free_slots_on",
    "get_receipt",
    "leases",
    "list_receipts",
    "load_calendar",
    "occupancy",
    "purge_personal_data",
]
