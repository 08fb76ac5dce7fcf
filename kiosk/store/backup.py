"""Verified backups of the terminal's database, and restoring one.

A backup is taken with SQLite's online backup API (consistent even while the app writes),
switched to a single self-contained file (``journal_mode=DELETE``), checked with
``PRAGMA integrity_check`` and only then given its final name, e.g.
``kiosk-20261126T221500Z-pre-upgrade.sqlite3`` (mode 0600). The newest ``keep`` backups of
each reason are kept.

Stdlib only (``sqlite3``), like :mod:`kiosk.store.schema`.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kiosk.store.errors import BackupError

_REASON_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NAME_RE = re.compile(
    r"^kiosk-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z0-9]+(?:-[a-z0-9]+)*)"
    r"(?:\.(?P<counter>\d+))?\.sqlite3$"
)
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    counter: int


def list_backups(backup_dir: Path, reason: str | None = None) -> list[BackupFile]:
    """Backups in ``backup_dir`` (optionally of one reason), newest first."""
    found: list[BackupFile] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.iterdir():
        match = _NAME_RE.match(path.name)
        if match is None or (reason is not None and match["reason"] != reason):
            continue
        taken = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
        found.append(BackupFile(path, taken, match["reason"], int(match["counter"] or 0)))
    found.sort(key=lambda b: (b.taken_at, b.counter), reverse=True)
    return found


def _ro_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def _integrity(conn: sqlite3.Connection) -> list[str]:
    return [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_side_files(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


@contextlib.contextmanager
def _closing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield conn
    finally:
        conn.close()


def _copy_verified(source: Path, target: Path) -> None:
    """Copy ``source`` into the new file ``target`` (0600) and verify the copy, or raise.

    Raises sqlite3 errors from the source and BackupError for a copy that fails its check;
    the caller removes ``target`` on failure.
    """
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    with (
        _closing(sqlite3.connect(_ro_uri(source), uri=True)) as src,
        _closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
        problems = _integrity(dst)
        if problems != ["ok"]:
            raise BackupError(
                f"The backup copy of {source} failed its integrity check "
                f"({'; '.join(problems[:3])}); it was deleted."
            )
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _next_name(backup_dir: Path, reason: str) -> Path:
    """A fresh name that sorts after every existing backup of ``reason``, even within a second.

    Counters only grow within one second: reusing a name freed by pruning would sort the
    newest backup first in line for deletion.
    """
    now = datetime.now(UTC).replace(microsecond=0)
    stamp = now.strftime(_STAMP_FORMAT)
    same_second = [b for b in list_backups(backup_dir, reason) if b.taken_at == now]
    if not same_second:
        return backup_dir / f"kiosk-{stamp}-{reason}.sqlite3"
    counter = max(max(b.counter, 1) for b in same_second) + 1
    return backup_dir / f"kiosk-{stamp}-{reason}.{counter}.sqlite3"


def backup_database(db_path: Path, backup_dir: Path, *, reason: str, keep: int = 7) -> Path:
    """Make a verified copy of ``db_path`` in ``backup_dir``; returns the backup's path.

    ``reason`` is a short slug (``pre-upgrade``, ``manual``, ``daily``) that becomes part of
    the name; after a successful backup only the newest ``keep`` of that reason remain.
    Raises :class:`BackupError` (and leaves no partial file) if the source cannot be read,
    the copy fails its integrity check, or the disk is full.
    """
    if not _REASON_RE.match(reason):
        raise ValueError(f"backup reason must be a lower-case slug like 'pre-upgrade': {reason!r}")
    if keep < 1:
        raise ValueError("keep must be at least 1")
    if not db_path.is_file():
        raise BackupError(f"Cannot back up {db_path}: the database file does not exist.")
    try:
        backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupError(f"Cannot create backup folder {backup_dir} ({exc.strerror}).") from exc

    final = _next_name(backup_dir, reason)
    partial = final.with_name(final.name + ".partial")
    try:
        _copy_verified(db_path, partial)
        os.replace(partial, final)
        _fsync_dir(backup_dir)
    except BackupError:
        _remove_with_side_files(partial)
        raise
    except sqlite3.DatabaseError as exc:
        _remove_with_side_files(partial)
        raise BackupError(
            f"Could not back up database {db_path} ({exc}); no backup was written. "
            "`kiosk db check` shows whether the database itself is damaged."
        ) from exc
    except OSError as exc:
        _remove_with_side_files(partial)
        raise BackupError(
            f"Could not write a backup of {db_path} to {backup_dir} ({exc.strerror or exc})."
        ) from exc

    for old in list_backups(backup_dir, reason)[keep:]:
        _remove_with_side_files(old.path)
    return final


def verify_backup(backup: Path) -> None:
    """Raise :class:`BackupError` unless ``backup`` is an intact Dorfkiosk database we can use."""
    from kiosk.store.schema import inspect_database

    if not backup.is_file():
        raise BackupError(f"Backup {backup} does not exist.")
    try:
        with _closing(sqlite3.connect(_ro_uri(backup), uri=True)) as conn:
            problems = _integrity(conn)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Backup {backup} is not usable ({exc}); nothing was restored.") from exc
    if problems != ["ok"]:
        raise BackupError(
            f"Backup {backup} failed its integrity check ({'; '.join(problems[:3])}); "
            "nothing was restored."
        )
    state = inspect_database(backup)
    if state.status not in ("current", "outdated"):
        raise BackupError(
            f"Backup {backup} is not a usable Dorfkiosk database ({state.status}: "
            f"{state.detail}); nothing was restored."
        )


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Replace ``db_path`` with a verified copy of ``backup``. Stop the terminal first.

    The current database (with its ``-wal``/``-shm`` files) is moved aside to
    ``<name>.replaced-<UTC time>``, never deleted; that path is returned (None if there was
    no database). An older backup is upgraded on the next start, with its own backup.
    """
    verify_backup(backup)
    db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime(_STAMP_FORMAT)
    incoming = db_path.with_name(f"{db_path.name}.restoring-{stamp}")
    _remove_with_side_files(incoming)
    try:
        _copy_verified(backup, incoming)
    except BackupError:
        _remove_with_side_files(incoming)
        raise
    except (sqlite3.DatabaseError, OSError) as exc:
        _remove_with_side_files(incoming)
        raise BackupError(f"Could not restore {backup} to {db_path} ({exc}).") from exc

    moved: Path | None = None
    if db_path.exists():
        moved = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
        os.replace(db_path, moved)
        for suffix in SIDE_FILES:
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                os.replace(side, moved.with_name(moved.name + suffix))
    os.replace(incoming, db_path)
    _fsync_dir(db_path.parent)
    return moved


__all__ = ["BackupFile", "backup_database", "list_backups", "restore_backup", "verify_backup"]
