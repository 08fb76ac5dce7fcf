"""Staff accounts on the terminal: pepper, pulled accounts, PIN login, persisted lockout."""

from __future__ import annotations

import logging
import stat
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.core import staff_auth
from kiosk.core.staff_auth import StaffRole
from kiosk.store.db import Database, open_database
from kiosk.store.models import OutboxEntry
from kiosk.store.staff import (
    LOCKOUT_KIND,
    LoginLockedError,
    StaffAccount,
    StaffAuth,
    WrongPinError,
    load_pepper,
)
from kiosk.store.sync_adapter import PulledChange, SyncStore

from .conftest import raw_rows

PIN = "482915"
CHEAP = 4


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def _server_change(staff_id: str = "petra", pin: str = PIN, seq: int = 7) -> PulledChange:
    server_hash = staff_auth.hash_pin(pin, log2_n=CHEAP).encode()
    data = {"staff_id": staff_id, "hub_id": "lindenbach", "name": "Petra Klein",
            "role": "admin", "pin_hash": server_hash, "active": True}  # fmt: skip
    return PulledChange(seq, "staff", staff_id, data)


def _pull(database: Database, data_dir: Path, *changes: PulledChange) -> None:
    store = SyncStore(database, data_dir)
    store.apply_page(epoch="e1", cursor=max(c.seq for c in changes), reset=False, changes=changes)


@pytest.fixture
def data_dir(db_path: Path) -> Path:
    return db_path.parent


def test_pepper_is_made_once_0600_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "d" / "staff-pepper.bin"
    first = load_pepper(path)
    assert len(first) == 32 and load_pepper(path) == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_pulled_account_is_stored_peppered_never_as_sent(
    database: Database, data_dir: Path, db_path: Path
) -> None:
    change = _server_change()
    _pull(database, data_dir, change)
    sent_hash = str(change.data["pin_hash"])  # type: ignore[index]
    ((stored,),) = raw_rows(db_path, "SELECT pin_hash FROM staff_account")
    assert isinstance(stored, str) and stored != sent_hash
    assert sent_hash.split("$")[-1] not in db_path.read_bytes().decode("latin-1")
    assert not raw_rows(db_path, "SELECT 1 FROM replica_record WHERE kind = 'staff'")
    auth = StaffAuth(database, data_dir / "staff-pepper.bin")
    assert [m.name for m in auth.members("lindenbach")] == ["Petra Klein"]
    assert auth.login("petra", PIN).role is StaffRole.ADMIN


def test_a_bad_account_change_is_refused_whole(database: Database, data_dir: Path) -> None:
    bad = PulledChange(3, "staff", "x", {"staff_id": "x", "hub_id": "h", "name": "X",
                                         "role": "boss", "pin_hash": "nope"})  # fmt: skip
    result = SyncStore(database, data_dir).apply_page(
        epoch="e", cursor=3, reset=False, changes=[bad]
    )
    assert result.refused == 1
    with database.session() as session:
        assert session.scalars(select(StaffAccount)).all() == []


def test_deleting_and_reset_remove_accounts(database: Database, data_dir: Path) -> None:
    _pull(database, data_dir, _server_change("a"), _server_change("b", seq=8))
    _pull(database, data_dir, PulledChange(9, "staff", "a", None))
    auth = StaffAuth(database, data_dir / "staff-pepper.bin")
    assert [m.id for m in auth.members()] == ["b"]
    SyncStore(database, data_dir).apply_page(epoch="e2", cursor=0, reset=True, changes=[])
    assert auth.members() == []


def _lockout_entries(database: Database) -> list[OutboxEntry]:
    with database.session() as session:
        return list(session.scalars(select(OutboxEntry).where(OutboxEntry.kind == LOCKOUT_KIND)))


def test_five_wrong_pins_lock_and_a_restart_keeps_the_lock(
    database: Database, data_dir: Path, db_path: Path
) -> None:
    _pull(database, data_dir, _server_change())
    clock = Clock()
    auth = StaffAuth(database, data_dir / "staff-pepper.bin", clock=clock)
    for tries_left in (4, 3, 2, 1):
        with pytest.raises(WrongPinError) as wrong:
            auth.login("petra", "000001")
        assert wrong.value.tries_left == tries_left
    with pytest.raises(LoginLockedError) as locked:
        auth.login("petra", "000001")
    assert locked.value.seconds == 30
    with pytest.raises(LoginLockedError):  # even the right PIN is not checked while locked
        auth.login("petra", PIN)
    assert len(_lockout_entries(database)) == 1

    # --- the terminal restarts 10 s into the lock: still locked for the rest.
    database.dispose()
    clock.advance(10)
    reopened = open_database(db_path)
    try:
        auth = StaffAuth(reopened, data_dir / "staff-pepper.bin", clock=clock)
        with pytest.raises(LoginLockedError) as still:
            auth.login("petra", PIN)
        assert still.value.seconds == 20
        clock.advance(20)
        # Open again, and the next five wrong PINs lock for twice as long.
        for _ in range(4):
            with pytest.raises(WrongPinError):
                auth.login("petra", "000002")
        with pytest.raises(LoginLockedError) as second:
            auth.login("unknown-id", "000002")  # an unknown account counts as well
        assert second.value.seconds == 60
        entries = _lockout_entries(reopened)
        assert [e.data["lock_number"] for e in entries] == [1, 2]
        assert entries[1].data["seconds"] == 60
        clock.advance(60)
        assert auth.login("petra", PIN).id == "petra"
        assert auth.lockout() == staff_auth.LockoutState()  # a success clears the doubling
    finally:
        reopened.dispose()


def test_no_pin_and_no_hash_ever_reach_the_log(
    database: Database, data_dir: Path, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # everything, every logger (SQLAlchemy included)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)
    try:
        change = _server_change()
        _pull(database, data_dir, change)
        auth = StaffAuth(database, data_dir / "staff-pepper.bin", clock=Clock())
        for _ in range(5):
            with pytest.raises((WrongPinError, LoginLockedError)):
                auth.login("petra", "771234")
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    ((stored,),) = raw_rows(db_path, "SELECT pin_hash FROM staff_account")
    secrets_ = [
        PIN, "771234", str(change.data["pin_hash"]),  # type: ignore[index]
        str(change.data["pin_hash"]).split("$")[-1],  # type: ignore[index]
        str(stored).split("$")[-1], str(stored).split("$")[-2],
    ]  # fmt: skip
    text = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    assert len(caplog.records) > 10  # the capture works (SQL statements are in it)
    for secret in secrets_:
        assert secret not in text


def test_the_default_cost_is_owasps_and_takes_under_a_second() -> None:
    started = time.perf_counter()
    server_hash = staff_auth.hash_pin(PIN)
    took = time.perf_counter() - started
    assert (server_hash.log2_n, server_hash.r, server_hash.p) == (17, 8, 1)
    assert took < 2.0, f"scrypt N=2^17 took {took:.2f} s"  # 0.55 s measured; slack for CI
