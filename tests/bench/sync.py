"""Sync benchmark (issue 3). Prints ONE JSON line:

``push_ratio``      time for the terminal (store + sync client, batches of 100) to push 10,000
                    outbox entries to a local server (SQLite), divided by the time of a raw
                    ``requests`` POST loop of the same JSON bodies in the same batch sizes to a
                    minimal endpoint of the same server process (the floor). Target <= 1.5.
``max_ui_stall_ms`` the longest gap of a 5 ms QTimer heartbeat in a Qt app while the app's
                    SyncService pushes 10,000 entries under qasync. Target <= 33.
``server_p99_ms``   p99 latency of pushes from 200 simulated terminals pushing concurrently
                    against one server process on PostgreSQL (4 client processes x 50
                    threads, 10 pushes of 20 entries each). Target <= 200, with 0 errors.

Beside each wall time, ``push_cpu_seconds`` / ``floor_cpu_seconds`` give the CPU seconds the
terminal (this process) and the server process spent in that phase: on a machine shared with
other work the wall times swing with the neighbours' load, the CPU seconds much less.

The floor endpoint (``POST /api/v1/bench-floor``: read the body, answer ``{"ok": true}``)
exists only in this benchmark's server process, never in the production API.

    .venv/bin/python tests/bench/sync.py [--entries 10000] [--terminals 200] [--skip-pg]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

BATCH = 100
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# --- the server process ---------------------------------------------------------------------


def bench_app() -> Any:
    """The real app plus the floor endpoint, for ``$KIOSK_SERVER_DB`` (a uvicorn factory, so
    that ``--workers N`` can start it in each worker process)."""
    import logging

    from starlette.responses import JSONResponse

    from kiosk.server.app import app_from_environment

    logging.disable(logging.WARNING)
    app = app_from_environment()

    async def floor(request: Any) -> JSONResponse:
        await request.body()
        return JSONResponse({"ok": True})

    # A plain Starlette route: no validation, no threadpool, no database — the floor.
    app.add_route("/api/v1/bench-floor", floor, methods=["POST"], include_in_schema=False)
    return app


def serve(database_url: str, port: int, workers: int) -> None:
    """Run :func:`bench_app` (in the server subprocess)."""
    import uvicorn

    from kiosk.server.app import DATABASE_ENV

    os.environ[DATABASE_ENV] = database_url
    uvicorn.run(
        "tests.bench.sync:bench_app",
        factory=True,
        workers=workers,
        host="127.0.0.1",
        port=port,
        log_level="error",
        access_log=False,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stats() -> dict[int, list[str]]:
    """pid -> the fields of ``/proc/PID/stat`` after the command name, for every process."""
    stats = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            stats[int(stat.parent.name)] = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, ValueError):
            continue  # gone meanwhile
    return stats


def _cpu(fields: list[str]) -> float:
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` and its live descendants so far (Linux
    ``/proc``; with ``--workers N`` the work is in uvicorn's worker processes). Wall times on
    a shared machine swing with the neighbours' load; CPU seconds show what the work cost."""
    stats = _stats()
    tree, grown = {pid}, True
    while grown:
        children = {child for child, fields in stats.items() if int(fields[1]) in tree}
        grown = not children <= tree
        tree |= children
    return sum(_cpu(stats[member]) for member in tree if member in stats)


SERVER_PIDS: dict[str, int] = {}
"""Base URL -> pid of the bench server process serving it."""


@contextmanager
def server_process(database_url: str, workers: int = 1) -> Any:
    from kiosk.server.schema import upgrade

    upgrade(database_url)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", database_url, str(port), str(workers)], cwd=REPO
    )
    base = f"http://127.0.0.1:{port}"
    import requests

    deadline = time.monotonic() + 60
    while True:
        try:
            if requests.get(base + "/api/v1/health", timeout=1).status_code == 200:
                break
        except requests.RequestException:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            process.kill()
            raise RuntimeError("bench server did not start")
        time.sleep(0.1)
    SERVER_PIDS[base] = process.pid
    try:
        yield base
    finally:
        del SERVER_PIDS[base]
        process.terminate()
        process.wait(timeout=30)


def enroll_code(database_url: str, hub: str) -> str:
    from kiosk.server import admin
    from kiosk.server.db import Database
    from kiosk.server.models import Hub

    db = Database(database_url)
    try:
        with db.write() as session:
            if session.get(Hub, hub) is None:
                admin.add_hub(session, hub, hub.title())
            return admin.create_enroll_code(session, hub, ttl_hours=1).code
    finally:
        db.dispose()


def enroll_codes(database_url: str, hub: str, count: int) -> list[str]:
    from kiosk.server import admin
    from kiosk.server.db import Database
    from kiosk.server.models import Hub

    db = Database(database_url)
    try:
        with db.write() as session:
            if session.get(Hub, hub) is None:
                admin.add_hub(session, hub, hub.title())
            return [admin.create_enroll_code(session, hub, ttl_hours=1).code for _ in range(count)]
    finally:
        db.dispose()


# --- push_ratio and max_ui_stall_ms ---------------------------------------------------------


def new_enrolled_terminal(root: Path, base: str, code: str) -> Any:
    from kiosk.paths import DataPaths
    from kiosk.store.schema import prepare_database
    from kiosk.ui.sync_ports import enroll_terminal

    paths = DataPaths(root).ensure()
    prepare_database(paths.database, paths.backups)
    enroll_terminal(paths.credentials, base, code, terminal_name="Bench")
    return paths


def fill_outbox(paths: Any, count: int) -> None:
    """``count`` entries, as the screens write them (one transaction each would take minutes
    with synchronous=FULL; the push is what is measured, so they go in 100 per transaction)."""
    from kiosk.store.db import open_database
    from kiosk.store.outbox import enqueue

    db = open_database(paths.database)
    try:
        for start in range(0, count, 100):
            with db.write() as session:
                for n in range(start, min(count, start + 100)):
                    payload: dict[str, Any] = {"n": n, "answers": {"q1": "ja", "q2": "Text " * 8}}
                    if n % 4 == 0:
                        enqueue(session, "booking.create", {"booking_id": f"b-{n}", **payload})
                    else:
                        enqueue(session, "submission.create", payload)
    finally:
        db.dispose()


def terminal_push_seconds(paths: Any) -> tuple[float, dict[str, float], list[bytes]]:
    """Push everything with TerminalSync; also return the CPU seconds of the terminal (this
    process) and the server, and the push bodies for the floor loop."""
    from kiosk.store.credentials import load_credentials
    from kiosk.sync import protocol as p
    from kiosk.ui.sync_ports import open_terminal_sync

    credentials = load_credentials(paths.credentials)
    assert credentials is not None
    sync = open_terminal_sync(paths.root, paths.database, credentials)
    bodies: list[bytes] = []
    original = sync.client.push

    def recording_push(request: p.PushRequest) -> p.PushResponse:
        bodies.append(p.encode_json(request.to_json()))
        return original(request)

    try:
        sync.client.health()  # connection warm, like the floor loop's first request
        sync.client.push = recording_push  # type: ignore[method-assign]
        server_pid = SERVER_PIDS[sync.client.base_url]
        server_cpu = cpu_seconds(server_pid)
        started, cpu = time.perf_counter(), time.process_time()
        outcome = sync.run_round()
        elapsed = time.perf_counter() - started
        cpus = {
            "terminal": round(time.process_time() - cpu, 3),
            "server": round(cpu_seconds(server_pid) - server_cpu, 3),
        }
        assert outcome.ok and outcome.status.pending == 0, outcome.error
    finally:
        sync.close()
        sync.db.dispose()
    return elapsed, cpus, bodies


def floor_seconds(base: str, bodies: list[bytes]) -> tuple[float, dict[str, float]]:
    import requests

    session = requests.Session()
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    session.get(base + "/api/v1/health", timeout=10)
    server_cpu = cpu_seconds(SERVER_PIDS[base])
    started, cpu = time.perf_counter(), time.process_time()
    for body in bodies:
        response = session.post(
            base + "/api/v1/bench-floor", data=body, headers=headers, timeout=30
        )
        response.raise_for_status()
        response.json()
    elapsed = time.perf_counter() - started
    cpus = {
        "terminal": round(time.process_time() - cpu, 3),
        "server": round(cpu_seconds(SERVER_PIDS[base]) - server_cpu, 3),
    }
    session.close()
    return elapsed, cpus


def ui_stall_ms(paths: Any, base: str) -> float:
    """Longest heartbeat gap while the app's SyncService pushes the whole outbox."""
    import asyncio

    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.sync_service import SyncService, terminal_sync_factory

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    service = SyncService(
        terminal_sync_factory(
            paths.root, paths.database, paths.credentials, server_url=base,
            connect_timeout=5, read_timeout=30,
        ),
        interval_seconds=3600,
        watch_network=False,
    )  # fmt: skip
    gaps: list[float] = []
    last = [0.0]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)

    async def scenario() -> None:
        await asyncio.sleep(0.2)
        last[0] = time.perf_counter()
        timer.start()
        service.start()
        while service.rounds < 1:
            await asyncio.sleep(0.005)
        timer.stop()

    try:
        loop.run_until_complete(scenario())
    finally:
        service.stop()
        loop.run_until_complete(asyncio.sleep(0.05))  # let the cancelled task finish
        service._executor.shutdown(wait=True)
        loop.close()
        asyncio.set_event_loop(None)
    assert service.snapshot().pending == 0, service.snapshot()
    return max(gaps) * 1000


# --- server_p99_ms ----------------------------------------------------------------------------


def _simulated_terminals(
    args: tuple[str, list[str], int, int, float],
) -> tuple[list[float], int, float]:
    base, codes, pushes, per_push, start_barrier_at = args
    cpu = time.process_time()
    import requests

    from kiosk.sync import protocol as p

    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def terminal(code: str) -> None:
        session = requests.Session()
        enrolled = session.post(
            base + "/api/v1/enroll",
            data=p.encode_json(p.EnrollRequest(code, "Sim", "0.1.0").to_json()),
            headers={"Content-Type": "application/json"},
            timeout=60,
        )
        token = enrolled.json()["token"]
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
        while time.time() < start_barrier_at:
            time.sleep(0.01)
        for push in range(pushes):
            entries = tuple(
                p.OutboxEntry(
                    uuid.uuid4().hex,
                    "booking.create" if n % 4 == 0 else "submission.create",
                    {"booking_id": uuid.uuid4().hex, "n": n, "push": push},
                    datetime.now(UTC),
                )
                for n in range(per_push)
            )
            body = p.PushRequest(p.TerminalHealth("0.1.0", per_push), entries).to_json()
            started = time.perf_counter()
            try:
                response = session.post(
                    base + "/api/v1/push", data=p.encode_json(body), headers=headers, timeout=60
                )
                ok = response.status_code == 200 and all(
                    r["status"] == "accepted" for r in response.json()["results"]
                )
            except requests.RequestException:
                ok = False
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                errors[0] += not ok
        session.close()

    threads = [threading.Thread(target=terminal, args=(code,)) for code in codes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0], time.process_time() - cpu


POSTMASTER_PIDS: dict[str, int] = {}
"""Cluster URL -> pid of its postmaster."""


def backends_cpu_seconds(postmaster: int) -> float:
    """CPU seconds of the postmaster's live children (the server's pooled connections stay
    open for the whole run, so their backends are all counted)."""
    return sum(_cpu(fields) for fields in _stats().values() if int(fields[1]) == postmaster)


@contextmanager
def postgres_cluster() -> Any:
    import shutil

    from tests.server.conftest import PG_BIN, _as_postgres, _free_port

    base = Path(tempfile.mkdtemp(prefix="kiosk-bench-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    data = base / "data"
    port = _free_port()
    _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale", "C", "--no-sync"])  # fmt: skip
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c max_connections=300"
    started = _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options,
                            "-l", str(base / "log"), "-w", "-t", "60", "start"])  # fmt: skip
    if started.returncode != 0:
        raise RuntimeError(f"pg_ctl start failed: {started.stderr}")
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    POSTMASTER_PIDS[url] = int((data / "postmaster.pid").read_text().split()[0])
    try:
        yield url
    finally:
        del POSTMASTER_PIDS[url]
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


def server_p99(terminals: int, pushes: int, per_push: int, workers: int) -> dict[str, Any]:
    from tests.server.conftest import new_postgres_database

    with postgres_cluster() as cluster:
        url = new_postgres_database(cluster)
        with server_process(url, workers) as base:
            codes = enroll_codes(url, "hub", terminals)
            processes = 4
            start_at = time.time() + 5 + terminals * 0.02
            chunks = [codes[i::processes] for i in range(processes)]
            server_cpu = cpu_seconds(SERVER_PIDS[base])
            postmaster = POSTMASTER_PIDS[cluster]
            backends_cpu = backends_cpu_seconds(postmaster)
            with multiprocessing.get_context("spawn").Pool(processes) as pool:
                results = pool.map(
                    _simulated_terminals,
                    [(base, chunk, pushes, per_push, start_at) for chunk in chunks],
                )
            elapsed = time.time() - start_at
            server_cpu = cpu_seconds(SERVER_PIDS[base]) - server_cpu
            backends_cpu = backends_cpu_seconds(postmaster) - backends_cpu
    latencies = sorted(x for part, _, _ in results for x in part)
    errors = sum(e for _, e, _ in results)
    clients_cpu = sum(c for _, _, c in results)
    ms_per_push = 1000 / max(1, len(latencies))

    def percentile(q: float) -> float:
        return round(latencies[max(0, int(len(latencies) * q) - 1)] * 1000, 1)

    return {
        "server_p99_ms": percentile(0.99),
        "server_p50_ms": percentile(0.50),
        "server_errors": errors,
        "server_requests": len(latencies),
        "server_pushes_per_s": round(len(latencies) / elapsed, 1),
        # CPU per push of 20 entries (enrolments included) of the server process, of the
        # PostgreSQL backends and of the simulated terminals: all share the machine's cores.
        "server_cpu_ms_per_push": round(server_cpu * ms_per_push, 2),
        "postgres_cpu_ms_per_push": round(backends_cpu * ms_per_push, 2),
        "clients_cpu_ms_per_push": round(clients_cpu * ms_per_push, 2),
    }


def sqlite_figures(entries: int) -> dict[str, Any]:
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-sync-") as tmp:
        root = Path(tmp)
        url = f"sqlite:///{root / 'server.sqlite3'}"
        with server_process(url) as base:
            # The UI stall first, in a process that has not yet held 10,000 pushed bodies
            # (a later full garbage collection of those objects would be measured too).
            ui_terminal = new_enrolled_terminal(root / "t2", base, enroll_code(url, "hub"))
            fill_outbox(ui_terminal, entries)
            result["max_ui_stall_ms"] = round(ui_stall_ms(ui_terminal, base), 1)

            terminal = new_enrolled_terminal(root / "t1", base, enroll_code(url, "hub"))
            fill_outbox(terminal, entries)
            push_s, push_cpu, bodies = terminal_push_seconds(terminal)
            floor_s, floor_cpu = floor_seconds(base, bodies)
            result["push_seconds"] = round(push_s, 3)
            result["floor_seconds"] = round(floor_s, 3)
            result["push_cpu_seconds"] = push_cpu
            result["floor_cpu_seconds"] = floor_cpu
            result["push_ratio"] = round(push_s / floor_s, 2)
    return result


# --- main ---------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--terminals", type=int, default=200)
    parser.add_argument("--pushes", type=int, default=10)
    parser.add_argument("--skip-pg", action="store_true", help="leave out server_p99_ms")
    parser.add_argument(
        "--skip-sqlite", action="store_true", help="leave out push_ratio and max_ui_stall_ms"
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="server processes for server_p99_ms (1)"
    )
    parser.add_argument("--serve", nargs=3, metavar=("URL", "PORT", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], int(args.serve[1]), int(args.serve[2]))
        return

    result: dict[str, Any] = {"bench": "sync", "entries": args.entries, "batch": BATCH}
    if not args.skip_sqlite:
        result.update(sqlite_figures(args.entries))
    if not args.skip_pg:
        result.update(server_p99(args.terminals, args.pushes, 20, args.workers))
        result.update(terminals=args.terminals, workers=args.workers)
    result["targets"] = {"push_ratio": 1.5, "max_ui_stall_ms": 33, "server_p99_ms": 200}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
