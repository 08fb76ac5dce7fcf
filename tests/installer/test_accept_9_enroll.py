"""Issue 9 acceptance: `install-terminal.sh --enroll URL CODE` against a real server.

The other installer tests only see the enrolment recorded in the plan; here the release venv is
real (built under a scratch root, as in test_update_terminal.py) and `kiosk enroll` talks to a
Dorfkiosk server on loopback. Running the same command line twice must not fail: the one-time
code is spent, the terminal is already enrolled, nothing changes.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.installer.conftest import PLAN, real_venv_env, run_script, snapshot

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from kiosk.server.schema import upgrade
    from tests.server.live import LiveServer

    url = f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as server:
        server.add_hub("lindenbach", "Dorfbüro Lindenbach")
        yield server


def _terminals(live_server: object) -> list[str]:
    from kiosk.server import admin
    from tests.server.live import LiveServer

    assert isinstance(live_server, LiveServer)
    with live_server.database.write() as session:
        return [t.id for t in admin.list_terminals(session)]


def test_enroll_flag_enrols_for_real_and_a_rerun_changes_nothing(
    tmp_path: Path, project_wheel: Path, live_server: object
) -> None:
    from tests.server.live import LiveServer

    assert isinstance(live_server, LiveServer)
    code = live_server.enroll_code("lindenbach")
    root = tmp_path / "root"
    url = live_server.base_url
    args = ("install-terminal.sh", "--root", root, "--wheel", project_wheel,
            "--server-url", url, "--enroll", url, code)  # fmt: skip
    before = set(_terminals(live_server))

    first = run_script(*args, env=real_venv_env())

    assert first.returncode == 0, first.stdout + first.stderr
    assert f"enrolled with {live_server.base_url}" in first.stdout
    credentials = root / "var/lib/kiosk/terminal-credentials.json"
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    stored = json.loads(credentials.read_text(encoding="utf-8"))
    new = set(_terminals(live_server)) - before
    assert len(new) == 1
    assert stored["terminal_id"] in new

    state = snapshot(root, exclude=[PLAN])
    again = run_script(*args, env=real_venv_env())

    assert again.returncode == 0, again.stdout + again.stderr
    assert "already enrolled" in again.stdout
    assert "nothing to change" in again.stdout
    assert snapshot(root, exclude=[PLAN]) == state
    assert set(_terminals(live_server)) - before == new


def test_a_wrong_code_fails_the_install_with_the_servers_reason(
    tmp_path: Path, project_wheel: Path, live_server: object
) -> None:
    from tests.server.live import LiveServer

    assert isinstance(live_server, LiveServer)
    root = tmp_path / "root"
    result = run_script(
        "install-terminal.sh", "--root", root, "--wheel", project_wheel,
        "--enroll", live_server.base_url, "WRONG-CODE", env=real_venv_env(),
    )  # fmt: skip
    assert result.returncode == 1
    assert "enrolment with" in result.stderr and "failed" in result.stderr
    assert not (root / "var/lib/kiosk/terminal-credentials.json").exists()
