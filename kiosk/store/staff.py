"""Staff accounts on the terminal and the staff login with its lockout.

Accounts come from the regional server as pulled ``staff`` changes (:func:`apply_staff_change`,
called by :mod:`kiosk.store.sync_adapter`); they are never edited here. The PIN hash that
arrives is stored *peppered* (see :mod:`kiosk.core.staff_auth`): the pepper is a random
secret in the data dir (:func:`load_pepper`, file mode 0600), not in the database.

:class:`StaffAuth` checks a PIN. The lockout state lives in the ``setting`` table, so a
restart in the middle of a lock keeps it; a lock that begins writes a ``staff.lockout``
outbox entry in the same transaction (the server keeps these events for the region's IT).

Nothing here logs a PIN or a hash, not even at DEBUG: log lines name the staff id only.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Boolean, Integer, String, Text, delete, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.types import TypeDecorator

from kiosk.core import staff_auth
from kiosk.core.demo import DEMO_HUB, DEMO_STAFF_PIN
from kiosk.core.staff_auth import LockoutState, PinHashError, StaffRole
from kiosk.errors import KnownError
from kiosk.store.base import Base
from kiosk.store.db import Database, open_database
from kiosk.store.outbox import enqueue
from kiosk.store.settings import get_setting, set_setting
from kiosk.store.types import UTCDateTime, utc_now

log = logging.getLogger(__name__)

STAFF_KIND: Final = "staff"
"""The pulled change kind (key: staff id)."""
LOCKOUT_KIND: Final = "staff.lockout"
"""The outbox kind of a lock that began."""
MAINTENANCE_KIND: Final = "staff.maintenance"
"""The outbox kind of an admin leaving kiosk mode for maintenance."""
LOCKOUT_SETTING: Final = "staff.lockout"


class _Hidden(str):
    """Text whose repr hides it: SQLAlchemy's statement log (parameters and rows at DEBUG)
    prints values with repr(), so a PIN hash column of this type never appears in a log."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'<hidden>'"


class HiddenText(TypeDecorator[str]):
    impl = String(200)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else _Hidden(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else _Hidden(value)


class StaffAccount(Base):
    __tablename__ = "staff_account"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(HiddenText)
    """Peppered (:func:`kiosk.core.staff_auth.pepper_hash`), never the server's hash."""
    active: Mapped[bool] = mapped_column(Boolean)
    seq: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    def __repr__(self) -> str:
        return f"<StaffAccount {self.id} {self.role}>"


@dataclass(frozen=True)
class StaffMember:
    id: str
    name: str
    role: StaffRole
    hub_id: str

    @property
    def is_admin(self) -> bool:
        return self.role is StaffRole.ADMIN


class StaffLoginError(KnownError):
    """Login refused; the message is German, for the staff member."""


class WrongPinError(StaffLoginError):
    def __init__(self, tries_left: int) -> None:
        if tries_left > 0:
            text = f"Die PIN stimmt nicht. Noch {tries_left} Versuche bis zur Sperre."
        else:
            text = "Die PIN stimmt nicht."
        super().__init__(text)
        self.tries_left = tries_left


class LoginLockedError(StaffLoginError):
    def __init__(self, remaining: timedelta) -> None:
        seconds = max(1, int(-(-remaining.total_seconds() // 1)))
        super().__init__(
            f"Zu viele falsche PINs. Die Anmeldung ist noch {seconds} Sekunden gesperrt."
        )
        self.seconds = seconds


class StaffChangeInvalid(ValueError):
    """A pulled ``staff`` change is not an account (refused whole by the sync adapter)."""


# --- the pepper ------------------------------------------------------------------------------


def load_pepper(path: Path) -> bytes:
    """The terminal's pepper, created (0600, atomically) on first use."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        data = b""
    if len(data) >= 16:
        return data
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    pepper = staff_auth.new_pepper()
    fd, temp = tempfile.mkstemp(prefix=".pepper-", dir=path.parent)  # 0600 from the start
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pepper)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        try:
            os.link(temp, path)  # never replace a pepper another process just made
        except FileExistsError:
            return load_pepper(path)
    finally:
        Path(temp).unlink(missing_ok=True)
    return pepper


# --- pulled accounts ---------------------------------------------------------------------------


def _text(data: Mapping[str, Any], name: str, limit: int) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not 1 <= len(value) <= limit:
        raise StaffChangeInvalid(f"{name} must be text of 1..{limit} characters")
    return value


def apply_staff_change(
    session: Session, pepper: bytes, *, key: str, seq: int, data: Mapping[str, Any] | None
) -> None:
    """Insert, replace or (``data`` None) delete one account; StaffChangeInvalid if bad."""
    if data is None:
        session.execute(delete(StaffAccount).where(StaffAccount.id == key))
        return
    if _text(data, "staff_id", 64) != key:
        raise StaffChangeInvalid("staff_id does not match the key")
    try:
        role = StaffRole(_text(data, "role", 16))
        server_hash = staff_auth.decode_pin_hash(_text(data, "pin_hash", 400))
    except (ValueError, PinHashError):
        raise StaffChangeInvalid("role or PIN hash is not valid") from None
    active = data.get("active", True)
    if not isinstance(active, bool):
        raise StaffChangeInvalid("active must be true or false")
    row = session.get(StaffAccount, key)
    if row is None:
        row = StaffAccount(id=key)
        session.add(row)
    row.hub_id = _text(data, "hub_id", 64)
    row.name = _text(data, "name", 200)
    row.role = role.value
    row.pin_hash = staff_auth.pepper_hash(server_hash, pepper).encode()
    row.active = active
    row.seq = seq
    row.updated_at = utc_now()
    log.info("staff account %s updated (%s, active=%s)", key, role.value, active)


def clear_staff(session: Session) -> None:
    """Forget every pulled account (a reset pull brings them all again)."""
    session.execute(delete(StaffAccount))


def add_local_account(
    db: Database,
    pepper: bytes,
    *,
    staff_id: str,
    hub_id: str,
    name: str,
    role: StaffRole,
    pin: str,
    log2_n: int = staff_auth.SCRYPT_LOG2_N,
) -> None:
    """An account made on this terminal, as if pulled (demo mode, tests)."""
    server_hash = staff_auth.hash_pin(pin, log2_n=log2_n)
    data = {"staff_id": staff_id, "hub_id": hub_id, "name": name, "role": role.value,
            "pin_hash": server_hash.encode(), "active": True}  # fmt: skip
    with db.write() as session:
        apply_staff_change(session, pepper, key=staff_id, seq=0, data=data)


DEMO_STAFF_ID: Final = "demo-verwaltung"
"""``kiosk demo``'s admin account; its PIN (:data:`kiosk.core.demo.DEMO_STAFF_PIN`) is published
on purpose. Only ``kiosk demo`` seeds it; a real terminal gets accounts from the server."""


def add_demo_account(db: Database, pepper: bytes, *, hub_id: str = "") -> bool:
    """``kiosk demo``'s admin ("Demo Verwaltung", PIN :data:`DEMO_STAFF_PIN`) unless it is
    there already (a reused demo data dir); True if it was added. A cheap scrypt cost: the
    PIN is public anyway, and the demo must start fast."""
    with db.session() as session:
        if session.get(StaffAccount, DEMO_STAFF_ID) is not None:
            return False
    add_local_account(
        db, pepper, staff_id=DEMO_STAFF_ID, hub_id=hub_id or DEMO_HUB, name="Demo Verwaltung",
        role=StaffRole.ADMIN, pin=DEMO_STAFF_PIN, log2_n=10,
    )  # fmt: skip
    return True


def seed_demo_staff(database: Path, pepper_path: Path, *, hub_id: str = "") -> bool:
    """:func:`add_demo_account` on the demo's database file (opened and closed here)."""
    db = open_database(database)
    try:
        return add_demo_account(db, load_pepper(pepper_path), hub_id=hub_id)
    finally:
        db.dispose()


# --- lockout state -----------------------------------------------------------------------------


def _load_lockout(session: Session) -> LockoutState:
    raw = get_setting(session, LOCKOUT_SETTING)
    if not raw:
        return LockoutState()
    try:
        data = json.loads(raw)
        until = data.get("locked_until")
        return LockoutState(
            failures=int(data["failures"]),
            locks=int(data["locks"]),
            locked_until=datetime.fromisoformat(until) if until else None,
            locked_for=timedelta(seconds=float(data["locked_for"])),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("staff lockout state unreadable; treating login as locked for 30 s")
        now = utc_now()
        return LockoutState(0, 1, now + staff_auth.FIRST_LOCK, staff_auth.FIRST_LOCK)


def _save_lockout(session: Session, state: LockoutState) -> None:
    data = {
        "failures": state.failures,
        "locks": state.locks,
        "locked_until": state.locked_until.isoformat() if state.locked_until else None,
        "locked_for": state.locked_for.total_seconds(),
    }
    set_setting(session, LOCKOUT_SETTING, json.dumps(data, sort_keys=True))


# --- login ---------------------------------------------------------------------------------------


def _member(row: StaffAccount) -> StaffMember:
    return StaffMember(row.id, row.name, StaffRole(row.role), row.hub_id)


class StaffAuth:
    """PIN login against the pulled accounts, with the persisted lockout."""

    def __init__(
        self,
        db: Database,
        pepper_path: Path,
        *,
        terminal_id: str | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self._pepper_path = pepper_path
        self._terminal_id = terminal_id
        self._clock = clock

    def members(self, hub_id: str | None = None) -> list[StaffMember]:
        """Active accounts (of ``hub_id`` if given), by name."""
        query = select(StaffAccount).where(StaffAccount.active.is_(True))
        if hub_id:
            query = query.where(StaffAccount.hub_id == hub_id)
        with self.db.session() as session:
            rows = session.scalars(query.order_by(StaffAccount.name)).all()
            return [_member(row) for row in rows]

    def lockout(self) -> LockoutState:
        with self.db.session() as session:
            return _load_lockout(session)

    def remaining_lock(self) -> timedelta:
        return staff_auth.remaining(self.lockout(), self._clock())

    def login(self, staff_id: str, pin: str) -> StaffMember:
        """The member if the PIN is right; :class:`WrongPinError` / :class:`LoginLockedError`.

        Takes about half a second (scrypt): call it off the GUI thread.
        """
        now = self._clock()
        with self.db.session() as session:
            state = _load_lockout(session)
            left = staff_auth.remaining(state, now)
            if left > timedelta(0):
                raise LoginLockedError(left)
            row = session.get(StaffAccount, staff_id)
            stored = row.pin_hash if row is not None and row.active else None
            member = _member(row) if row is not None else None
        ok = False
        if stored is not None:
            try:
                ok = staff_auth.verify_pin(
                    pin, staff_auth.decode_pin_hash(stored), load_pepper(self._pepper_path)
                )
            except PinHashError:
                log.error("stored PIN hash of staff account %s is damaged", staff_id)
        with self.db.write() as session:
            state = _load_lockout(session)  # another login may have counted meanwhile
            if ok and member is not None:
                _save_lockout(session, staff_auth.after_success(state))
                log.info("staff %s logged in", staff_id)
                return member
            state, lock = staff_auth.after_failure(state, self._clock())
            _save_lockout(session, state)
            if lock is not None:
                enqueue(
                    session,
                    LOCKOUT_KIND,
                    {
                        "staff_id": staff_id,
                        "lock_number": lock.number,
                        "locked_at": lock.locked_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "locked_until": lock.locked_until.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "seconds": int(lock.duration.total_seconds()),
                    },
                    now=lock.locked_at,
                )
                log.warning(
                    "staff login locked for %d s after %d wrong PINs (lock %d)",
                    lock.duration.total_seconds(), staff_auth.MAX_FAILURES, lock.number,
                )  # fmt: skip
        if lock is not None:
            raise LoginLockedError(lock.duration)
        log.info("wrong staff PIN for %s (%d in a row)", staff_id, state.failures)
        raise WrongPinError(staff_auth.MAX_FAILURES - state.failures)

    def record_maintenance(self, member: StaffMember, note: str = "") -> None:
        """An admin leaves kiosk mode: logged here and reported to the server."""
        now = self._clock()
        with self.db.write() as session:
            enqueue(
                session,
                MAINTENANCE_KIND,
                {
                    "staff_id": member.id,
                    "note": note[:500],
                    "at": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                },
                now=now,
            )
        log.warning("staff %s left kiosk mode for maintenance", member.id)


# --- admin settings ------------------------------------------------------------------------

ADMIN_IDLE_TIMEOUT = "admin.idle_timeout_seconds"
ADMIN_LANGUAGE = "admin.language"
ADMIN_PRINTER = "admin.printer"


@dataclass(frozen=True)
class AdminSettings:
    """What an admin may change at the terminal; None: the config file's value applies."""

    idle_timeout_seconds: int | None = None
    language: str | None = None
    printer: str | None = None


def load_admin_settings(db: Database) -> AdminSettings:
    with db.session() as session:
        idle = get_setting(session, ADMIN_IDLE_TIMEOUT)
        return AdminSettings(
            idle_timeout_seconds=int(idle) if idle and idle.isdigit() else None,
            language=get_setting(session, ADMIN_LANGUAGE) or None,
            printer=get_setting(session, ADMIN_PRINTER),
        )


def save_admin_settings(db: Database, member: StaffMember, settings: AdminSettings) -> None:
    """Admins only; each change is logged with who made it."""
    if not member.is_admin:
        raise StaffLoginError("Diese Einstellungen darf nur die Verwaltung ändern.")
    if settings.idle_timeout_seconds is not None and not (
        10 <= settings.idle_timeout_seconds <= 3600
    ):
        raise StaffLoginError("Die Wartezeit muss zwischen 10 und 3600 Sekunden liegen.")
    with db.write() as session:
        for key, value in (
            (ADMIN_IDLE_TIMEOUT, settings.idle_timeout_seconds),
            (ADMIN_LANGUAGE, settings.language),
            (ADMIN_PRINTER, settings.printer),
        ):
            if value is not None:
                set_setting(session, key, str(value))
    log.warning("admin %s changed terminal settings: %s", member.id, settings)


__all__ = [
    "DEMO_HUB",
    "DEMO_STAFF_ID",
    "DEMO_STAFF_PIN",
    "LOCKOUT_KIND",
    "MAINTENANCE_KIND",
    "STAFF_KIND",
    "AdminSettings",
    "LoginLockedError",
    "StaffAccount",
    "StaffAuth",
    "StaffChangeInvalid",
    "StaffLoginError",
    "StaffMember",
    "WrongPinError",
    "add_demo_account",
    "add_local_account",
    "apply_staff_change",
    "clear_staff",
    "load_admin_settings",
    "load_pepper",
    "save_admin_settings",
    "seed_demo_staff",
]
