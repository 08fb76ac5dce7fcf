"""Appointments booked on this terminal.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

Hand-written and frozen: never import the models here. Leases, the hub calendar and the
server's decisions arrive as pulled records (``replica_record``, revision 0004).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TEXT = 27


def upgrade() -> None:
    op.create_table(
        "booking",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("flow_key", sa.String(length=64), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("hub_id", sa.String(length=64), nullable=False),
        sa.Column("service_id", sa.String(length=64), nullable=False),
        sa.Column("resource_id", sa.String(length=64), nullable=False),
        sa.Column("start", sa.String(length=UTC_TEXT), nullable=False),
        sa.Column("end", sa.String(length=UTC_TEXT), nullable=False),
        sa.Column("busy_until", sa.String(length=UTC_TEXT), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("lease_id", sa.String(length=32), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("verifier", sa.String(length=64), nullable=False),
        sa.Column("outbox_entry_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.String(length=UTC_TEXT), nullable=False),
        sa.Column("cancelled_at", sa.String(length=UTC_TEXT), nullable=True),
        sa.Column("personal_data_deleted_at", sa.String(length=UTC_TEXT), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
        sa.UniqueConstraint("code", name=op.f("uq_booking_code")),
        sa.UniqueConstraint("flow_key", name=op.f("uq_booking_flow_key")),
    )
    op.create_index(op.f("ix_booking_start"), "booking", ["start"])


def downgrade() -> None:
    op.drop_index(op.f("ix_booking_start"), table_name="booking")
    op.drop_table("booking")
