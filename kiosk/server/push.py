"""Apply a push: the terminal's health and its entries, in ONE write transaction.

Per entry: look up (terminal, entry id). Found with the same fingerprint -> ``duplicate`` with
the stored result; found with another fingerprint -> ``conflict``; not found -> the kind's
handler runs inside a savepoint and the :class:`~kiosk.server.models.ReceivedEntry` (id,
fingerprint, payload, result) is inserted in the same transaction as the handler's writes.
So "applied" and "recorded" are one fact: a crash or lost response before the commit leaves
neither, and the terminal's retry applies the entry once.

The transaction first locks the terminal's row (``SELECT ... FOR UPDATE``): two pushes of the
same terminal (a retry racing a slow original on another server process) run one after the
other, and the second sees the first's records. Pushes of different terminals only meet at the
change counter (see :mod:`kiosk.server.changes`), which is always taken after the terminal
row, so there is no lock-order cycle.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.server.calendar import renew_leases
from kiosk.server.errors import unauthorized
from kiosk.server.handlers import ApplyContext, Rejected, apply
from kiosk.server.models import ReceivedEntry, Terminal
from kiosk.server.tokens import sha256_hex
from kiosk.sync.protocol import (
    EntryResult,
    JSONObject,
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
        raise unauthorized("auth_missing", "an 'Authorization: Bearer <token>' header is required")
    query = select(Terminal).where(Terminal.token_hash == sha256_hex(token))
    if lock:
        query = query.with_for_update()
    terminal = session.scalars(query).one_or_none()
    if terminal is None:
        raise unauthorized("auth_invalid", "unknown terminal token (enrol the terminal again)")
    if terminal.revoked_at is not None:
        raise unauthorized("auth_revoked", "this terminal's access was revoked by an admin")
    return terminal


def _record_health(terminal: Terminal, request: PushRequest, now: datetime) -> None:
    health = request.health
    terminal.last_seen_at = now
    terminal.app_version = health.app_version
    terminal.outbox_depth = health.outbox_depth
    terminal.oldest_unsent_at = health.oldest_unsent_at
    terminal.disk_free_bytes = health.disk_free_bytes
    terminal.last_error = health.last_error


def _result(text: str) -> JSONObject:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value


def push(session: Session, token: str | None, request: PushRequest) -> PushResponse:
    now = datetime.now(UTC)
    terminal = authenticate(session, token, lock=True)
    _record_health(terminal, request, now)
    ctx = ApplyContext(session=session, terminal_id=terminal.id, hub_id=terminal.hub_id, now=now)
    results: list[EntryResult] = []
    for entry in request.entries:
        fingerprint = entry.fingerprint
        stored = session.get(ReceivedEntry, (terminal.id, entry.id))
        if stored is not None:
            if stored.fingerprint == fingerprint:
                results.append(EntryResult(entry.id, "duplicate", result=_result(stored.result)))
            else:
                results.append(EntryResult(entry.id, "conflict", reason=ID_REUSED))
            continue
        try:
            with session.begin_nested():
                outcome = apply(ctx, entry)
                session.add(
                    ReceivedEntry(
                        terminal_id=terminal.id,
                        entry_id=entry.id,
                        hub_id=terminal.hub_id,
                        kind=entry.kind,
                        fingerprint=fingerprint,
                        payload=canonical_json(entry.payload).decode("utf-8"),
                        result=canonical_json(outcome).decode("utf-8"),
                        created_at=entry.created_at,
                        received_at=now,
                    )
                )
        except Rejected as rejected:
            results.append(EntryResult(entry.id, "rejected", reason=rejected.reason))
            continue
        results.append(EntryResult(entry.id, "accepted", result=outcome))
    # Every sync round starts with a push: renew the terminal's slot leases (after its
    # bookings, so that a lease is never cut across a booking decided in this push).
    renew_leases(session, terminal.id, terminal.hub_id, now)
    return PushResponse(results=tuple(results), server_time=now)
