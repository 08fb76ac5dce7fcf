"""shellcheck over the installer scripts, `systemd-analyze verify` over the units as the
installer lays them out, and the config helper's rules against kiosk.config."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk import config as kiosk_config
from tests.installer.conftest import INSTALLER, run_script

SCRIPTS = sorted([*INSTALLER.glob("*.sh"), *INSTALLER.glob("lib/*.sh")])
UNIT_NAMES = ("kiosk.service", "kiosk-backup.service", "kiosk-backup.timer")
HOST_UNITS = Path("/usr/lib/systemd/system")


def test_installer_scripts_exist():
    names = {p.name for p in SCRIPTS}
    assert {"install-terminal.sh", "update-terminal.sh", "common.sh"} <= names


def test_shellcheck_clean():
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed (apt-get install shellcheck)")
    result = subprocess.run(
        [shellcheck, "--external-sources", "--severity=style", *map(str, SCRIPTS)],
        cwd=INSTALLER,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_scripts_use_strict_mode():
    for script in INSTALLER.glob("*.sh"):
        lines = script.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "#!/usr/bin/env bash", script
        assert "set -euo pipefail" in lines, script


def _verify(root: Path, units: list[str]) -> subprocess.CompletedProcess[str]:
    analyze = shutil.which("systemd-analyze")
    assert analyze is not None
    return subprocess.run(
        [analyze, "verify", "--man=no", f"--root={root}", *units],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture
def verify_root(tmp_path: Path, project_wheel: Path) -> Path:
    """The installer's output, plus the host's systemd units (sysinit.target & co.) and
    stand-ins for the executables the units start (cage and kiosk are not installed here)."""
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    if not (HOST_UNITS / "sysinit.target").exists():
        pytest.skip(f"{HOST_UNITS} has no systemd units to verify against")
    root = tmp_path / "root"
    result = run_script("install-terminal.sh", "--root", root, "--wheel", project_wheel)
    assert result.returncode == 0, result.stderr
    shutil.copytree(HOST_UNITS, root / "usr/lib/systemd/system", symlinks=True)
    for exe in ("usr/bin/cage", "opt/kiosk/current/bin/kiosk"):
        path = root / exe
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("#!/bin/sh\n")
        path.chmod(0o755)
    return root


def test_systemd_analyze_verify_passes_on_the_installed_units(verify_root: Path):
    result = _verify(verify_root, [f"/etc/systemd/system/{name}" for name in UNIT_NAMES])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert result.stderr.strip() == ""  # not even a warning


def test_systemd_analyze_verify_catches_a_broken_unit(verify_root: Path):
    """The check above can fail: a wrong value and a missing executable are reported."""
    unit = verify_root / "etc/systemd/system/kiosk.service"
    unit.write_text(unit.read_text().replace("Type=simple", "Type=bogus"))
    (verify_root / "usr/bin/cage").unlink()
    result = _verify(verify_root, ["/etc/systemd/system/kiosk.service"])
    assert "Failed to parse service type" in result.stderr
    assert "/usr/bin/cage" in result.stderr
    assert result.returncode != 0


def _unit(name: str) -> dict[str, list[str]]:
    """``Key -> [values]`` of a unit file (all sections)."""
    found: dict[str, list[str]] = {}
    for line in (INSTALLER / "systemd" / name).read_text().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key, []).append(value)
    return found


def test_kiosk_service_runs_the_app_in_cage_on_tty1():
    unit = _unit("kiosk.service")
    (exec_start,) = unit["ExecStart"]
    assert exec_start.startswith("/usr/bin/cage -d -- /opt/kiosk/current/bin/kiosk run ")
    assert " -s " not in exec_start  # cage -s would allow VT switching
    assert "--config /etc/kiosk/kiosk.toml" in exec_start
    assert "--data-dir /var/lib/kiosk" in exec_start
    assert unit["User"] == ["kiosk"]
    assert unit["PAMName"] == ["login"]
    assert unit["TTYPath"] == ["/dev/tty1"]
    assert unit["Conflicts"] == ["getty@tty1.service"]
    assert unit["Restart"] == ["always"]
    assert unit["WantedBy"] == ["graphical.target"]


def test_backup_runs_nightly_as_the_kiosk_user():
    service = _unit("kiosk-backup.service")
    assert service["ExecStart"] == [
        "/opt/kiosk/current/bin/kiosk db backup --reason daily --keep 7 "
        "--config /etc/kiosk/kiosk.toml --data-dir /var/lib/kiosk"
    ]
    assert service["User"] == ["kiosk"]
    assert service["Type"] == ["oneshot"]
    timer = _unit("kiosk-backup.timer")
    assert timer["OnCalendar"] == ["*-*-* 02:30:00"]
    assert timer["Persistent"] == ["true"]
    assert timer["WantedBy"] == ["timers.target"]


def test_config_helper_languages_match_the_app():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "installer_kiosk_config", INSTALLER / "lib" / "kiosk_config.py"
    )
    assert spec is not None and spec.loader is not None
    helper = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helper)
    assert helper.LANGUAGES == kiosk_config.LANGUAGES
