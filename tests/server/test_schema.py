"""The server's migrations: they build exactly the models' schema, on both databases."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from kiosk.server.db import Database, DatabaseUrlError, normalize_url
from kiosk.server.models import Base
from kiosk.server.schema import SchemaError, require_current, schema_status, upgrade


def test_upgrade_builds_the_models_schema(database_url: str) -> None:
    assert schema_status(database_url).current is None
    with pytest.raises(SchemaError, match="kiosk server db upgrade"):
        require_current(database_url)
    assert upgrade(database_url) == (None, "0004")
    assert upgrade(database_url) == ("0004", "0004")  # idempotent
    require_current(database_url)
    db = Database(database_url)
    try:
        with db.engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
    finally:
        db.dispose()


def test_each_database_gets_its_own_epoch(tmp_path: object) -> None:
    epochs = set()
    for name in ("a", "b"):
        url = f"sqlite:///{tmp_path}/{name}.sqlite3"
        upgrade(url)
        db = Database(url)
        with db.read() as session:
            epochs.add(session.execute(text("SELECT epoch FROM server_state")).scalar_one())
        db.dispose()
    assert len(epochs) == 2


def test_a_database_from_a_newer_server_is_refused(migrated_url: str) -> None:
    db = Database(migrated_url)
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    db.dispose()
    with pytest.raises(SchemaError, match="newer"):
        upgrade(migrated_url)


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("nonsense", "not a database URL"),
        ("mysql://x/y", "unsupported"),
        ("sqlite://", "SQLite \\*file\\*"),
    ],
)
def test_bad_database_urls_are_one_line_errors(url: str, problem: str) -> None:
    with pytest.raises(DatabaseUrlError, match=problem):
        normalize_url(url)


def test_plain_postgresql_urls_use_psycopg3() -> None:
    assert normalize_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
