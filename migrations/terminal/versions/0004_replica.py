"""Pulled state: one row per (kind, key) of the server's change log.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

Hand-written and frozen: never import the models here (they move on, this must not). The
pull cursor and epoch live in the ``setting`` table (``sync.cursor``, ``sync.epoch``) and are
written in the same transaction as these rows.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "replica_record",
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "key", name=op.f("pk_replica_record")),
    )


def downgrade() -> None:
    op.drop_table("replica_record")
