"""`kiosk doctor`: one test for each failure it claims to detect, and a healthy terminal
against a real server on loopback.

Real things wherever they run here: SQLite files, a uvicorn server, a closed loopback port,
an HTTPS server with a self-signed certificate made by `openssl req`, a server that never
answers. Injected only what a test cannot set on the machine: the clock, the disk thresholds,
and the printers and speech engines Qt would see.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kiosk import doctor
from kiosk.cli import main
from kiosk.doctor import (
    CheckResult,
    DiskThresholds,
    DoctorEnvironment,
    Printers,
    ServerProbe,
    SpeechEngines,
)
from kiosk.paths import DataPaths
from kiosk.store.credentials import Credentials, save_credentials

HEALTHY_PRINTERS = Printers(("Quittung",), "Quittung")
HEALTHY_SPEECH = SpeechEngines(("speechd", "mock"), speechd_german=True)
NOW = datetime(2027, 3, 1, 10, 0, tzinfo=UTC)
CHECK_ORDER = ("config", "data_dir", "database", "disk", "clock", "server", "enrolment",
               "printer", "speech")  # fmt: skip


# --- fixtures -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A terminal database at head, made once per module and copied per test."""
    from kiosk.store.schema import prepare_database

    base = tmp_path_factory.mktemp("template")
    prepare_database(base / "kiosk.sqlite3", base / "backups")
    return base / "kiosk.sqlite3"


@pytest.fixture
def data(tmp_path: Path, template_db: Path) -> DataPaths:
    """A terminal's data dir as the app leaves it: 0700, database at head."""
    paths = DataPaths(tmp_path / "data").ensure()
    shutil.copy2(template_db, paths.database)
    return paths


def write_config(tmp_path: Path, body: str = "") -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(body, encoding="utf-8")
    return path


def env(**changes: object) -> DoctorEnvironment:
    base = DoctorEnvironment(
        now=lambda: datetime.now(UTC),
        printers=lambda: HEALTHY_PRINTERS,
        speech=lambda: HEALTHY_SPEECH,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def by_check(report: doctor.Report) -> dict[str, CheckResult]:
    return {r.check: r for r in report.results}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One real Dorfkiosk server on loopback (SQLite) for the module."""
    from kiosk.server.schema import upgrade
    from tests.server.live import LiveServer

    url = f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as server:
        yield server


def enroll(live_server: object, data: DataPaths, hub: str = "lindenbach") -> Credentials:
    from tests.server.live import Api, LiveServer

    assert isinstance(live_server, LiveServer)
    api = Api(live_server)
    try:
        answer = api.enroll(hub, name="Terminal Doktor")
    finally:
        api.close()
    credentials = Credentials(
        server_url=live_server.base_url,
        terminal_id=answer.terminal_id,
        token=answer.token,
        hub_id=answer.hub_id,
        hub_name=answer.hub_name,
        enrolled_at="2027-03-01T09:00:00Z",
    )
    save_credentials(data.credentials, credentials)
    return credentials


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # failed TLS handshakes are the point of some tests


@contextmanager
def stub_server(
    respond: Callable[[BaseHTTPRequestHandler], None], tls: ssl.SSLContext | None = None
) -> Iterator[str]:
    """A tiny HTTP(S) server on loopback answering every GET with ``respond``."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            respond(self)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = _Quiet(("127.0.0.1", 0), Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scheme = "https" if tls else "http"
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def self_signed_context(tmp_path: Path) -> ssl.SSLContext:
    """A server TLS context with a fresh self-signed certificate for 127.0.0.1."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def health_body(handler: BaseHTTPRequestHandler) -> None:
    body = json.dumps(
        {"protocol": 1, "status": "ok", "epoch": "e1", "head": 0,
         "server_time": "2027-03-01T10:00:00Z"}
    ).encode()  # fmt: skip
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


# --- config -------------------------------------------------------------------------------


def test_broken_config_is_a_problem_naming_file_and_key_and_the_rest_still_runs(
    tmp_path: Path, data: DataPaths
) -> None:
    config = write_config(tmp_path, '[session]\nidle_timeout_seconds = "lang"\n')
    report = doctor.run_checks(config, data.root, env=env())
    results = by_check(report)
    assert results["config"].status == "problem"
    assert str(config) in results["config"].message.de
    assert "idle_timeout_seconds" in results["config"].message.en
    assert results["database"].status == "ok"  # the other checks ran on the defaults
    assert report.exit_code == 1


def test_config_that_is_not_toml_and_a_missing_explicit_file_are_problems(tmp_path: Path) -> None:
    result, _ = doctor.check_config(write_config(tmp_path, "[terminal\nname = 1"))
    assert result.status == "problem"
    assert "not valid TOML" in result.message.en
    result, _ = doctor.check_config(tmp_path / "nope.toml")
    assert result.status == "problem"
    assert "config file not found" in result.message.en


def test_config_loaded_reports_its_path(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[terminal]\nname = "Dorfbüro"\n')
    result, config = doctor.check_config(path)
    assert result.status == "ok"
    assert result.details["path"] == str(path)
    assert config.terminal.name == "Dorfbüro"


# --- data dir ------------------------------------------------------------------------------


def test_data_dir_ok_when_private_and_writable(data: DataPaths) -> None:
    result = doctor.check_data_dir(data.root)
    assert result.status == "ok", result.message.en
    assert list(data.root.glob(".doctor-*")) == []  # the write probe is gone


def test_data_dir_readable_by_others_is_a_problem(data: DataPaths) -> None:
    data.root.chmod(0o755)
    result = doctor.check_data_dir(data.root)
    assert result.status == "problem"
    assert "0755" in result.message.en
    assert result.hint is not None and f"chmod 700 {data.root}" in result.hint.en


def test_missing_data_dir_is_a_problem(tmp_path: Path) -> None:
    result = doctor.check_data_dir(tmp_path / "nowhere")
    assert result.status == "problem"
    assert "does not exist" in result.message.en


def test_unwritable_data_dir_is_a_problem() -> None:
    """/proc/PID/fd is private (0500) and refuses new files even to root."""
    fd_dir = Path(f"/proc/{os.getpid()}/fd")
    if not fd_dir.is_dir():
        pytest.skip("no /proc")
    result = doctor.check_data_dir(fd_dir)
    assert result.status == "problem"
    assert "not writable" in result.message.en


# --- database ------------------------------------------------------------------------------


def test_database_at_head_is_ok(data: DataPaths) -> None:
    result = doctor.check_database(data)
    assert result.status == "ok", result.message.en
    assert result.details["schema"] == "current"


def test_missing_database_is_a_warning(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    result = doctor.check_database(paths)
    assert result.status == "warning"
    assert result.details["schema"] == "missing"


def test_garbage_database_is_a_problem_and_left_untouched(data: DataPaths) -> None:
    garbage = b"this is not SQLite" * 100
    data.database.write_bytes(garbage)
    result = doctor.check_database(data)
    assert result.status == "problem"
    assert "damaged" in result.message.en
    assert result.hint is not None and "kiosk db backup --restore" in result.hint.en
    assert data.database.read_bytes() == garbage


def test_database_with_a_damaged_page_is_a_problem(data: DataPaths) -> None:
    """A real database whose table pages are overwritten: the integrity check finds it."""
    size = data.database.stat().st_size
    with sqlite3.connect(data.database) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    raw = bytearray(data.database.read_bytes())
    for offset in range(2 * page_size, size, page_size):  # keep page 1 (the schema)
        raw[offset : offset + 64] = b"\xff" * 64
    data.database.write_bytes(bytes(raw))
    result = doctor.check_database(data)
    assert result.status == "problem", result.message.en


def test_database_from_a_newer_version_is_a_problem(data: DataPaths) -> None:
    with sqlite3.connect(data.database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    result = doctor.check_database(data)
    assert result.status == "problem"
    assert "newer Dorfkiosk" in result.message.en
    assert result.details["schema"] == "newer"


def test_outdated_database_is_a_warning(tmp_path: Path) -> None:
    from kiosk.store.migrate import upgrade_to
    from kiosk.store.schema import revision_chain

    paths = DataPaths(tmp_path / "data").ensure()
    upgrade_to(paths.database, revision_chain()[-2])
    result = doctor.check_database(paths)
    assert result.status == "warning"
    assert result.details["schema"] == "outdated"


# --- disk ----------------------------------------------------------------------------------


def test_disk_thresholds(data: DataPaths) -> None:
    free = shutil.disk_usage(data.root).free
    assert doctor.check_disk(data.root, DiskThresholds(1, 1)).status == "ok"
    low = doctor.check_disk(data.root, DiskThresholds(warning_below=free + 2**30, problem_below=1))
    assert low.status == "warning"
    assert low.details["free_bytes"] > 0
    full = doctor.check_disk(
        data.root, DiskThresholds(warning_below=free + 2**31, problem_below=free + 2**30)
    )
    assert full.status == "problem"
    assert "bookings may be lost" in full.message.en


def test_default_disk_thresholds_are_1_gib_and_200_mib() -> None:
    assert DiskThresholds() == DiskThresholds(1024**3, 200 * 1024**2)


# --- clock ---------------------------------------------------------------------------------


def test_clock_before_the_release_is_a_problem() -> None:
    result = doctor.check_clock(datetime(2020, 1, 1, tzinfo=UTC))
    assert result.status == "problem"
    assert "2020-01-01" in result.message.de


def test_clock_far_in_the_future_is_a_problem() -> None:
    assert doctor.check_clock(datetime(2090, 1, 1, tzinfo=UTC)).status == "problem"


def test_clock_within_range_without_server_is_ok() -> None:
    assert doctor.check_clock(NOW).status == "ok"


def test_clock_skew_against_a_real_server(tmp_path: Path, live_server: object) -> None:
    from tests.server.live import LiveServer

    assert isinstance(live_server, LiveServer)
    probe = doctor.probe_server(live_server.base_url)
    assert probe.outcome == "ok", probe.detail
    assert probe.server_date is not None
    now = datetime.now(UTC)
    assert doctor.check_clock(now, probe).status == "ok"
    ahead = doctor.check_clock(now + timedelta(minutes=10), probe)
    assert ahead.status == "problem"
    assert "ahead of the server" in ahead.message.en
    assert ahead.details["server_skew_seconds"] >= 590
    behind = doctor.check_clock(now - timedelta(minutes=3), probe)
    assert behind.status == "problem"
    assert "behind" in behind.message.en


# --- server --------------------------------------------------------------------------------


def test_closed_port_on_loopback_is_a_problem() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    probe = doctor.probe_server(url, connect_timeout=2)
    assert probe.outcome == "refused"
    result = doctor.check_server(url, probe)
    assert result.status == "problem"
    assert "refuses the connection" in result.message.en


def test_self_signed_certificate_is_reported_as_tls_failure(tmp_path: Path) -> None:
    with stub_server(health_body, tls=self_signed_context(tmp_path)) as url:
        probe = doctor.probe_server(url, connect_timeout=2, read_timeout=2)
    assert probe.outcome == "tls", probe.detail
    assert "self-signed" in probe.detail or "self signed" in probe.detail
    result = doctor.check_server(url, probe)
    assert result.status == "problem"
    assert "TLS certificate" in result.message.en


def test_server_that_never_answers_times_out() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # accepts the connection (kernel backlog), never answers
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        probe = doctor.probe_server(url, connect_timeout=2, read_timeout=0.5)
    assert probe.outcome == "timeout"
    assert doctor.check_server(url, probe).status == "problem"


def test_captive_portal_page_is_not_a_server() -> None:
    def portal(handler: BaseHTTPRequestHandler) -> None:
        body = b"<html>Bitte melden Sie sich am WLAN an</html>"
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    with stub_server(portal) as url:
        probe = doctor.probe_server(url)
    assert probe.outcome == "not_kiosk"
    assert doctor.check_server(url, probe).status == "problem"


def test_redirect_is_a_problem() -> None:
    def redirect(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", "http://portal.example/login")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    with stub_server(redirect) as url:
        probe = doctor.probe_server(url)
    assert probe.outcome == "redirect"
    assert "portal.example" in probe.detail
    assert doctor.check_server(url, probe).status == "problem"


def test_plain_http_to_another_host_is_a_warning_but_loopback_is_fine() -> None:
    answered = ServerProbe("", "ok", "epoch e1, head 0", 200)
    remote = doctor.check_server("http://kiosk.region.example", answered)
    assert remote.status == "warning"
    assert "unencrypted" in remote.message.en
    for url in ("http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080",
                "https://kiosk.region.example"):  # fmt: skip
        assert doctor.check_server(url, answered).status == "ok", url


def test_no_server_configured_is_a_warning() -> None:
    assert doctor.check_server("", None).status == "warning"


# --- enrolment ----------------------------------------------------------------------------


def sample_credentials(url: str = "https://kiosk.region.example") -> Credentials:
    return Credentials(url, "t-1", "secret-token", "lindenbach", "Dorfbüro Lindenbach",
                       "2027-03-01T09:00:00Z")  # fmt: skip


def test_not_enrolled_is_a_problem_with_a_server_and_a_warning_without(data: DataPaths) -> None:
    with_server = doctor.check_enrolment(data.credentials, "https://kiosk.region.example")
    assert with_server.status == "problem"
    assert "not enrolled" in with_server.message.en
    assert with_server.hint is not None and "kiosk enroll" in with_server.hint.en
    assert doctor.check_enrolment(data.credentials, "").status == "warning"


def test_credentials_readable_by_others_is_a_problem(data: DataPaths) -> None:
    save_credentials(data.credentials, sample_credentials())
    assert doctor.check_enrolment(data.credentials, "").status == "ok"
    data.credentials.chmod(0o644)
    result = doctor.check_enrolment(data.credentials, "")
    assert result.status == "problem"
    assert "0644" in result.message.en
    assert "secret-token" not in json.dumps(result.to_json())


def test_damaged_credentials_file_is_a_problem(data: DataPaths) -> None:
    data.credentials.write_text("{not json", encoding="utf-8")
    data.credentials.chmod(0o600)
    assert doctor.check_enrolment(data.credentials, "").status == "problem"


def test_credentials_for_another_server_is_a_warning(data: DataPaths) -> None:
    save_credentials(data.credentials, sample_credentials("https://old.example"))
    result = doctor.check_enrolment(data.credentials, "https://new.example")
    assert result.status == "warning"
    assert "https://old.example" in result.message.en


def test_revoked_terminal_is_a_problem(
    tmp_path: Path, data: DataPaths, live_server: object
) -> None:
    from kiosk.server import admin
    from tests.server.live import LiveServer

    assert isinstance(live_server, LiveServer)
    credentials = enroll(live_server, data, hub="revoked-hub")
    probe = doctor.probe_server(live_server.base_url, token=credentials.token)
    assert probe.token == "accepted"
    with live_server.database.write() as session:
        admin.revoke_terminal(session, credentials.terminal_id)
    probe = doctor.probe_server(live_server.base_url, token=credentials.token)
    assert probe.token == "refused"
    result = doctor.check_enrolment(data.credentials, live_server.base_url, probe)
    assert result.status == "problem"
    assert "auth_revoked" in result.message.en


# --- printer and speech -------------------------------------------------------------------


def test_configured_printer_missing_is_a_problem() -> None:
    result = doctor.check_printer("Quittung", Printers(("Büro",), "Büro"))
    assert result.status == "problem"
    assert "Quittung" in result.message.de
    assert doctor.check_printer("Quittung", Printers(("Quittung",))).status == "ok"


def test_no_printer_at_all_is_a_warning() -> None:
    assert doctor.check_printer("", Printers(())).status == "warning"
    assert doctor.check_printer("", Printers(("A",))).status == "warning"
    assert doctor.check_printer("", Printers(("A",), "A")).status == "ok"


def test_printers_qt_sees_give_a_result() -> None:
    """The real QPrinterInfo path (no printer on a test machine: a warning, not a crash)."""
    printers = doctor.available_printers()
    result = doctor.check_printer("", printers)
    assert result.status == ("ok" if printers.default else "warning")


def test_only_the_mock_speech_engine_is_a_warning() -> None:
    result = doctor.check_speech(SpeechEngines(("mock",)))
    assert result.status == "warning"
    assert "mock" in result.message.en
    assert doctor.check_speech(SpeechEngines(("speechd", "mock"))).status == "ok"
    assert doctor.check_speech(SpeechEngines((), "libpulse.so.0: cannot open")).status == "warning"


def test_speech_dispatcher_unreachable_or_without_german_is_a_warning() -> None:
    down = SpeechEngines(
        ("mock", "speechd"), speechd_error="Connection to speech-dispatcher failed"
    )
    result = doctor.check_speech(down)
    assert result.status == "warning"
    assert "Connection to speech-dispatcher failed" in result.message.en
    no_german = doctor.check_speech(SpeechEngines(("speechd",), speechd_german=False))
    assert no_german.status == "warning"
    assert "German" in no_german.message.en
    assert doctor.check_speech(SpeechEngines(("speechd",), speechd_german=True)).status == "ok"


def test_speech_engines_qt_sees_give_a_result() -> None:
    """The real QtTextToSpeech path, whatever this machine has (no library, only mock, or
    speechd with or without a running speech-dispatcher)."""
    engines = doctor.available_speech_engines()
    result = doctor.check_speech(engines)
    working = engines.speechd_german or any(e not in ("mock", "speechd") for e in engines.engines)
    assert result.status == ("ok" if working else "warning")
    if engines.error:
        assert engines.error in result.message.en
    if "speechd" in engines.engines:
        assert engines.speechd_error or engines.speechd_german is not None


# --- the whole report ---------------------------------------------------------------------


def healthy_terminal(tmp_path: Path, data: DataPaths, live_server: object) -> Path:
    from tests.server.live import LiveServer

    assert isinstance(live_server, LiveServer)
    enroll(live_server, data)
    return write_config(
        tmp_path,
        f'[terminal]\nname = "Dorfbüro Lindenbach"\ndata_dir = "{data.root}"\n'
        f'[server]\nurl = "{live_server.base_url}"\n[printer]\nname = "Quittung"\n',
    )


def test_healthy_terminal_against_a_real_server(
    tmp_path: Path, data: DataPaths, live_server: object, capsys: pytest.CaptureFixture[str]
) -> None:
    config = healthy_terminal(tmp_path, data, live_server)
    report = doctor.run_checks(config, env=env())
    assert [(r.check, r.status) for r in report.results] == [
        (name, "ok") for name in CHECK_ORDER
    ], [r.message.en for r in report.results if r.status != "ok"]
    assert "The server accepts the token." in by_check(report)["enrolment"].message.en
    assert report.exit_code == 0

    assert doctor.run_doctor(config, env=env()) == 0
    table = capsys.readouterr().out
    assert table.startswith("Dorfkiosk-Diagnose")
    assert "Ergebnis: 0 Probleme, 0 Warnungen" in table
    assert "WARNUNG" not in table


def test_json_for_monitoring_and_exit_code_1_on_a_problem(
    tmp_path: Path, data: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, f'[server]\nurl = "http://127.0.0.1:{free_port()}"\n')
    code = doctor.run_doctor(config, data.root, as_json=True, env=env())
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    assert document["status"] == "problem"
    assert document["ok"] is False
    checks = {c["check"]: c for c in document["checks"]}
    assert set(checks) == set(doctor.TITLES)
    assert checks["server"]["status"] == "problem"
    assert checks["server"]["details"]["outcome"] == "refused"
    assert checks["enrolment"]["status"] == "problem"
    assert checks["disk"]["details"]["free_bytes"] > 0
    assert checks["server"]["message"]["de"] and checks["server"]["hint"]["en"]
    assert document["counts"]["problem"] == 2


def test_warnings_alone_exit_0(tmp_path: Path, data: DataPaths) -> None:
    report = doctor.run_checks(
        write_config(tmp_path), data.root, env=env(printers=lambda: Printers(()))
    )
    statuses = {r.check: r.status for r in report.results}
    assert statuses["printer"] == "warning"
    assert "problem" not in statuses.values()
    assert report.exit_code == 0


def test_clock_in_the_past_through_the_report(tmp_path: Path, data: DataPaths) -> None:
    report = doctor.run_checks(
        write_config(tmp_path), data.root, env=env(now=lambda: datetime(2001, 1, 1, tzinfo=UTC))
    )
    assert by_check(report)["clock"].status == "problem"
    assert report.exit_code == 1


def test_a_crashing_check_is_a_problem_and_the_others_still_run(
    tmp_path: Path, data: DataPaths
) -> None:
    def broken() -> Printers:
        raise RuntimeError("CUPS exploded")

    report = doctor.run_checks(write_config(tmp_path), data.root, env=env(printers=broken))
    results = by_check(report)
    assert results["printer"].status == "problem"
    assert "CUPS exploded" in results["printer"].message.en
    assert results["speech"].status == "ok"


def test_language_from_flag_and_from_config(
    tmp_path: Path, data: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    doctor.run_doctor(write_config(tmp_path), data.root, language="en", env=env())
    english = capsys.readouterr().out
    assert english.startswith("Dorfkiosk doctor")
    assert "Result: 0 problems" in english
    config = write_config(tmp_path, '[terminal]\nlanguage = "en"\n')
    doctor.run_doctor(config, data.root, env=env())
    assert capsys.readouterr().out.startswith("Dorfkiosk doctor")
    config = write_config(tmp_path, '[terminal]\nlanguage = "tr"\n')
    doctor.run_doctor(config, data.root, env=env())
    assert capsys.readouterr().out.startswith("Dorfkiosk-Diagnose")


def test_kiosk_doctor_command(
    tmp_path: Path, data: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real CLI with the real environment: data dir 0755 is a problem, exit 1."""
    data.root.chmod(0o755)
    config = write_config(tmp_path)
    code = main(["doctor", "--json", "--config", str(config), "--data-dir", str(data.root)])
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    assert {c["check"]: c["status"] for c in document["checks"]}["data_dir"] == "problem"
    data.root.chmod(0o700)
    assert main(["doctor", "--lang", "en", "--config", str(config), "--data-dir",
                 str(data.root)]) == 0  # fmt: skip
    assert "Result: 0 problems" in capsys.readouterr().out
