"""Two real ``kiosk server run`` processes on ONE PostgreSQL database: a batch and its retry,
sent at the same moment to both, is applied exactly once; every repeat anywhere is a duplicate
with the stored result; a terminal enrolled through one is known to the other; both serve the
same epoch and head; a revocation through the admin CLI holds on both."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator

import pytest
import requests

from kiosk.server import admin
from kiosk.server.cli import main
from kiosk.server.db import Database
from kiosk.sync import protocol as p
from tests.server.conftest import _free_port
from tests.server.live import booking, entry


def _start(url: str, port: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", "import sys; from kiosk.server.cli import main; "
         f"sys.exit(main(['run', '--db', {url!r}, '--port', '{port}']))"],
        env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


def _wait_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            if requests.get(base + "/api/v1/health", timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        assert process.poll() is None, process.stderr and process.stderr.read()
        assert time.monotonic() < deadline, "server did not come up"
        time.sleep(0.1)


@pytest.fixture
def two_processes(postgres_url: str) -> Iterator[tuple[str, list[str]]]:
    assert main(["db", "upgrade", "--db", postgres_url]) == 0
    ports = [_free_port(), _free_port()]
    processes = [_start(postgres_url, port) for port in ports]
    bases = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        for base, process in zip(bases, processes, strict=True):
            _wait_up(base, process)
        yield postgres_url, bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def _post(base: str, path: str, body: p.JSONValue, token: str | None = None) -> requests.Response:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return requests.post(
        base + "/api/v1" + path, data=p.encode_json(body), headers=headers, timeout=60
    )


def test_two_server_processes_on_one_postgresql_apply_each_entry_once(
    two_processes: tuple[str, list[str]],
) -> None:
    url, bases = two_processes
    db = Database(url)
    try:
        with db.write() as session:
            admin.add_hub(session, "hub", "Hub")
            code = admin.create_enroll_code(session, "hub", ttl_hours=1).code
    finally:
        db.dispose()
    enrolled = p.parse_enroll_response(
        _post(bases[0], "/enroll", p.EnrollRequest(code, "T", "0.1.0").to_json()).json()
    )
    token = enrolled.token

    statuses: Counter[str] = Counter()
    results: dict[str, list[p.JSONValue]] = {}
    errors: list[str] = []
    lock = threading.Lock()
    for round_ in range(5):
        batch = tuple(booking() if n % 2 else entry(n=n, r=round_) for n in range(10))
        body = p.PushRequest(p.TerminalHealth("0.1.0", len(batch)), batch).to_json()
        barrier = threading.Barrier(4)

        def send(
            base: str, body: p.JSONObject = body, barrier: threading.Barrier = barrier
        ) -> None:
            barrier.wait()
            response = _post(base, "/push", body, token)
            if response.status_code != 200:
                errors.append(response.text)
                return
            parsed = p.parse_push_response(p.decode_json(response.content))
            with lock:
                for result in parsed.results:
                    statuses[result.status] += 1
                    results.setdefault(result.id, []).append(result.result)

        threads = [threading.Thread(target=send, args=(base,)) for base in bases * 2]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)

    assert not errors, errors
    # 5 rounds x 10 entries, each sent 4 times at once through 2 processes.
    assert statuses == Counter({"accepted": 50, "duplicate": 150})
    assert len(results) == 50
    differing = {k: v for k, v in results.items() if len({p.encode_json(a) for a in v}) != 1}
    assert not differing, differing

    heads = [requests.get(base + "/api/v1/health", timeout=10).json() for base in bases]
    assert heads[0]["epoch"] == heads[1]["epoch"] == enrolled.epoch
    assert heads[0]["head"] == heads[1]["head"]
    pulls = [
        requests.get(
            base + "/api/v1/changes",
            params={"cursor": 0, "limit": 1000},
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        ).json()
        for base in bases
    ]
    assert pulls[0]["changes"] == pulls[1]["changes"]
    assert sum(1 for c in pulls[0]["changes"] if c["kind"] == "booking") == 25

    assert main(["revoke", "--db", url, enrolled.terminal_id]) == 0
    for base in bases:
        refused = _post(
            base, "/push", p.PushRequest(p.TerminalHealth("0.1.0", 0), ()).to_json(), token
        )
        assert (refused.status_code, refused.json()["code"]) == (401, "auth_revoked")
