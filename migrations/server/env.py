"""Alembic environment of the regional server's database (SQLite or PostgreSQL).

Driven from code (:mod:`kiosk.server.schema`): no alembic.ini; the database URL arrives in
``config.attributes["database_url"]``. The upgrade runs in one transaction (both SQLite and
PostgreSQL have transactional DDL), so a failing migration leaves the previous revision.
"""

from __future__ import annotations

from alembic import context

from kiosk.server.db import create_db_engine
from kiosk.server.models import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    url = config.attributes.get("database_url") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no database URL given to the server's Alembic environment")
    return str(url)


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = create_db_engine(_url(), for_writing=True)
    try:
        with engine.connect() as connection:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                transactional_ddl=True,
                render_as_batch=connection.dialect.name == "sqlite",
            )
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
