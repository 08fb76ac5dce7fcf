"""A terminal's data dir for sync tests: a real SQLite database at head, enrolled or not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk.paths import DataPaths
from kiosk.store.db import Database, open_database
from kiosk.store.outbox import enqueue
from kiosk.store.schema import prepare_database


def new_terminal(root: Path) -> tuple[DataPaths, Database]:
    """A data dir under ``root`` with a fresh database at head, opened as the app opens it."""
    paths = DataPaths(root).ensure()
    prepare_database(paths.database, paths.backups)
    return paths, open_database(paths.database)


def write_entries(
    db: Database, count: int, kind: str = "submission.create", **extra: Any
) -> list[str]:
    """``count`` outbox entries, each committed in its own write transaction (as the UI does)."""
    ids = []
    for n in range(count):
        with db.write() as session:
            ids.append(enqueue(session, kind, {"n": n, **extra}))
    return ids
