"""Staff mode's data access: plain values in and out, no SQL in the screens.

:class:`StaffService` bundles :class:`kiosk.store.staff.StaffAuth` (PIN login, lockout) and
:class:`kiosk.store.staff_desk.StaffDesk` (appointments, blocks, problems, sync state) for one
hub and terminal, plus the names the screens show (services, resources) and the admin
settings. It holds the logged-in member; :meth:`logout` forgets it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.core.calendar import Calendar, FreeSlot
from kiosk.paths import DataPaths
from kiosk.store import staff as staff_store
from kiosk.store.bookings import Receipt
from kiosk.store.db import Database, open_database
from kiosk.store.staff import AdminSettings, StaffAuth, StaffMember
from kiosk.store.staff_desk import Appointment, AttentionItem, StaffDesk, SyncDetails


class NotLoggedIn(RuntimeError):
    """A bug: a desk action without a logged-in staff member."""


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


class StaffService:
    def __init__(
        self,
        db: Database,
        *,
        data_dir: Path,
        hub_id: str,
        terminal_id: str | None = None,
        clock: Callable[[], datetime] | None = None,
        owns_db: bool = False,
    ) -> None:
        self.db = db
        self.hub_id = hub_id
        self.terminal_id = terminal_id
        self._clock = clock or (lambda: datetime.now(UTC))
        self._owns_db = owns_db
        paths = DataPaths(data_dir)
        self.auth = StaffAuth(db, paths.staff_pepper, terminal_id=terminal_id, clock=self._clock)
        self.desk = StaffDesk(
            db, hub_id=hub_id, terminal_id=terminal_id, data_dir=data_dir, clock=self._clock
        )
        self.member: StaffMember | None = None
        self._calendar: Calendar | None = None

    @classmethod
    def open(
        cls, data_paths: DataPaths, *, hub_id: str, credentials_path: Path | None = None
    ) -> StaffService:
        terminal_id, hub = None, hub_id
        if credentials_path is not None:
            from kiosk.store.credentials import load_credentials

            credentials = load_credentials(credentials_path)
            if credentials is not None:
                terminal_id, hub = credentials.terminal_id, credentials.hub_id
        db = open_database(data_paths.database)
        return cls(db, data_dir=data_paths.root, hub_id=hub, terminal_id=terminal_id,
                   owns_db=True)  # fmt: skip

    def close(self) -> None:
        if self._owns_db:
            self.db.dispose()

    def now(self) -> datetime:
        return self._clock()

    # --- login ---------------------------------------------------------------------------

    def members(self) -> list[StaffMember]:
        return self.auth.members(self.hub_id or None)

    def remaining_lock(self) -> timedelta:
        return self.auth.remaining_lock()

    def login(self, staff_id: str, pin: str) -> StaffMember:
        """Slow (scrypt, ~0.5 s): call off the GUI thread. Raises StaffLoginError."""
        self.member = self.auth.login(staff_id, pin)
        return self.member

    def logout(self) -> None:
        self.member = None

    def _who(self) -> StaffMember:
        if self.member is None:
            raise NotLoggedIn("no staff member is logged in")
        return self.member

    # --- names and time ------------------------------------------------------------------

    def calendar(self) -> Calendar | None:
        if self._calendar is None:
            self._calendar = self.desk.calendar()
        return self._calendar

    def refresh(self) -> None:
        self._calendar = None

    def zone(self) -> Any:
        calendar = self.calendar()
        if calendar is not None:
            return calendar.zone
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Berlin")

    def today(self) -> date:
        return self.now().astimezone(self.zone()).date()

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.zone())

    def services(self) -> list[Choice]:
        calendar = self.calendar()
        return [Choice(s.id, s.name) for s in calendar.services] if calendar else []

    def resources(self) -> list[Choice]:
        calendar = self.calendar()
        return [Choice(r.id, r.name) for r in calendar.resources] if calendar else []

    def service_name(self, service_id: str) -> str:
        names = {c.id: c.name for c in self.services()}
        return names.get(service_id, service_id)

    def resource_name(self, resource_id: str) -> str:
        names = {c.id: c.name for c in self.resources()}
        return names.get(resource_id, resource_id)

    # --- appointments ---------------------------------------------------------------------

    def day(self, day: date) -> list[Appointment]:
        return self.desk.day(day)

    def week(self, day: date) -> list[Appointment]:
        return self.desk.week(day)

    def search(self, text: str) -> list[Appointment]:
        return self.desk.search(text)

    def get(self, booking_id: str) -> Appointment | None:
        return self.desk.get(booking_id)

    def check_in(self, booking_id: str) -> Appointment:
        return self.desk.check_in(booking_id, self._who())

    def done(self, booking_id: str) -> Appointment:
        return self.desk.done(booking_id, self._who())

    def no_show(self, booking_id: str) -> Appointment:
        return self.desk.no_show(booking_id, self._who())

    def cancel(self, booking_id: str, reason: str) -> Appointment:
        return self.desk.cancel(booking_id, reason, self._who())

    def free_slots(self, service_id: str, day: date) -> list[FreeSlot]:
        return self.desk.free_slots(service_id, day)

    def reschedule(self, booking_id: str, slot: FreeSlot) -> Receipt:
        return self.desk.reschedule(booking_id, slot, self._who())

    def book_walk_in(
        self, slot: FreeSlot, *, name: str, phone: str | None, flow_key: str
    ) -> Receipt:
        self._who()
        return self.desk.book_walk_in(slot, name=name, phone=phone, flow_key=flow_key)

    def block(
        self, start: datetime, end: datetime, note: str, resource_ids: tuple[str, ...] = ()
    ) -> list[Appointment]:
        affected = self.desk.block(start, end, note, self._who(), resource_ids=resource_ids)
        self.refresh()
        return affected

    # --- problems and sync ---------------------------------------------------------------

    def needs_attention(self) -> list[AttentionItem]:
        return self.desk.needs_attention()

    def resolve(
        self, item: AttentionItem, action: str, *, note: str = "", slot: FreeSlot | None = None
    ) -> Receipt | None:
        return self.desk.resolve(item, action, self._who(), note=note, slot=slot)

    def sync_details(self) -> SyncDetails:
        return self.desk.sync_details()

    def retry_now(self) -> int:
        return self.desk.retry_now()

    # --- admin -----------------------------------------------------------------------------

    def admin_settings(self) -> AdminSettings:
        return staff_store.load_admin_settings(self.db)

    def save_admin_settings(self, settings: AdminSettings) -> None:
        staff_store.save_admin_settings(self.db, self._who(), settings)

    def record_maintenance(self, note: str = "") -> None:
        self.auth.record_maintenance(self._who(), note)


__all__ = ["Choice", "NotLoggedIn", "StaffService"]
