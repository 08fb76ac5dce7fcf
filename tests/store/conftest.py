"""Fixtures for the store tests: real SQLite files in tmp_path, nothing mocked."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kiosk.store.db import Database, open_database
from kiosk.store.schema import prepare_database, revision_chain, terminal_scripts_dir


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "kiosk.sqlite3"


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "backups"


@pytest.fixture
def database(db_path: Path, backup_dir: Path) -> Iterator[Database]:
    """A fresh database at head, opened the way the app opens it."""
    prepare_database(db_path, backup_dir)
    db = open_database(db_path)
    try:
        yield db
    finally:
        db.dispose()


def raw_rows(db_path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read with plain sqlite3, independent of the code under test."""
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


EXTRA_REVISION = '''\
"""Test-only revision on top of the real head.

Revision ID: {rev}
Revises: {down}
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "{rev}"
down_revision: str | None = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
'''


ScriptsFactory = Callable[..., Path]


@pytest.fixture
def extra_scripts(tmp_path: Path) -> ScriptsFactory:
    """A copy of the real terminal Alembic environment with one more revision on top.

    ``extra_scripts(body)`` returns the copy's directory; ``body`` is the source of the new
    revision's ``upgrade()`` (indented by the fixture). The new revision is ``9001``.
    """

    def make(body: str, rev: str = "9001") -> Path:
        target = tmp_path / f"scripts-{rev}"
        shutil.copytree(
            terminal_scripts_dir(), target, ignore=shutil.ignore_patterns("__pycache__")
        )
        down = revision_chain()[-1]
        (target / "versions" / f"{rev}_test_extra.py").write_text(
            EXTRA_REVISION.format(rev=rev, down=down, body=textwrap.indent(body, "    ")),
            encoding="utf-8",
        )
        return target

    return make
