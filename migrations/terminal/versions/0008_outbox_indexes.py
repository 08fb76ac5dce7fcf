"""Outbox indexes for the sync round: pending entries in seq order, and the oldest pending.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

``due()`` reads the first pending entries by ``seq`` and the health report counts the pending
entries and finds the oldest ``created_at`` among them. With only ``(state, next_attempt_at)``
each of those read every pending row (and sorted them) once per batch of 100: a full outbox
cost quadratic time. ``(state, seq)`` answers the hand-out and the count from the index alone;
``(state, created_at)`` answers the oldest pending entry with a short index walk.

Hand-written and frozen: never import the models here.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_outbox_state_seq", "outbox", ["state", "seq"])
    op.create_index("ix_outbox_state_created_at", "outbox", ["state", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_state_created_at", table_name="outbox")
    op.drop_index("ix_outbox_state_seq", table_name="outbox")
