"""Staff accounts (pulled, PIN hashes peppered), desk marks, blocks and resolved problems.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

Hand-written and frozen: never import the models here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TEXT = 27


def upgrade() -> None:
    op.create_table(
        "staff_account",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("hub_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=UTC_TEXT), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_account")),
    )
    op.create_index(op.f("ix_staff_account_hub_id"), "staff_account", ["hub_id"])
    op.create_table(
        "staff_booking_mark",
        sa.Column("booking_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("marked_at", sa.String(length=UTC_TEXT), nullable=False),
        sa.PrimaryKeyConstraint("booking_id", name=op.f("pk_staff_booking_mark")),
    )
    op.create_table(
        "staff_block",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("hub_id", sa.String(length=64), nullable=False),
        sa.Column("resource_ids", sa.Text(), nullable=False),
        sa.Column("start", sa.String(length=UTC_TEXT), nullable=False),
        sa.Column("end", sa.String(length=UTC_TEXT), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.String(length=UTC_TEXT), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_block")),
    )
    op.create_index(op.f("ix_staff_block_start"), "staff_block", ["start"])
    op.create_table(
        "staff_attention_resolution",
        sa.Column("item_key", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.String(length=64), nullable=False),
        sa.Column("resolved_at", sa.String(length=UTC_TEXT), nullable=False),
        sa.PrimaryKeyConstraint("item_key", name=op.f("pk_staff_attention_resolution")),
    )


def downgrade() -> None:
    op.drop_table("staff_attention_resolution")
    op.drop_index(op.f("ix_staff_block_start"), table_name="staff_block")
    op.drop_table("staff_block")
    op.drop_table("staff_booking_mark")
    op.drop_index(op.f("ix_staff_account_hub_id"), table_name="staff_account")
    op.drop_table("staff_account")
