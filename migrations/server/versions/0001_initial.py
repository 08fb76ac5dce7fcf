"""Server schema 1: state (epoch, change head), hubs, enrolment codes, terminals, received
entries (idempotency records), changes (the compacted pull log).

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from kiosk.server.models import UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    state = op.create_table(
        "server_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epoch", sa.String(32), nullable=False),
        sa.Column("head_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_state")),
    )
    # The epoch is born with the database: a different database (or a reset one) has another.
    op.bulk_insert(
        state,
        [{"id": 1, "epoch": uuid.uuid4().hex, "head_seq": 0, "created_at": datetime.now(UTC)}],
    )
    op.create_table(
        "hubs",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hubs")),
    )
    op.create_table(
        "enroll_codes",
        sa.Column("code_hash", sa.String(64), nullable=False),
        sa.Column("hub_id", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
        sa.Column("terminal_id", sa.String(32), nullable=True),
        sa.ForeignKeyConstraint(["hub_id"], ["hubs.id"], name=op.f("fk_enroll_codes_hub_id_hubs")),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enroll_codes")),
    )
    op.create_table(
        "terminals",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("hub_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("enrolled_at", UTCDateTime(), nullable=False),
        sa.Column("revoked_at", UTCDateTime(), nullable=True),
        sa.Column("last_seen_at", UTCDateTime(), nullable=True),
        sa.Column("app_version", sa.String(64), nullable=True),
        sa.Column("outbox_depth", sa.BigInteger(), nullable=True),
        sa.Column("oldest_unsent_at", UTCDateTime(), nullable=True),
        sa.Column("disk_free_bytes", sa.BigInteger(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["hub_id"], ["hubs.id"], name=op.f("fk_terminals_hub_id_hubs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terminals")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_terminals_token_hash")),
    )
    op.create_index(op.f("ix_terminals_hub_id"), "terminals", ["hub_id"])
    op.create_table(
        "received_entries",
        sa.Column("terminal_id", sa.String(32), nullable=False),
        sa.Column("entry_id", sa.String(32), nullable=False),
        sa.Column("hub_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["terminal_id"],
            ["terminals.id"],
            name=op.f("fk_received_entries_terminal_id_terminals"),
        ),
        sa.PrimaryKeyConstraint("terminal_id", "entry_id", name=op.f("pk_received_entries")),
    )
    op.create_index(
        "ix_received_entries_kind_received_at", "received_entries", ["kind", "received_at"]
    )
    op.create_table(
        "changes",
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("scope", sa.String(64), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "scope", "key", name=op.f("pk_changes")),
        sa.UniqueConstraint("seq", name=op.f("uq_changes_seq")),
    )


def downgrade() -> None:
    for table in (
        "changes",
        "received_entries",
        "terminals",
        "enroll_codes",
        "hubs",
        "server_state",
    ):
        op.drop_table(table)
