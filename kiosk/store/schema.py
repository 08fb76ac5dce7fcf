"""Schema state of the terminal's database: inspect, prepare, upgrade, check.

The app calls :func:`prepare_database` on every start, so the common case ("current") is
answered by the standard library alone: the database is opened read-only with ``sqlite3``
and Alembic's ``alembic_version`` row is compared with the head revision, which is read
from the revision files' ``revision = ...`` / ``down_revision = ...`` lines. SQLAlchemy and
Alembic are imported only when something has to be created or migrated.

Statuses of :class:`SchemaState`:

``missing``   no file, or an empty SQLite file: created at head by :func:`prepare_database`
``current``   at the head revision
``outdated``  at an older revision of our chain: backed up, then upgraded
``newer``     at a revision this code does not know (a newer Dorfkiosk wrote it): refused
``corrupt``   not a SQLite database, malformed, or tables without a schema version: refused,
              and never modified
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from kiosk.paths import migrations_dir
from kiosk.store.backup import backup_database
from kiosk.store.errors import (
    DatabaseAccessError,
    DatabaseCorruptError,
    DatabaseNewerError,
    MigrationError,
)

Status = Literal["missing", "current", "outdated", "newer", "corrupt"]

VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class SchemaState:
    path: Path
    current: str | None
    """The revision stored in the database (None if there is none)."""
    head: str
    """The newest revision this code knows."""
    status: Status
    detail: str
    """One line for a person, e.g. ``revision 0001, 1 migration to apply (head 0002)``."""


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None
    """The verified backup taken before migrating (None if nothing was migrated)."""


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    lines: list[str] = field(default_factory=list)


def terminal_scripts_dir() -> Path:
    """The terminal's Alembic environment (``migrations/terminal``)."""
    return migrations_dir() / "terminal"


# `revision: str = "0001"`, `down_revision = None`, optional annotation and trailing comment.
_ASSIGNMENT = (
    r"^{name}(?:[ \t]*:[^=\n]+)?[ \t]*=[ \t]*"
    r"(?:None|(?P<q>['\"])(?P<value>[^'\"]+)(?P=q))[ \t]*(?:#.*)?$"
)
_REVISION_RE = re.compile(_ASSIGNMENT.format(name="revision"), re.MULTILINE)
_DOWN_REVISION_RE = re.compile(_ASSIGNMENT.format(name="down_revision"), re.MULTILINE)


def revision_chain(scripts: Path | None = None) -> tuple[str, ...]:
    """Our revisions, oldest first, read from the revision files without Alembic.

    The terminal's history is one straight line; a branch, a gap or a cycle is a broken
    installation and raises RuntimeError.
    """
    versions = (scripts or terminal_scripts_dir()) / "versions"
    down_of: dict[str, str | None] = {}
    for file in sorted(versions.glob("*.py")):
        text = file.read_text(encoding="utf-8")
        rev = _REVISION_RE.search(text)
        down = _DOWN_REVISION_RE.search(text)
        if rev is None or rev.group("value") is None:
            continue  # not a revision file (e.g. __init__.py)
        if down is None:
            raise RuntimeError(f"{file}: has a revision but no readable down_revision")
        if rev.group("value") in down_of:
            raise RuntimeError(f"{file}: revision {rev.group('value')} defined twice")
        down_of[rev.group("value")] = down.group("value")
    if not down_of:
        raise RuntimeError(f"no migration revisions found in {versions}")
    next_of: dict[str | None, str] = {}
    for rev_id, down_id in down_of.items():
        if down_id is not None and down_id not in down_of:
            raise RuntimeError(f"revision {rev_id} follows unknown revision {down_id}")
        if down_id in next_of:
            raise RuntimeError(f"revisions {next_of[down_id]} and {rev_id} branch from {down_id}")
        next_of[down_id] = rev_id
    chain: list[str] = []
    cursor = next_of.get(None)
    while cursor is not None:
        chain.append(cursor)
        cursor = next_of.get(cursor)
    if len(chain) != len(down_of):
        raise RuntimeError(f"migration revisions in {versions} do not form one chain")
    return tuple(chain)


def head_revision(scripts: Path | None = None) -> str:
    return revision_chain(scripts)[-1]


def _read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def _read_versions(path: Path) -> tuple[list[str], list[str]]:
    """(user tables, stored revisions); raises sqlite3 errors for the caller to classify."""
    conn = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        revisions: list[str] = []
        if VERSION_TABLE in tables:
            revisions = [
                str(row[0]) for row in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")
            ]
        return [t for t in tables if t != VERSION_TABLE], revisions
    finally:
        conn.close()


def inspect_database(path: Path, *, scripts: Path | None = None) -> SchemaState:
    """Where the database at ``path`` stands. Read-only, stdlib only, never changes the file.

    ``scripts`` points at another Alembic environment (tests); default: the bundled one.
    Raises :class:`DatabaseAccessError` if the file exists but cannot be opened at all.
    """
    chain = revision_chain(scripts)
    head = chain[-1]

    def state(status: Status, detail: str, current: str | None = None) -> SchemaState:
        return SchemaState(path=path, current=current, head=head, status=status, detail=detail)

    if not path.exists():
        return state("missing", "no database file")
    if not path.is_file():
        raise DatabaseAccessError(f"Database {path} is not a file; move it away.")
    try:
        tables, revisions = _read_versions(path)
    except sqlite3.OperationalError as exc:
        if "unable to open" in str(exc) or "locked" in str(exc):
            raise DatabaseAccessError(
                f"Database {path} cannot be opened ({exc}); check its permissions."
            ) from exc
        return state("corrupt", str(exc))
    except sqlite3.DatabaseError as exc:
        return state("corrupt", str(exc))

    if not revisions:
        if tables:
            return state(
                "corrupt",
                f"{len(tables)} tables but no schema version; not a Dorfkiosk database?",
            )
        return state("missing", "empty database")
    unknown = [r for r in revisions if r not in chain]
    if unknown:
        return state(
            "newer",
            f"revision {unknown[0]} is not known to this version (newest known: {head})",
            unknown[0],
        )
    if len(revisions) > 1:
        return state("corrupt", f"several schema versions stored: {', '.join(revisions)}")
    current = revisions[0]
    if current == head:
        return state("current", f"revision {current} (head)", current)
    todo = len(chain) - 1 - chain.index(current)
    plural = "migration" if todo == 1 else "migrations"
    return state("outdated", f"revision {current}, {todo} {plural} to apply (head {head})", current)


def _refuse(state: SchemaState, backup_dir: Path | None) -> None:
    """Raise the known error for a database that must not be touched."""
    restore = f" from {backup_dir}" if backup_dir is not None else ""
    if state.status == "corrupt":
        raise DatabaseCorruptError(
            f"Database {state.path} is damaged ({state.detail}); it was left untouched. "
            f"Restore a backup{restore} with `kiosk db backup --restore FILE` (the damaged "
            "file is kept aside), or move the file away to start empty; "
            "`kiosk db check` shows details."
        )
    if state.status == "newer":
        raise DatabaseNewerError(
            f"Database {state.path} was written by a newer Dorfkiosk ({state.detail}); it was "
            "left untouched. Install that newer version again, or restore a backup"
            f"{restore} made before the update with `kiosk db backup --restore FILE`."
        )


def _migrate(db_path: Path, scripts: Path | None) -> None:
    from kiosk.store.migrate import upgrade_to  # imports Alembic and SQLAlchemy

    upgrade_to(db_path, "head", scripts=scripts)


def upgrade_database(
    db_path: Path, backup_dir: Path, *, scripts: Path | None = None
) -> UpgradeResult:
    """Bring the database to head: create it if missing; back up and migrate if outdated.

    Refuses a corrupt or newer database. If a migration fails, the database stays at its
    previous revision (SQLite DDL is transactional and the whole upgrade is one
    transaction) and :class:`MigrationError` names the backup.
    """
    state = inspect_database(db_path, scripts=scripts)
    _refuse(state, backup_dir)
    if state.status == "current":
        return UpgradeResult(state.current, state.head, None)
    backup: Path | None = None
    if state.status == "missing":
        db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Citizens' data: owner only. SQLite gives -wal/-shm the database file's mode.
        os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT, 0o600))
        os.chmod(db_path, 0o600)
    else:
        backup = backup_database(db_path, backup_dir, reason="pre-upgrade")
    try:
        _migrate(db_path, scripts)
    except Exception as exc:
        after = inspect_database(db_path, scripts=scripts)
        if after.current == state.current:
            outcome = f"the database was left at {state.current or 'no revision'}"
        else:
            outcome = f"the database is now at {after.current} ({after.status})"
        saved = f"; a verified backup is at {backup}" if backup else ""
        raise MigrationError(
            f"Upgrading database {db_path} from {state.current or 'nothing'} to {state.head} "
            f"failed ({type(exc).__name__}: {exc}); {outcome}{saved}."
        ) from exc
    after = inspect_database(db_path, scripts=scripts)
    if after.status != "current":
        raise MigrationError(
            f"Upgrading database {db_path} ended at {after.current} ({after.detail}), "
            f"not at {state.head}."
        )
    return UpgradeResult(state.current, state.head, backup)


def prepare_database(
    db_path: Path, backup_dir: Path, *, scripts: Path | None = None
) -> SchemaState:
    """What the app calls at start: make the database usable or explain why not.

    ``current`` returns at once without importing SQLAlchemy or Alembic; ``missing`` is
    created at head; ``outdated`` gets a verified backup and is upgraded; ``newer`` raises
    :class:`DatabaseNewerError`; ``corrupt`` raises :class:`DatabaseCorruptError` and the file
    is left byte-for-byte as it was.
    """
    state = inspect_database(db_path, scripts=scripts)
    if state.status == "current":
        return state
    _refuse(state, backup_dir)
    upgrade_database(db_path, backup_dir, scripts=scripts)
    return inspect_database(db_path, scripts=scripts)


def check_database(db_path: Path, *, scripts: Path | None = None) -> CheckReport:
    """A full read-only check for ``kiosk db check``: integrity, foreign keys, schema version."""
    lines: list[str] = [f"database: {db_path}"]
    try:
        state = inspect_database(db_path, scripts=scripts)
    except DatabaseAccessError as exc:
        return CheckReport(False, [*lines, f"error: {exc}"])
    if state.status == "missing":
        return CheckReport(False, [*lines, f"schema: missing ({state.detail})"])
    if state.status == "corrupt":
        return CheckReport(False, [*lines, f"integrity_check: failed ({state.detail})"])
    ok = True
    try:
        conn = sqlite3.connect(_read_only_uri(db_path), uri=True)
        try:
            integrity = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
            fk_rows = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return CheckReport(False, [*lines, f"integrity_check: failed ({exc})"])
    if integrity == ["ok"]:
        lines.append("integrity_check: ok")
    else:
        ok = False
        shown = "; ".join(integrity[:5])
        more = f" (and {len(integrity) - 5} more)" if len(integrity) > 5 else ""
        lines.append(f"integrity_check: {len(integrity)} problems: {shown}{more}")
    if fk_rows:
        ok = False
        tables = sorted({str(row[0]) for row in fk_rows})
        lines.append(
            f"foreign_key_check: {len(fk_rows)} rows with a missing parent in {', '.join(tables)}"
        )
    else:
        lines.append("foreign_key_check: ok")
    lines.append(f"schema: {state.status}; {state.detail}")
    if state.status in ("newer",):
        ok = False
    return CheckReport(ok, lines)


__all__ = [
    "CheckReport",
    "SchemaState",
    "Status",
    "UpgradeResult",
    "check_database",
    "head_revision",
    "inspect_database",
    "prepare_database",
    "revision_chain",
    "terminal_scripts_dir",
    "upgrade_database",
]
