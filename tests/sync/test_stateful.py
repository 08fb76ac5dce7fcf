"""Hypothesis state machine: two terminals write and sync through a network that loses
requests and responses. Invariants: the server never holds more than a terminal committed,
everything a terminal marked as sent is on the server, and once the network heals the server
holds exactly each terminal's committed set and both terminals see the same bookings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from kiosk.server.models import ReceivedEntry
from kiosk.server.schema import upgrade
from kiosk.sync import protocol as p
from kiosk.sync.client import ServerClient, TransientError, sync_once
from tests.server.live import LiveServer, booking, entry
from tests.sync.fakes import MemoryOutbox, MemoryReplica
from tests.sync.test_client import enrolled_client


class FlakyClient(ServerClient):
    """Loses the next push before it reaches the server, or its answer after the commit."""

    fault: str = "none"

    def push(self, request: p.PushRequest) -> p.PushResponse:
        fault, self.fault = self.fault, "none"
        if fault == "request_lost":
            raise TransientError("injected: connection reset before the server read it")
        response = super().push(request)
        if fault == "response_lost":
            raise TransientError("injected: answer lost after the server committed")
        return response


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as live:
        yield live


def test_two_terminals_on_a_lossy_network(server: LiveServer) -> None:
    class Terminals(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.clients: list[FlakyClient] = []
            self.ids: list[str] = []
            for _name in ("a", "b"):
                plain, enrolled = enrolled_client(server)
                plain.close()
                self.clients.append(FlakyClient(server.base_url, enrolled.token))
                self.ids.append(enrolled.terminal_id)
            self.outboxes = [MemoryOutbox(), MemoryOutbox()]
            self.replicas = [MemoryReplica(), MemoryReplica()]
            self.committed: list[set[str]] = [set(), set()]

        def server_ids(self, index: int) -> Counter[str]:
            with server.database.read() as session:
                rows = session.scalars(
                    select(ReceivedEntry.entry_id).where(
                        ReceivedEntry.terminal_id == self.ids[index]
                    )
                )
                return Counter(rows)

        @rule(index=st.integers(0, 1), is_booking=st.booleans())
        def write(self, index: int, is_booking: bool) -> None:
            new = booking() if is_booking else entry(answers={"q": index})
            self.outboxes[index].pending.append(new)
            self.committed[index].add(new.id)

        @rule(
            index=st.integers(0, 1),
            fault=st.sampled_from(["none", "request_lost", "response_lost"]),
            batch=st.integers(1, 4),
        )
        def sync(self, index: int, fault: str, batch: int) -> None:
            self.clients[index].fault = fault
            try:
                sync_once(
                    self.clients[index], self.outboxes[index], self.replicas[index],
                    batch_size=batch,
                )  # fmt: skip
            except TransientError:
                assert fault != "none"

        @invariant()
        def server_holds_a_subset_and_everything_acknowledged(self) -> None:
            for index in (0, 1):
                on_server = self.server_ids(index)
                assert set(on_server) <= self.committed[index]
                assert set(self.outboxes[index].sent) <= set(on_server)
                assert self.outboxes[index].attention == {}

        def teardown(self) -> None:
            for index in (0, 1, 0):  # the network heals; the first pulls the second's pushes
                sync_once(self.clients[index], self.outboxes[index], self.replicas[index])
            for index in (0, 1):
                on_server = self.server_ids(index)
                assert set(on_server) == self.committed[index]
                assert all(count == 1 for count in on_server.values())
                assert self.outboxes[index].pending == []
                self.clients[index].close()
            # Both terminals serve the same hub: each sees every booking of the other.
            bookings = [{k for k in r.state if k[0] == "booking"} for r in self.replicas]
            assert bookings[0] == bookings[1]

    run_state_machine_as_test(
        Terminals,
        settings=settings(
            max_examples=25,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
