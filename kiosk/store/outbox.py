"""The outbox: changes made on this terminal, waiting for the server.

:func:`enqueue` is the only way in, and it only works inside ``Database.write()``, so the
record and its outbox entry are committed together (DESIGN rule 1). The sync client reads
:func:`due_entries` in ``seq`` order and reports back with :func:`mark_sent`,
:func:`mark_retry` or :func:`mark_needs_attention`.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kiosk.store.db import in_write_transaction
from kiosk.store.models import OUTBOX_KIND_LENGTH, OutboxEntry, OutboxState
from kiosk.store.settings import OUTBOX_LAST_SEQ, get_setting, set_setting
from kiosk.store.types import utc_now


class NotInWriteTransaction(RuntimeError):
    """A bug: outbox changes must be made inside ``Database.write()``."""


def _require_write(session: Session, what: str) -> None:
    if not in_write_transaction(session):
        raise NotInWriteTransaction(f"{what} must be called inside Database.write()")


def encode_payload(payload: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 text, no NaN/Infinity.

    The same payload always gives the same text, so the server's fingerprint of a
    re-delivered entry matches. Raises TypeError/ValueError for values JSON cannot carry.
    """
    return json.dumps(
        payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def _next_seq(session: Session) -> int:
    # The counter survives deletion of old entries; max() guards against a lost counter.
    stored = int(get_setting(session, OUTBOX_LAST_SEQ) or 0)
    highest = session.scalar(select(func.max(OutboxEntry.seq))) or 0
    seq = max(stored, highest) + 1
    set_setting(session, OUTBOX_LAST_SEQ, str(seq))
    return seq


def enqueue(session: Session, kind: str, payload: Any, *, now: datetime | None = None) -> str:
    """Add an outbox entry in the current write transaction; returns its id (uuid4 hex)."""
    _require_write(session, "enqueue()")
    if not kind or len(kind) > OUTBOX_KIND_LENGTH:
        raise ValueError(f"outbox kind must be 1..{OUTBOX_KIND_LENGTH} characters: {kind!r}")
    text = encode_payload(payload)
    when = now or utc_now()
    entry = OutboxEntry(
        id=uuid.uuid4().hex,
        seq=_next_seq(session),
        kind=kind,
        payload=text,
        created_at=when,
        state=OutboxState.PENDING,
        attempts=0,
        next_attempt_at=when,
    )
    session.add(entry)
    session.flush()
    return entry.id


def due_entries(
    session: Session, *, now: datetime | None = None, limit: int = 50
) -> list[OutboxEntry]:
    """Pending entries whose time has come, oldest first."""
    when = now or utc_now()
    query = (
        select(OutboxEntry)
        .where(OutboxEntry.state == OutboxState.PENDING)
        .where(or_(OutboxEntry.next_attempt_at.is_(None), OutboxEntry.next_attempt_at <= when))
        .order_by(OutboxEntry.seq)
        .limit(limit)
    )
    return list(session.scalars(query))


def _entry(session: Session, entry_id: str) -> OutboxEntry:
    entry = session.get(OutboxEntry, entry_id)
    if entry is None:
        raise KeyError(f"no outbox entry {entry_id}")
    return entry


def mark_sent(session: Session, entry_id: str, *, now: datetime | None = None) -> None:
    _require_write(session, "mark_sent()")
    entry = _entry(session, entry_id)
    entry.state = OutboxState.SENT
    entry.sent_at = now or utc_now()
    entry.next_attempt_at = None
    entry.last_error = None


def mark_retry(session: Session, entry_id: str, *, error: str, next_attempt_at: datetime) -> None:
    """A delivery failed in a way that may pass (timeout, 5xx, 429): try again later."""
    _require_write(session, "mark_retry()")
    entry = _entry(session, entry_id)
    entry.attempts += 1
    entry.last_error = error
    entry.next_attempt_at = next_attempt_at


def mark_needs_attention(session: Session, entry_id: str, *, error: str) -> None:
    """The server refused the entry for good: it leaves the queue and waits for staff."""
    _require_write(session, "mark_needs_attention()")
    entry = _entry(session, entry_id)
    entry.attempts += 1
    entry.state = OutboxState.NEEDS_ATTENTION
    entry.last_error = error
    entry.next_attempt_at = None


def purge_sent(session: Session, *, sent_before: datetime) -> int:
    """Delete entries the server acknowledged before ``sent_before`` (DESIGN rule 6).

    With ``secure_delete`` on, their payloads are overwritten in the file, not just unlinked.
    ``seq`` keeps counting from where it was. Returns how many entries were deleted.
    """
    _require_write(session, "purge_sent()")
    old = session.scalars(
        select(OutboxEntry)
        .where(OutboxEntry.state == OutboxState.SENT)
        .where(OutboxEntry.sent_at < sent_before)
    ).all()
    for entry in old:
        session.delete(entry)
    return len(old)


def count_by_state(session: Session) -> dict[OutboxState, int]:
    """How many entries are in each state (every state present, zero if none)."""
    counts = dict.fromkeys(OutboxState, 0)
    rows = session.execute(select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state))
    for state, count in rows:
        counts[state] = count
    return counts


__all__ = [
    "NotInWriteTransaction",
    "count_by_state",
    "due_entries",
    "encode_payload",
    "enqueue",
    "mark_needs_attention",
    "mark_retry",
    "mark_sent",
    "purge_sent",
]
