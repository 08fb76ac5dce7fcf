"""Apply a push: the terminal's health and its entries, in ONE write transaction.

Per entry: look up (terminal, entry id). Found with the same fingerprint -> ``duplicate`` with
the stored result; found with another fingerprint -> ``conflict``; not found -> the kind's
handler runs inside a savepoint and the :class:`~kiosk.server.models.ReceivedEntry` (id,
fingerprint, payload, result) is inserted in the same transaction as the handler's writes.
So "applied" and "recorded" are one fact: a crash or lost response before the commit leaves
neither, and the terminal's retry applies the entry once.

The transaction first locks the terminal's row (the ``UPDATE`` that stores the push's health
takes the lock ``SELECT ... FOR UPDATE`` would): two pushes of the same terminal (a retry
racing a slow original on another server process) run one after the other, and the second sees
the first's records. Pushes of different terminals only meet at the change counter (see
:mod:`kiosk.server.changes`), which is always taken after the terminal row, so there is no
lock-order cycle.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from kiosk.server import changes
from kiosk.server.calendar import renew_leases
from kiosk.server.changes import PendingChanges
from kiosk.server.errors import ApiError, unauthorized
from kiosk.server.handlers import ApplyContext, Rejected, apply
from kiosk.server.models import ReceivedEntry, Terminal
from kiosk.server.tokens import sha256_hex
from kiosk.sync.protocol import (
    EntryResult,
    JSONObject,
    OutboxEntry,
    PushRequest,
    PushResponse,
    Reason,
    canonical_json,
)

ID_REUSED = Reason(
    code="entry_id_reused",
    message_de="Diese Eintrags-ID wurde schon für andere Daten verwendet; nichts übernommen.",
    message_en="This entry id was already used for different data; nothing was applied.",
)


def authenticate(session: Session, token: str | None, *, lock: bool = False) -> Terminal:
    """The terminal the bearer token belongs to, or a 401 :class:`ApiError`."""
    if not token:
        raise _missing_token()
    query = select(Terminal).where(Terminal.token_hash == sha256_hex(token))
    if lock:
        query = query.with_for_update()
    terminal = session.scalars(query).one_or_none()
    if terminal is None:
        raise _unknown_token()
    if terminal.revoked_at is not None:
        raise _revoked()
    return terminal


def _missing_token() -> ApiError:
    return unauthorized("auth_missing", "an 'Authorization: Bearer <token>' header is required")


def _unknown_token() -> ApiError:
    return unauthorized("auth_invalid", "unknown terminal token (enrol the terminal again)")


def _revoked() -> ApiError:
    return unauthorized("auth_revoked", "this terminal's access was revoked by an admin")


_RECORD_HEALTH = (
    update(Terminal)
    .where(Terminal.token_hash == bindparam("hash"), Terminal.revoked_at.is_(None))
    .values(
        last_seen_at=bindparam("now"),
        app_version=bindparam("h_version"),
        outbox_depth=bindparam("h_depth"),
        oldest_unsent_at=bindparam("h_oldest"),
        disk_free_bytes=bindparam("h_disk_free"),
        last_error=bindparam("h_error"),
    )
    .returning(Terminal.id, Terminal.hub_id)
)
_IS_REVOKED = select(Terminal.revoked_at.is_not(None)).where(
    Terminal.token_hash == bindparam("hash")
)


def _authenticate_and_record_health(
    session: Session, token: str | None, request: PushRequest, now: datetime
) -> tuple[str, str]:
    """(terminal id, hub id) of the token's terminal, its row locked and the push's health
    stored, in ONE statement (an ``UPDATE`` takes the same row lock ``SELECT ... FOR UPDATE``
    would); or a 401 :class:`ApiError` with nothing written."""
    if not token:
        raise _missing_token()
    health = request.health
    connection = session.connection()
    token_hash = sha256_hex(token)
    row = connection.execute(
        _RECORD_HEALTH,
        {
            "hash": token_hash,
            "now": now,
            "h_version": health.app_version,
            "h_depth": health.outbox_depth,
            "h_oldest": health.oldest_unsent_at,
            "h_disk_free": health.disk_free_bytes,
            "h_error": health.last_error,
        },
    ).one_or_none()
    if row is not None:
        return str(row.id), str(row.hub_id)
    if connection.execute(_IS_REVOKED, {"hash": token_hash}).scalar() is None:
        raise _unknown_token()
    raise _revoked()


def _result(text: str) -> JSONObject:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value


_STORED = select(ReceivedEntry.entry_id, ReceivedEntry.fingerprint, ReceivedEntry.result).where(
    ReceivedEntry.terminal_id == bindparam("terminal_id"),
    ReceivedEntry.entry_id.in_(bindparam("ids", expanding=True)),
)


def _stored(session: Session, terminal_id: str, ids: list[str]) -> dict[str, tuple[str, str]]:
    """entry id -> (fingerprint, result text) of the entries already applied, one query."""
    if not ids:
        return {}
    rows = session.connection().execute(_STORED, {"terminal_id": terminal_id, "ids": ids})
    return {entry_id: (fp, result) for entry_id, fp, result in rows}


def _awaits_seq(outcome: JSONObject) -> bool:
    """Does the handler's result name a deferred change's placeholder seq?"""
    seq = outcome.get("seq")
    return type(seq) is int and seq < 0


def _insert_records(session: Session, records: list[dict[str, object]]) -> None:
    if records:  # see changes.insert_rows
        changes.insert_rows(session, _INSERT_RECORDS, records)


_INSERT_RECORDS = insert(ReceivedEntry)


def _resolved(outcome: JSONObject, pending: PendingChanges) -> JSONObject:
    """The handler's result with its deferred change's placeholder ``seq`` made real."""
    seq = outcome["seq"]
    assert isinstance(seq, int)
    return {**outcome, "seq": pending.resolve(seq)}


class _Isolate(Exception):
    """An entry was rejected on the fast path: undo the batch, apply it entry by entry."""


Applied = tuple[OutboxEntry, str, JSONObject]
"""A newly applied entry: (entry, fingerprint, the handler's outcome)."""


def _apply_entries(
    ctx: ApplyContext,
    entries: tuple[OutboxEntry, ...],
    stored: dict[str, tuple[str, str]],
    pending: PendingChanges,
    *,
    isolated: bool,
) -> list[EntryResult | Applied]:
    answers: list[EntryResult | Applied] = []
    for entry in entries:
        fingerprint = entry.fingerprint
        known = stored.get(entry.id)
        if known is not None:
            if known[0] == fingerprint:
                answers.append(EntryResult(entry.id, "duplicate", result=_result(known[1])))
            else:
                answers.append(EntryResult(entry.id, "conflict", reason=ID_REUSED))
            continue
        if not isolated:
            try:
                outcome = apply(ctx, entry)
            except Rejected:
                raise _Isolate from None
            answers.append((entry, fingerprint, outcome))
            continue
        mark = pending.mark()
        try:
            with ctx.session.begin_nested():
                outcome = apply(ctx, entry)
        except Rejected as rejected:
            pending.discard(mark)
            answers.append(EntryResult(entry.id, "rejected", reason=rejected.reason))
            continue
        answers.append((entry, fingerprint, outcome))
    return answers


def push(session: Session, token: str | None, request: PushRequest) -> PushResponse:
    """Apply a push in the caller's write transaction.

    Fast path: the whole batch runs in ONE savepoint. A rejected entry must leave no trace,
    so the first rejection rolls that savepoint back and the batch is applied again with a
    savepoint per entry (rejections are rare; a savepoint per entry costs more than the
    entry itself). The records of newly applied entries are inserted with one executemany
    BEFORE the batch's changes take the change counter's lock (every publishing push waits for
    that lock, held until commit); only the records whose result names a change's seq wait
    for it and follow in a second executemany.
    """
    now = datetime.now(UTC)
    terminal_id, hub_id = _authenticate_and_record_health(session, token, request, now)
    ctx = ApplyContext(session=session, terminal_id=terminal_id, hub_id=hub_id, now=now)
    stored = _stored(session, terminal_id, [entry.id for entry in request.entries])

    def record(entry: OutboxEntry, fingerprint: str, outcome: JSONObject) -> dict[str, object]:
        return {
            "terminal_id": terminal_id,
            "entry_id": entry.id,
            "hub_id": hub_id,
            "kind": entry.kind,
            "fingerprint": fingerprint,
            "payload": canonical_json(entry.payload).decode("utf-8"),
            "result": canonical_json(outcome).decode("utf-8"),
            "created_at": entry.created_at,
            "received_at": now,
        }

    with changes.deferred(session) as pending:
        try:
            with session.begin_nested():
                answers = _apply_entries(ctx, request.entries, stored, pending, isolated=False)
        except _Isolate:
            pending.discard(0)
            answers = _apply_entries(ctx, request.entries, stored, pending, isolated=True)
        # Every sync round starts with a push: renew the terminal's slot leases (after its
        # bookings, so that a lease is never cut across a booking decided in this push).
        renew_leases(session, terminal_id, hub_id, now)
        final = [
            record(*answer)
            for answer in answers
            if not isinstance(answer, EntryResult) and not _awaits_seq(answer[2])
        ]
        _insert_records(session, final)
    results: list[EntryResult] = []
    resolved: list[dict[str, object]] = []
    for answer in answers:
        if isinstance(answer, EntryResult):
            results.append(answer)
            continue
        entry, fingerprint, outcome = answer
        if _awaits_seq(outcome):
            outcome = _resolved(outcome, pending)
            resolved.append(record(entry, fingerprint, outcome))
        results.append(EntryResult(entry.id, "accepted", result=outcome))
    _insert_records(session, resolved)
    return PushResponse(results=tuple(results), server_time=now)
