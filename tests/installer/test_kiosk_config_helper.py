"""installer/lib/kiosk_config.py: whatever an admin types as name or hub comes back exactly
when the app loads the file."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.config import load_config, parse_config
from tests.installer.conftest import INSTALLER

HELPER_PATH = INSTALLER / "lib" / "kiosk_config.py"


def _helper() -> ModuleType:
    spec = importlib.util.spec_from_file_location("installer_kiosk_config", HELPER_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


helper = _helper()

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=200, deadline=None)
@given(name=text.filter(lambda s: s.strip() != ""), hub=text)
def test_any_name_and_hub_round_trip_through_the_app(name: str, hub: str):
    import tomllib

    rendered = helper.render(
        {"terminal": {"name": name, "hub": hub, "language": "de"}, "server": {"url": ""}}
    )
    config = parse_config(tomllib.loads(rendered))
    assert config.terminal.name == name
    assert config.terminal.hub == hub


def test_command_line_writes_a_file_the_app_loads(tmp_path: Path):
    target = tmp_path / "kiosk.toml"
    out = subprocess.run(
        [
            sys.executable,
            str(HELPER_PATH),
            str(target),
            "--name",
            'Rathaus "Alte Post"',
            "--server-url",
            "https://kiosk.example.org",
            "--language",
            "uk",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    target.write_text(out, encoding="utf-8")
    config = load_config(target)
    assert config.terminal.name == 'Rathaus "Alte Post"'
    assert config.terminal.language == "uk"
    assert config.server.url == "https://kiosk.example.org"
    assert config.terminal.data_dir == "/var/lib/kiosk"


def test_unparsable_existing_file_is_not_overwritten(tmp_path: Path):
    target = tmp_path / "kiosk.toml"
    target.write_text("[terminal\nname = ", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(HELPER_PATH), str(target), "--name", "X"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "not valid TOML" in result.stderr
    assert result.stdout == ""
