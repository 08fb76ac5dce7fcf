"""The sync client against a real server on loopback, and against a misbehaving stub."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.server import admin
from kiosk.server.models import Hub
from kiosk.server.schema import upgrade
from kiosk.sync import protocol as p
from kiosk.sync.client import (
    AuthError,
    Backoff,
    PermanentError,
    ServerClient,
    Timeouts,
    TransientError,
    parse_retry_after,
    sync_once,
)
from tests.server.live import LiveServer, booking, entry
from tests.sync.fakes import MemoryOutbox, MemoryReplica


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as server:
        yield server


def enrolled_client(server: LiveServer, hub: str = "hub") -> tuple[ServerClient, p.EnrollResponse]:
    with server.database.write() as session:
        if session.get(Hub, hub) is None:
            admin.add_hub(session, hub, hub.title())
    code = server.enroll_code(hub)
    client = ServerClient(server.base_url, timeouts=Timeouts(2, 10))
    enrolled = client.enroll(p.EnrollRequest(code, "Eingang", "0.1.0"))
    client.token = enrolled.token
    return client, enrolled


# --- against the real server ---------------------------------------------------------------


def test_sync_once_delivers_everything_and_pulls_the_hub_state(live_server: LiveServer) -> None:
    client, _ = enrolled_client(live_server)
    outbox = MemoryOutbox([booking(f"b-{i}") for i in range(120)] + [entry() for _ in range(30)])
    replica = MemoryReplica()
    report = sync_once(client, outbox, replica, batch_size=40, pull_limit=25)
    assert (report.pushed, report.delivered, report.needs_attention) == (150, 150, 0)
    assert outbox.pending == [] and len(outbox.sent) == 150
    assert {key for kind, key in replica.state if kind == "booking"} == {
        f"b-{i}" for i in range(120)
    }
    assert ("hub", "hub") in replica.state
    again = sync_once(client, outbox, replica)
    assert (again.pushed, again.pulled, again.reset) == (0, 0, False)


def test_a_lost_response_is_answered_as_duplicate_on_resend(live_server: LiveServer) -> None:
    client, _ = enrolled_client(live_server)
    outbox = MemoryOutbox([booking("b-1"), entry(answers={"q": 1})])
    # The server commits, but the answer never reaches the terminal (crash, reset).
    client.push(p.PushRequest(outbox.health(), tuple(outbox.pending)))
    report = sync_once(client, outbox, MemoryReplica())
    assert [r.status for r in outbox.results_seen] == ["duplicate", "duplicate"]
    assert report.delivered == 2 and outbox.pending == []


def test_refused_entries_go_to_staff_without_blocking_the_queue(live_server: LiveServer) -> None:
    client, _ = enrolled_client(live_server)
    bad = entry("unknown.kind")
    broken = p.OutboxEntry("not-a-uuid", "submission.create", {}, datetime.now(UTC))
    good = entry()
    outbox = MemoryOutbox([bad, broken, good])
    report = sync_once(client, outbox, MemoryReplica())
    assert outbox.sent == [good.id]
    assert outbox.attention[bad.id].code == "unknown_kind"
    assert outbox.attention["not-a-uuid"].code == "invalid_entry"
    assert report.needs_attention == 1 and outbox.pending == []


def test_a_new_epoch_makes_the_terminal_resync_in_full(live_server: LiveServer) -> None:
    client, _ = enrolled_client(live_server)
    replica = MemoryReplica()
    sync_once(client, MemoryOutbox([booking("b-1")]), replica)
    replica.state[("booking", "ghost")] = {"from": "a server that no longer exists"}
    with live_server.database.write() as session:
        admin.rotate_epoch(session)
    report = sync_once(client, MemoryOutbox(), replica)
    assert report.reset and replica.resets == 1
    assert set(replica.state) == {("hub", "hub"), ("booking", "b-1")}


def test_a_revoked_terminal_gets_auth_error(live_server: LiveServer) -> None:
    client, enrolled = enrolled_client(live_server)
    with live_server.database.write() as session:
        admin.revoke_terminal(session, enrolled.terminal_id)
    outbox = MemoryOutbox([entry()])
    with pytest.raises(AuthError) as caught:
        sync_once(client, outbox, MemoryReplica())
    assert caught.value.code == "auth_revoked"
    assert len(outbox.pending) == 1  # nothing lost


def test_health_probe(live_server: LiveServer) -> None:
    assert ServerClient(live_server.base_url).health().status == "ok"


# --- against a stub that misbehaves ---------------------------------------------------------

Reply = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture
def stub() -> Iterator[Callable[[Reply], str]]:
    servers: list[ThreadingHTTPServer] = []

    def start(reply: Reply) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                reply(self)

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                reply(self)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def answer(
    status: int, body: bytes, content_type: str = "application/json", **headers: str
) -> Reply:
    def reply(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.end_headers()
        handler.wfile.write(body)

    return reply


PORTAL = b"<html><body>Willkommen im Gemeinde-WLAN. Bitte anmelden.</body></html>"
OTHER_ANSWER = p.encode_json(
    p.PushResponse((p.EntryResult("f" * 32, "accepted", {}),), datetime.now(UTC)).to_json()
)


def truncated(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "5000")
    handler.end_headers()
    handler.wfile.write(b'{"protocol": 1, "results": [')
    handler.wfile.flush()
    handler.close_connection = True


def slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(1.5)
    answer(200, b"{}")(handler)


@pytest.mark.parametrize(
    ("reply", "error", "retry_after"),
    [
        (answer(200, PORTAL, "text/html"), TransientError, None),
        (answer(200, b'{"status": "ok"}'), TransientError, None),
        (answer(200, OTHER_ANSWER), TransientError, None),  # answers other entries
        (truncated, TransientError, None),
        (slow, TransientError, None),
        (answer(302, b"", Location="http://portal.example/login"), TransientError, None),
        (answer(503, b"busy", "text/plain", Retry_After="7"), TransientError, 7.0),
        (answer(500, b'{"code": "internal_error", "message": "x"}'), TransientError, None),
        (answer(429, b"{}", Retry_After="120"), TransientError, 120.0),
        (answer(401, b'{"code": "auth_invalid", "message": "x"}'), AuthError, None),
        (answer(422, b'{"code": "validation_error", "message": "x"}'), PermanentError, None),
    ],
    ids=["portal", "other-json", "other-entries", "truncated", "timeout", "redirect", "503",
         "500", "429", "401", "422"],
)  # fmt: skip
def test_only_a_protocol_answer_counts_as_delivery(
    stub: Callable[[Reply], str], reply: Reply, error: type[Exception], retry_after: float | None
) -> None:
    client = ServerClient(stub(reply), "token", timeouts=Timeouts(connect=1, read=0.5))
    outbox = MemoryOutbox([entry(), entry()])
    with pytest.raises(error) as caught:
        sync_once(client, outbox, MemoryReplica())
    assert len(outbox.pending) == 2 and outbox.sent == [] and outbox.attention == {}
    if isinstance(caught.value, TransientError):
        assert caught.value.retry_after == retry_after


def test_connection_refused_is_transient() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = ServerClient(f"http://127.0.0.1:{port}", "t", timeouts=Timeouts(1, 1))
    with pytest.raises(TransientError):
        client.health()


# --- backoff and Retry-After ---------------------------------------------------------------


def test_backoff_doubles_from_one_second_to_five_minutes_and_starts_over() -> None:
    high = Backoff(rng=lambda: 1.0)
    assert [high.failure() for _ in range(11)] == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    high.success()
    assert high.failure() == 1
    low = Backoff(rng=lambda: 0.0)
    assert [low.failure() for _ in range(3)] == [0.5, 1, 2]
    assert Backoff(rng=lambda: 0.0).failure(retry_after=42) == 42


@given(
    failures=st.integers(0, 60),
    retry_after=st.none() | st.floats(0, 10_000),
    jitter=st.floats(0, 1),
)
def test_backoff_stays_within_bounds(
    failures: int, retry_after: float | None, jitter: float
) -> None:
    backoff = Backoff(rng=lambda: jitter)
    backoff.failures = failures
    delay = backoff.failure(retry_after)
    ceiling = min(300.0, 2.0**failures)
    assert ceiling / 2 <= delay or (retry_after is not None and delay >= retry_after)
    assert delay <= max(ceiling, min(retry_after or 0, 3600))
    if retry_after is not None:
        assert delay >= min(retry_after, 3600)


def test_retry_after_formats() -> None:
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    assert parse_retry_after("120", now=now) == 120
    assert (
        parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now=now) == 30
    )
    assert (
        parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now=now) == 0
    )
    assert parse_retry_after("99999999", now=now) == 3600
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None
