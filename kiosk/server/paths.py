"""Where the regional server keeps its files when no ``--db`` is given.

Mirrors :mod:`kiosk.paths` for the server: ``$KIOSK_SERVER_DATA_DIR``, else
``$XDG_DATA_HOME/dorfkiosk-server`` (``~/.local/share/dorfkiosk-server``). The database URL
comes from ``--db``, else ``$KIOSK_SERVER_DB``, else a SQLite file in that directory.
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.paths import migrations_dir

SERVER_DIR_NAME = "dorfkiosk-server"
DATABASE_FILE_NAME = "server.sqlite3"


def default_server_data_dir() -> Path:
    env = os.environ.get("KIOSK_SERVER_DATA_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / SERVER_DIR_NAME


def default_database_url() -> str:
    env = os.environ.get("KIOSK_SERVER_DB")
    if env:
        return env
    return f"sqlite:///{default_server_data_dir() / DATABASE_FILE_NAME}"


def server_migrations_dir() -> Path:
    """The server's Alembic environment (``migrations/server``)."""
    return migrations_dir() / "server"
