"""install-terminal.sh against a scratch root: every file, mode, owner intent and unit it
produces, twice (idempotence), the config it writes, and uninstalling."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import load_config
from tests.installer.conftest import (
    INSTALLER,
    PLAN,
    plan_lines,
    run_script,
    snapshot,
)

UNITS = ("kiosk.service", "kiosk-backup.service", "kiosk-backup.timer")
FLAGS = (
    "--name",
    "Dorfbüro Lindenbach",
    "--hub",
    "lindenbach",
    "--server-url",
    "https://kiosk.example.org",
    "--language",
    "tr",
)


def install(root: Path, wheel: Path, *extra: str) -> str:
    result = run_script("install-terminal.sh", "--root", root, "--wheel", wheel, *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout


def release_dir_name(root: Path) -> str:
    (release,) = (root / "opt/kiosk/releases").iterdir()
    return release.name


def test_first_install_produces_exactly_the_expected_tree(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel, *FLAGS)

    release = release_dir_name(root)
    version = project_wheel.name.split("-")[1]
    assert release.startswith(f"{version}-")
    tree = snapshot(root)
    expected = {
        "etc/kiosk": ("dir", 0o755),
        "etc/kiosk/kiosk.toml": ("file", 0o644),
        "etc/systemd/system/kiosk.service": ("file", 0o644),
        "etc/systemd/system/kiosk-backup.service": ("file", 0o644),
        "etc/systemd/system/kiosk-backup.timer": ("file", 0o644),
        "etc/systemd/journald.conf.d/kiosk.conf": ("file", 0o644),
        "opt/kiosk": ("dir", 0o755),
        "opt/kiosk/releases": ("dir", 0o755),
        f"opt/kiosk/releases/{release}": ("dir", 0o755),
        f"opt/kiosk/releases/{release}/.dorfkiosk-release": ("file", 0o644),
        "opt/kiosk/current": ("link", 0),
        "var/lib/kiosk": ("dir", 0o700),
        "var/log/kiosk-install.plan": ("file", 0o644),
        "run/lock/kiosk-installer.lock": ("file", 0o644),
    }
    parents = {
        "etc",
        "etc/systemd",
        "etc/systemd/system",
        "etc/systemd/journald.conf.d",
        "opt",
        "var",
        "var/lib",
        "var/log",
        "run",
        "run/lock",
    }
    assert set(tree) == set(expected) | parents
    for path, (kind, mode) in expected.items():
        assert (tree[path].kind, tree[path].mode) == (kind, mode), path
    assert tree["opt/kiosk/current"].detail == f"releases/{release}"
    assert "opt/kiosk/previous" not in tree

    # Units and the journald drop-in are the files from installer/, byte for byte.
    for unit in UNITS:
        assert (root / "etc/systemd/system" / unit).read_bytes() == (
            INSTALLER / "systemd" / unit
        ).read_bytes()
    assert (root / "etc/systemd/journald.conf.d/kiosk.conf").read_bytes() == (
        INSTALLER / "journald/kiosk.conf"
    ).read_bytes()
    marker = (root / f"opt/kiosk/releases/{release}/.dorfkiosk-release").read_text()
    assert f"wheel={project_wheel.name}\n" in marker


def test_plan_records_packages_user_owners_venv_and_units(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel, *FLAGS)
    plan = plan_lines(root)
    release = release_dir_name(root)

    apt = next(line for line in plan if "apt-get install" in line)
    for package in (
        "cage",
        "speech-dispatcher",
        "cups-client",
        "fonts-dejavu-core",
        "fonts-noto-core",
        "libxcb-cursor0",
        "libwayland-client0",
        "python3-venv",
    ):
        assert f" {package}" in apt
    useradd = next(line for line in plan if line.startswith("useradd "))
    assert "--system" in useradd
    assert "--shell /usr/sbin/nologin" in useradd
    assert useradd.endswith(" kiosk")
    # Owner intent: the data dir belongs to the kiosk user, everything else to root.
    assert "chown kiosk:kiosk /var/lib/kiosk" in plan
    for path in (
        "/etc/kiosk",
        "/etc/kiosk/kiosk.toml",
        "/opt/kiosk",
        *(f"/etc/systemd/system/{u}" for u in UNITS),
    ):
        assert f"chown root:root {path}" in plan
    assert f"python3 -m venv /opt/kiosk/releases/{release}" in plan
    assert any(
        line.startswith(f"/opt/kiosk/releases/{release}/bin/python -m pip install")
        and line.endswith(str(project_wheel))
        for line in plan
    )
    assert "systemctl enable kiosk.service kiosk-backup.timer" in plan
    assert "systemctl set-default graphical.target" in plan
    assert "systemctl daemon-reload" in plan
    assert "systemctl restart kiosk.service" in plan
    # Nothing runs the real commands in root mode: the plan is the only trace.
    assert not any(line.startswith("/usr/bin/") for line in plan)


def test_second_run_changes_nothing(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel, *FLAGS)
    first_plan = plan_lines(root)
    before = snapshot(root, exclude=[PLAN])

    out = install(root, project_wheel, *FLAGS)

    assert "nothing to change" in out
    after = snapshot(root, exclude=[PLAN])
    assert after == before  # same paths, modes, contents, and not even rewritten (mtime, inode)
    second_plan = plan_lines(root)
    # The second run only repeats what is idempotent; no new venv, no reload, no restart.
    dropped = [line for line in first_plan if line not in second_plan]
    assert all(
        " -m venv " in line
        or " -m pip install " in line
        or line
        in {
            "systemctl daemon-reload",
            "systemctl restart systemd-journald.service",
            "systemctl restart kiosk.service",
        }
        for line in dropped
    ), dropped
    assert "systemctl start kiosk.service" in second_plan
    assert not any("pip install" in line for line in second_plan)


def test_rerun_without_wheel_or_flags_keeps_everything(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel, *FLAGS)
    before = snapshot(root, exclude=[PLAN])
    result = run_script("install-terminal.sh", "--root", root)
    assert result.returncode == 0, result.stderr
    assert snapshot(root, exclude=[PLAN]) == before


def test_config_from_flags_loads_with_the_app(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel, *FLAGS)
    config = load_config(root / "etc/kiosk/kiosk.toml")
    assert config.terminal.name == "Dorfbüro Lindenbach"
    assert config.terminal.hub == "lindenbach"
    assert config.terminal.language == "tr"
    assert config.server.url == "https://kiosk.example.org"
    assert config.data_dir() == Path("/var/lib/kiosk")


def test_no_flags_and_no_tty_writes_defaults_without_asking(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel)
    config = load_config(root / "etc/kiosk/kiosk.toml")
    assert config.terminal.name == "Dorfkiosk"
    assert config.terminal.language == "de"
    assert config.server.url == ""


def test_admin_edits_survive_a_rerun_and_a_changed_flag(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel, *FLAGS)
    path = root / "etc/kiosk/kiosk.toml"
    edited = (
        path.read_text(encoding="utf-8")
        + "\n# local tweak\n[session]\nidle_timeout_seconds = 120\n"
    )
    path.write_text(edited, encoding="utf-8")

    install(root, project_wheel)
    assert path.read_text(encoding="utf-8") == edited  # byte for byte, comments included

    install(root, project_wheel, "--name", "Rathaus Eichendorf")
    config = load_config(path)
    assert config.terminal.name == "Rathaus Eichendorf"
    assert config.terminal.hub == "lindenbach"
    assert config.server.url == "https://kiosk.example.org"
    assert config.session.idle_timeout_seconds == 120


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (("--language", "fr"), "--language must be one of"),
        (("--server-url", "kiosk.example.org"), "--server-url must be an http(s)://"),
        (("--name", " "), "--name must not be empty"),
        (("--bogus",), "unknown argument: --bogus"),
        (("--enroll", "https://x"), "--enroll needs URL and CODE"),
    ],
)
def test_bad_arguments_fail_with_one_line_and_change_nothing(
    tmp_path: Path, project_wheel: Path, flags: tuple[str, ...], message: str
):
    root = tmp_path / "root"
    result = run_script("install-terminal.sh", "--root", root, "--wheel", project_wheel, *flags)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (root / "etc").exists()
    assert not (root / "opt").exists()


def test_wheel_is_required_for_a_first_install(tmp_path: Path):
    result = run_script("install-terminal.sh", "--root", tmp_path / "root")
    assert result.returncode == 2
    assert "--wheel is required" in result.stderr


def test_not_a_dorfkiosk_wheel_is_refused(tmp_path: Path):
    fake = tmp_path / "other-1.0-py3-none-any.whl"
    fake.write_bytes(b"PK")
    result = run_script("install-terminal.sh", "--root", tmp_path / "root", "--wheel", fake)
    assert result.returncode == 2
    assert "is not a Dorfkiosk wheel" in result.stderr


def test_new_wheel_keeps_the_previous_release_and_prunes_older(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel)
    first = release_dir_name(root)
    # Two more "builds" of the same version: different bytes, so different releases.
    second_wheel = tmp_path / "b" / project_wheel.name
    second_wheel.parent.mkdir()
    second_wheel.write_bytes(project_wheel.read_bytes() + b"\0")
    third_wheel = tmp_path / "c" / project_wheel.name
    third_wheel.parent.mkdir()
    third_wheel.write_bytes(project_wheel.read_bytes() + b"\0\0")

    install(root, second_wheel)
    releases = root / "opt/kiosk/releases"
    second = next(p.name for p in releases.iterdir() if p.name != first)
    assert (root / "opt/kiosk/current").readlink() == Path(f"releases/{second}")
    assert (root / "opt/kiosk/previous").readlink() == Path(f"releases/{first}")

    install(root, third_wheel)
    names = {p.name for p in releases.iterdir()}
    assert first not in names
    assert second in names
    assert len(names) == 2
    assert (root / "opt/kiosk/previous").readlink() == Path(f"releases/{second}")


def test_a_terminal_with_data_is_updated_only_by_update_terminal(
    tmp_path: Path, project_wheel: Path
):
    root = tmp_path / "root"
    install(root, project_wheel)
    (root / "var/lib/kiosk/kiosk.sqlite3").write_bytes(b"data")
    before = snapshot(root)
    other = tmp_path / "b" / project_wheel.name
    other.parent.mkdir()
    other.write_bytes(project_wheel.read_bytes() + b"\0")

    result = run_script("install-terminal.sh", "--root", root, "--wheel", other)

    assert result.returncode == 1
    assert "update-terminal.sh" in result.stderr
    assert snapshot(root) == before
    # The same release again is fine (idempotent re-run on a terminal with data).
    install(root, project_wheel)


def test_enroll_is_recorded_as_the_kiosk_user(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel, "--enroll", "https://kiosk.example.org", "ABCD-1234")
    assert (
        "runuser -u kiosk -- /opt/kiosk/current/bin/kiosk --config /etc/kiosk/kiosk.toml "
        "--data-dir /var/lib/kiosk enroll https://kiosk.example.org ABCD-1234"
    ) in plan_lines(root)


def test_no_start_does_not_start_the_kiosk(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel, "--no-start")
    assert not any(
        "kiosk.service" in line and ("start" in line.split()[1])
        for line in plan_lines(root)
        if line.startswith("systemctl")
    )


def test_uninstall_keep_data(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel, *FLAGS)
    database = root / "var/lib/kiosk/kiosk.sqlite3"
    database.write_bytes(b"citizens' bookings")

    result = run_script("install-terminal.sh", "--root", root, "--uninstall", "--keep-data")
    assert result.returncode == 0, result.stderr

    assert database.read_bytes() == b"citizens' bookings"
    assert load_config(root / "etc/kiosk/kiosk.toml").terminal.name == "Dorfbüro Lindenbach"
    assert not (root / "opt/kiosk").exists()
    for unit in UNITS:
        assert not (root / "etc/systemd/system" / unit).exists()
    assert not (root / "etc/systemd/journald.conf.d/kiosk.conf").exists()
    plan = plan_lines(root)
    assert "systemctl disable --now kiosk.service kiosk-backup.timer" in plan
    assert "systemctl enable getty@tty1.service" in plan
    assert not any(line.startswith("userdel") for line in plan)

    again = run_script("install-terminal.sh", "--root", root, "--uninstall")
    assert again.returncode == 0
    assert "nothing to change" in again.stdout
    assert database.exists()


def test_uninstall_purge_removes_data_config_and_user(tmp_path: Path, project_wheel: Path):
    root = tmp_path / "root"
    install(root, project_wheel, *FLAGS)
    (root / "var/lib/kiosk/kiosk.sqlite3").write_bytes(b"data")

    result = run_script("install-terminal.sh", "--root", root, "--uninstall", "--purge")
    assert result.returncode == 0, result.stderr

    assert not (root / "var/lib/kiosk").exists()
    assert not (root / "etc/kiosk").exists()
    assert not (root / "opt/kiosk").exists()
    assert "userdel kiosk" in plan_lines(root)


def test_uninstall_refuses_both_policies(tmp_path: Path):
    result = run_script(
        "install-terminal.sh", "--root", tmp_path, "--uninstall", "--keep-data", "--purge"
    )
    assert result.returncode == 2
    assert "--keep-data or --purge, not both" in result.stderr


def test_real_mode_refuses_without_root_privileges(tmp_path: Path, project_wheel: Path):
    import os

    if os.geteuid() == 0:
        pytest.skip("running as root: the refusal is for unprivileged users")
    result = run_script("install-terminal.sh", "--wheel", project_wheel)
    assert result.returncode == 1
    assert "run as root" in result.stderr


def test_prompts_for_the_config_on_a_terminal(tmp_path: Path, project_wheel: Path):
    """On a tty, a first install asks; an empty answer takes the default shown in brackets."""
    import os
    import subprocess

    root = tmp_path / "root"
    leader, follower = os.openpty()
    try:
        os.write(leader, "Dorfbüro Eichendorf\nEichendorf\n\nen\n".encode())
        proc = subprocess.run(
            [
                "bash",
                str(INSTALLER / "install-terminal.sh"),
                "--root",
                str(root),
                "--wheel",
                str(project_wheel),
            ],
            stdin=follower,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert proc.returncode == 0, proc.stderr
    assert "Terminal name (shown on screen) [Dorfkiosk]: " in proc.stderr
    config = load_config(root / "etc/kiosk/kiosk.toml")
    assert config.terminal.name == "Dorfbüro Eichendorf"
    assert config.terminal.hub == "Eichendorf"
    assert config.server.url == ""
    assert config.terminal.language == "en"
