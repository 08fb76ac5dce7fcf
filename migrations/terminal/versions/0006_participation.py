"""Participation: forms saved on this terminal, submissions made here, pulled survey results.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

Hand-written and frozen: never import the models here. A submission row holds no answers (they
travel in its outbox entry, which is purged once the server has it), so nothing a citizen
typed stays on the terminal longer than needed.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TEXT = 27


def upgrade() -> None:
    op.create_table(
        "participation_form",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("opens", sa.String(length=10), nullable=False),
        sa.Column("closes", sa.String(length=10), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.String(length=UTC_TEXT), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation_form")),
    )
    op.create_table(
        "participation_submission",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.String(length=16), nullable=False),
        sa.Column("form_id", sa.String(length=64), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("with_contact", sa.Boolean(), nullable=False),
        sa.Column("outbox_entry_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.String(length=UTC_TEXT), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation_submission")),
        sa.UniqueConstraint("reference", name=op.f("uq_participation_submission_reference")),
    )
    op.create_table(
        "participation_results",
        sa.Column("form_id", sa.String(length=64), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.String(length=UTC_TEXT), nullable=False),
        sa.PrimaryKeyConstraint("form_id", name=op.f("pk_participation_results")),
    )


def downgrade() -> None:
    op.drop_table("participation_results")
    op.drop_table("participation_submission")
    op.drop_table("participation_form")
