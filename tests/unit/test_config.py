"""The config file: typed values, and one clear line naming file and key on any problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.config import Config, ConfigError, load_config, parse_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_full_file_is_read_with_types(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[terminal]
name = "Dorfbüro Lindenbach"
hub = "lindenbach"
language = "en"
data_dir = "/var/lib/kiosk"

[session]
idle_timeout_seconds = 120
idle_countdown_seconds = 30

[server]
url = "https://kiosk.example.org"
connect_timeout_seconds = 3

[display]
text_scale = 130
high_contrast = true
""",
    )
    config = load_config(path)
    assert config.terminal.name == "Dorfbüro Lindenbach"
    assert config.terminal.language == "en"
    assert config.session.idle_timeout_seconds == 120
    assert config.server.connect_timeout_seconds == 3.0
    assert isinstance(config.server.connect_timeout_seconds, float)
    assert config.display.high_contrast is True
    assert config.data_dir() == Path("/var/lib/kiosk")
    assert config.data_dir("/tmp/x") == Path("/tmp/x")
    assert config.source == path


def test_wrong_type_names_file_section_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, '[session]\nidle_timeout_seconds = "neunzig"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert str(path) in message
    assert "[session] idle_timeout_seconds" in message
    assert "whole number" in message
    assert "\n" not in message
    assert info.value.exit_code == 2


def test_bool_is_not_a_number(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\[display\] text_scale"):
        load_config(write(tmp_path, "[display]\ntext_scale = true\n"))


def test_out_of_range_value_names_the_allowed_range(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="between 10 and 3600"):
        load_config(write(tmp_path, "[session]\nidle_timeout_seconds = 1\n"))


def test_unknown_key_and_section_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"unknown key 'idle_timeout'"):
        load_config(write(tmp_path, "[session]\nidle_timeout = 5\n"))
    with pytest.raises(ConfigError, match=r"unknown section \[sesion\]"):
        load_config(write(tmp_path, "[sesion]\nidle_timeout_seconds = 50\n"))


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[terminal\nname = 'x'\n")
    with pytest.raises(ConfigError, match="not valid TOML") as info:
        load_config(path)
    assert str(path) in str(info.value)


def test_explicit_missing_file_is_an_error_default_missing_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "nope.toml"))
    with pytest.raises(ConfigError, match=r"nope\.toml"):
        load_config()
    monkeypatch.delenv("KIOSK_CONFIG")
    assert load_config() == Config()


def test_environment_variable_selects_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(write(tmp_path, '[terminal]\nname = "Hub"\n')))
    assert load_config().terminal.name == "Hub"


def test_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b'[terminal]\nname = "B\xfcro"\n')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_config(path)


toml_values = st.one_of(
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.text(max_size=20),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


@given(
    section=st.sampled_from(
        ["terminal", "session", "server", "display", "retention", "printer", "x"]
    ),
    key=st.sampled_from(
        [
            "name",
            "hub",
            "language",
            "idle_timeout_seconds",
            "url",
            "text_scale",
            "high_contrast",
            "personal_data_days",
            "read_timeout_seconds",
            "zzz",
        ]
    ),
    value=toml_values,
)
def test_any_value_either_parses_or_gives_one_clear_line(
    section: str, key: str, value: object
) -> None:
    try:
        config = parse_config({section: {key: value}})
    except ConfigError as exc:
        assert "\n" not in str(exc)
        assert section in str(exc)
    else:
        assert getattr(getattr(config, section), key) == value
