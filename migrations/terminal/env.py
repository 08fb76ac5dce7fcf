"""Alembic environment of the terminal's SQLite database.

Driven from code (:mod:`kiosk.store.migrate`): no alembic.ini, the database path arrives in
``config.attributes["db_path"]`` (or as ``sqlalchemy.url``). The whole upgrade runs in ONE
transaction opened with ``BEGIN IMMEDIATE`` (SQLite's DDL is transactional once the driver's
legacy transaction control is off, see :mod:`kiosk.store.db`): a failing migration leaves the
database at its previous revision.

Foreign keys are OFF during migrations (SQLite's documented procedure for table rebuilds:
batch mode drops and recreates tables, which with foreign keys on would cascade or fail);
``PRAGMA foreign_key_check`` runs before the commit instead and aborts on any violation.
"""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy.engine import Connection, make_url

from kiosk.store.db import create_sqlite_engine
from kiosk.store.models import import_all_models
from kiosk.store.service_search import not_search_fts

config = context.config
target_metadata = import_all_models()  # only autogenerate reads it; migrations are frozen


def _db_path() -> Path:
    given = config.attributes.get("db_path")
    if given is not None:
        return Path(given)
    url = make_url(config.get_main_option("sqlalchemy.url") or "")
    if url.get_backend_name() != "sqlite" or not url.database:
        raise RuntimeError(f"the terminal database must be a SQLite file, not {url}")
    return Path(url.database)


def _check_foreign_keys(connection: Connection) -> None:
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if rows:
        tables = sorted({str(row[0]) for row in rows})
        raise RuntimeError(
            f"migration left {len(rows)} rows with a missing parent in {', '.join(tables)}"
        )


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = create_sqlite_engine(_db_path(), foreign_keys=False, begin="IMMEDIATE")
    try:
        with engine.connect() as connection, connection.begin():
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,
                transactional_ddl=True,
                include_name=not_search_fts,  # FTS5 tables are built by hand, not modelled
            )
            with context.begin_transaction():
                context.run_migrations()
            _check_foreign_keys(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
