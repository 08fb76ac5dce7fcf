"""Engines and transactions of the server database (SQLite file or PostgreSQL).

:class:`Database` hands out sessions inside a transaction: :meth:`Database.write` for anything
that writes, :meth:`Database.read` for reads. On SQLite, writes start with ``BEGIN IMMEDIATE``
(the write lock is taken up front, so two server processes never deadlock on a lock upgrade)
and reads with a plain ``BEGIN`` (a consistent WAL snapshot that does not block writers).
On PostgreSQL both run at READ COMMITTED; the correctness arguments are in
:mod:`kiosk.server.changes` and :mod:`kiosk.server.push`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.errors import UsageError

SQLITE_BUSY_TIMEOUT_MS = 30_000
DEFAULT_POOL_SIZE = 8


class DatabaseUrlError(UsageError):
    """``--db`` is not a database URL this server can use."""


def normalize_url(database_url: str) -> URL:
    """Parse ``database_url``; ``postgresql://`` means psycopg 3 (the driver we ship)."""
    try:
        url = make_url(database_url)
    except ArgumentError:
        raise DatabaseUrlError(
            f"not a database URL: {database_url!r} "
            "(use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB)"
        ) from None
    backend = url.get_backend_name()
    if backend == "postgresql" and url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    elif backend not in ("sqlite", "postgresql"):
        raise DatabaseUrlError(f"unsupported database {backend!r}: use sqlite or postgresql")
    if backend == "sqlite" and url.database in (None, "", ":memory:"):
        raise DatabaseUrlError("the server needs a SQLite *file* (sqlite:///PATH), not memory")
    return url


def _sqlite_engine(url: URL, begin: str, pool_size: int) -> Engine:
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False},
        pool_size=pool_size,
        max_overflow=pool_size,
        pool_timeout=60,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun explicitly below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


def create_db_engine(
    database_url: str, *, for_writing: bool = True, pool_size: int = DEFAULT_POOL_SIZE
) -> Engine:
    url = normalize_url(database_url)
    if url.get_backend_name() == "sqlite":
        assert url.database is not None
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        return _sqlite_engine(url, "BEGIN IMMEDIATE" if for_writing else "BEGIN", pool_size)
    return create_engine(
        url, pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size, pool_timeout=60
    )


DEFAULT_CONCURRENCY = 8
"""Database calls one server process runs at once (see :attr:`Database.concurrency`)."""


class Database:
    """The server's database: one engine for writes, one for reads (the same on PostgreSQL).

    ``concurrency``: how many requests of this process work on the database at once. The HTTP
    app admits that many (a capacity limiter in front of the thread pool), and the PostgreSQL
    pool holds that many connections (plus as many overflow for admin work in the same
    process). Measured with ``tests/bench/sync.py``: a push is mostly Python under the GIL, so
    40 threads (Starlette's default pool) racing for 2 cores and a few row locks are slower,
    not faster, than a handful; and a pool smaller than the thread pool made requests queue
    for a connection inside a thread.
    """

    def __init__(self, database_url: str, *, concurrency: int = DEFAULT_CONCURRENCY) -> None:
        self.url = normalize_url(database_url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.concurrency = max(1, concurrency)
        self.engine = create_db_engine(database_url, for_writing=True, pool_size=self.concurrency)
        self.read_engine = (
            create_db_engine(database_url, for_writing=False, pool_size=self.concurrency)
            if self.is_sqlite
            else self.engine
        )
        self._write_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in a write transaction: committed on success, rolled back on error."""
        with self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


__all__ = [
    "DEFAULT_CONCURRENCY",
    "Database",
    "DatabaseUrlError",
    "create_db_engine",
    "normalize_url",
]
