"""Hypothesis state machine with crashes: two terminals with their real SQLite stores write,
sync, lose requests and answers, and crash (the process dies between the server's commit and
the terminal recording it, or at any quiet moment: everything in memory is gone, the data dir
is opened again). Invariants: the server never holds more than a terminal committed, what a
terminal marked as sent is on the server, and once the network heals the server holds exactly
the union of the terminals' committed sets, each entry once, and both see the same bookings."""

from __future__ import annotations

import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from kiosk.paths import DataPaths
from kiosk.server.models import ReceivedEntry
from kiosk.server.schema import upgrade
from kiosk.store.credentials import Credentials
from kiosk.store.outbox import enqueue
from kiosk.sync import protocol as p
from kiosk.sync.client import Backoff, ServerClient, Timeouts, TransientError
from kiosk.ui.sync_ports import TerminalSync, enroll_terminal
from tests.chaos.terminal import new_terminal
from tests.server.live import LiveServer


class Crash(BaseException):
    """The terminal process died here (not a network error: nothing in sync catches it)."""


class FaultyClient(ServerClient):
    fault: str = "none"

    def push(self, request: p.PushRequest) -> p.PushResponse:
        fault, self.fault = self.fault, "none"
        if fault == "request_lost":
            raise TransientError("injected: connection reset before the server read it")
        response = super().push(request)
        if fault == "response_lost":
            raise TransientError("injected: answer lost after the server committed")
        if fault == "crash_after_commit":
            raise Crash
        return response


class Terminal:
    def __init__(self, root: Path, server: LiveServer) -> None:
        self.paths, db = new_terminal(root)
        db.dispose()
        self.credentials: Credentials = enroll_terminal(
            self.paths.credentials, server.base_url, server.enroll_code("hub"), terminal_name="T"
        )
        self.sync = self._open()

    def _open(self) -> TerminalSync:
        from kiosk.store.db import open_database

        sync = TerminalSync(
            open_database(self.paths.database),
            self.paths.root,
            self.credentials,
            backoff=Backoff(0.01, 0.05),
            batch_size=3,
        )
        sync.client.close()
        sync.client = FaultyClient(
            self.credentials.server_url, self.credentials.token, timeouts=Timeouts(2, 10)
        )
        return sync

    def restart(self) -> None:
        """Everything in memory is lost; the data dir is opened again."""
        self.close()
        self.sync = self._open()

    def close(self) -> None:
        self.sync.close()
        self.sync.db.dispose()

    def outbox(self) -> list[tuple[str, str]]:
        conn = sqlite3.connect(DataPaths(self.paths.root).database)
        try:
            return conn.execute("SELECT id, state FROM outbox ORDER BY seq").fetchall()
        finally:
            conn.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as live:
        live.add_hub("hub", "Hub")
        yield live


def test_two_terminals_with_crashes_and_a_lossy_network(
    server: LiveServer, tmp_path_factory: pytest.TempPathFactory
) -> None:
    class Terminals(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            base = tmp_path_factory.mktemp("terminals")
            self.terminals = [Terminal(base / name, server) for name in ("a", "b")]
            self.committed: list[set[str]] = [set(), set()]

        def server_ids(self, index: int) -> Counter[str]:
            tid = self.terminals[index].credentials.terminal_id
            with server.database.read() as session:
                return Counter(
                    session.scalars(
                        select(ReceivedEntry.entry_id).where(ReceivedEntry.terminal_id == tid)
                    )
                )

        @rule(index=st.integers(0, 1), is_booking=st.booleans(), crash_before_commit=st.booleans())
        def write(self, index: int, is_booking: bool, crash_before_commit: bool) -> None:
            terminal = self.terminals[index]
            try:
                with terminal.sync.db.write() as session:
                    if is_booking:
                        entry_id = enqueue(
                            session, "booking.create", {"booking_id": uuid.uuid4().hex}
                        )
                    else:
                        entry_id = enqueue(session, "submission.create", {"t": index})
                    if crash_before_commit:
                        raise Crash
            except Crash:
                terminal.restart()
                return
            self.committed[index].add(entry_id)

        @rule(
            index=st.integers(0, 1),
            fault=st.sampled_from(["none", "request_lost", "response_lost", "crash_after_commit"]),
        )
        def sync(self, index: int, fault: str) -> None:
            terminal = self.terminals[index]
            terminal.sync.client.fault = fault  # type: ignore[attr-defined]
            try:
                outcome = terminal.sync.run_round()
            except Crash:
                terminal.restart()
                return
            assert outcome.ok or fault in ("request_lost", "response_lost"), outcome.error

        @rule(index=st.integers(0, 1))
        def crash(self, index: int) -> None:
            self.terminals[index].restart()

        @invariant()
        def server_holds_a_subset_and_everything_marked_sent(self) -> None:
            for index, terminal in enumerate(self.terminals):
                on_server = self.server_ids(index)
                assert set(on_server) <= self.committed[index]
                assert all(count == 1 for count in on_server.values())
                local = terminal.outbox()
                assert {i for i, _ in local} == self.committed[index]
                assert {i for i, state in local if state == "sent"} <= set(on_server)

        def teardown(self) -> None:
            try:
                for index in (0, 1, 0):  # the network heals; the first pulls the second's pushes
                    for _ in range(10):
                        outcome = self.terminals[index].sync.run_round()
                        if outcome.ok and outcome.status.pending == 0:
                            break
                    assert outcome.ok and outcome.status.pending == 0, outcome.error
                for index, terminal in enumerate(self.terminals):
                    on_server = self.server_ids(index)
                    assert set(on_server) == self.committed[index]
                    assert all(count == 1 for count in on_server.values())
                    assert {state for _, state in terminal.outbox()} <= {"sent"}
                bookings = [set(t.sync.store.records("booking")) for t in self.terminals]
                assert bookings[0] == bookings[1]
            finally:
                for terminal in self.terminals:
                    terminal.close()

    run_state_machine_as_test(
        Terminals,
        settings=settings(
            max_examples=15,
            stateful_step_count=15,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
