"""Test-wide settings: Qt offscreen, and no test touches the real config or data dirs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # The offscreen platform's screen is 800 x 800 by default, smaller than the terminal's
    # 1280 x 800 window: a press that kinetic scrolling holds back and delivers again at its
    # screen position is lost beyond x = 800 (a right-to-left table's first column). Give the
    # tests a screen like a terminal's, larger than every window they show.
    _screen = Path(__file__).resolve().parent / "offscreen-screen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
# Qt's offscreen platform warns about missing fonts dirs etc. only when misconfigured; keep the
# test output free of accessibility bridge noise.
os.environ.setdefault("QT_ACCESSIBILITY", "1")
os.environ.pop("KIOSK_CONFIG", None)
os.environ.pop("KIOSK_DATA_DIR", None)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point XDG config/data dirs at a fresh temp folder for every test."""
    base = tmp_path_factory.mktemp("xdg")
    saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    os.environ["XDG_CONFIG_HOME"] = str(base / "config")
    os.environ["XDG_DATA_HOME"] = str(base / "data")
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent
