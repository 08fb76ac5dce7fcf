"""Server schema 4: staff accounts (PIN hashes only, published to the hub's terminals).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kiosk.server.models import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "staff_accounts",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("hub_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("pin_hash", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["hub_id"], ["hubs.id"], name=op.f("fk_staff_accounts_hub_id_hubs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_accounts")),
    )
    op.create_index(op.f("ix_staff_accounts_hub_id"), "staff_accounts", ["hub_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_staff_accounts_hub_id"), table_name="staff_accounts")
    op.drop_table("staff_accounts")
