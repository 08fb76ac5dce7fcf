"""The push authenticates and stores the terminal's health in one statement: a refused token
must leave every terminal's stored health as it was, whatever the caller does next."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.server import admin
from kiosk.server.db import Database
from kiosk.server.errors import ApiError
from kiosk.server.models import Terminal
from kiosk.server.push import push
from kiosk.sync import protocol as p


def _enroll(db: Database) -> p.EnrollResponse:
    with db.write() as session:
        admin.add_hub(session, "hub", "Hub")
        code = admin.create_enroll_code(session, "hub", ttl_hours=1).code
    with db.write() as session:
        return admin.enroll(session, p.EnrollRequest(code, "T", "0.1.0"))


def test_a_refused_push_stores_no_health(migrated_url: str) -> None:
    db = Database(migrated_url)
    try:
        terminal = _enroll(db)
        first = p.TerminalHealth("1.0.0", 3, datetime(2026, 11, 1, tzinfo=UTC), 10, "old")
        with db.write() as session:
            push(session, terminal.token, p.PushRequest(first, ()))
        with db.write() as session:
            admin.revoke_terminal(session, terminal.terminal_id)
        later = p.PushRequest(p.TerminalHealth("2.0.0", 99, None, 1, "new"), ())
        for token, code in (
            (terminal.token, "auth_revoked"),
            ("not-a-token", "auth_invalid"),
            (None, "auth_missing"),
        ):
            # The caller commits whatever the refused push left behind.
            with db.write() as session, pytest.raises(ApiError) as refused:
                push(session, token, later)
            assert (refused.value.status, refused.value.code) == (401, code)
        with db.read() as session:
            stored = session.get(Terminal, terminal.terminal_id)
            assert stored is not None
            assert (stored.app_version, stored.outbox_depth, stored.last_error) == (
                "1.0.0",
                3,
                "old",
            )
            assert stored.revoked_at is not None
    finally:
        db.dispose()
