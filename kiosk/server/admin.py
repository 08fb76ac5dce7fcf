"""Admin operations on the server database (used by the CLI and the enrol endpoint)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.server import changes
from kiosk.server.errors import AdminError, ApiError
from kiosk.server.models import EnrollCode, Hub, ServerState, Terminal
from kiosk.server.tokens import (
    new_enroll_code,
    new_terminal_id,
    new_token,
    normalize_code,
    sha256_hex,
)
from kiosk.sync.protocol import EnrollRequest, EnrollResponse

HUB_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
MAX_TTL_HOURS = 24 * 30


def add_hub(session: Session, hub_id: str, name: str, *, now: datetime | None = None) -> Hub:
    """A new hub; published to every terminal as a ``hub`` change."""
    when = now or datetime.now(UTC)
    if not HUB_ID_RE.fullmatch(hub_id):
        raise AdminError(
            f"hub id {hub_id!r}: use 1-64 lower-case letters, digits and '-' (e.g. lindenbach)"
        )
    name = name.strip()
    if not name or len(name) > 200:
        raise AdminError("hub name: 1-200 characters")
    if session.get(Hub, hub_id) is not None:
        raise AdminError(f"hub {hub_id!r} exists already")
    hub = Hub(id=hub_id, name=name, created_at=when)
    session.add(hub)
    session.flush()
    changes.publish(session, kind="hub", key=hub_id, data={"id": hub_id, "name": name}, now=when)
    return hub


@dataclass(frozen=True)
class IssuedCode:
    code: str
    hub_id: str
    expires_at: datetime


def create_enroll_code(
    session: Session, hub_id: str, *, ttl_hours: float = 24, now: datetime | None = None
) -> IssuedCode:
    when = now or datetime.now(UTC)
    if session.get(Hub, hub_id) is None:
        raise AdminError(f"no hub {hub_id!r} (add it first: kiosk server hub add ID NAME)")
    if not 0 < ttl_hours <= MAX_TTL_HOURS:
        raise AdminError(f"--ttl-hours must be between 0 and {MAX_TTL_HOURS}")
    code = new_enroll_code()
    expires = when + timedelta(hours=ttl_hours)
    session.add(
        EnrollCode(code_hash=sha256_hex(code), hub_id=hub_id, created_at=when, expires_at=expires)
    )
    session.flush()
    return IssuedCode(code=code, hub_id=hub_id, expires_at=expires)


def enroll(
    session: Session, request: EnrollRequest, *, now: datetime | None = None
) -> EnrollResponse:
    """Redeem a one-time code: a new terminal with a fresh token (returned once, stored hashed)."""
    when = now or datetime.now(UTC)
    code_hash = sha256_hex(normalize_code(request.code))
    # The conditional UPDATE is the single-use guard: of two concurrent redemptions exactly one
    # matches the row (the other waits for the row lock, then sees used_at set).
    terminal_id = new_terminal_id()
    claimed = session.execute(
        update(EnrollCode)
        .where(EnrollCode.code_hash == code_hash)
        .where(EnrollCode.used_at.is_(None))
        .where(EnrollCode.expires_at > when)
        .values(used_at=when, terminal_id=terminal_id)
        .returning(EnrollCode.hub_id)
    ).scalar_one_or_none()
    if claimed is None:
        stored = session.get(EnrollCode, code_hash)
        if stored is None:
            raise ApiError(403, "enroll_code_unknown", "unknown enrolment code")
        if stored.used_at is not None:
            raise ApiError(403, "enroll_code_used", "this enrolment code was used already")
        raise ApiError(403, "enroll_code_expired", "this enrolment code has expired")
    hub = session.get(Hub, claimed)
    assert hub is not None
    token = new_token()
    session.add(
        Terminal(
            id=terminal_id,
            hub_id=hub.id,
            name=request.terminal_name,
            token_hash=sha256_hex(token),
            enrolled_at=when,
            last_seen_at=when,
            app_version=request.app_version,
        )
    )
    session.flush()
    epoch, _head = changes.server_state(session)
    return EnrollResponse(
        terminal_id=terminal_id, token=token, hub_id=hub.id, hub_name=hub.name, epoch=epoch
    )


def list_terminals(session: Session) -> list[Terminal]:
    return list(session.scalars(select(Terminal).order_by(Terminal.hub_id, Terminal.name)))


def revoke_terminal(session: Session, terminal_id: str, *, now: datetime | None = None) -> Terminal:
    terminal = session.get(Terminal, terminal_id)
    if terminal is None:
        matches = list(
            session.scalars(select(Terminal).where(Terminal.id.startswith(terminal_id)).limit(2))
        )
        if len(terminal_id) < 6 or len(matches) != 1:
            raise AdminError(f"no terminal {terminal_id!r} (see: kiosk server terminals)")
        terminal = matches[0]
    if terminal.revoked_at is None:
        terminal.revoked_at = now or datetime.now(UTC)
    return terminal


def rotate_epoch(session: Session) -> str:
    """A new epoch: every terminal resyncs in full on its next pull (after a restore)."""
    epoch = uuid.uuid4().hex
    session.execute(update(ServerState).where(ServerState.id == 1).values(epoch=epoch))
    return epoch
