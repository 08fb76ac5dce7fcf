"""SQLite transaction behaviour the server's correctness rests on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.server.db import Database
from kiosk.server.schema import upgrade


def test_sqlite_writes_take_the_lock_up_front_and_reads_do_not_block(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    upgrade(f"sqlite:///{path}")
    db = Database(f"sqlite:///{path}")
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with db.write() as session:
            session.execute(text("SELECT head_seq FROM server_state"))  # a read, first
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            with db.read() as reader:  # WAL: a reader is not blocked by the writer
                assert reader.execute(text("SELECT count(*) FROM hubs")).scalar_one() == 0
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        mode = other.execute("PRAGMA journal_mode").fetchone()
        assert mode is not None and mode[0] == "wal"
    finally:
        other.close()
        db.dispose()
