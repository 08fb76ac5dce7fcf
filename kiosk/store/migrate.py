"""Alembic, driven from code: no ``alembic.ini``, the URL set at run time.

Only :mod:`kiosk.store.schema` (and tests) call this; it imports Alembic and SQLAlchemy,
which the app's start-up check avoids when the database is already current.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL

from kiosk.store.schema import terminal_scripts_dir


def _escape(value: str) -> str:
    # Config options go through ConfigParser interpolation: a literal % must be doubled.
    return value.replace("%", "%%")


def alembic_config(db_path: Path, *, scripts: Path | None = None) -> Config:
    """A Config for the terminal environment, pointed at ``db_path``."""
    config = Config()
    config.set_main_option("script_location", _escape(str(scripts or terminal_scripts_dir())))
    config.set_main_option("path_separator", "os")
    url = URL.create("sqlite", database=str(db_path)).render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", _escape(url))
    config.attributes["db_path"] = db_path
    return config


def upgrade_to(db_path: Path, revision: str = "head", *, scripts: Path | None = None) -> None:
    """Run ``alembic upgrade <revision>`` on ``db_path`` (one transaction, see env.py).

    No safety checks here: callers go through :func:`kiosk.store.schema.upgrade_database`,
    which refuses newer and corrupt databases and takes a backup first.
    """
    command.upgrade(alembic_config(db_path, scripts=scripts), revision)


def script_head(*, scripts: Path | None = None) -> str:
    """The head revision according to Alembic itself (tests compare it with ours)."""
    config = Config()
    config.set_main_option("script_location", _escape(str(scripts or terminal_scripts_dir())))
    config.set_main_option("path_separator", "os")
    head = ScriptDirectory.from_config(config).get_current_head()
    if head is None:
        raise RuntimeError("no Alembic head revision")
    return head


__all__ = ["alembic_config", "script_head", "upgrade_to"]
