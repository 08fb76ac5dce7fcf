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


@pytest.mark.parametrize(
    "args", [["staff"], ["enroll", "https://x", "ABC"], ["sync", "--once"], ["doctor"]]
)
def test_unbuilt_commands_say_so_and_exit_2(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "not yet available" in err
    assert err.count("\n") == 1


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
