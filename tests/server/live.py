"""A real server on loopback (uvicorn in a thread) and a small HTTP client for tests."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import requests
import uvicorn

from kiosk.server import admin
from kiosk.server.app import create_app
from kiosk.server.db import Database
from kiosk.server.models import Hub
from kiosk.sync import protocol as p


@dataclass
class LiveServer:
    database_url: str
    base_url: str
    database: Database
    _server: uvicorn.Server
    _thread: threading.Thread

    @classmethod
    @contextmanager
    def start(cls, database_url: str) -> Iterator[LiveServer]:
        database = Database(database_url)
        app = create_app(database_url, database=database)
        config = uvicorn.Config(
            app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", access_log=False
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        live = cls(database_url, f"http://127.0.0.1:{port}", database, server, thread)
        try:
            yield live
        finally:
            server.should_exit = True
            thread.join(timeout=20)
            database.dispose()

    # --- admin shortcuts (straight to the database, as the CLI does) ---------------------

    def add_hub(self, hub_id: str, name: str | None = None) -> None:
        with self.database.write() as session:
            admin.add_hub(session, hub_id, name or hub_id.title())

    def enroll_code(self, hub_id: str, ttl_hours: float = 24) -> str:
        with self.database.write() as session:
            return admin.create_enroll_code(session, hub_id, ttl_hours=ttl_hours).code


class Api:
    """A terminal's view of the server, over real HTTP."""

    def __init__(self, server: LiveServer) -> None:
        self.server = server
        self.base = server.base_url + "/api/v1"
        self.http = requests.Session()

    def close(self) -> None:
        self.http.close()

    def post(self, path: str, body: Any, token: str | None = None) -> requests.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.http.post(self.base + path, json=body, headers=headers, timeout=30)

    def get(self, path: str, token: str | None = None, **params: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return self.http.get(self.base + path, params=params, headers=headers, timeout=30)

    def enroll(self, hub_id: str, name: str = "Terminal") -> p.EnrollResponse:
        with self.server.database.read() as session:
            exists = session.get(Hub, hub_id) is not None
        if not exists:
            self.server.add_hub(hub_id)
        code = self.server.enroll_code(hub_id)
        response = self.post("/enroll", p.EnrollRequest(code, name, "0.1.0").to_json())
        assert response.status_code == 200, response.text
        return p.parse_enroll_response(response.json())

    def push(
        self, token: str, entries: list[p.OutboxEntry], health: p.TerminalHealth | None = None
    ) -> p.PushResponse:
        request = p.PushRequest(health or p.TerminalHealth("0.1.0", len(entries)), tuple(entries))
        response = self.post("/push", request.to_json(), token)
        assert response.status_code == 200, response.text
        parsed = p.parse_push_response(p.decode_json(response.content))
        parsed.check_answers(request)
        return parsed

    def pull(self, token: str, cursor: int = 0, **params: Any) -> p.PullResponse:
        response = self.get("/changes", token, cursor=cursor, **params)
        assert response.status_code == 200, response.text
        return p.parse_pull_response(p.decode_json(response.content))


def entry(kind: str = "submission.create", **payload: Any) -> p.OutboxEntry:
    return p.OutboxEntry(uuid.uuid4().hex, kind, payload, datetime.now(UTC))


def booking(booking_id: str | None = None, kind: str = "booking.create") -> p.OutboxEntry:
    return entry(kind, booking_id=booking_id or uuid.uuid4().hex, slot="2026-12-01T09:00")
