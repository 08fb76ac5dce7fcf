"""The terminal's configuration: one TOML file, typed, validated, with clear errors.

Where the file comes from: ``--config``, else ``$KIOSK_CONFIG``, else the platform default
(:func:`kiosk.paths.default_config_file`). A file named explicitly must exist; the default may
be absent (all defaults apply). Every problem is reported as one line naming the file and the
key, e.g. ``/etc/kiosk/kiosk.toml: [session] idle_timeout_seconds must be a whole number
(got "lang")``.
"""

from __future__ import annotations

import os
import typing
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from kiosk.errors import UsageError
from kiosk.paths import default_config_file, default_data_dir

LANGUAGES = ("de", "en", "tr", "uk", "ar", "de-LS")
TEXT_SCALES = (100, 130, 160)


class ConfigError(UsageError):
    """The config file is missing, unreadable, not TOML, or has a wrong key or value."""


@dataclass(frozen=True)
class TerminalSection:
    name: str = "Dorfkiosk"
    hub: str = ""
    language: str = "de"
    data_dir: str = ""


@dataclass(frozen=True)
class SessionSection:
    idle_timeout_seconds: int = 90
    idle_countdown_seconds: int = 20


@dataclass(frozen=True)
class ServerSection:
    url: str = ""
    sync_interval_seconds: int = 300
    connect_timeout_seconds: float = 5.0
    read_timeout_seconds: float = 30.0


@dataclass(frozen=True)
class DisplaySection:
    text_scale: int = 100
    high_contrast: bool = False


@dataclass(frozen=True)
class RetentionSection:
    personal_data_days: int = 7


@dataclass(frozen=True)
class PrinterSection:
    name: str = ""


@dataclass(frozen=True)
class Config:
    terminal: TerminalSection = field(default_factory=TerminalSection)
    session: SessionSection = field(default_factory=SessionSection)
    server: ServerSection = field(default_factory=ServerSection)
    display: DisplaySection = field(default_factory=DisplaySection)
    retention: RetentionSection = field(default_factory=RetentionSection)
    printer: PrinterSection = field(default_factory=PrinterSection)
    source: Path | None = None

    def data_dir(self, override: str | os.PathLike[str] | None = None) -> Path:
        """``--data-dir`` wins, then the config file's ``[terminal] data_dir``, then the default."""
        if override:
            return Path(override).expanduser()
        if self.terminal.data_dir:
            return Path(self.terminal.data_dir).expanduser()
        return default_data_dir()


# Range checks beyond the type: (section, key) -> (predicate, explanation)
_RULES: dict[tuple[str, str], tuple[typing.Callable[[Any], bool], str]] = {
    ("terminal", "language"): (lambda v: v in LANGUAGES, "one of " + ", ".join(LANGUAGES)),
    ("session", "idle_timeout_seconds"): (lambda v: 10 <= v <= 3600, "between 10 and 3600"),
    ("session", "idle_countdown_seconds"): (lambda v: 5 <= v <= 300, "between 5 and 300"),
    ("server", "url"): (
        lambda v: v == "" or v.startswith(("http://", "https://")),
        "empty or an http(s):// address",
    ),
    ("server", "sync_interval_seconds"): (lambda v: 5 <= v <= 86400, "between 5 and 86400"),
    ("server", "connect_timeout_seconds"): (lambda v: 0 < v <= 120, "between 0 and 120"),
    ("server", "read_timeout_seconds"): (lambda v: 0 < v <= 600, "between 0 and 600"),
    ("display", "text_scale"): (lambda v: v in TEXT_SCALES, "one of 100, 130, 160"),
    ("retention", "personal_data_days"): (lambda v: 0 <= v <= 3650, "between 0 and 3650"),
}

_TYPE_WORDS = {str: "text", int: "a whole number", float: "a number", bool: "true or false"}


def _coerce(value: Any, expected: type) -> Any:
    """Return ``value`` as ``expected`` or raise TypeError. No silent string-to-number guessing."""
    if expected is bool:
        if isinstance(value, bool):
            return value
    elif expected is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif expected is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    elif expected is str and isinstance(value, str):
        return value
    raise TypeError


def _section_types(cls: type) -> dict[str, type]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in fields(cls)}


def parse_config(data: dict[str, Any], source: Path | None = None) -> Config:
    """Build a :class:`Config` from parsed TOML; :class:`ConfigError` on the first problem."""
    where = str(source) if source else "<config>"
    top_types = _section_types(Config)
    sections: dict[str, Any] = {}
    for section_name, section_value in data.items():
        section_cls = top_types.get(section_name)
        if section_cls is None or section_name == "source" or not is_dataclass(section_cls):
            known = ", ".join(f"[{n}]" for n in top_types if n != "source")
            raise ConfigError(f"{where}: unknown section [{section_name}] (known: {known})")
        if not isinstance(section_value, dict):
            raise ConfigError(f"{where}: [{section_name}] must be a table, not a single value")
        key_types = _section_types(typing.cast(type, section_cls))
        values: dict[str, Any] = {}
        for key, raw in section_value.items():
            expected = key_types.get(key)
            if expected is None:
                known = ", ".join(key_types)
                raise ConfigError(f"{where}: [{section_name}] unknown key {key!r} (known: {known})")
            try:
                value = _coerce(raw, expected)
            except TypeError:
                raise ConfigError(
                    f"{where}: [{section_name}] {key} must be {_TYPE_WORDS[expected]} (got {raw!r})"
                ) from None
            rule = _RULES.get((section_name, key))
            if rule and not rule[0](value):
                raise ConfigError(
                    f"{where}: [{section_name}] {key} must be {rule[1]} (got {raw!r})"
                )
            values[key] = value
        sections[section_name] = typing.cast(type, section_cls)(**values)
    return Config(**sections, source=source)


def load_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """Load the config from ``explicit``, ``$KIOSK_CONFIG`` or the platform default."""
    import tomllib

    chosen = explicit or os.environ.get("KIOSK_CONFIG") or None
    path = Path(chosen).expanduser() if chosen else default_config_file()
    if not path.exists():
        if chosen:
            raise ConfigError(f"{path}: config file not found")
        return Config()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(data, path)


def with_overrides(config: Config, **section_values: dict[str, Any]) -> Config:
    """A copy of ``config`` with some section values replaced (used by ``kiosk demo``)."""
    changes = {
        name: replace(getattr(config, name), **values) for name, values in section_values.items()
    }
    return replace(config, **changes)


__all__ = ["Config", "ConfigError", "load_config", "parse_config", "with_overrides"]
