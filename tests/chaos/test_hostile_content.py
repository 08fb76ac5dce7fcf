"""Chaos (d): hostile content from the server is refused whole, the old content stays, and the
terminal keeps syncing.

Two kinds of hostility, each against a terminal that already shows a good pack:

* **Semantic** — a (compromised or buggy) server publishes a ``content_pack`` change that the
  real server's import would have refused: wrong types, ``<script>``, a remote image, an
  ``onclick``, a SHA-256 that does not match, not an envelope at all. The round succeeds, the
  change is refused whole, the cursor moves past it (the terminal is not wedged), the previous
  content is still there, and the refusal travels to the server in the health report.
* **Transport** — a stub server answers the pull with invalid JSON, a JSON value of the wrong
  shape, or a 50 MB body (with and without ``Content-Length``). The round fails as a transient
  error, nothing is applied, the client never holds more than its cap, and the next good round
  works.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from kiosk.core.content import canonical_json
from kiosk.core.content_change import CONTENT_CHANGE_KEY, CONTENT_CHANGE_KIND
from kiosk.paths import DataPaths
from kiosk.server import changes
from kiosk.server.content import publish_pack, validate_pack_bytes
from kiosk.server.models import REGION_SCOPE, Terminal
from kiosk.server.schema import upgrade
from kiosk.store.content import current_pack
from kiosk.store.db import Database
from kiosk.store.sync_adapter import CONTENT_REFUSED
from kiosk.sync.client import ResponseTooLarge, Timeouts, TransientError
from kiosk.ui.sync_ports import TerminalSync, enroll_terminal
from tests.chaos.terminal import new_terminal
from tests.server.live import LiveServer

DEMO_PACK = Path(__file__).resolve().parents[2] / "resources" / "demo" / "content-pack.json"
FIFTY_MB = 50 * 1024 * 1024


def demo() -> dict[str, Any]:
    value = json.loads(DEMO_PACK.read_text(encoding="utf-8"))
    assert isinstance(value, dict)
    return value


def with_full_text(text: str) -> dict[str, Any]:
    data = demo()
    data["services"][0]["full"] = text
    return data


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[tuple[LiveServer, DataPaths, Database, TerminalSync]]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    paths, db = new_terminal(tmp_path / "terminal")
    with LiveServer.start(url) as server:
        server.add_hub("hub", "Hub")
        credentials = enroll_terminal(
            paths.credentials, server.base_url, server.enroll_code("hub"), terminal_name="T"
        )
        sync = TerminalSync(db, paths.root, credentials, timeouts=Timeouts(2, 10))
        with server.database.write() as session:
            publish_pack(session, validate_pack_bytes(DEMO_PACK.read_bytes()))
        outcome = sync.run_round()
        assert outcome.ok, outcome.error
        try:
            yield server, paths, db, sync
        finally:
            sync.close()
            db.dispose()


def good_sha(db: Database) -> str:
    info = current_pack(db)
    assert info is not None
    return info.sha256


def setting(db: Database, key: str) -> str | None:
    from kiosk.store.settings import get_setting

    with db.session() as session:
        return get_setting(session, key)


def publish_raw(server: LiveServer, data: Any) -> int:
    """What a compromised server would do: publish without the import's checks."""
    with server.database.write() as session:
        return changes.publish(
            session,
            kind=CONTENT_CHANGE_KIND,
            key=CONTENT_CHANGE_KEY,
            data=data,
            now=datetime.now(UTC),
            scope=REGION_SCOPE,
        )


def envelope(pack: Any, sha256: str | None = None) -> dict[str, Any]:
    digest = sha256 or hashlib.sha256(canonical_json(pack)).hexdigest()
    return {
        "format": "dorfkiosk-content-change",
        "sha256": digest,
        "pack_version": "evil",
        "pack": pack,
    }


HOSTILE_CHANGES: dict[str, Callable[[], Any]] = {
    "wrong types": lambda: envelope({**demo(), "services": {"a": 1}}),
    "script": lambda: envelope(with_full_text("<p>Hallo</p><script>fetch('//x')</script>")),
    "remote image": lambda: envelope(with_full_text('<p><img src="https://x.example/t.gif"></p>')),
    "onclick": lambda: envelope(with_full_text('<p onclick="alert(1)">Hallo</p>')),
    "markup in a title": lambda: envelope(
        {**demo(), "region": {**demo()["region"], "name": "<b>Hohenwald</b>"}}
    ),
    "sha256 mismatch": lambda: envelope({**demo(), "pack_version": "evil"}, sha256="0" * 64),
    "not an envelope": lambda: demo(),
}


@pytest.mark.parametrize("case", list(HOSTILE_CHANGES))
def test_a_hostile_pack_is_refused_whole_and_the_terminal_moves_on(
    setup: tuple[LiveServer, DataPaths, Database, TerminalSync], case: str
) -> None:
    server, paths, db, sync = setup
    before = good_sha(db)
    seq = publish_raw(server, HOSTILE_CHANGES[case]())

    outcome = sync.run_round()

    assert outcome.ok, outcome.error  # the round itself went through
    assert good_sha(db) == before  # the old content is still there, whole
    assert sync.store.position()[1] >= seq  # not wedged: the cursor moved past it
    refused = setting(db, CONTENT_REFUSED)
    assert refused is not None and refused.startswith("content pack refused")
    # The next round's health report carries the refusal to `kiosk server terminals`.
    assert sync.run_round().ok
    with server.database.read() as session:
        terminal = session.get(Terminal, _credentials(paths).terminal_id)
        assert terminal is not None and (terminal.last_error or "").startswith("content pack")

    # A good pack afterwards is taken, and the refusal is forgotten.
    newer = {**demo(), "pack_version": "2099.1"}
    raw = json.dumps(newer, ensure_ascii=False).encode("utf-8")
    with server.database.write() as session:
        publish_pack(session, validate_pack_bytes(raw))
    assert sync.run_round().ok
    info = current_pack(db)
    assert info is not None and info.pack_version == "2099.1"
    assert setting(db, CONTENT_REFUSED) is None


# --- transport-level hostility: a stub server -----------------------------------------------


class StubServer:
    """Answers the heartbeat push properly and the pull with ``pull_body``."""

    def __init__(self, pull: Callable[[BaseHTTPRequestHandler], None]) -> None:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                self.rfile.read(length)
                body = json.dumps(
                    {"protocol": 1, "server_time": "2026-11-26T09:00:00Z", "results": []}
                ).encode()
                self._send(body)

            def do_GET(self) -> None:
                stub.pulls += 1
                pull(self)

            def _send(self, body: bytes) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.pulls = 0
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> StubServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def answer(body: bytes, *, declare_length: bool = True) -> Callable[[Any], None]:
    def pull(handler: Any) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        if declare_length:
            handler.send_header("Content-Length", str(len(body)))
        else:
            handler.send_header("Connection", "close")
        handler.end_headers()
        # The client may stop reading early: that is the point.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            handler.wfile.write(body)

    return pull


def big_content_page() -> bytes:
    """A pull page of the right shape whose one change is a 50 MB "pack"."""
    filler = "x" * FIFTY_MB
    page = {
        "protocol": 1,
        "epoch": "e" * 32,
        "cursor": 10**6,
        "reset": False,
        "has_more": False,
        "changes": [
            {
                "seq": 10**6,
                "kind": CONTENT_CHANGE_KIND,
                "op": "upsert",
                "key": CONTENT_CHANGE_KEY,
                "data": {"format": "dorfkiosk-content-change", "pack": {"x": filler}},
            }
        ],
    }
    return json.dumps(page).encode()


TRANSPORT_CASES: dict[str, Callable[[], Callable[[Any], None]]] = {
    "invalid JSON": lambda: answer(b'{"protocol": 1, "changes": [{"seq": 1,'),
    "HTML page": lambda: answer(b"<html><img src='http://portal.example/logo.png'></html>"),
    "wrong shape": lambda: answer(json.dumps({"protocol": 1, "changes": "all of them"}).encode()),
    "50 MB declared": lambda: answer(big_content_page()),
    "50 MB streamed": lambda: answer(big_content_page(), declare_length=False),
}


@pytest.mark.parametrize("case", list(TRANSPORT_CASES))
def test_a_hostile_answer_is_not_applied_and_the_terminal_keeps_running(
    setup: tuple[LiveServer, DataPaths, Database, TerminalSync], case: str
) -> None:
    _server, paths, db, sync = setup
    before, position = good_sha(db), sync.store.position()
    credentials = _credentials(paths)
    with StubServer(TRANSPORT_CASES[case]()) as stub:
        hostile = TerminalSync(db, paths.root, credentials, server_url=stub.url,
                               timeouts=Timeouts(2, 20))  # fmt: skip
        try:
            outcome = hostile.run_round()
        finally:
            hostile.close()
    assert not outcome.ok and isinstance(outcome.error, TransientError), outcome.error
    if case.startswith("50 MB"):
        assert isinstance(outcome.error, ResponseTooLarge)
        assert stub.pulls >= 2  # it asked for smaller pages before it gave up
    assert good_sha(db) == before and sync.store.position() == position
    # The terminal is fine: the next round against the real server goes through.
    assert sync.run_round().ok
    assert good_sha(db) == before


def _credentials(paths: DataPaths) -> Any:
    from kiosk.store.credentials import load_credentials

    return load_credentials(paths.credentials)
