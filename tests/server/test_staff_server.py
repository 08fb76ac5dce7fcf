"""Staff accounts on the server, the CLI that makes them, and the staff kinds of a push."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kiosk.core import staff_auth
from kiosk.core.calendar import Interval, calendar_from_json
from kiosk.server import calendar as server_calendar
from kiosk.server.cli import main as server_main
from kiosk.server.db import Database
from kiosk.server.models import Base
from kiosk.server.schema import upgrade
from kiosk.server.staff import add_staff, list_staff
from tests.server.live import Api, LiveServer, entry
from tests.server.test_calendar import HUB, every_day_calendar

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
BERLIN = ZoneInfo("Europe/Berlin")


def test_the_migrations_build_the_staff_tables(database_url: str) -> None:
    upgrade(database_url)
    db = Database(database_url)
    try:
        with db.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    finally:
        db.dispose()


def test_cli_adds_an_account_from_stdin_and_publishes_the_hash_not_the_pin(
    migrated_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert server_main(["--db", migrated_url, "hub", "add", HUB, "Lindenbach"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("482915\n"))
    code = server_main(["--db", migrated_url, "staff", "add", "--hub", HUB, "--name",
                        "Petra Klein", "--role", "admin", "--id", "petra"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("123456\n"))
    bad = server_main(["--db", migrated_url, "staff", "add", "--hub", HUB, "--name", "X"])
    assert bad == 1 and "PIN refused" in capsys.readouterr().err
    db = Database(migrated_url)
    try:
        with db.read() as session:
            (account,) = list_staff(session, HUB)
            stored = staff_auth.decode_pin_hash(account.pin_hash)
            assert (stored.log2_n, stored.r, stored.p) == (17, 8, 1)
            assert "482915" not in repr(account)
    finally:
        db.dispose()


def test_accounts_reach_only_their_hubs_terminals_and_lockouts_are_accepted(
    api: Api, live_server: LiveServer
) -> None:
    mine, other = api.enroll(HUB), api.enroll("anderswo")
    with live_server.database.write() as session:
        add_staff(session, hub_id=HUB, name="Petra Klein", role="staff", pin="482915",
                  staff_id="petra", log2_n=4)  # fmt: skip
    staff = [c for c in api.pull(mine.token).changes if c.kind == "staff"]
    assert [c.key for c in staff] == ["petra"] and staff[0].data is not None
    assert staff[0].data["pin_hash"].startswith("scrypt$4$8$1$")
    assert "482915" not in str(staff[0].data)
    assert not [c for c in api.pull(other.token).changes if c.kind == "staff"]

    lock = entry("staff.lockout", staff_id="petra", lock_number=1, seconds=30)
    result = api.push(mine.token, [lock, entry("staff.maintenance", staff_id="petra")])
    assert [r.status for r in result.results] == ["accepted", "accepted"]


def test_a_block_closes_the_servers_calendar_and_reaches_the_hubs_terminals(
    api: Api, live_server: LiveServer
) -> None:
    terminal = api.enroll(HUB)
    with live_server.database.write() as session:
        server_calendar.set_calendar(session, every_day_calendar())
    day = date.today() + timedelta(days=2)
    start = datetime.combine(day, time(13), BERLIN).astimezone(UTC)
    end = datetime.combine(day, time(18), BERLIN).astimezone(UTC)
    block = entry("calendar.block", block_id="b1", hub_id=HUB, resource_ids=["amt"],
                  start=f"{start:%Y-%m-%dT%H:%M:%SZ}", end=f"{end:%Y-%m-%dT%H:%M:%SZ}",
                  note="Krank")  # fmt: skip
    broken = entry("calendar.block", hub_id=HUB, start="soon")
    results = api.push(terminal.token, [block, broken]).results
    assert [r.status for r in results] == ["accepted", "rejected"]
    assert results[1].reason is not None and results[1].reason.code == "invalid_payload"
    (cal,) = [c.data for c in api.pull(terminal.token).changes if c.kind == "calendar"]
    hours = calendar_from_json(cal).resource("amt").hours
    assert hours.intervals_on(day) == (Interval(time(8), time(13)),)
