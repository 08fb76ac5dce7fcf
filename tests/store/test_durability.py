"""A write that returned is on disk: the process may die right after, the data stays.

This kills the process, not the machine: the OS page cache survives a process death, so
these tests prove that the commit really happened before ``write()`` returned (no pending
transaction, no buffered session, nothing waiting for ``dispose()``). Power-cut durability
rests on ``synchronous=FULL``, which ``test_db`` checks is set on every connection.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.store.schema import prepare_database

from .conftest import raw_rows

CHILD = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from kiosk.store.db import open_database
    from kiosk.store.outbox import enqueue
    from kiosk.store.settings import set_setting

    db = open_database(Path(sys.argv[1]))
    with db.write() as s:
        set_setting(s, "booking.B-7Q2K", "confirmed")
        entry_id = enqueue(s, "booking.create", {"code": "B-7Q2K"})
    # "saved" is on screen now. Die without closing anything.
    if sys.argv[2] == "exit":
        print(entry_id, flush=True)
        os._exit(0)
    print(entry_id, flush=True)
    time.sleep(60)  # the parent sends SIGKILL
    """
)


def _start(db: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )


def _assert_saved(db: Path, entry_id: str) -> None:
    assert len(entry_id) == 32, entry_id
    assert raw_rows(db, f"SELECT kind, state FROM outbox WHERE id = '{entry_id}'") == [
        ("booking.create", "pending")
    ]
    assert raw_rows(db, "SELECT value FROM setting WHERE key = 'booking.B-7Q2K'") == [
        ("confirmed",)
    ]


def test_committed_write_survives_os_exit(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    child = _start(db_path, "exit")
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    _assert_saved(db_path, out.strip())


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_committed_write_survives_sigkill(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    child = _start(db_path, "kill")
    assert child.stdout is not None
    try:
        entry_id = child.stdout.readline().strip()  # printed right after write() returned
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL
    # The -wal file is still there, un-checkpointed: the data must come back from it.
    assert db_path.with_name(db_path.name + "-wal").exists()
    _assert_saved(db_path, entry_id)
