"""The terminal's tables that belong to the store itself: the outbox and settings.

Domain tables (content, bookings, submissions) live in their own modules on the same
:class:`~kiosk.store.base.Base`. Every table here is created by a hand-written Alembic
revision in ``migrations/terminal/versions``; a test checks models and migrations agree.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.store.base import Base
from kiosk.store.types import UTCDateTime


class OutboxState(StrEnum):
    PENDING = "pending"
    """Waiting to be delivered (or to be retried at ``next_attempt_at``)."""
    SENT = "sent"
    """The server acknowledged it with a response of the protocol's own shape."""
    NEEDS_ATTENTION = "needs_attention"
    """The server refused it for good (a 4xx that will never succeed): staff must look."""


OUTBOX_KIND_LENGTH = 64
SETTING_KEY_LENGTH = 100


class OutboxEntry(Base):
    """One change made on this terminal that the server has to receive.

    ``id`` is generated here (uuid4 hex) and sent along, so that the server can answer a
    repeated delivery with the stored result (at-least-once delivery, exactly-once effect).
    ``seq`` orders entries: strictly increasing, never reused, even after old entries are
    deleted.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),
        Index("ix_outbox_state_seq", "state", "seq"),
        Index("ix_outbox_state_created_at", "state", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(OUTBOX_KIND_LENGTH))
    payload: Mapped[str] = mapped_column(Text)
    """Canonical JSON text (see :func:`kiosk.store.outbox.encode_payload`)."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[OutboxState] = mapped_column(
        Enum(
            OutboxState,
            name="state",
            native_enum=False,
            create_constraint=True,
            length=20,
            values_callable=lambda states: [s.value for s in states],
            validate_strings=True,
        ),
        default=OutboxState.PENDING,
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """When a pending entry is due; ``None`` for entries that are no longer pending."""
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def data(self) -> Any:
        """The payload, decoded."""
        return json.loads(self.payload)

    def __repr__(self) -> str:
        return f"<OutboxEntry #{self.seq} {self.kind} {self.state.value} id={self.id}>"


class Setting(Base):
    """A small key/value store: the terminal id, the sync cursor, counters."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(SETTING_KEY_LENGTH), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"<Setting {self.key}={self.value!r}>"


def import_all_models() -> MetaData:
    """Import every ``kiosk.store`` module, so that all tables are on ``Base.metadata``.

    For Alembic's env.py and the test that compares models with migrations: a table whose
    module nobody imported would otherwise look like one to drop.
    """
    import kiosk.store

    for module in pkgutil.iter_modules(kiosk.store.__path__):
        importlib.import_module(f"kiosk.store.{module.name}")
    return Base.metadata


__all__ = ["OutboxEntry", "OutboxState", "Setting", "import_all_models"]
