"""Server schema 2: the calendar (hub calendars, slot leases, decided bookings).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kiosk.server.models import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_definitions",
        sa.Column("hub_id", sa.String(64), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["hub_id"], ["hubs.id"], name=op.f("fk_calendar_definitions_hub_id_hubs")
        ),
        sa.PrimaryKeyConstraint("hub_id", name=op.f("pk_calendar_definitions")),
    )
    op.create_table(
        "calendar_leases",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("hub_id", sa.String(64), nullable=False),
        sa.Column("terminal_id", sa.String(32), nullable=False),
        sa.Column("resource_id", sa.String(64), nullable=False),
        sa.Column("start", UTCDateTime(), nullable=False),
        sa.Column("end", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["terminal_id"], ["terminals.id"], name=op.f("fk_calendar_leases_terminal_id_terminals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_leases")),
    )
    op.create_index(
        "ix_calendar_leases_hub_resource_start",
        "calendar_leases",
        ["hub_id", "resource_id", "start"],
    )
    op.create_index(op.f("ix_calendar_leases_terminal_id"), "calendar_leases", ["terminal_id"])
    op.create_table(
        "calendar_bookings",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("hub_id", sa.String(64), nullable=False),
        sa.Column("terminal_id", sa.String(32), nullable=False),
        sa.Column("service_id", sa.String(64), nullable=False),
        sa.Column("resource_id", sa.String(64), nullable=False),
        sa.Column("start", UTCDateTime(), nullable=False),
        sa.Column("end", UTCDateTime(), nullable=False),
        sa.Column("busy_until", UTCDateTime(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("verifier", sa.String(64), nullable=False),
        sa.Column("lease_id", sa.String(32), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(32), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_bookings")),
    )
    op.create_index(
        "ix_calendar_bookings_hub_resource_start",
        "calendar_bookings",
        ["hub_id", "resource_id", "start"],
    )
    op.create_index("ix_calendar_bookings_hub_status", "calendar_bookings", ["hub_id", "status"])


def downgrade() -> None:
    for table in ("calendar_bookings", "calendar_leases", "calendar_definitions"):
        op.drop_table(table)
