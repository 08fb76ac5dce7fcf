"""Service search: an FTS5 index over the normalised service texts, the typo lookup keys of
its vocabulary, and the state (pack and rules version) the index was built for.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Hand-written and frozen: never import the models here (they move on, this must not). The
index starts empty; :mod:`kiosk.store.service_search` fills it with the next content import
or on first use (the normalisation rules live in code, not in this migration).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "service_id UNINDEXED, lang UNINDEXED, display_title UNINDEXED, display_short UNINDEXED, "
        "title, keywords, synonyms, short, full, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"
    )
    op.create_table(
        "search_fuzzy",
        sa.Column("key", sa.String(length=16), nullable=False),
        sa.Column("term", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", "term", name=op.f("pk_search_fuzzy")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "search_index",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_sha256", sa.String(length=64), nullable=False),
        sa.Column("rules_version", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_search_index_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_index")),
    )


def downgrade() -> None:
    op.drop_table("search_index")
    op.drop_table("search_fuzzy")
    op.execute("DROP TABLE search_fts")
