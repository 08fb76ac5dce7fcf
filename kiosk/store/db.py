"""Engine, connections and short sessions for the terminal's SQLite database.

Every connection gets the same PRAGMAs (:data:`CONNECTION_PRAGMAS`): WAL, ``synchronous=FULL``
(a commit that returned survives a power cut), foreign keys, ``secure_delete`` (deleted
personal data is overwritten in the file) and a busy timeout.

Transactions: Python 3.11's ``sqlite3`` does not emit BEGIN before SELECT or DDL ("legacy
transaction control"), which breaks atomicity. We switch that off (``isolation_level = None``)
and emit BEGIN ourselves from SQLAlchemy's ``begin`` event, as the SQLAlchemy SQLite docs
("Enabling Non-Legacy SQLite Transactional Modes") describe. :meth:`Database.write` asks for
``BEGIN IMMEDIATE``: the write lock is taken before the first read, so two writers never
deadlock on a lock upgrade, and a busy database waits ``busy_timeout`` instead of failing
half-way.

Usage (DESIGN rule 1, a record and its outbox entry in one transaction)::

    db = open_database(paths.database)
    with db.write() as s:
        s.add(booking)
        enqueue(s, "booking.create", {...})
    # committed and on disk here; now the screen may say "saved"

    with db.session() as s:          # reads: short, never kept
        rows = s.scalars(select(...)).all()
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.store.errors import DatabaseAccessError, DatabaseWriteError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000

CONNECTION_PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("secure_delete", "ON"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
)

BeginMode = Literal["DEFERRED", "IMMEDIATE", "EXCLUSIVE"]
_BEGIN_OPTION = "kiosk_sqlite_begin"
WRITE_SESSION_MARK = "kiosk_write_transaction"

# sqlite3 messages that mean "the machine has a problem", not "the program has a bug".
_ENVIRONMENT_PROBLEMS = (
    "database or disk is full",
    "disk i/o error",
    "database is locked",
    "attempt to write a readonly database",
    "unable to open database file",
)


def apply_pragmas(
    dbapi_connection: sqlite3.Connection,
    *,
    foreign_keys: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> None:
    """Set the connection PRAGMAs on a raw ``sqlite3`` connection (outside any transaction)."""
    cursor = dbapi_connection.cursor()
    try:
        for name, default in CONNECTION_PRAGMAS:
            value = default
            if name == "foreign_keys" and not foreign_keys:
                value = "OFF"
            elif name == "busy_timeout":
                value = str(int(busy_timeout_ms))
            row = cursor.execute(f"PRAGMA {name} = {value}").fetchone()
            if name == "journal_mode" and (row is None or str(row[0]).lower() != "wal"):
                log.warning("SQLite refused WAL mode (journal_mode=%s)", row and row[0])
    finally:
        cursor.close()


def create_sqlite_engine(
    db_path: Path,
    *,
    foreign_keys: bool = True,
    begin: BeginMode = "DEFERRED",
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Engine:
    """An engine for ``db_path`` with our PRAGMAs and real BEGINs on every connection.

    ``foreign_keys=False`` is only for migrations: SQLite cannot switch foreign keys inside a
    transaction, and a batch migration that recreates a parent table must not cascade.
    """
    url = URL.create("sqlite", database=str(db_path))
    engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take BEGIN/COMMIT away from the driver's legacy transaction control.
        dbapi_connection.isolation_level = None
        apply_pragmas(dbapi_connection, foreign_keys=foreign_keys, busy_timeout_ms=busy_timeout_ms)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get(_BEGIN_OPTION, begin)
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _is_environment_problem(exc: OperationalError) -> str | None:
    text = str(exc.orig).lower()
    for problem in _ENVIRONMENT_PROBLEMS:
        if problem in text:
            return str(exc.orig)
    return None


class Database:
    """The terminal's database: hands out short sessions, never keeps one."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine = engine
        self._path = path
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            bind=engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"}),
            expire_on_commit=False,
        )
        self._local = threading.local()

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def path(self) -> Path:
        return self._path

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short session for reading (deferred BEGIN). Closed, and rolled back, on exit.

        Objects loaded here stay readable after the block (``expire_on_commit=False``) but
        are detached: hand them to the UI as plain values, don't write through them.
        """
        with self._read_sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed (and on disk) when the block ends, or not at all.

        ``BEGIN IMMEDIATE`` is emitted on entry. An exception inside the block rolls
        everything back and propagates. A full disk, an I/O error or a lock held longer than
        the busy timeout becomes :class:`~kiosk.store.errors.DatabaseWriteError`.
        """
        if getattr(self._local, "writing", False):
            # A second BEGIN IMMEDIATE would wait for our own lock until the busy timeout.
            raise RuntimeError("Database.write() is not re-entrant: pass the session down")
        session = self._write_sessions()
        session.info[WRITE_SESSION_MARK] = True
        self._local.writing = True
        try:
            try:
                session.connection()  # emits BEGIN IMMEDIATE: take the write lock now
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
        except OperationalError as exc:
            problem = _is_environment_problem(exc)
            if problem is None:
                raise
            raise DatabaseWriteError(
                f"Could not save to database {self._path} ({problem}); nothing was saved. "
                "Check free disk space and the data directory, then try again."
            ) from exc
        finally:
            self._local.writing = False
            session.info.pop(WRITE_SESSION_MARK, None)
            session.close()

    def dispose(self) -> None:
        """Close every pooled connection (at shutdown, and before moving the file)."""
        self._engine.dispose()


def open_database(db_path: Path) -> Database:
    """Open an existing database (create or upgrade it first with ``prepare_database``)."""
    if not db_path.is_file():
        raise DatabaseAccessError(
            f"Database {db_path} does not exist; start the terminal once or run "
            "`kiosk db upgrade` to create it."
        )
    return Database(create_sqlite_engine(db_path), db_path)


def in_write_transaction(session: Session) -> bool:
    """True inside :meth:`Database.write` (used by helpers that must not run elsewhere)."""
    return bool(session.info.get(WRITE_SESSION_MARK))


__all__ = [
    "CONNECTION_PRAGMAS",
    "Database",
    "apply_pragmas",
    "create_sqlite_engine",
    "in_write_transaction",
    "open_database",
]
