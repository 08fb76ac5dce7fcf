"""The hub's appointment desk for staff: read the calendar, act on bookings, resolve problems.

Every action is ONE write with its outbox entry (DESIGN rule 1), so it works offline and
reaches the server exactly once:

===================  ==========================  =============================================
action               outbox kind                 kept here
===================  ==========================  =============================================
check-in (arrived)   ``booking.check_in``        a desk mark (``staff_booking_mark``)
done                 ``booking.done``            a desk mark
no-show              ``booking.no_show``         a desk mark
cancel with reason   ``booking.cancel``          the booking cancelled (frees the slot at once)
reschedule           ``booking.create`` + cancel a new booking (same rules and leases as a
                                                 citizen's) and the old one cancelled
walk-in / phone      ``booking.create``          :func:`kiosk.store.bookings.book`
block a time range   ``calendar.block``          ``staff_block`` + the hub calendar blocked
                                                 locally (:mod:`kiosk.core.closures`)
===================  ==========================  =============================================

Bookings made at other terminals of the hub arrive by pull without personal data (the server
keeps the contact); they are listed with their code only. Acting on one keeps a name-less
local copy, as cancelling by code does in :mod:`kiosk.store.bookings`.

"Needs attention" lists (a) bookings the server decided as ``conflict`` and (b) outbox entries
the server refused, each with codes the UI turns into German sentences; each can be resolved
(rebook, cancel, retry, dismiss with a note), and the resolution is kept.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.core.calendar import Calendar, CalendarError, FreeSlot
from kiosk.core.calendar.slots import local_day_range, slot_key
from kiosk.core.closures import Block, apply_block
from kiosk.store import bookings
from kiosk.store.base import Base
from kiosk.store.bookings import Booking, BookingRequest, BookingState, Receipt
from kiosk.store.db import Database
from kiosk.store.models import OutboxEntry, OutboxState
from kiosk.store.outbox import encode_payload, enqueue
from kiosk.store.staff import StaffMember
from kiosk.store.sync_adapter import ReplicaRecord, SyncStore, attention_reason
from kiosk.store.types import UTCDateTime, utc_now

log = logging.getLogger(__name__)

BLOCK_KIND: Final = "calendar.block"
_ISO: Final = "%Y-%m-%dT%H:%M:%SZ"


class DeskStatus(StrEnum):
    OPEN = "open"
    ARRIVED = "arrived"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    CONFLICT = "conflict"


_MARK_KINDS: Final = {
    DeskStatus.ARRIVED: "booking.check_in",
    DeskStatus.DONE: "booking.done",
    DeskStatus.NO_SHOW: "booking.no_show",
}
_SERVER_STATUS: Final = {
    "checked_in": DeskStatus.ARRIVED,
    "done": DeskStatus.DONE,
    "no_show": DeskStatus.NO_SHOW,
    "cancelled": DeskStatus.CANCELLED,
    "conflict": DeskStatus.CONFLICT,
}


class DeskError(bookings.BookingError):
    """An action is not possible; the message is German, for staff."""


# --- tables ----------------------------------------------------------------------------------


class BookingMark(Base):
    """What staff did with a booking at the desk (arrived, done, no-show, cancelled)."""

    __tablename__ = "staff_booking_mark"

    booking_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[str] = mapped_column(String(64))
    marked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CalendarBlock(Base):
    __tablename__ = "staff_block"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(64))
    resource_ids: Mapped[str] = mapped_column(Text)
    """JSON list; empty: every resource."""
    start: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    end: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AttentionResolution(Base):
    __tablename__ = "staff_attention_resolution"

    item_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    action: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[str] = mapped_column(String(64))
    resolved_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- values ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Appointment:
    booking_id: str
    code: str
    start: datetime
    end: datetime
    service_id: str
    resource_id: str
    name: str | None
    phone: str | None
    email: str | None
    state: BookingState
    status: DeskStatus
    booked_here: bool
    note: str | None = None

    @property
    def provisional(self) -> bool:
        return self.state is BookingState.PROVISIONAL

    @property
    def active(self) -> bool:
        """Still expected: not cancelled, no conflict, not closed at the desk."""
        return self.status in (DeskStatus.OPEN, DeskStatus.ARRIVED)


class AttentionKind(StrEnum):
    CONFLICT = "conflict"
    """The server could not give this booking its slot."""
    REFUSED = "refused"
    """The server refused an entry for good."""


@dataclass(frozen=True)
class AttentionItem:
    key: str
    kind: AttentionKind
    reason_code: str
    """The server's reason (``taken``, ``leased_elsewhere``, ``invalid_payload``, ...)."""
    server_message: str | None
    """The server's own German sentence, if it sent one."""
    entry_kind: str | None
    """For refused entries: ``booking.create``, ``submission.create``, ..."""
    happened_at: datetime
    appointment: Appointment | None


@dataclass(frozen=True)
class SyncDetails:
    pending: int
    needs_attention: int
    oldest_pending_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None


# --- helpers ---------------------------------------------------------------------------------


def _instant(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else None


def _server_records(session: Session, kind: str) -> dict[str, dict[str, Any]]:
    rows = session.execute(
        select(ReplicaRecord.key, ReplicaRecord.data).where(ReplicaRecord.kind == kind)
    )
    found: dict[str, dict[str, Any]] = {}
    for key, data in rows:
        value = json.loads(data)
        if isinstance(value, dict):
            found[key] = value
    return found


def _booking_state(local: str, server: dict[str, Any] | None) -> BookingState:
    if local == BookingState.CANCELLED:
        return BookingState.CANCELLED
    status = None if server is None else server.get("status")
    if status in ("final", "confirmed", "conflict", "cancelled"):
        return BookingState(status)
    if status in ("checked_in", "no_show", "done"):
        return BookingState.CONFIRMED
    try:
        return BookingState(local)
    except ValueError:
        return BookingState.CONFIRMED


def _desk_status(
    state: BookingState, server: dict[str, Any] | None, mark: BookingMark | None
) -> DeskStatus:
    if state is BookingState.CANCELLED:
        return DeskStatus.CANCELLED
    if mark is not None:
        return DeskStatus(mark.status)
    status = None if server is None else server.get("status")
    if isinstance(status, str) and status in _SERVER_STATUS:
        return _SERVER_STATUS[status]
    if state is BookingState.CONFLICT:
        return DeskStatus.CONFLICT
    return DeskStatus.OPEN


def _from_row(row: Booking, server: dict[str, Any] | None, mark: BookingMark | None) -> Appointment:
    state = _booking_state(row.state, server)
    return Appointment(
        booking_id=row.id, code=row.code, start=row.start, end=row.end,
        service_id=row.service_id, resource_id=row.resource_id,
        name=row.name, phone=row.phone, email=row.email, state=state,
        status=_desk_status(state, server, mark),
        booked_here=not row.flow_key.startswith("remote:"),
        note=mark.note if mark is not None else None,
    )  # fmt: skip


def _from_server(key: str, data: dict[str, Any], mark: BookingMark | None) -> Appointment | None:
    start, end = _instant(data.get("start")), _instant(data.get("end"))
    service, resource = data.get("service_id"), data.get("resource_id")
    if not (start and end and isinstance(service, str) and isinstance(resource, str)):
        return None
    state = _booking_state("confirmed", data)
    return Appointment(
        booking_id=key, code=str(data.get("code") or ""), start=start, end=end,
        service_id=service, resource_id=resource, name=None, phone=None, email=None,
        state=state, status=_desk_status(state, data, mark), booked_here=False,
        note=mark.note if mark is not None else None,
    )  # fmt: skip


# --- the desk --------------------------------------------------------------------------------


class StaffDesk:
    """Appointments of one hub on this terminal's database. Plain values in and out."""

    def __init__(
        self,
        db: Database,
        *,
        hub_id: str,
        terminal_id: str | None,
        data_dir: Path,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self.hub_id = hub_id
        self.terminal_id = terminal_id
        self.data_dir = data_dir
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    def calendar(self) -> Calendar | None:
        return bookings.load_calendar(self.db, self.hub_id)

    # --- reading ---------------------------------------------------------------------------

    def appointments(self, start: datetime, end: datetime) -> list[Appointment]:
        """Every booking of the hub starting in [start, end), by start time."""
        with self.db.session() as session:
            return self._appointments(session, start, end)

    def _appointments(
        self, session: Session, start: datetime | None, end: datetime | None
    ) -> list[Appointment]:
        server = _server_records(session, "booking")
        marks = {m.booking_id: m for m in session.scalars(select(BookingMark))}
        query = select(Booking)
        if start is not None and end is not None:
            query = query.where(Booking.start >= start, Booking.start < end)
        found: dict[str, Appointment] = {}
        local_ids = set(session.scalars(select(Booking.id)))
        for row in session.scalars(query):
            found[row.id] = _from_row(row, server.get(row.id), marks.get(row.id))
        for key, data in server.items():
            if key in local_ids:
                continue
            item = _from_server(key, data, marks.get(key))
            if item is None:
                continue
            if start is not None and end is not None and not start <= item.start < end:
                continue
            found[key] = item
        return sorted(found.values(), key=lambda a: (a.start, a.resource_id, a.code))

    def day(self, day: date) -> list[Appointment]:
        zone = self._zone()
        begin, finish = local_day_range(day, zone)
        return self.appointments(begin, finish)

    def week(self, any_day: date) -> list[Appointment]:
        """Monday to Sunday of the week holding ``any_day``."""
        monday = any_day - timedelta(days=any_day.weekday())
        zone = self._zone()
        begin, _ = local_day_range(monday, zone)
        _, finish = local_day_range(monday + timedelta(days=6), zone)
        return self.appointments(begin, finish)

    def search(self, text: str) -> list[Appointment]:
        """By booking code (with or without dash) or part of the name, case-insensitive."""
        wanted = " ".join(text.split()).casefold()
        if not wanted:
            return []
        code = wanted.replace("-", "").replace(" ", "").upper()
        with self.db.session() as session:
            every = self._appointments(session, None, None)
        return [
            a
            for a in every
            if (len(code) >= 3 and a.code.startswith(code))
            or (a.name is not None and wanted in a.name.casefold())
        ]

    def get(self, booking_id: str) -> Appointment | None:
        with self.db.session() as session:
            return self._get(session, booking_id)

    def _get(self, session: Session, booking_id: str) -> Appointment | None:
        mark = session.get(BookingMark, booking_id)
        server = _server_records(session, "booking").get(booking_id)
        row = session.get(Booking, booking_id)
        if row is not None:
            return _from_row(row, server, mark)
        if server is not None:
            return _from_server(booking_id, server, mark)
        return None

    def _zone(self) -> Any:
        calendar = self.calendar()
        if calendar is not None:
            return calendar.zone
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Berlin")

    def free_slots(self, service_id: str, day: date) -> list[FreeSlot]:
        calendar = self._require_calendar()
        return bookings.free_slots_on(
            self.db, calendar, service_id, day, terminal_id=self.terminal_id, now=self.now()
        )

    # --- marks -----------------------------------------------------------------------------

    def check_in(self, booking_id: str, staff: StaffMember) -> Appointment:
        return self._mark(booking_id, DeskStatus.ARRIVED, staff)

    def done(self, booking_id: str, staff: StaffMember) -> Appointment:
        return self._mark(booking_id, DeskStatus.DONE, staff)

    def no_show(self, booking_id: str, staff: StaffMember) -> Appointment:
        return self._mark(booking_id, DeskStatus.NO_SHOW, staff)

    def _mark(self, booking_id: str, status: DeskStatus, staff: StaffMember) -> Appointment:
        now = self.now()
        with self.db.write() as session:
            current = self._get(session, booking_id)
            if current is None:
                raise DeskError("Diesen Termin gibt es nicht (mehr).")
            if current.status is DeskStatus.CANCELLED:
                raise DeskError("Dieser Termin ist abgesagt.")
            if current.status is status:
                return current  # a second tap changes nothing and sends nothing
            mark = session.get(BookingMark, booking_id)
            if mark is None:
                mark = BookingMark(booking_id=booking_id)
                session.add(mark)
            mark.status, mark.staff_id, mark.marked_at = status.value, staff.id, now
            enqueue(
                session,
                _MARK_KINDS[status],
                {"booking_id": booking_id, "hub_id": self.hub_id, "staff_id": staff.id},
                now=now,
            )
            session.flush()
            log.info("staff %s: booking %s %s", staff.id, booking_id, status.value)
            return replace(current, status=status)

    # --- cancel, reschedule, walk-in -------------------------------------------------------

    def cancel(self, booking_id: str, reason: str, staff: StaffMember) -> Appointment:
        """Cancel with a reason: the slot is free here at once, the server is told."""
        reason = " ".join(reason.split())[:300]
        if not reason:
            raise DeskError("Bitte geben Sie einen Grund für die Absage an.")
        with self.db.write() as session:
            return self._cancel(session, booking_id, reason, staff)

    def _cancel(
        self, session: Session, booking_id: str, reason: str, staff: StaffMember
    ) -> Appointment:
        now = self.now()
        current = self._get(session, booking_id)
        if current is None:
            raise DeskError("Diesen Termin gibt es nicht (mehr).")
        if current.status is DeskStatus.CANCELLED:
            return current
        row = session.get(Booking, booking_id)
        if row is None:
            row = self._local_copy(session, booking_id)
        row.state = BookingState.CANCELLED
        row.cancelled_at = now
        mark = session.get(BookingMark, booking_id)
        if mark is None:
            mark = BookingMark(booking_id=booking_id)
            session.add(mark)
        mark.status, mark.note = DeskStatus.CANCELLED.value, reason
        mark.staff_id, mark.marked_at = staff.id, now
        enqueue(
            session,
            "booking.cancel",
            {
                "booking_id": booking_id,
                "hub_id": self.hub_id,
                "staff_id": staff.id,
                "reason": reason,
            },
            now=now,
        )
        session.flush()
        log.info("staff %s cancelled booking %s", staff.id, booking_id)
        return replace(current, status=DeskStatus.CANCELLED, state=BookingState.CANCELLED,
                       note=reason)  # fmt: skip

    def _local_copy(self, session: Session, booking_id: str) -> Booking:
        """A name-less local row for a booking made at another terminal (as cancel-by-code)."""
        data = _server_records(session, "booking").get(booking_id) or {}
        start, end = _instant(data.get("start")), _instant(data.get("end"))
        busy = _instant(data.get("busy_until")) or end
        if not (start and end and busy):
            raise DeskError("Diesen Termin gibt es nicht (mehr).")
        row = Booking(
            id=booking_id, flow_key=f"remote:{booking_id}", code=str(data.get("code") or ""),
            hub_id=self.hub_id, service_id=str(data.get("service_id")),
            resource_id=str(data.get("resource_id")), start=start, end=end, busy_until=busy,
            seats=1, lease_id=None, state=str(data.get("status") or "confirmed"), name=None,
            phone=None, email=None, verifier=str(data.get("verifier") or ""),
            created_at=self.now(),
        )  # fmt: skip
        session.add(row)
        session.flush()
        return row

    def book_walk_in(
        self,
        slot: FreeSlot,
        *,
        name: str,
        phone: str | None = None,
        email: str | None = None,
        flow_key: str,
    ) -> Receipt:
        """A booking for a walk-in or a phone caller: the citizen flow's rules and leases."""
        request = BookingRequest(
            slot.slot.service_id, slot.slot.resource_id, slot.slot.start, name,
            phone or None, email or None, flow_key,
        )  # fmt: skip
        return bookings.book(
            self.db, self._require_calendar(), request, terminal_id=self.terminal_id,
            now=self.now(),
        )  # fmt: skip

    def reschedule(self, booking_id: str, slot: FreeSlot, staff: StaffMember) -> Receipt:
        """Book ``slot`` for the same person, then cancel the old booking.

        Two writes (the booking rules live in :func:`bookings.book`); the flow key is derived
        from the old booking and the new slot, so a retry after a crash between them books
        nothing twice and finishes the cancel.
        """
        old = self.get(booking_id)
        if old is None or old.status is DeskStatus.CANCELLED:
            raise DeskError("Dieser Termin kann nicht mehr verlegt werden.")
        name = old.name or f"Termin {old.code}"
        flow = f"reschedule:{booking_id}:{slot_key(slot.slot.service_id, slot.slot.resource_id, slot.slot.start)}"  # noqa: E501
        receipt = self.book_walk_in(
            slot, name=name, phone=old.phone, email=old.email, flow_key=flow[:64]
        )
        zone = self._zone()
        when = receipt.start.astimezone(zone).strftime("%d.%m.%Y %H:%M")
        self.cancel(booking_id, f"Verlegt auf {when} (Code {receipt.code})", staff)
        return receipt

    def _require_calendar(self) -> Calendar:
        calendar = self.calendar()
        if calendar is None:
            raise DeskError("Für dieses Dorfbüro gibt es noch keinen Terminkalender.")
        return calendar

    # --- blocking a time range -------------------------------------------------------------

    def block(
        self,
        start: datetime,
        end: datetime,
        note: str,
        staff: StaffMember,
        *,
        resource_ids: Iterable[str] = (),
    ) -> list[Appointment]:
        """Close [start, end) for new bookings (here at once, on the server and the other
        terminals after sync); returns the still-expected appointments inside, to call."""
        note = " ".join(note.split())[:200]
        try:
            block = Block(tuple(resource_ids), start.astimezone(UTC), end.astimezone(UTC), note)
            calendar = apply_block(self._require_calendar(), block)
        except CalendarError as exc:
            raise DeskError(f"Diese Sperre ist nicht möglich ({exc}).") from None
        now = self.now()
        block_id = uuid.uuid4().hex
        with self.db.write() as session:
            session.add(
                CalendarBlock(
                    id=block_id, hub_id=self.hub_id, resource_ids=json.dumps(block.resource_ids),
                    start=block.start, end=block.end, note=note, staff_id=staff.id,
                    created_at=now,
                )
            )  # fmt: skip
            self._store_calendar(session, calendar)
            enqueue(
                session,
                BLOCK_KIND,
                {
                    "block_id": block_id,
                    "hub_id": self.hub_id,
                    "staff_id": staff.id,
                    "resource_ids": list(block.resource_ids),
                    "start": block.start.strftime(_ISO),
                    "end": block.end.strftime(_ISO),
                    "note": note,
                },
                now=now,
            )
            log.info("staff %s blocked %s - %s", staff.id, block.start, block.end)
            affected = self._appointments(session, block.start - timedelta(days=1), block.end)
        return [a for a in affected if a.active and block.overlaps(a.resource_id, a.start, a.end)]

    def _store_calendar(self, session: Session, calendar: Calendar) -> None:
        """The blocked calendar replaces the pulled one until the server sends its own."""
        text = encode_payload(calendar.to_json())
        row = session.get(ReplicaRecord, ("calendar", self.hub_id))
        if row is None:
            session.add(ReplicaRecord(kind="calendar", key=self.hub_id, seq=0, data=text))
        else:
            row.data = text

    def blocks(self) -> list[Block]:
        with self.db.session() as session:
            rows = session.scalars(select(CalendarBlock).order_by(CalendarBlock.start)).all()
            return [Block(tuple(json.loads(r.resource_ids)), r.start, r.end, r.note) for r in rows]

    # --- needs attention -------------------------------------------------------------------

    def needs_attention(self) -> list[AttentionItem]:
        items: list[AttentionItem] = []
        with self.db.session() as session:
            resolved = set(session.scalars(select(AttentionResolution.item_key)))
            server = _server_records(session, "booking")
            marks = {m.booking_id: m for m in session.scalars(select(BookingMark))}
            for row in session.scalars(select(Booking).order_by(Booking.start)):
                data = server.get(row.id)
                if data is None or data.get("status") != "conflict" or row.state == "cancelled":
                    continue
                key = f"booking:{row.id}"
                if key in resolved:
                    continue
                items.append(
                    AttentionItem(
                        key, AttentionKind.CONFLICT, str(data.get("reason") or "taken"), None,
                        None, row.created_at, _from_row(row, data, marks.get(row.id)),
                    )
                )  # fmt: skip
            entries = session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.state == OutboxState.NEEDS_ATTENTION)
                .order_by(OutboxEntry.seq)
            )
            for entry in entries:
                key = f"entry:{entry.id}"
                if key in resolved:
                    continue
                reason = attention_reason(entry.last_error) or {}
                payload = json.loads(entry.payload)
                booking_id = payload.get("booking_id") if isinstance(payload, dict) else None
                appointment = None
                if isinstance(booking_id, str):
                    appointment = self._get(session, booking_id)
                items.append(
                    AttentionItem(
                        key, AttentionKind.REFUSED,
                        reason.get("code") or reason.get("status") or "refused",
                        reason.get("message_de") or (None if reason else entry.last_error),
                        entry.kind, entry.created_at, appointment,
                    )
                )  # fmt: skip
        return items

    def resolve(
        self,
        item: AttentionItem,
        action: str,
        staff: StaffMember,
        *,
        note: str = "",
        slot: FreeSlot | None = None,
    ) -> Receipt | None:
        """``dismiss`` (note required), ``cancel``, ``rebook`` (with ``slot``), ``retry``."""
        note = " ".join(note.split())[:500]
        receipt: Receipt | None = None
        booking_id = item.appointment.booking_id if item.appointment else None
        if action == "rebook":
            if slot is None or booking_id is None:
                raise DeskError("Bitte wählen Sie einen neuen Termin.")
            receipt = self.reschedule(booking_id, slot, staff)
        elif action == "dismiss" and not note:
            raise DeskError("Bitte schreiben Sie kurz dazu, was erledigt wurde.")
        elif action not in ("dismiss", "cancel", "retry"):
            raise ValueError(f"unknown action {action!r}")
        with self.db.write() as session:
            if action == "cancel":
                if booking_id is None:
                    raise DeskError("Hier gibt es keinen Termin abzusagen.")
                self._cancel(session, booking_id, note or "Konflikt bei der Buchung", staff)
            if action == "retry":
                entry = session.get(OutboxEntry, item.key.removeprefix("entry:"))
                if entry is None or entry.state != OutboxState.NEEDS_ATTENTION:
                    raise DeskError("Dieser Eintrag kann nicht erneut gesendet werden.")
                entry.state = OutboxState.PENDING
                entry.next_attempt_at = self.now()
            session.add(
                AttentionResolution(
                    item_key=item.key, action=action, note=note, staff_id=staff.id,
                    resolved_at=self.now(),
                )
            )  # fmt: skip
        log.info("staff %s resolved %s by %s", staff.id, item.key, action)
        return receipt

    # --- sync ------------------------------------------------------------------------------

    def sync_details(self) -> SyncDetails:
        store = SyncStore(self.db, self.data_dir, clock=self._clock)
        status = store.status()
        health = store.health()
        return SyncDetails(
            pending=status.pending,
            needs_attention=status.needs_attention,
            oldest_pending_at=health.oldest_unsent_at,
            last_success_at=status.last_success_at,
            last_error=status.last_error,
        )

    def retry_now(self) -> int:
        return SyncStore(self.db, self.data_dir, clock=self._clock).retry_now()


__all__ = [
    "BLOCK_KIND",
    "Appointment",
    "AttentionItem",
    "AttentionKind",
    "AttentionResolution",
    "BookingMark",
    "CalendarBlock",
    "DeskError",
    "DeskStatus",
    "StaffDesk",
    "SyncDetails",
]
