"""Terminal store + sync client + real server on loopback, nothing faked: entries written with
``Database.write()`` + ``enqueue`` arrive exactly once and in order (SQLite and PostgreSQL
servers), lost acknowledgements are answered as duplicates, a fault-ridden network converges
once the faults stop, and a server restored from an older backup gets everything again."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.paths import DataPaths
from kiosk.server import admin, changes
from kiosk.server.models import Change, ReceivedEntry
from kiosk.server.schema import upgrade
from kiosk.store.credentials import Credentials
from kiosk.store.db import Database
from kiosk.store.outbox import enqueue
from kiosk.sync.client import Backoff, Timeouts
from kiosk.ui.sync_ports import TerminalSync, enroll_terminal
from tests.chaos.fault_proxy import FAULTS, FaultProxy
from tests.chaos.terminal import new_terminal
from tests.server.conftest import database_url, postgres_server  # noqa: F401 (fixtures)
from tests.server.live import LiveServer


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    return url


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[DataPaths, Database]]:
    paths, db = new_terminal(tmp_path / "terminal")
    try:
        yield paths, db
    finally:
        db.dispose()


def enroll(server: LiveServer, paths: DataPaths, hub: str = "hub") -> Credentials:
    server.add_hub(hub, hub.title())
    return enroll_terminal(
        paths.credentials, server.base_url, server.enroll_code(hub), terminal_name="Eingang"
    )


def syncer(
    paths: DataPaths, db: Database, credentials: Credentials, url: str | None = None, **kw: object
) -> TerminalSync:
    return TerminalSync(
        db,
        paths.root,
        credentials,
        server_url=url,
        timeouts=Timeouts(1.0, 1.5),
        backoff=Backoff(0.01, 0.05),
        **kw,  # type: ignore[arg-type]
    )


def write_mixed(db: Database, count: int, start: int = 0) -> list[str]:
    """Submissions and bookings, each in its own transaction, as the screens write them."""
    ids = []
    for n in range(start, start + count):
        with db.write() as session:
            if n % 3 == 0:
                ids.append(enqueue(session, "booking.create", {"booking_id": f"b-{n}", "n": n}))
            else:
                ids.append(enqueue(session, "submission.create", {"n": n}))
    return ids


def terminal_entries(paths: DataPaths) -> list[tuple[str, str]]:
    """(id, state) of every outbox entry, in seq order (read with plain sqlite3)."""
    conn = sqlite3.connect(paths.database)
    try:
        return conn.execute("SELECT id, state FROM outbox ORDER BY seq").fetchall()
    finally:
        conn.close()


def server_entries(server: LiveServer, terminal_id: str) -> list[str]:
    """Entry ids the server applied for this terminal, in the order it received them."""
    with server.database.read() as session:
        rows = session.execute(
            select(ReceivedEntry.entry_id, ReceivedEntry.received_at, ReceivedEntry.payload)
            .where(ReceivedEntry.terminal_id == terminal_id)
        ).all()  # fmt: skip
    # Entries of one push share received_at; within a push the terminal's n orders them.
    import json

    rows.sort(key=lambda r: (r.received_at, json.loads(r.payload)["n"]))
    return [r.entry_id for r in rows]


def assert_converged(server: LiveServer, paths: DataPaths, sync: TerminalSync, tid: str) -> None:
    local = terminal_entries(paths)
    assert {state for _, state in local} == {"sent"}
    on_server = server_entries(server, tid)
    assert on_server == [entry_id for entry_id, _ in local]  # same set, once each, same order
    with server.database.read() as session:
        bookings = {
            row.key
            for row in session.scalars(select(Change).where(Change.kind == "booking"))
            if row.op == "upsert"
        }
    assert set(sync.store.records("booking")) == bookings


def run_until_clean(sync: TerminalSync, rounds: int = 50) -> None:
    for _ in range(rounds):
        outcome = sync.run_round()
        if outcome.ok and outcome.status.pending == 0:
            return
    raise AssertionError(f"no clean round in {rounds}: {outcome.error}")


def test_entries_reach_the_server_exactly_once_and_in_order(
    database_url: str,  # noqa: F811 (fixture)
    terminal: tuple[DataPaths, Database],
) -> None:
    paths, db = terminal
    upgrade(database_url)
    with LiveServer.start(database_url) as server:
        credentials = enroll(server, paths)
        ids = write_mixed(db, 260)
        sync = syncer(paths, db, credentials)
        outcome = sync.run_round()
        assert outcome.ok and outcome.report is not None
        assert (outcome.report.delivered, outcome.status.pending) == (260, 0)
        assert outcome.report.pulled == 1 + 87  # the hub and every booking of this hub
        assert server_entries(server, credentials.terminal_id) == ids

        # Acknowledgements lost after the server committed: the terminal sends again.
        conn = sqlite3.connect(paths.database)
        with conn:
            conn.execute("UPDATE outbox SET state = 'pending', sent_at = NULL WHERE seq > 200")
        conn.close()
        again = sync.run_round()
        assert again.ok and again.report is not None and again.report.delivered == 60
        assert_converged(server, paths, sync, credentials.terminal_id)
        with server.database.read() as session:
            health = admin.list_terminals(session)[0]
        assert (health.outbox_depth, health.last_error) == (0, None)
        sync.close()


def test_after_any_faults_the_server_holds_exactly_the_terminal_set_in_order(
    sqlite_url: str, terminal: tuple[DataPaths, Database]
) -> None:
    paths, db = terminal
    rng = random.Random(20261126)
    faults = [f for f in FAULTS if f != "pass"] * 2
    rng.shuffle(faults)
    schedule = iter(faults)
    calm = {"on": False}

    def plan(_method: str, _path: str) -> str:
        if calm["on"] or rng.random() < 0.35:
            return "pass"
        return next(schedule, "pass")

    with (
        LiveServer.start(sqlite_url) as server,
        FaultProxy(server.base_url, plan, hold_seconds=2.0) as proxy,
    ):
        credentials = enroll(server, paths)
        sync = syncer(paths, db, credentials, proxy.base_url, batch_size=20)
        written = 0
        for _ in range(30):
            write_mixed(db, 8, start=written)
            written += 8
            sync.run_round()
        calm["on"] = True
        run_until_clean(sync)
        assert all(proxy.injected[f] >= 1 for f in FAULTS), proxy.injected
        assert len(terminal_entries(paths)) == written
        assert_converged(server, paths, sync, credentials.terminal_id)
        sync.close()


def test_a_server_restored_from_an_older_backup_gets_everything_again(
    sqlite_url: str, terminal: tuple[DataPaths, Database], tmp_path: Path
) -> None:
    paths, db = terminal
    server_file = Path(sqlite_url.removeprefix("sqlite:///"))
    backup = tmp_path / "server-backup.sqlite3"
    with LiveServer.start(sqlite_url) as server:
        credentials = enroll(server, paths)
        sync = syncer(paths, db, credentials)
        write_mixed(db, 12)
        assert sync.run_round().ok
        source, target = sqlite3.connect(server_file), sqlite3.connect(backup)
        source.backup(target)
        source.close(), target.close()
        write_mixed(db, 12, start=12)
        assert sync.run_round().ok
        sync.close()
        bookings_before = set(sync.store.records("booking"))

    shutil.copyfile(backup, server_file)  # the restore; then the admin rotates the epoch
    for suffix in ("-wal", "-shm"):
        Path(f"{server_file}{suffix}").unlink(missing_ok=True)
    with LiveServer.start(sqlite_url) as server:
        with server.database.write() as session:
            admin.rotate_epoch(session)
            _, head = changes.server_state(session)
        sync = syncer(paths, db, credentials, server.base_url)
        outcome = sync.run_round()
        assert outcome.ok and outcome.report is not None and outcome.report.reset
        assert len(server_entries(server, credentials.terminal_id)) == 24
        assert set(sync.store.records("booking")) == bookings_before
        assert sync.store.position()[1] > head  # pulled past the restored head
        assert_converged(server, paths, sync, credentials.terminal_id)
        sync.close()
