"""Connections, sessions and the one-transaction write helper."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, event, func, select, text

from kiosk.store.db import Database, create_sqlite_engine, open_database
from kiosk.store.errors import DatabaseAccessError, DatabaseWriteError
from kiosk.store.models import OutboxEntry, Setting
from kiosk.store.outbox import enqueue
from kiosk.store.settings import get_setting, set_setting

from .conftest import raw_rows

EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "secure_delete": 1,
    "busy_timeout": 5000,
}


def _pragmas(conn: Connection) -> dict[str, object]:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED_PRAGMAS}


def test_every_pooled_connection_gets_the_pragmas(database: Database) -> None:
    # Two connections open at once: the pool must hand out two distinct DBAPI connections.
    with database.engine.connect() as first, database.engine.connect() as second:
        assert first.connection.dbapi_connection is not second.connection.dbapi_connection
        assert _pragmas(first) == EXPECTED_PRAGMAS
        assert _pragmas(second) == EXPECTED_PRAGMAS


def test_session_uses_the_pragmas(database: Database) -> None:
    with database.session() as s:
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_write_commits_record_and_outbox_entry_together(database: Database, db_path: Path) -> None:
    with database.write() as s:
        set_setting(s, "terminal.name", "Dorfbüro Lindenau")
        entry_id = enqueue(s, "setting.changed", {"key": "terminal.name"})
    # Read through a different connection, outside SQLAlchemy.
    assert raw_rows(db_path, "SELECT value FROM setting WHERE key = 'terminal.name'") == [
        ("Dorfbüro Lindenau",)
    ]
    assert raw_rows(db_path, f"SELECT kind FROM outbox WHERE id = '{entry_id}'") == [
        ("setting.changed",)
    ]


def test_exception_after_adding_leaves_neither_record_nor_outbox_entry(
    database: Database, db_path: Path
) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), database.write() as s:
        set_setting(s, "booking.draft", "x")
        enqueue(s, "booking.create", {"slot": 1})
        s.flush()  # the rows really went to SQLite, inside the transaction
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 1
        raise Boom

    assert raw_rows(db_path, "SELECT count(*) FROM outbox") == [(0,)]
    assert raw_rows(db_path, "SELECT count(*) FROM setting WHERE key = 'booking.draft'") == [(0,)]
    with database.session() as s:
        assert get_setting(s, "booking.draft") is None


def test_failure_at_commit_time_rolls_back_both(database: Database, db_path: Path) -> None:
    """A constraint violation found at flush (the last step) takes the outbox entry with it."""
    with database.write() as s:
        set_setting(s, "dup", "first")
    with pytest.raises(Exception, match=r"(?i)unique|identity"), database.write() as s:
        enqueue(s, "thing", {"n": 1})
        s.add(Setting(key="dup", value="second"))  # primary key clash, detected at flush
    assert raw_rows(db_path, "SELECT count(*) FROM outbox") == [(0,)]
    assert raw_rows(db_path, "SELECT value FROM setting WHERE key = 'dup'") == [("first",)]


def test_write_takes_the_write_lock_at_begin(database: Database, db_path: Path) -> None:
    """BEGIN IMMEDIATE is really emitted: before any statement, other writers are locked out."""
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with database.write(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again after the block
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_reads_do_not_block_a_writer(database: Database) -> None:
    with database.session() as reader:
        reader.execute(select(func.count()).select_from(OutboxEntry)).scalar()
        with database.write() as s:  # WAL: a reader never blocks a writer
            enqueue(s, "k", {})


def test_read_session_sees_a_stable_snapshot(database: Database) -> None:
    """The read session's BEGIN is real too: a SELECT repeats within one session."""
    with database.session() as reader:
        before = reader.scalar(select(func.count()).select_from(OutboxEntry))
        done = threading.Event()

        def writer() -> None:
            with database.write() as s:
                enqueue(s, "k", {})
            done.set()

        thread = threading.Thread(target=writer)
        thread.start()
        thread.join(10)
        assert done.is_set()
        assert reader.scalar(select(func.count()).select_from(OutboxEntry)) == before
    with database.session() as fresh:
        assert fresh.scalar(select(func.count()).select_from(OutboxEntry)) == (before or 0) + 1


def test_a_lock_held_too_long_becomes_a_known_error(db_path: Path, database: Database) -> None:
    impatient = Database(create_sqlite_engine(db_path, busy_timeout_ms=50), db_path)
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseWriteError, match="nothing was saved"), impatient.write() as s:
            set_setting(s, "x", "y")
        other.execute("ROLLBACK")
    finally:
        other.close()
        impatient.dispose()


def test_objects_stay_readable_after_the_write(database: Database) -> None:
    with database.write() as s:
        entry_id = enqueue(s, "k", {"a": 1})
        entry = s.get(OutboxEntry, entry_id)
    assert entry is not None
    assert entry.data == {"a": 1}  # no DetachedInstanceError: expire_on_commit is off


def test_naive_datetimes_are_refused(database: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"), database.write() as s:
        enqueue(s, "k", {}, now=datetime(2026, 1, 1, 12, 0))


def test_open_database_refuses_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite3"
    with pytest.raises(DatabaseAccessError, match="does not exist"):
        open_database(missing)
    assert not missing.exists()  # and did not create an empty one


def test_a_full_disk_becomes_a_known_error_and_saves_nothing(
    database: Database, db_path: Path
) -> None:
    # SQLite reports SQLITE_FULL ("database or disk is full") when max_page_count is reached,
    # the same error a full disk gives.
    @event.listens_for(database.engine, "connect")
    def _small(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA max_page_count = 12")

    database.dispose()  # new connections get the limit
    with pytest.raises(DatabaseWriteError, match="disk is full") as raised, database.write() as s:
        set_setting(s, "big", "x" * 200_000)
        enqueue(s, "k", {"blob": "y" * 200_000})
    assert "\n" not in str(raised.value)
    assert raw_rows(db_path, "SELECT count(*) FROM outbox") == [(0,)]
    assert raw_rows(db_path, "SELECT count(*) FROM setting WHERE key = 'big'") == [(0,)]


def test_nested_write_is_a_bug_reported_at_once(database: Database, db_path: Path) -> None:
    with database.write() as s:
        set_setting(s, "outer", "1")
        with pytest.raises(RuntimeError, match="not re-entrant"), database.write():
            pass
    assert raw_rows(db_path, "SELECT value FROM setting WHERE key = 'outer'") == [("1",)]
    with database.write() as s:  # usable again afterwards
        set_setting(s, "after", "1")


def test_wal_and_shm_files_are_private_too(database: Database, db_path: Path) -> None:
    with database.write() as s:
        set_setting(s, "x", "y")
    for suffix in ("", "-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        assert side.stat().st_mode & 0o777 == 0o600, side
