"""Server test fixtures: a fresh database per test on SQLite AND PostgreSQL 15, and a real
uvicorn server on loopback.

PostgreSQL: one throwaway cluster per test session (initdb + pg_ctl from
/usr/lib/postgresql/15/bin, run as the ``postgres`` OS user when the tests run as root, trust
auth on 127.0.0.1 and a free port, fsync off), one new database per test, stopped at the end.
PostgreSQL tests are skipped only when that initdb does not exist.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from kiosk.server.schema import upgrade
from tests.server.live import Api, LiveServer

PG_BIN = Path("/usr/lib/postgresql/15/bin")
BACKENDS = ["sqlite", "postgresql"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(args: list[str]) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        import shlex

        command = ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(args)]
    else:
        command = args
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """``postgresql+psycopg://postgres@127.0.0.1:PORT`` of a throwaway cluster."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL 15 is not installed ({PG_BIN / 'initdb'} does not exist)")
    base = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    data = base / "data"
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    port = _free_port()
    init = _as_postgres(
        [str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
         "-E", "UTF8", "--locale", "C", "--no-sync"]
    )  # fmt: skip
    if init.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"initdb failed: {init.stderr.strip()}")
    options = (
        f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
    )
    start = _as_postgres(
        [str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"),
         "-w", "-t", "60", "start"]
    )  # fmt: skip
    if start.returncode != 0:
        log = (base / "log").read_text(errors="replace") if (base / "log").exists() else ""
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"pg_ctl start failed: {start.stderr.strip()} {log[-2000:]}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


def new_postgres_database(server_url: str) -> str:
    name = f"kiosk_{uuid.uuid4().hex[:12]}"
    conninfo = server_url.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{server_url}/{name}"


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file in tmp_path, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    server_url: str = request.getfixturevalue("postgres_server")
    return new_postgres_database(server_url)


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """A new, empty PostgreSQL database (for PostgreSQL-only tests)."""
    return new_postgres_database(postgres_server)


@pytest.fixture
def migrated_url(database_url: str) -> str:
    upgrade(database_url)
    return database_url


@pytest.fixture
def live_server(migrated_url: str) -> Iterator[LiveServer]:
    with LiveServer.start(migrated_url) as server:
        yield server


@pytest.fixture
def api(live_server: LiveServer) -> Iterator[Api]:
    client = Api(live_server)
    try:
        yield client
    finally:
        client.close()
