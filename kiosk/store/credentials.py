"""The terminal's enrolment: server address, terminal id and token, in the data dir.

``terminal-credentials.json`` (:attr:`kiosk.paths.DataPaths.credentials`) is created 0600 and
written atomically: a temp file in the same directory (0600 from the start), fsync, rename
over the old file, fsync of the directory. A crash leaves the old file or the new one, never
half of one. Stdlib only: the app reads it at startup without SQLAlchemy.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.errors import KnownError

FORMAT_VERSION = 1


class CredentialsError(KnownError):
    """The credentials file exists but cannot be read or is damaged."""


@dataclass(frozen=True)
class Credentials:
    server_url: str
    terminal_id: str
    token: str
    hub_id: str
    hub_name: str
    enrolled_at: str
    """ISO 8601 UTC timestamp of the enrolment."""

    def __repr__(self) -> str:  # never print the token
        return (
            f"Credentials(server_url={self.server_url!r}, terminal_id={self.terminal_id!r}, "
            f"hub_id={self.hub_id!r}, token=<hidden>)"
        )


def save_credentials(path: Path, credentials: Credentials) -> None:
    """Write ``credentials`` to ``path`` atomically with mode 0600."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = {"format": FORMAT_VERSION, **asdict(credentials)}
    body = (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")
    # mkstemp creates the file 0600, so the token is never readable by others, not even briefly.
    fd, temp_name = tempfile.mkstemp(prefix=".credentials-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def load_credentials(path: Path) -> Credentials | None:
    """The stored credentials, or None if the terminal is not enrolled (no file)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CredentialsError(f"{path}: cannot read credentials ({exc.strerror})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
            raise ValueError("unknown format")
        fields = ("server_url", "terminal_id", "token", "hub_id", "hub_name", "enrolled_at")
        values = {name: data[name] for name in fields}
        if not all(isinstance(v, str) for v in values.values()) or not values["token"]:
            raise ValueError("wrong types")
    except (ValueError, KeyError, UnicodeDecodeError):
        raise CredentialsError(
            f"{path}: credentials file is damaged; enrol again with `kiosk enroll URL CODE`"
        ) from None
    return Credentials(**values)


def credentials_mode(path: Path) -> int:
    """The permission bits of the credentials file (for checks and ``kiosk doctor``)."""
    return stat.S_IMODE(path.stat().st_mode)


__all__ = [
    "Credentials",
    "CredentialsError",
    "credentials_mode",
    "load_credentials",
    "save_credentials",
]
