"""Issue 9 acceptance: `kiosk doctor` failures that tests/unit/test_doctor.py did not cover yet
(each branch the doctor claims to detect gets a test that fails if the branch is lost)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from kiosk import doctor
from kiosk.paths import DataPaths
from tests.unit.test_doctor import stub_server


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kiosk.store.schema import prepare_database

    base = tmp_path_factory.mktemp("template")
    prepare_database(base / "kiosk.sqlite3", base / "backups")
    return base / "kiosk.sqlite3"


@pytest.fixture
def data(tmp_path: Path, template_db: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data").ensure()
    shutil.copy2(template_db, paths.database)
    return paths


def test_no_config_file_anywhere_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.config import load_config

    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    if load_config(None).source is not None:
        pytest.skip("this machine has a system-wide kiosk config (/etc/kiosk/kiosk.toml)")
    result, config = doctor.check_config(None)
    assert result.status == "warning"
    assert "No config file found" in result.message.en
    assert config.source is None


def test_data_dir_that_is_a_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "data"
    path.write_text("not a directory", encoding="utf-8")
    result = doctor.check_data_dir(path)
    assert result.status == "problem"
    assert "is not a directory" in result.message.en


def test_database_that_cannot_be_opened_is_a_problem(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    paths.database.mkdir()  # a directory where the database file belongs
    result = doctor.check_database(paths)
    assert result.status == "problem"
    assert "cannot be opened" in result.message.en


def test_database_with_orphan_rows_fails_the_full_check(data: DataPaths) -> None:
    """Intact pages and a current schema, but a row whose parent is missing: only the
    foreign key check finds it, and the doctor reports it as a problem."""
    with sqlite3.connect(data.database) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO content_service_category (service_id, category_id) "
            "VALUES ('no-such-service', 'no-such-category')"
        )
    result = doctor.check_database(data)
    assert result.status == "problem"
    assert "foreign_key_check" in result.message.en
    assert result.details["schema"] == "current"


def test_unknown_host_is_unreachable_and_a_problem() -> None:
    url = "https://kiosk.invalid"  # RFC 6761: never resolves
    probe = doctor.probe_server(url, connect_timeout=2, read_timeout=2)
    assert probe.outcome == "unreachable", probe
    result = doctor.check_server(url, probe)
    assert result.status == "problem"
    assert "unreachable" in result.message.en


@contextmanager
def answering(status: int) -> Iterator[str]:
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    with stub_server(respond) as url:
        yield url


def test_server_answering_with_an_error_is_a_problem() -> None:
    with answering(503) as url:
        probe = doctor.probe_server(url, connect_timeout=2, read_timeout=2)
    assert probe.outcome == "http_error"
    assert probe.status_code == 503
    result = doctor.check_server(url, probe)
    assert result.status == "problem"
    assert "HTTP 503" in result.message.en
