"""The change log terminals pull: publish under a gap-free sequence, read by cursor.

Why a terminal never misses a change: publishing takes sequence numbers with ``UPDATE
server_state SET head_seq = head_seq + n`` inside the writing transaction. That row lock is
held until the transaction ends, so transactions that publish commit strictly in seq order.
:func:`pull` reads the head *first* and then the changes up to that head: every change with
``seq <= head`` has committed by the time the head is visible, so the page has no holes, and
the cursor returned (the head, or the last seq of a full page) never passes a change the
terminal has not seen. On SQLite the same holds trivially: writers are serialised by
``BEGIN IMMEDIATE`` and a read transaction is one snapshot.

Deferred publication (:func:`deferred`, used by the push): the counter row is the one lock
every publishing transaction shares, so it should be held as briefly as possible. Inside a
``deferred`` block :func:`publish` only collects the change and returns a *placeholder* seq
(a negative number); at the end of the block ONE ``UPDATE`` allocates a block of seqs for all
collected changes and ONE executemany upsert writes them. The lock is then held only from that
``UPDATE`` to the commit right after it, instead of from the first booking of a push to its
end. :meth:`PendingChanges.resolve` turns a placeholder into the real seq. The gap-free rule
is unchanged: the seqs are still taken under the row lock that lasts until commit. (A key
published twice in one block keeps only its last change; the earlier seq stays unused, which
pulling tolerates: cursors need no contiguous seqs, only that no seq below the head appears
later.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Insert, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
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

_PENDING_KEY = "kiosk.pending_changes"


_NEXT_SEQ = (
    update(ServerState)
    .where(ServerState.id == 1)
    .values(head_seq=ServerState.head_seq + bindparam("count"))
    .returning(ServerState.head_seq)
)


def next_seq(session: Session, count: int = 1) -> int:
    """Allocate ``count`` seqs; returns the LAST one (the new head). Locks the counter row
    until this transaction ends."""
    seq = session.connection().execute(_NEXT_SEQ, {"count": count}).scalar_one()
    return int(seq)


@dataclass
class PendingChanges:
    """Changes collected by :func:`publish` inside a :func:`deferred` block."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    base: int | None = None
    """Seq of the first collected change minus one, once written."""

    def mark(self) -> int:
        """A point to :meth:`discard` back to (a rejected entry's changes are dropped)."""
        return len(self.rows)

    def discard(self, mark: int) -> None:
        del self.rows[mark:]

    def resolve(self, seq: int) -> int:
        """The real seq of a placeholder returned by :func:`publish` (others unchanged)."""
        if seq >= 0:
            return seq
        if self.base is None:
            raise RuntimeError("the deferred changes have not been written yet")
        return self.base - seq  # placeholder -k is the k-th change: base + k


def insert_rows(session: Session, statement: Insert, rows: list[dict[str, Any]]) -> None:
    """One Core executemany (the ORM's bulk path costs more than the insert itself)."""
    session.connection().execute(statement, rows)


def _upsert_statement(dialect: str) -> Insert:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(Change)
    return statement.on_conflict_do_update(
        index_elements=[Change.kind, Change.scope, Change.key],
        set_={
            "seq": statement.excluded.seq,
            "op": statement.excluded.op,
            "data": statement.excluded.data,
            "changed_at": statement.excluded.changed_at,
        },
    )


_UPSERTS = {dialect: _upsert_statement(dialect) for dialect in ("postgresql", "sqlite")}
"""Built once: building the statement (and its cache key) per push cost more than running it."""


def _upsert(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert or move (kind, scope, key) rows to their new seq: ONE multi-row statement."""
    latest: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in rows:
        latest[(row["kind"], row["scope"], row["key"])] = row
    dialect = session.get_bind().dialect.name
    insert_rows(session, _UPSERTS[dialect], list(latest.values()))


def _write(session: Session, rows: list[dict[str, Any]]) -> int:
    """Allocate seqs for ``rows`` (in order) and write them; returns the base (first - 1)."""
    head = next_seq(session, len(rows))
    base = head - len(rows)
    for offset, row in enumerate(rows, start=1):
        row["seq"] = base + offset
    _upsert(session, rows)
    return base


@contextmanager
def deferred(session: Session) -> Iterator[PendingChanges]:
    """Collect the changes published inside the block; write them all at its end.

    Nothing is written if the block raises (the transaction is rolled back anyway). Nested
    use joins the outer block.
    """
    outer = session.info.get(_PENDING_KEY)
    if outer is not None:
        yield outer
        return
    pending = PendingChanges()
    session.info[_PENDING_KEY] = pending
    try:
        yield pending
    finally:
        del session.info[_PENDING_KEY]
    if pending.rows:
        pending.base = _write(session, pending.rows)


def publish(
    session: Session,
    *,
    kind: str,
    key: str,
    data: JSONObject | None,
    now: datetime,
    scope: str = REGION_SCOPE,
) -> int:
    """Record a change (``data`` None = delete) visible to ``scope``; returns its seq.

    Inside :func:`deferred` the seq returned is a placeholder (negative) that
    :meth:`PendingChanges.resolve` turns into the real one after the block.
    """
    op: ChangeOp = "delete" if data is None else "upsert"
    text = None if data is None else canonical_json(data).decode("utf-8")
    row = {"kind": kind, "scope": scope, "key": key, "op": op, "data": text, "changed_at": now}
    pending: PendingChanges | None = session.info.get(_PENDING_KEY)
    if pending is not None:
        pending.rows.append(row)
        return -len(pending.rows)
    return _write(session, [row]) + 1


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
