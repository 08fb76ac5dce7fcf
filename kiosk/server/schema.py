"""The server database's schema: Alembic driven from code (no alembic.ini).

``kiosk server db upgrade`` and ``kiosk server run`` (SQLite only) call :func:`upgrade`.
A database at a revision this code does not know (written by a newer server) is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from kiosk.errors import KnownError
from kiosk.server.db import create_db_engine, normalize_url
from kiosk.server.paths import server_migrations_dir


class SchemaError(KnownError):
    """The database is not at a schema this server can use."""


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str

    @property
    def is_current(self) -> bool:
        return self.current == self.head


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(server_migrations_dir()).replace("%", "%%"))
    config.attributes["database_url"] = database_url
    return config


def schema_status(database_url: str) -> SchemaStatus:
    script = ScriptDirectory.from_config(alembic_config(database_url))
    head = script.get_current_head()
    assert head is not None
    engine = create_db_engine(database_url, for_writing=False)
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
    if current is not None and not _known(script, current):
        raise SchemaError(
            f"{normalize_url(database_url).render_as_string(hide_password=True)}: schema "
            f"revision {current} is newer than this server (knows up to {head})"
        )
    return SchemaStatus(current=current, head=head)


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(database_url: str) -> tuple[str | None, str]:
    """Bring the database to the head revision; returns (from, to)."""
    before = schema_status(database_url)
    if not before.is_current:
        command.upgrade(alembic_config(database_url), "head")
    return before.current, before.head


def require_current(database_url: str) -> None:
    status = schema_status(database_url)
    if not status.is_current:
        raise SchemaError(
            f"database schema is at {status.current or '(empty)'}, this server needs "
            f"{status.head}: run 'kiosk server db upgrade'"
        )


__all__ = ["SchemaError", "SchemaStatus", "require_current", "schema_status", "upgrade"]
