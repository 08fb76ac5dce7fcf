"""``kiosk server ...`` (kiosk.server.cli.main): admin commands on a real database."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from kiosk.server import admin
from kiosk.server.cli import main
from kiosk.server.db import Database
from kiosk.server.schema import schema_status
from kiosk.sync.protocol import EnrollRequest, PushRequest, TerminalHealth


@pytest.fixture
def server_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KIOSK_SERVER_DATA_DIR", str(tmp_path / "srv"))
    monkeypatch.delenv("KIOSK_SERVER_DB", raising=False)
    return tmp_path / "srv"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_usage_errors_exit_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in ([], ["frobnicate"], ["hub"], ["enroll-code"], ["run", "--port", "x"]):
        code, _out, err = run(capsys, *argv)
        assert code == 2, argv
        assert err.count("\n") == 1 and err.startswith("kiosk server: "), err
    assert run(capsys, "--help")[0] == 0


def test_admin_flow_on_the_default_sqlite_database(
    server_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "hub", "add", "lindenbach", "Dorfbüro Lindenbach")
    assert (code, out.strip()) == (0, "hub lindenbach added")
    assert (server_dir / "server.sqlite3").is_file()
    code, _out, err = run(capsys, "hub", "add", "lindenbach", "Nochmal")
    assert code == 1 and "exists already" in err
    code, out, _ = run(capsys, "hub", "list")
    assert "Dorfbüro Lindenbach" in out

    code, out, err = run(capsys, "enroll-code", "--hub", "lindenbach", "--ttl-hours", "2")
    assert code == 0
    enrol_code = out.strip()
    assert len(enrol_code) == 14 and "valid until" in err
    code, _out, err = run(capsys, "enroll-code", "--hub", "nowhere")
    assert code == 1 and "no hub 'nowhere'" in err

    assert "no terminals enrolled yet" in run(capsys, "terminals")[1]
    db = Database(f"sqlite:///{server_dir / 'server.sqlite3'}")
    try:
        with db.write() as session:
            enrolled = admin.enroll(session, EnrollRequest(enrol_code, "Eingang", "0.1.0"))
        from kiosk.server.push import push

        health = TerminalHealth("0.1.0", 3, None, 2 * 1024**3, "Drucker offline")
        with db.write() as session:
            push(session, enrolled.token, PushRequest(health, ()))
    finally:
        db.dispose()
    code, out, _ = run(capsys, "terminals")
    assert code == 0
    header, row = out.strip().splitlines()
    assert header.split()[:4] == ["TERMINAL", "HUB", "NAME", "STATE"]
    for value in (enrolled.terminal_id[:12], "lindenbach", "Eingang", "active", "2 GB",
                  "Drucker offline"):  # fmt: skip
        assert value in row

    code, _out, err = run(capsys, "revoke", "nonexistent")
    assert code == 1 and "no terminal" in err
    code, out, _ = run(capsys, "revoke", enrolled.terminal_id[:8])
    assert code == 0 and "revoked" in out
    assert " revoked " in run(capsys, "terminals")[1]

    code, out, _ = run(capsys, "db", "rotate-epoch")
    assert code == 0 and "new epoch" in out


def test_postgresql_needs_an_explicit_upgrade(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "hub", "add", "a", "A", "--db", postgres_url)
    assert code == 1 and "kiosk server db upgrade" in err
    code, out, _ = run(capsys, "db", "upgrade", "--db", postgres_url)
    head = schema_status(postgres_url).head
    assert (code, out.strip()) == (0, f"database upgraded: (empty) -> {head}")
    assert run(capsys, "--db", postgres_url, "hub", "add", "a", "A")[0] == 0


def test_unreachable_database_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "db", "upgrade", "--db", "postgresql://x@127.0.0.1:1/none")
    assert code == 1
    assert err.startswith("kiosk server: cannot use the database") and err.count("\n") == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_run_serves_the_api_on_a_fresh_default_database(server_dir: Path) -> None:
    port = _free_port()
    env = {**os.environ, "KIOSK_SERVER_DATA_DIR": str(server_dir)}
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kiosk.server.cli import main; "
         f"sys.exit(main(['run', '--port', '{port}']))"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
                break
            except requests.ConnectionError:
                assert process.poll() is None, process.stderr and process.stderr.read()
                assert time.monotonic() < deadline, "server did not come up"
                time.sleep(0.1)
        assert response.status_code == 200 and response.json()["status"] == "ok"
    finally:
        process.terminate()
        process.wait(timeout=20)
