"""The change log terminals pull: publish under a gap-free sequence, read by cursor.

Why a terminal never misses a change: :func:`publish` takes the next sequence number with
``UPDATE server_state SET head_seq = head_seq + 1`` inside the writing transaction. That row
lock is held until the transaction ends, so transactions that publish commit strictly in seq
order. :func:`pull` reads the head *first* and then the changes up to that head: every change
with ``seq <= head`` has committed by the time the head is visible, so the page has no holes,
and the cursor returned (the head, or the last seq of a full page) never passes a change the
terminal has not seen. On SQLite the same holds trivially: writers are serialised by
``BEGIN IMMEDIATE`` and a read transaction is one snapshot.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.server.models import REGION_SCOPE, Change, ServerState
from kiosk.sync.protocol import (
    Change as WireChange,
)
from kiosk.sync.protocol import (
    ChangeOp,
    JSONObject,
    PullResponse,
    canonical_json,
)


def next_seq(session: Session) -> int:
    """Allocate the next seq; locks the counter row until this transaction ends."""
    seq = session.execute(
        update(ServerState)
        .where(ServerState.id == 1)
        .values(head_seq=ServerState.head_seq + 1)
        .returning(ServerState.head_seq)
    ).scalar_one()
    return int(seq)


def publish(
    session: Session,
    *,
    kind: str,
    key: str,
    data: JSONObject | None,
    now: datetime,
    scope: str = REGION_SCOPE,
) -> int:
    """Record a change (``data`` None = delete) visible to ``scope``; returns its seq."""
    op: ChangeOp = "delete" if data is None else "upsert"
    seq = next_seq(session)
    text = None if data is None else canonical_json(data).decode("utf-8")
    row = session.get(Change, (kind, scope, key))
    if row is None:
        session.add(
            Change(kind=kind, scope=scope, key=key, seq=seq, op=op, data=text, changed_at=now)
        )
    else:
        row.seq, row.op, row.data, row.changed_at = seq, op, text, now
    session.flush()
    return seq


def server_state(session: Session) -> tuple[str, int]:
    """(epoch, head seq)."""
    epoch, head = session.execute(select(ServerState.epoch, ServerState.head_seq)).one()
    return str(epoch), int(head)


def pull(
    session: Session, *, hub_id: str, cursor: int, epoch: str | None, limit: int
) -> PullResponse:
    """The page after ``cursor`` for a terminal of ``hub_id`` (region-wide + its hub's changes).

    ``reset`` when the terminal's position is not one of this database's: another epoch, or a
    cursor beyond the head (a database restored from a backup taken before the terminal's last
    pull). The page then starts from the beginning.
    """
    server_epoch, head = server_state(session)
    reset = (epoch is not None and epoch != server_epoch) or cursor > head
    start = 0 if reset else cursor
    rows = list(
        session.scalars(
            select(Change)
            .where(Change.seq > start, Change.seq <= head)
            .where(Change.scope.in_((REGION_SCOPE, hub_id)))
            .order_by(Change.seq)
            .limit(limit + 1)
        )
    )
    has_more = len(rows) > limit
    rows = rows[:limit]
    new_cursor = rows[-1].seq if has_more else head
    changes = tuple(
        WireChange(
            seq=row.seq,
            kind=row.kind,
            op="delete" if row.op == "delete" else "upsert",
            key=row.key,
            data=None if row.data is None else _object(row.data),
        )
        for row in rows
    )
    return PullResponse(
        epoch=server_epoch, cursor=new_cursor, changes=changes, has_more=has_more, reset=reset
    )


def _object(text: str) -> JSONObject:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value
