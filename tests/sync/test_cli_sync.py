"""`kiosk enroll URL CODE` and `kiosk sync --once` against a real server on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.cli import main
from kiosk.paths import DataPaths
from kiosk.server import admin
from kiosk.server.models import ReceivedEntry, Terminal
from kiosk.server.schema import upgrade
from kiosk.store.credentials import credentials_mode, load_credentials
from kiosk.store.db import open_database
from kiosk.store.outbox import enqueue
from kiosk.store.schema import prepare_database
from tests.server.live import LiveServer


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as server:
        server.add_hub("lindenbach", "Dorfbüro Lindenbach")
        yield server


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "terminal"


def kiosk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def write(data_dir: Path, count: int) -> None:
    paths = DataPaths(data_dir).ensure()
    prepare_database(paths.database, paths.backups)
    db = open_database(paths.database)
    try:
        for n in range(count):
            with db.write() as session:
                enqueue(session, "submission.create", {"n": n})
    finally:
        db.dispose()


def received(server: LiveServer) -> int:
    with server.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(ReceivedEntry)) or 0)


def test_enrol_then_sync_delivers_and_pulls(
    live_server: LiveServer, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = live_server.enroll_code("lindenbach")
    status, out, err = kiosk(
        capsys, "enroll", live_server.base_url, code.lower(), "--data-dir", str(data_dir)
    )
    assert (status, err) == (0, "")
    assert "Dorfbüro Lindenbach (lindenbach)" in out
    path = DataPaths(data_dir).credentials
    assert credentials_mode(path) == 0o600
    credentials = load_credentials(path)
    assert credentials is not None and credentials.hub_id == "lindenbach"

    write(data_dir, 7)
    status, out, err = kiosk(capsys, "sync", "--once", "--data-dir", str(data_dir))
    assert (status, out, err) == (0, "sent 7, 0 waiting, pulled 1", "")
    assert received(live_server) == 7
    status, out, _ = kiosk(capsys, "sync", "--once", "--data-dir", str(data_dir))
    assert (status, out) == (0, "sent 0, 0 waiting, pulled 0")
    with live_server.database.read() as session:
        terminal = session.scalars(select(Terminal)).one()
        assert (terminal.outbox_depth, terminal.last_error) == (0, None)


def test_sync_before_enrolment_says_so(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = kiosk(capsys, "sync", "--once", "--data-dir", str(data_dir))
    assert status == 3
    assert err == "kiosk: not enrolled: run `kiosk enroll URL CODE` first"


def test_a_wrong_code_is_refused_in_one_line(
    live_server: LiveServer, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["enroll", live_server.base_url, "AAAA-BBBB-CCCC", "--data-dir", str(data_dir)]
    status, _, err = kiosk(capsys, *args)
    assert status == 6
    assert "enroll_code_unknown" in err and "\n" not in err
    assert not DataPaths(data_dir).credentials.exists()


def test_enrolling_twice_is_refused(
    live_server: LiveServer, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for attempt in range(2):
        code = live_server.enroll_code("lindenbach")
        status, _, err = kiosk(
            capsys, "enroll", live_server.base_url, code, "--data-dir", str(data_dir)
        )
        assert (status, "already enrolled" in err) == ((1, True) if attempt else (0, False))


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_server_and_revoked_token(
    live_server: LiveServer, data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = live_server.enroll_code("lindenbach")
    kiosk(capsys, "enroll", live_server.base_url, code, "--data-dir", str(data_dir))
    write(data_dir, 3)

    config = tmp_path / "kiosk.toml"
    config.write_text(
        f'[server]\nurl = "http://127.0.0.1:{closed_port()}"\nconnect_timeout_seconds = 2\n'
    )
    args = ["sync", "--once", "--data-dir", str(data_dir), "--config", str(config)]
    status, _, err = kiosk(capsys, *args)
    assert status == 4
    assert err.startswith("kiosk: server http://127.0.0.1:") and "unreachable" in err
    assert err.endswith("3 waiting")

    credentials = load_credentials(DataPaths(data_dir).credentials)
    assert credentials is not None
    with live_server.database.write() as session:
        admin.revoke_terminal(session, credentials.terminal_id)
    status, _, err = kiosk(capsys, "sync", "--once", "--data-dir", str(data_dir))
    assert status == 5
    assert "auth_revoked" in err and "enrol again" in err
    assert received(live_server) == 0


def test_sync_without_once_is_a_usage_error(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = kiosk(capsys, "sync", "--data-dir", str(data_dir))
    assert status == 2 and "--once" in err


def test_help_does_not_import_the_network_stack() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from kiosk.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    for args in (['--help'], ['sync', '--help'], ['enroll', '--help']):\n"
        "        try: main(args)\n"
        "        except SystemExit: pass\n"
        "print(sorted(m for m in ('requests', 'sqlalchemy') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
