"""The regional server's tables (its own metadata; nothing shared with the terminal's store).

JSON documents (entry payloads, results, change data) are stored as canonical JSON *text*, not
as PostgreSQL ``jsonb``: the fingerprint is computed over exactly that text, and ``jsonb``
refuses ``\\u0000`` inside strings, which a payload may legally contain.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

REGION_SCOPE = ""
"""``Change.scope`` of changes every terminal of the region sees (others name one hub)."""


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes: ``timestamptz`` on PostgreSQL, naive-UTC text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: the server stores aware datetimes only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ServerState(Base):
    """Exactly one row (id 1): the database's epoch and the head of the change sequence.

    Every writer that publishes a change increments ``head_seq`` with an ``UPDATE`` of this row;
    the row lock is held until commit, so commits happen in seq order and a reader that sees
    head ``H`` can already see every change with ``seq <= H``.
    """

    __tablename__ = "server_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[str] = mapped_column(String(32))
    head_seq: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Hub(Base):
    __tablename__ = "hubs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class EnrollCode(Base):
    """A one-time enrolment code; only its sha256 is stored."""

    __tablename__ = "enroll_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    hub_id: Mapped[str] = mapped_column(ForeignKey("hubs.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    terminal_id: Mapped[str | None] = mapped_column(String(32))


class Terminal(Base):
    """An enrolled terminal: its token's sha256, and the health it reported last."""

    __tablename__ = "terminals"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    hub_id: Mapped[str] = mapped_column(ForeignKey("hubs.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    app_version: Mapped[str | None] = mapped_column(String(64))
    outbox_depth: Mapped[int | None] = mapped_column(BigInteger)
    oldest_unsent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    disk_free_bytes: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(Text)


class ReceivedEntry(Base):
    """An outbox entry the server has applied: the idempotency record and the data itself.

    Written in the same transaction as the entry's effects. A repeat with the same
    ``fingerprint`` is answered with ``result``; another fingerprint under the same id is a
    conflict.
    """

    __tablename__ = "received_entries"
    __table_args__ = (Index("ix_received_entries_kind_received_at", "kind", "received_at"),)

    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"), primary_key=True)
    entry_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    hub_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    """When the terminal committed the entry (the terminal's clock)."""
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Change(Base):
    """The latest change per (kind, scope, key): a compacted log terminals pull by ``seq``.

    A new change to the same key moves the row to a new, higher ``seq``; a delete leaves a
    tombstone (``op = 'delete'``, ``data`` NULL) so that terminals that pulled the key see it go.
    Pulling from 0 therefore yields the current state, not the whole history.
    """

    __tablename__ = "changes"

    kind: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    op: Mapped[str] = mapped_column(String(8))
    data: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)


__all__ = [
    "REGION_SCOPE",
    "Base",
    "Change",
    "EnrollCode",
    "Hub",
    "ReceivedEntry",
    "ServerState",
    "Terminal",
    "UTCDateTime",
]

# The calendar's tables live beside their rules; importing them here puts them on
# Base.metadata for Alembic and the schema test wherever the models are loaded.
import kiosk.server.calendar as _calendar_tables  # noqa: E402, F401
import kiosk.server.forms as _participation_tables  # noqa: E402, F401
import kiosk.server.staff as _staff_tables  # noqa: E402, F401
