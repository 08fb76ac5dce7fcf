"""Issue 5: the server renews a terminal's leases on sync (a push past half the lease TTL
extends them), and only the holder's; an expired lease stays reserved for its holder."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from kiosk.server import calendar as server_calendar
from kiosk.server.calendar import LEASE_TTL, Lease, renew_leases
from tests.server.live import Api, LiveServer
from tests.server.test_calendar import HUB, every_day_calendar

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def _leases(server: LiveServer) -> dict[str, tuple[str, datetime, datetime]]:
    with server.database.read() as session:
        rows = session.scalars(select(Lease)).all()
        return {row.id: (row.terminal_id, row.start, row.expires_at) for row in rows}


def test_a_sync_past_half_the_ttl_extends_only_the_holders_leases(
    api: Api, live_server: LiveServer
) -> None:
    one, two = api.enroll(HUB, "eins"), api.enroll(HUB, "zwei")
    now = datetime.now(UTC).replace(microsecond=0)
    with live_server.database.write() as session:
        server_calendar.set_calendar(session, every_day_calendar(), now=now)
        renew_leases(session, one.terminal_id, HUB, now)
        renew_leases(session, two.terminal_id, HUB, now)
    first = _leases(live_server)
    assert {owner for owner, _, _ in first.values()} == {one.terminal_id, two.terminal_id}
    assert all(expires == now + LEASE_TTL for _, _, expires in first.values())

    # Terminal one syncs again before half the TTL: nothing changes.
    with live_server.database.write() as session:
        assert renew_leases(session, one.terminal_id, HUB, now + LEASE_TTL / 4) == []

    # Past half the TTL: one's leases (still ahead) get a fresh expiry; two's stay as they were.
    later = now + LEASE_TTL * 0.6
    with live_server.database.write() as session:
        touched = set(renew_leases(session, one.terminal_id, HUB, later))
    assert touched
    after = _leases(live_server)
    for lease_id, (owner, start, expires) in first.items():
        if owner == one.terminal_id and start > later:
            assert lease_id in touched and after[lease_id][2] == later + LEASE_TTL
        elif owner == two.terminal_id:
            assert lease_id not in touched and after[lease_id][2] == expires
    # Two's expired leases are not dealt to one: every window keeps its first holder.
    with live_server.database.write() as session:
        renew_leases(session, one.terminal_id, HUB, now + LEASE_TTL * 2)
    final = _leases(live_server)
    for lease_id, (owner, _, _) in first.items():
        assert final[lease_id][0] == owner
    starts = [start for _, start, _ in final.values()]  # one resource: never two holders
    assert len(starts) == len(set(starts))
