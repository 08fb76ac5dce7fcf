"""What applying an outbox entry means, per kind.

A handler gets the open write transaction and the entry, may write (e.g. publish changes for
the hub's other terminals), and returns the result object the terminal gets back, now and on
every repeat. It raises :class:`Rejected` when the entry can never be applied as it is; the
push then rolls the handler's writes back (a savepoint) and records nothing.

The kinds known so far (``docs/protocol.md``):

``submission.create``  a form, survey answer or problem report; one naming a ``form_id`` is
                      validated again and stored for export (:mod:`kiosk.server.forms`).
``booking.create`` / ``booking.cancel`` / ``booking.check_in`` / ``booking.no_show`` /
``booking.done``
                      a booking event. A ``booking.create`` with a slot (``service_id``,
                      ``start``, ...) is decided by the calendar (:mod:`kiosk.server.calendar`):
                      ``final`` / ``confirmed`` / ``conflict``; the other kinds update a
                      calendar booking. Events without a slot are stored and published as
                      before (status ``requested`` etc.).
``staff.lockout`` / ``staff.maintenance`` / ``calendar.block``
                      staff mode events and closures (:mod:`kiosk.server.staff`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from kiosk.server import calendar, changes, forms, staff
from kiosk.sync.protocol import JSONObject, OutboxEntry, Reason


class Rejected(Exception):
    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.message_en)
        self.reason = reason


@dataclass(frozen=True)
class ApplyContext:
    session: Session
    terminal_id: str
    hub_id: str
    now: datetime


Handler = Callable[[ApplyContext, OutboxEntry], JSONObject]


def reject(code: str, de: str, en: str) -> Rejected:
    return Rejected(Reason(code=code, message_de=de, message_en=en))


def _required_text(entry: OutboxEntry, key: str) -> str:
    value = entry.payload.get(key)
    if not isinstance(value, str) or not 1 <= len(value) <= 200:
        raise reject(
            "invalid_payload",
            f"Die Daten sind unvollständig: „{key}“ fehlt oder ist ungültig.",
            f"The payload is incomplete: {key!r} is missing or invalid.",
        )
    return value


def _submission(ctx: ApplyContext, entry: OutboxEntry) -> JSONObject:
    if "form_id" not in entry.payload:
        return {"stored": True}  # an opaque submission naming no form: kept as received
    try:
        return forms.apply_submission(
            ctx.session,
            terminal_id=ctx.terminal_id,
            hub_id=ctx.hub_id,
            entry_id=entry.id,
            payload=entry.payload,
            now=ctx.now,
        )
    except forms.SubmissionRejected as exc:
        raise reject(exc.code, exc.message_de, exc.message_en) from None


_BOOKING_STATUS = {
    "booking.create": "requested",
    "booking.cancel": "cancelled",
    "booking.check_in": "checked_in",
    "booking.no_show": "no_show",
    "booking.done": "done",
}


def _booking(ctx: ApplyContext, entry: OutboxEntry) -> JSONObject:
    booking_id = _required_text(entry, "booking_id")
    status = _BOOKING_STATUS[entry.kind]
    try:
        if entry.kind == "booking.create" and calendar.is_calendar_booking(entry.payload):
            return calendar.create_booking(
                ctx.session,
                entry.payload,
                terminal_id=ctx.terminal_id,
                hub_id=ctx.hub_id,
                created_at=entry.created_at,
                now=ctx.now,
            )
        if entry.kind != "booking.create":
            decided = calendar.update_booking(
                ctx.session, booking_id, status, hub_id=ctx.hub_id, now=ctx.now
            )
            if decided is not None:
                return decided
    except calendar.InvalidBooking as exc:
        raise reject(
            "invalid_payload",
            f"Die Buchung ist ungültig: „{exc}“ fehlt oder ist falsch.",
            f"The booking is invalid: {exc!r} is missing or wrong.",
        ) from None
    data: JSONObject = {
        "booking_id": booking_id,
        "status": status,
        "terminal_id": ctx.terminal_id,
        "entry_id": entry.id,
        "event": entry.payload,
    }
    seq = changes.publish(
        ctx.session, kind="booking", key=booking_id, data=data, now=ctx.now, scope=ctx.hub_id
    )
    return {"booking_id": booking_id, "status": status, "seq": seq}


def _staff_event(_ctx: ApplyContext, _entry: OutboxEntry) -> JSONObject:
    return {"stored": True}  # kept in received_entries (terminal, hub, time, payload)


def _calendar_block(ctx: ApplyContext, entry: OutboxEntry) -> JSONObject:
    try:
        return staff.apply_block_entry(ctx.session, entry.payload, hub_id=ctx.hub_id, now=ctx.now)
    except staff.BlockRejected as exc:
        raise reject(exc.code, exc.message_de, exc.message_en) from None


HANDLERS: dict[str, Handler] = {
    "submission.create": _submission,
    **dict.fromkeys(_BOOKING_STATUS, _booking),
    "staff.lockout": _staff_event,
    "staff.maintenance": _staff_event,
    "calendar.block": _calendar_block,
}


def check_common(ctx: ApplyContext, entry: OutboxEntry) -> None:
    """Rules for every kind: a terminal pushes for its own hub only."""
    hub = entry.payload.get("hub_id")
    if hub is not None and hub != ctx.hub_id:
        raise reject(
            "wrong_hub",
            "Der Eintrag gehört zu einem anderen Dorfbüro als dieses Terminal.",
            "The entry names another hub than this terminal's.",
        )


def apply(ctx: ApplyContext, entry: OutboxEntry) -> JSONObject:
    handler = HANDLERS.get(entry.kind)
    if handler is None:
        raise reject(
            "unknown_kind",
            f"Der Server kennt die Art „{entry.kind}“ nicht (Server aktualisieren?).",
            f"The server does not know the kind {entry.kind!r} (server update needed?).",
        )
    check_common(ctx, entry)
    return handler(ctx, entry)
