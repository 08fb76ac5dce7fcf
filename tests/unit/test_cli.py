"""The `kiosk` command as an admin meets it: help, clear one-line errors, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main

DESIGN_COMMANDS = ["run", "demo", "staff", "enroll", "sync", "db", "doctor", "server"]


def kiosk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def test_help_lists_every_command_of_the_design() -> None:
    result = kiosk("--help")
    assert result.returncode == 0
    for command in DESIGN_COMMANDS:
        assert f"\n    {command} " in result.stdout, command


@pytest.mark.parametrize("command", ["run", "demo", "db", "db upgrade", "db check", "db backup"])
def test_help_works_for_subcommands(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*command.split(), "--help"])
    assert info.value.code == 0
    assert "usage: kiosk" in capsys.readouterr().out


def test_unknown_command_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "invalid choice" in err


def test_config_with_wrong_type_names_the_key_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[session]\nidle_timeout_seconds = "lang"\n', encoding="utf-8")
    result = kiosk("run", "--config", str(config), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert str(config) in result.stderr
    assert "idle_timeout_seconds" in result.stderr
    assert not (tmp_path / "data").exists(), "nothing is created before the config is valid"


def test_missing_explicit_config_exit_2(tmp_path: Path) -> None:
    result = kiosk("db", "check", "--config", str(tmp_path / "missing.toml"))
    assert result.returncode == 2
    assert "missing.toml: config file not found" in result.stderr


def test_corrupt_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = data / "kiosk.sqlite3"
    garbage = b"this is not a database, but somebody's precious file\x00" * 200
    database.write_bytes(garbage)
    for args in (["run", "--exit-after-startup"], ["db", "upgrade"], ["db", "check"]):
        result = kiosk(*args, "--data-dir", str(data))
        assert result.returncode != 0, args
        assert str(database) in result.stderr + result.stdout, args
        assert "Traceback" not in result.stderr, args
        assert database.read_bytes() == garbage, args
    run = kiosk("run", "--exit-after-startup", "--data-dir", str(data))
    assert run.stderr.count("\n") == 1
    assert sorted(p.name for p in data.iterdir() if p.is_file()) == ["kiosk.sqlite3"]


def test_db_upgrade_backup_and_check_on_a_new_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "data"
    upgrade = kiosk("db", "upgrade", "--data-dir", str(data))
    assert upgrade.returncode == 0, upgrade.stderr
    assert (data / "kiosk.sqlite3").exists()
    again = kiosk("db", "upgrade", "--data-dir", str(data))
    assert "already at schema" in again.stdout
    backup = kiosk("db", "backup", "--data-dir", str(data))
    assert backup.returncode == 0, backup.stderr
    backups = list((data / "backups").iterdir())
    assert len(backups) == 1
    assert (backups[0].stat().st_mode & 0o777) == 0o600
    check = kiosk("db", "check", "--data-dir", str(data))
    assert check.returncode == 0, check.stdout + check.stderr


def test_backup_without_database_is_a_clear_error(tmp_path: Path) -> None:
    result = kiosk("db", "backup", "--data-dir", str(tmp_path / "empty"))
    assert result.returncode == 1
    assert "no database to back up" in result.stderr


def test_server_commands_are_handed_to_the_server_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "--help"]) == 0
    out = capsys.readouterr().out
    for command in ("run", "hub", "enroll-code", "terminals", "revoke"):
        assert command in out


def test_backup_reasons_are_pruned_separately(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert kiosk("db", "upgrade", "--data-dir", str(data)).returncode == 0
    for reason in ("daily", "daily", "manual"):
        result = kiosk("db", "backup", "--reason", reason, "--keep", "1", "--data-dir", str(data))
        assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (data / "backups").iterdir())
    assert len(names) == 2
    assert any("-daily" in n for n in names) and any("-manual" in n for n in names)
    bad = kiosk("db", "backup", "--reason", "Nightly Run", "--data-dir", str(data))
    assert bad.returncode == 2
    assert "--reason" in bad.stderr


def test_a_data_dir_that_cannot_be_created_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data dir should go", encoding="utf-8")
    for args in (["db", "upgrade"], ["run", "--exit-after-startup"]):
        result = kiosk(*args, "--data-dir", str(blocker / "data"))
        assert result.returncode == 1, args
        assert "cannot create data directory" in result.stderr, args
        assert "Traceback" not in result.stderr, args
