"""Every path the application uses, derived in one place.

Nothing else in the code base builds a path to a config file, data directory or bundled
resource; it asks this module. Tests and admins redirect everything with ``--data-dir`` /
``--config`` (or the environment variables ``KIOSK_CONFIG`` and ``KIOSK_DATA_DIR``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "dorfkiosk"
CONFIG_FILE_NAME = "kiosk.toml"
DATABASE_FILE_NAME = "kiosk.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _xdg(var: str, fallback: str) -> Path:
    value = os.environ.get(var, "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / fallback


def default_config_file() -> Path:
    """The config file used when neither ``--config`` nor ``KIOSK_CONFIG`` is given."""
    system = Path("/etc/kiosk") / CONFIG_FILE_NAME
    if system.is_file():
        return system
    return _xdg("XDG_CONFIG_HOME", ".config") / APP_NAME / CONFIG_FILE_NAME


def default_data_dir() -> Path:
    """The data directory used when neither config nor ``--data-dir`` names one."""
    env = os.environ.get("KIOSK_DATA_DIR")
    if env:
        return Path(env)
    return _xdg("XDG_DATA_HOME", ".local/share") / APP_NAME


def resources_dir() -> Path:
    """Bundled resources: in a wheel they live in the package, in a checkout beside it."""
    installed = _PACKAGE_DIR / "_data" / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "resources"


def migrations_dir() -> Path:
    """Alembic environments (``terminal/`` and ``server/``)."""
    installed = _PACKAGE_DIR / "_data" / "migrations"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "migrations"


@dataclass(frozen=True)
class DataPaths:
    """The files inside one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def credentials(self) -> Path:
        """The terminal's enrolment token (0600)."""
        return self.root / "terminal-credentials.json"

    @property
    def staff_pepper(self) -> Path:
        """The terminal's secret for staff PIN hashes (0600, never in the database)."""
        return self.root / "staff-pepper.bin"

    def ensure(self) -> DataPaths:
        """Create the data directory (0700: it holds citizens' data) and its subfolders."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.backups.mkdir(exist_ok=True, mode=0o700)
        self.logs.mkdir(exist_ok=True, mode=0o700)
        return self
