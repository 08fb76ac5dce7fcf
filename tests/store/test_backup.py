"""Verified backups and restores."""

from __future__ import annotations

import re
import sqlite3
import stat
from pathlib import Path

import pytest

from kiosk.store.backup import backup_database, list_backups, restore_backup, verify_backup
from kiosk.store.db import Database, open_database
from kiosk.store.errors import BackupError
from kiosk.store.outbox import enqueue
from kiosk.store.schema import inspect_database, prepare_database
from kiosk.store.settings import set_setting

from .conftest import raw_rows

NAME_PATTERN = r"kiosk-\d{8}T\d{6}Z-manual(\.\d+)?\.sqlite3"


def _damage_a_page(db: Path) -> None:
    """Overwrite the middle of a table page: the header stays valid, a b-tree does not."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("CREATE TABLE filler (n INTEGER, t TEXT)")
    conn.executemany("INSERT INTO filler VALUES (?, ?)", [(i, "x" * 200) for i in range(400)])
    conn.commit()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    assert pages > 10
    with db.open("r+b") as f:
        f.seek(page_size * (pages - 3))
        f.write(b"\xff" * page_size)


def test_backup_is_a_verified_private_copy(
    database: Database, db_path: Path, backup_dir: Path
) -> None:
    with database.write() as s:
        set_setting(s, "terminal.id", "T-0042")
        entry_id = enqueue(s, "k", {"a": 1})
    # The engine still holds connections: the commit may be only in the -wal file.
    backup = backup_database(db_path, backup_dir, reason="manual")

    assert backup.parent == backup_dir
    assert re.fullmatch(NAME_PATTERN, backup.name)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert raw_rows(backup, "SELECT id FROM outbox") == [(entry_id,)]
    assert raw_rows(backup, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
    assert raw_rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert inspect_database(backup).status == "current"
    assert sorted(p.name for p in backup_dir.iterdir()) == [backup.name]  # no .partial left


def test_backups_are_pruned_per_reason(database: Database, db_path: Path, backup_dir: Path) -> None:
    made = [backup_database(db_path, backup_dir, reason="manual", keep=3) for _ in range(5)]
    other = backup_database(db_path, backup_dir, reason="pre-upgrade", keep=3)
    left = [b.path for b in list_backups(backup_dir, "manual")]
    assert left == list(reversed(made[-3:]))  # the newest three, newest first
    assert other.exists()
    assert len({p.name for p in made}) == 5  # same second: distinct names, nothing overwritten


def test_backup_of_garbage_is_refused_and_leaves_nothing(tmp_path: Path, backup_dir: Path) -> None:
    garbage = tmp_path / "kiosk.sqlite3"
    garbage.write_bytes(b"not a database at all " * 300)
    with pytest.raises(BackupError, match="no backup was written"):
        backup_database(garbage, backup_dir, reason="manual")
    assert list(backup_dir.iterdir()) == []


def test_backup_of_a_damaged_database_is_refused(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    _damage_a_page(db_path)
    before = db_path.read_bytes()
    with pytest.raises(BackupError):
        backup_database(db_path, backup_dir, reason="manual")
    assert list(backup_dir.iterdir()) == []
    assert db_path.read_bytes() == before


def test_backup_of_a_missing_database(tmp_path: Path, backup_dir: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        backup_database(tmp_path / "none.sqlite3", backup_dir, reason="manual")


def test_backup_reason_must_be_a_slug(database: Database, db_path: Path, backup_dir: Path) -> None:
    with pytest.raises(ValueError):
        backup_database(db_path, backup_dir, reason="../../etc")


def test_restore_moves_the_current_database_aside(
    database: Database, db_path: Path, backup_dir: Path
) -> None:
    with database.write() as s:
        set_setting(s, "version", "old")
    backup = backup_database(db_path, backup_dir, reason="manual")
    with database.write() as s:
        set_setting(s, "version", "new")
    database.dispose()

    moved = restore_backup(backup, db_path)

    assert moved is not None
    assert raw_rows(moved, "SELECT value FROM setting WHERE key = 'version'") == [("new",)]
    assert raw_rows(db_path, "SELECT value FROM setting WHERE key = 'version'") == [("old",)]
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    reopened = open_database(db_path)
    try:
        with reopened.write() as s:  # usable by the app again, WAL and all
            enqueue(s, "k", {})
    finally:
        reopened.dispose()


def test_restore_refuses_a_damaged_backup(
    database: Database, db_path: Path, backup_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "kiosk-20260101T000000Z-manual.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    database.dispose()
    before = db_path.read_bytes()
    with pytest.raises(BackupError, match="nothing was restored"):
        restore_backup(bad, db_path)
    assert db_path.read_bytes() == before
    with pytest.raises(BackupError):
        verify_backup(tmp_path / "missing.sqlite3")
