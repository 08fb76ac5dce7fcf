"""Content tables: the imported content pack, villages, hubs, offices, categories, life
situations and services, with link tables for services by category / life situation / hub.

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-10

Hand-written and frozen: never import the models here (they move on, this must not).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_TEXT = sa.String(length=27)  # kiosk.store.types.UTCDateTime
ID = sa.String(length=64)
NAME = sa.String(length=200)


def _fk(table: str, column: str, parent: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], name=op.f(f"fk_{table}_{column}_{parent}")
    )


def upgrade() -> None:
    op.create_table(
        "content_pack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("pack_version", ID, nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("generated_at", UTC_TEXT, nullable=False),
        sa.Column("imported_at", UTC_TEXT, nullable=False),
        sa.Column("region_id", ID, nullable=False),
        sa.Column("region_name", NAME, nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_content_pack_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_pack")),
    )
    op.create_table(
        "content_village",
        sa.Column("id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", NAME, nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_village")),
    )
    op.create_table(
        "content_office",
        sa.Column("id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", NAME, nullable=False),
        sa.Column("street", NAME, nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=False),
        sa.Column("locality", NAME, nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("opening_hours", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_office")),
    )
    op.create_table(
        "content_hub",
        sa.Column("id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", NAME, nullable=False),
        sa.Column("village_id", ID, nullable=False),
        sa.Column("street", NAME, nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=False),
        sa.Column("locality", NAME, nullable=False),
        sa.Column("opening_hours", sa.JSON(), nullable=False),
        sa.Column("visiting_hours", sa.JSON(), nullable=False),
        _fk("content_hub", "village_id", "content_village"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_hub")),
    )
    op.create_table(
        "content_category",
        sa.Column("id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.JSON(), nullable=False),
        sa.Column("icon", ID, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_category")),
    )
    op.create_table(
        "content_life_situation",
        sa.Column("id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.JSON(), nullable=False),
        sa.Column("icon", ID, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_life_situation")),
    )
    op.create_table(
        "content_service",
        sa.Column("id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", NAME, nullable=False),
        sa.Column("short", sa.Text(), nullable=False),
        sa.Column("office_id", ID, nullable=True),
        sa.Column("leika", sa.String(length=14), nullable=True),
        sa.Column("appointment_minutes", sa.Integer(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        _fk("content_service", "office_id", "content_office"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_service")),
    )
    op.create_index("ix_content_service_office_id", "content_service", ["office_id"])
    for table, column, parent in (
        ("content_service_category", "category_id", "content_category"),
        ("content_service_life_situation", "life_situation_id", "content_life_situation"),
        ("content_service_hub", "hub_id", "content_hub"),
    ):
        op.create_table(
            table,
            sa.Column("service_id", ID, nullable=False),
            sa.Column(column, ID, nullable=False),
            _fk(table, "service_id", "content_service"),
            _fk(table, column, parent),
            sa.PrimaryKeyConstraint("service_id", column, name=op.f(f"pk_{table}")),
        )
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in (
        ("content_service_hub", "hub_id"),
        ("content_service_life_situation", "life_situation_id"),
        ("content_service_category", "category_id"),
    ):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.drop_table(table)
    op.drop_index("ix_content_service_office_id", table_name="content_service")
    for table in (
        "content_service",
        "content_life_situation",
        "content_category",
        "content_hub",
        "content_office",
        "content_village",
        "content_pack",
    ):
        op.drop_table(table)
