"""Starting the terminal for real, in a fresh process: exit codes, signals, and the startup
budget's rules (nothing heavy imported before the first paint)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

HEAVY = ["sqlalchemy", "alembic", "requests", "pydantic", "fastapi", "httpx"]

SCRIPT = textwrap.dedent(
    """
    import json, logging, sys, time
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    from pathlib import Path
    from kiosk.config import Config
    from kiosk.paths import DataPaths
    from kiosk.ui.app import TerminalOptions, run_terminal

    kiosk_mode, exit_after = sys.argv[1] == "kiosk", sys.argv[2] == "exit"
    options = TerminalOptions(
        config=Config(), data_paths=DataPaths(Path(sys.argv[3])), kiosk_mode=kiosk_mode,
        exit_after_startup=exit_after, demo=not kiosk_mode,
    )
    code = run_terminal(options)
    import threading
    from PySide6 import QtCore
    print(json.dumps({
        "threads": sorted(
            t.name for t in threading.enumerate() if t is not threading.main_thread()
        ),
        "code": code,
        "heavy": sorted(m for m in HEAVY_LIST if m in sys.modules),
        "asyncio": "asyncio" in sys.modules,
        "qt_namespace": "Qt" in vars(QtCore),
    }))
    """
).replace("HEAVY_LIST", repr(HEAVY))


def start(tmp_path: Path, mode: str, exit_after: bool) -> subprocess.Popen[str]:
    # An initialised data dir, as on a terminal: screens that read the database after the
    # first paint must not start that work when the app quits right after it.
    upgrade = subprocess.run(
        [sys.executable, "-m", "kiosk", "db", "upgrade", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert upgrade.returncode == 0, upgrade.stderr
    script = tmp_path / "start_terminal.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(script), mode, "exit" if exit_after else "stay", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )


@pytest.mark.parametrize("mode", ["demo", "kiosk"])
def test_exit_after_startup_returns_0_after_the_home_screen_was_painted(tmp_path, mode) -> None:
    proc = start(tmp_path, mode, exit_after=True)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "home screen painted" in err
    result = json.loads(out.strip().splitlines()[-1])
    assert result["code"] == 0
    # The startup budget: none of these before the first paint (nor, here, at all).
    assert result["heavy"] == []
    # Nothing was started in the background that the exit then has to wait for.
    assert result["threads"] == []
    # asyncio/qasync are attached only after the first paint.
    assert result["asyncio"] is False
    # `from PySide6.QtCore import Qt` costs ~14 ms (all Qt enums are built): the home screen
    # is built and painted without it.
    assert result["qt_namespace"] is False, "a Qt.* name crept into the first paint's path"


def test_kiosk_runs_the_asyncio_loop_and_quits_cleanly_on_sigterm(tmp_path) -> None:
    proc = start(tmp_path, "kiosk", exit_after=False)
    assert proc.stderr is not None
    deadline = time.monotonic() + 60
    seen = []
    try:
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            seen.append(line)
            if "terminal ready" in line or not line:
                break
        assert any("terminal ready" in line for line in seen), "".join(seen)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "received signal 15" in err
    result = json.loads(out.strip().splitlines()[-1])
    assert result["code"] == 0 and result["asyncio"] is True
    # After the first paint the store is warmed up in the read lane (SQLAlchemy), so the first
    # tap does not import it on the GUI thread; with no server configured nothing of the
    # network stack is loaded, and a current schema never loads Alembic.
    assert set(result["heavy"]) <= {"sqlalchemy"}
