"""update-terminal.sh with real wheels of this project in a scratch root.

Version N is the project as it is; N+1 adds a migration; two broken N+1 releases prove the
rollback: one whose `kiosk` command always exits 1 (the migration never runs), one that
migrates the database and then fails its health check (the database must come back to N's
schema from the pre-update backup). The release venvs are real (built under the scratch
root), their dependencies come from this venv instead of being downloaded.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from kiosk.store.schema import head_revision
from tests.installer.conftest import (
    UPDATE_PLAN,
    build_wheel,
    plan_lines,
    real_venv_env,
    run_script,
)

pytestmark = pytest.mark.slow

MIGRATION = '''"""Installer test migration: one new table.

Revision ID: {revision}
Revises: {down}
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "{revision}"
down_revision: str | None = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("installer_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("installer_probe")
'''

NEXT_REVISION = "9001"

BROKEN_ENTRY = """

def main(argv=None):  # broken release for the installer tests: every command fails
    print("kiosk: simulated broken release", file=__import__("sys").stderr)
    return 1
"""

BROKEN_CHECK = """

_working_main = main


def main(argv=None):  # broken release for the installer tests: migrates, then is unhealthy
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if "check" in args:
        print("kiosk: simulated failing health check", file=sys.stderr)
        return 1
    return _working_main(argv)
"""


def _add_migration(src: Path) -> None:
    versions = src / "migrations" / "terminal" / "versions"
    down = head_revision(src / "migrations" / "terminal")
    (versions / f"{NEXT_REVISION}_installer_probe.py").write_text(
        MIGRATION.format(revision=NEXT_REVISION, down=down), encoding="utf-8"
    )


def _breaking(patch: str):
    def customize(src: Path) -> None:
        _add_migration(src)
        with (src / "kiosk" / "cli.py").open("a", encoding="utf-8") as cli:
            cli.write(patch)

    return customize


@pytest.fixture(scope="session")
def next_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(
        tmp_path_factory.mktemp("wheel-n1"), version="99.0.0", customize=_add_migration
    )


@pytest.fixture(scope="session")
def broken_wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {
        "entry-exits-1": build_wheel(
            tmp_path_factory.mktemp("wheel-broken-entry"),
            version="99.0.1",
            customize=_breaking(BROKEN_ENTRY),
        ),
        "unhealthy-after-migration": build_wheel(
            tmp_path_factory.mktemp("wheel-broken-check"),
            version="99.0.2",
            customize=_breaking(BROKEN_CHECK),
        ),
    }


class Terminal:
    """A terminal installed with real venvs under a scratch root."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = real_venv_env()

    @property
    def database(self) -> Path:
        return self.root / "var/lib/kiosk/kiosk.sqlite3"

    def current(self) -> str:
        return (self.root / "opt/kiosk/current").readlink().name

    def previous(self) -> str | None:
        link = self.root / "opt/kiosk/previous"
        return link.readlink().name if link.is_symlink() else None

    def kiosk(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                str(self.root / "opt/kiosk/current/bin/kiosk"),
                "--config",
                str(self.root / "etc/kiosk/kiosk.toml"),
                "--data-dir",
                str(self.root / "var/lib/kiosk"),
                *args,
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )

    def update(self, wheel: Path, **env: str):
        return run_script("update-terminal.sh", wheel, "--root", self.root, env={**self.env, **env})

    def revision(self) -> str:
        with sqlite3.connect(self.database) as conn:
            (rev,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(rev)

    def tables(self) -> set[str]:
        with sqlite3.connect(self.database) as conn:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return {str(name) for (name,) in rows}

    def setting(self, key: str) -> str | None:
        with sqlite3.connect(self.database) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])


@pytest.fixture
def terminal_on_n(tmp_path: Path, project_wheel: Path) -> Terminal:
    """Version N installed, its database created, and a citizen's record in it."""
    terminal = Terminal(tmp_path / "root")
    result = run_script(
        "install-terminal.sh",
        "--root",
        terminal.root,
        "--wheel",
        project_wheel,
        "--name",
        "Dorfbüro Lindenbach",
        env=terminal.env,
    )
    assert result.returncode == 0, result.stderr
    upgrade = terminal.kiosk("db", "upgrade")
    assert upgrade.returncode == 0, upgrade.stderr
    with sqlite3.connect(terminal.database) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('probe', 'Frau Müller, 10:30')")
    return terminal


def test_update_to_n_plus_1_migrates_and_keeps_data(terminal_on_n: Terminal, next_wheel: Path):
    terminal = terminal_on_n
    old = terminal.current()
    old_head = terminal.revision()

    result = terminal.update(next_wheel)

    assert result.returncode == 0, result.stdout + result.stderr
    assert terminal.current().startswith("99.0.0-")
    assert terminal.previous() == old
    assert terminal.revision() == NEXT_REVISION != old_head
    assert "installer_probe" in terminal.tables()
    assert terminal.setting("probe") == "Frau Müller, 10:30"
    assert terminal.kiosk("--version").stdout.strip() == "dorfkiosk 99.0.0"
    backups = list((terminal.root / "var/lib/kiosk/backups").glob("kiosk-*-pre-update.sqlite3"))
    assert len(backups) == 1  # the verified backup taken before the update
    plan = plan_lines(terminal.root, UPDATE_PLAN)
    assert plan == ["systemctl stop kiosk.service", "systemctl start kiosk.service"]

    again = terminal.update(next_wheel)
    assert again.returncode == 0
    assert "nothing to do" in again.stdout


@pytest.mark.parametrize("kind", ["entry-exits-1", "unhealthy-after-migration"])
def test_broken_update_rolls_back_release_and_database(
    terminal_on_n: Terminal, broken_wheels: dict[str, Path], kind: str
):
    terminal = terminal_on_n
    old = terminal.current()
    old_head = terminal.revision()

    result = terminal.update(broken_wheels[kind])

    assert result.returncode == 1, result.stdout + result.stderr
    assert "rolled back" in result.stderr
    assert terminal.current() == old
    assert terminal.previous() is None
    assert terminal.revision() == old_head
    assert "installer_probe" not in terminal.tables()
    assert terminal.setting("probe") == "Frau Müller, 10:30"
    check = terminal.kiosk("db", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    plan = plan_lines(terminal.root, UPDATE_PLAN)
    assert plan[-2:] == ["systemctl stop kiosk.service", "systemctl start kiosk.service"]


def test_failing_health_command_rolls_back(terminal_on_n: Terminal, next_wheel: Path):
    """A release that migrates and passes `kiosk db check` but does not come up (the service
    check, here the health command) is rolled back too."""
    terminal = terminal_on_n
    old = terminal.current()
    old_version = terminal.kiosk("--version").stdout.strip()
    # Healthy means "still the old version": true before the update and after a rollback only.
    result = terminal.update(
        next_wheel,
        KIOSK_UPDATE_HEALTH_CMD='"$KIOSK_ROOT/opt/kiosk/current/bin/kiosk" --version '
        f'| grep -qxF "{old_version}"',
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert terminal.current() == old
    assert "installer_probe" not in terminal.tables()
    assert terminal.setting("probe") == "Frau Müller, 10:30"


def test_update_without_an_installation_is_refused(tmp_path: Path, next_wheel: Path):
    result = run_script("update-terminal.sh", next_wheel, "--root", tmp_path / "root")
    assert result.returncode == 1
    assert "install-terminal.sh first" in result.stderr


def test_update_needs_a_wheel(tmp_path: Path):
    result = run_script("update-terminal.sh", "--root", tmp_path)
    assert result.returncode == 2
    assert "which wheel?" in result.stderr
