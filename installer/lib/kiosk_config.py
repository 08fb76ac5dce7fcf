"""Write the terminal's /etc/kiosk/kiosk.toml for install-terminal.sh.

Runs with the system's python3 before the app is installed, so it imports nothing from
``kiosk`` (the test suite checks that its checks match :mod:`kiosk.config`).

    python3 kiosk_config.py FILE [--name N] [--hub H] [--server-url U] [--language L]
                                 [--data-dir D]

prints the config the installer should write. An existing file is printed byte for byte
unless a flag changes one of its values; then it is rewritten from its parsed values (its
comments are not kept) with the given values replaced. Exit 2 and one line on a bad value.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path
from typing import Any

# Keep in step with kiosk.config.LANGUAGES (tests/installer checks it).
LANGUAGES = ("de", "en", "tr", "uk", "ar", "de-LS")
DEFAULT_DATA_DIR = "/var/lib/kiosk"

HEADER = """\
# Dorfkiosk terminal configuration, written by installer/install-terminal.sh.
# Edit freely; `kiosk doctor` checks it. Running the installer again with --name, --hub,
# --server-url or --language rewrites this file from its values (comments are not kept).
"""


class BadValue(Exception):
    pass


def _toml_string(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_value(section: str, key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    raise BadValue(f"[{section}] {key}: cannot rewrite a value of this kind ({value!r})")


def render(data: dict[str, Any]) -> str:
    order = ["terminal", "server"] + [s for s in data if s not in ("terminal", "server")]
    parts = [HEADER]
    for section in order:
        values = data.get(section)
        if values is None:
            continue
        if not isinstance(values, dict):
            raise BadValue(f"[{section}] must be a table")
        lines = [f"[{section}]"]
        for key, value in values.items():
            lines.append(f"{key} = {_toml_value(section, key, value)}")
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def validate(name: str | None, url: str | None, language: str | None) -> None:
    if name is not None and not name.strip():
        raise BadValue("--name must not be empty")
    if url is not None and url and not url.startswith(("http://", "https://")):
        raise BadValue(f"--server-url must be an http(s):// address (got {url!r})")
    if language is not None and language not in LANGUAGES:
        raise BadValue(f"--language must be one of {', '.join(LANGUAGES)} (got {language!r})")


def merged(path: Path, flags: dict[str, dict[str, str]]) -> str:
    existing: dict[str, Any] | None = None
    raw = ""
    if path.exists():
        raw = path.read_text(encoding="utf-8")
        try:
            existing = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise BadValue(f"{path}: not valid TOML ({exc}); fix or remove it first") from None
    data: dict[str, Any] = {k: dict(v) for k, v in (existing or {}).items()}
    if existing is None:
        data["terminal"] = {"name": "Dorfkiosk", "hub": "", "language": "de"}
        data["server"] = {"url": ""}
    data.setdefault("terminal", {}).setdefault("data_dir", DEFAULT_DATA_DIR)
    for section, values in flags.items():
        data.setdefault(section, {}).update(values)
    if existing is not None and data == existing:
        return raw
    return render(data)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk_config.py")
    parser.add_argument("file", type=Path)
    parser.add_argument("--name")
    parser.add_argument("--hub")
    parser.add_argument("--server-url")
    parser.add_argument("--language")
    parser.add_argument("--data-dir")
    args = parser.parse_args(argv)
    try:
        validate(args.name, args.server_url, args.language)
        flags: dict[str, dict[str, str]] = {"terminal": {}, "server": {}}
        for key, value in (
            ("name", args.name),
            ("hub", args.hub),
            ("language", args.language),
            ("data_dir", args.data_dir),
        ):
            if value is not None:
                flags["terminal"][key] = value
        if args.server_url is not None:
            flags["server"]["url"] = args.server_url
        flags = {k: v for k, v in flags.items() if v}
        sys.stdout.write(merged(args.file, flags))
    except BadValue as exc:
        print(f"install-terminal: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
