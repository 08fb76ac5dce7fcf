"""Staff accounts of the region's hubs, and the staff events terminals push.

An account (name, hub, role ``staff``/``admin``, PIN hash) is made with
``kiosk server staff add`` and published to the hub's terminals as a ``staff`` change
(key: staff id) carrying the scrypt hash, never the PIN (:mod:`kiosk.core.staff_auth`).
Terminals pepper the hash before they store it.

Pushed kinds handled here:

``staff.lockout``      a terminal locked staff login after wrong PINs (kept as received:
                      ``received_entries`` holds it with terminal, hub and time).
``staff.maintenance``  an admin left kiosk mode on a terminal (kept as received).
``calendar.block``     staff closed a time range of the hub's calendar: the server's calendar
                      gets the same dated exceptions (:func:`kiosk.core.closures.apply_block`)
                      and is published to the hub's terminals.
"""

from __future__ import annotations

import logging
import re
import uuid
from datetime import UTC, datetime

from sqlalchemy import Boolean, ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.core import staff_auth
from kiosk.core.calendar import CalendarError
from kiosk.core.closures import Block, apply_block
from kiosk.core.staff_auth import StaffRole
from kiosk.server import calendar, changes
from kiosk.server.errors import AdminError
from kiosk.server.models import Base, Hub, UTCDateTime
from kiosk.sync.protocol import JSONObject

log = logging.getLogger(__name__)

STAFF_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


class StaffAccount(Base):
    __tablename__ = "staff_accounts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hub_id: Mapped[str] = mapped_column(ForeignKey("hubs.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    def __repr__(self) -> str:  # no hash in tracebacks
        return f"<StaffAccount {self.id} {self.role} hub={self.hub_id}>"

    def to_change(self) -> JSONObject:
        return {
            "staff_id": self.id,
            "hub_id": self.hub_id,
            "name": self.name,
            "role": self.role,
            "pin_hash": self.pin_hash,
            "active": self.active,
        }


def _publish(session: Session, account: StaffAccount, now: datetime) -> int:
    return changes.publish(
        session, kind="staff", key=account.id, data=account.to_change(), now=now,
        scope=account.hub_id,
    )  # fmt: skip


def add_staff(
    session: Session,
    *,
    hub_id: str,
    name: str,
    role: str,
    pin: str,
    staff_id: str | None = None,
    log2_n: int = staff_auth.SCRYPT_LOG2_N,
    now: datetime | None = None,
) -> StaffAccount:
    """A new account; published to the hub's terminals. AdminError on a bad value."""
    when = now or datetime.now(UTC)
    if session.get(Hub, hub_id) is None:
        raise AdminError(f"no hub {hub_id!r} (add it first: kiosk server hub add ID NAME)")
    name = " ".join(name.split())
    if not 1 <= len(name) <= 200:
        raise AdminError("name: 1-200 characters")
    try:
        chosen_role = StaffRole(role)
    except ValueError:
        raise AdminError("role must be staff or admin") from None
    try:
        pin_hash = staff_auth.hash_pin(pin, log2_n=log2_n)
    except staff_auth.PinPolicyError as exc:
        raise AdminError(f"PIN refused: {exc}") from None
    account_id = staff_id or uuid.uuid4().hex[:12]
    if not STAFF_ID_RE.fullmatch(account_id):
        raise AdminError("staff id: 1-64 lower-case letters, digits, '.', '_' and '-'")
    if session.get(StaffAccount, account_id) is not None:
        raise AdminError(f"staff id {account_id!r} exists already")
    account = StaffAccount(
        id=account_id, hub_id=hub_id, name=name, role=chosen_role.value,
        pin_hash=pin_hash.encode(), active=True, created_at=when, updated_at=when,
    )  # fmt: skip
    session.add(account)
    session.flush()
    _publish(session, account, when)
    log.info("staff account %s added for hub %s (%s)", account_id, hub_id, chosen_role.value)
    return account


def list_staff(session: Session, hub_id: str | None = None) -> list[StaffAccount]:
    query = select(StaffAccount).order_by(StaffAccount.hub_id, StaffAccount.name)
    if hub_id:
        query = query.where(StaffAccount.hub_id == hub_id)
    return list(session.scalars(query))


def set_active(
    session: Session, staff_id: str, active: bool, *, now: datetime | None = None
) -> None:
    when = now or datetime.now(UTC)
    account = session.get(StaffAccount, staff_id)
    if account is None:
        raise AdminError(f"no staff account {staff_id!r}")
    account.active, account.updated_at = active, when
    session.flush()
    _publish(session, account, when)


# --- pushed entries ------------------------------------------------------------------------------


class BlockRejected(ValueError):
    def __init__(self, code: str, de: str, en: str) -> None:
        super().__init__(en)
        self.code, self.message_de, self.message_en = code, de, en


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else None


def apply_block_entry(
    session: Session, payload: JSONObject, *, hub_id: str, now: datetime
) -> JSONObject:
    """Apply a ``calendar.block`` to the hub's calendar and publish it."""
    start, end = _instant(payload.get("start")), _instant(payload.get("end"))
    resources = payload.get("resource_ids", [])
    note = payload.get("note", "")
    if not (start and end and isinstance(resources, list) and isinstance(note, str)) or not all(
        isinstance(r, str) for r in resources
    ):
        raise BlockRejected(
            "invalid_payload",
            "Die Sperre ist unvollständig (Beginn, Ende oder Bereiche fehlen).",
            "The block is incomplete (start, end or resources missing).",
        )
    current = calendar.get_calendar(session, hub_id, lock=True)
    if current is None:
        raise BlockRejected(
            "no_calendar",
            "Der Server hat für dieses Dorfbüro keinen Terminkalender.",
            "The server has no calendar for this hub.",
        )
    try:
        ids = tuple(str(r) for r in resources)
        blocked = apply_block(current, Block(ids, start, end, note[:200]))
    except CalendarError as exc:
        raise BlockRejected(
            "invalid_block", f"Die Sperre passt nicht zum Kalender ({exc}).", str(exc)
        ) from None
    seq = calendar.set_calendar(session, blocked, now=now)
    return {"block_id": str(payload.get("block_id", "")), "applied": True, "seq": seq}


__all__ = [
    "BlockRejected",
    "StaffAccount",
    "add_staff",
    "apply_block_entry",
    "list_staff",
    "set_active",
]
