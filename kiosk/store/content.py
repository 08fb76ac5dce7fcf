"""The content pack in the terminal's database: tables, import, and reads.

The tables (all named ``content_*``, created by migration ``0002``) hold exactly one pack:
:func:`import_content_pack` replaces everything in ONE write transaction, so the terminal
shows either the old content or the new one, never a mixture. Importing the pack that is
already there (same SHA-256) changes nothing.

Layout: one row per village, hub, office, category, life situation and service, in pack
order (``position``), with link tables for the many-to-many references (services by
category, by life situation, bookable at a hub), so later queries are plain SQL. Nested
details (opening hours, labels, a service's fees and translations) are JSON columns. The
whole pack is also kept as canonical JSON in ``content_pack.document``, from which
:func:`load_content` rebuilds the exact :class:`~kiosk.core.content.ContentPack`.

Other tables must not hold foreign keys into these: content is replaced wholesale; refer to
content ids as plain text.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    delete,
    insert,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.core.content import (
    ContentPack,
    canonical_json,
    opening_hours_data,
    pack_data,
    parse_content_pack,
    service_data,
)
from kiosk.store.base import Base
from kiosk.store.content_probe import has_content
from kiosk.store.db import Database
from kiosk.store.service_search import rebuild_search_index
from kiosk.store.types import UTCDateTime, utc_now

ID = 64
NAME = 200
URL = 2000


class StoredPack(Base):
    """The one imported pack (``id`` is always 1) and its canonical JSON document."""

    __tablename__ = "content_pack"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    format_version: Mapped[int] = mapped_column(Integer)
    pack_version: Mapped[str] = mapped_column(String(ID))
    sha256: Mapped[str] = mapped_column(String(64))
    generated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    region_id: Mapped[str] = mapped_column(String(ID))
    region_name: Mapped[str] = mapped_column(String(NAME))
    document: Mapped[str] = mapped_column(Text)


class ContentVillage(Base):
    __tablename__ = "content_village"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(NAME))
    postal_code: Mapped[str] = mapped_column(String(5))


class ContentOffice(Base):
    __tablename__ = "content_office"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(NAME))
    street: Mapped[str] = mapped_column(String(NAME))
    postal_code: Mapped[str] = mapped_column(String(5))
    locality: Mapped[str] = mapped_column(String(NAME))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    url: Mapped[str | None] = mapped_column(String(URL))
    opening_hours: Mapped[dict[str, Any]] = mapped_column(JSON)


class ContentHub(Base):
    __tablename__ = "content_hub"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(NAME))
    village_id: Mapped[str] = mapped_column(String(ID), ForeignKey("content_village.id"))
    street: Mapped[str] = mapped_column(String(NAME))
    postal_code: Mapped[str] = mapped_column(String(5))
    locality: Mapped[str] = mapped_column(String(NAME))
    opening_hours: Mapped[dict[str, Any]] = mapped_column(JSON)
    visiting_hours: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    """``[{"office": id, "label": {lang: text}, "hours": {...}}]``"""


class ContentCategory(Base):
    __tablename__ = "content_category"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[dict[str, str]] = mapped_column(JSON)
    icon: Mapped[str | None] = mapped_column(String(ID))


class ContentLifeSituation(Base):
    __tablename__ = "content_life_situation"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[dict[str, str]] = mapped_column(JSON)
    icon: Mapped[str | None] = mapped_column(String(ID))


class ContentService(Base):
    __tablename__ = "content_service"
    __table_args__ = (Index("ix_content_service_office_id", "office_id"),)

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(NAME))
    short: Mapped[str] = mapped_column(Text)
    office_id: Mapped[str | None] = mapped_column(String(ID), ForeignKey("content_office.id"))
    leika: Mapped[str | None] = mapped_column(String(14))
    appointment_minutes: Mapped[int | None] = mapped_column(Integer)
    search_text: Mapped[str] = mapped_column(Text)
    """Case-folded title, short text, keywords and synonyms in every language, for LIKE."""
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    """The whole service as format-1 JSON data (:func:`kiosk.core.content.service_data`)."""


class ServiceCategoryLink(Base):
    __tablename__ = "content_service_category"
    __table_args__ = (Index("ix_content_service_category_category_id", "category_id"),)

    service_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("content_service.id"), primary_key=True
    )
    category_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("content_category.id"), primary_key=True
    )


class ServiceLifeSituationLink(Base):
    __tablename__ = "content_service_life_situation"
    __table_args__ = (
        Index("ix_content_service_life_situation_life_situation_id", "life_situation_id"),
    )

    service_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("content_service.id"), primary_key=True
    )
    life_situation_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("content_life_situation.id"), primary_key=True
    )


class ServiceHubLink(Base):
    """A service that can be booked at a hub."""

    __tablename__ = "content_service_hub"
    __table_args__ = (Index("ix_content_service_hub_hub_id", "hub_id"),)

    service_id: Mapped[str] = mapped_column(
        String(ID), ForeignKey("content_service.id"), primary_key=True
    )
    hub_id: Mapped[str] = mapped_column(String(ID), ForeignKey("content_hub.id"), primary_key=True)


# Children before parents: the order rows are deleted in (and, reversed, inserted in).
_TABLES_CHILDREN_FIRST: tuple[type[Base], ...] = (
    ServiceHubLink,
    ServiceLifeSituationLink,
    ServiceCategoryLink,
    ContentService,
    ContentHub,
    ContentOffice,
    ContentVillage,
    ContentLifeSituation,
    ContentCategory,
    StoredPack,
)


@dataclass(frozen=True)
class ImportResult:
    changed: bool
    """False when the same pack (same SHA-256) was already imported: nothing was written."""
    pack_version: str
    sha256: str
    previous_version: str | None
    services: int


@dataclass(frozen=True)
class PackInfo:
    pack_version: str
    sha256: str
    format_version: int
    generated_at: datetime
    imported_at: datetime
    region_id: str
    region_name: str


def _search_text(pack_service: dict[str, Any]) -> str:
    parts: list[str] = [pack_service["title"], pack_service["short"]]
    parts += pack_service.get("keywords", []) + pack_service.get("synonyms", [])
    for tr in pack_service.get("translations", {}).values():
        parts += [tr["title"], tr["short"], *tr.get("keywords", [])]
    return "\n".join(parts).casefold()


def _insert_pack(session: Session, pack: ContentPack, now: datetime) -> None:
    def rows(model: type[Base], values: list[dict[str, Any]]) -> None:
        if values:
            session.execute(insert(model), values)

    rows(
        ContentVillage,
        [
            {"id": v.id, "position": i, "name": v.name, "postal_code": v.postal_code}
            for i, v in enumerate(pack.villages)
        ],
    )
    rows(
        ContentOffice,
        [
            {
                "id": o.id,
                "position": i,
                "name": o.name,
                "street": o.address.street,
                "postal_code": o.address.postal_code,
                "locality": o.address.locality,
                "phone": o.phone,
                "email": o.email,
                "url": o.url,
                "opening_hours": opening_hours_data(o.opening_hours),
            }
            for i, o in enumerate(pack.offices)
        ],
    )
    rows(
        ContentHub,
        [
            {
                "id": h.id,
                "position": i,
                "name": h.name,
                "village_id": h.village_id,
                "street": h.address.street,
                "postal_code": h.address.postal_code,
                "locality": h.address.locality,
                "opening_hours": opening_hours_data(h.opening_hours),
                "visiting_hours": [
                    {
                        "office": v.office_id,
                        "label": dict(v.label),
                        "hours": opening_hours_data(v.hours),
                    }
                    for v in h.visiting_hours
                ],
            }
            for i, h in enumerate(pack.hubs)
        ],
    )
    rows(
        ContentCategory,
        [
            {"id": c.id, "position": i, "label": dict(c.label), "icon": c.icon}
            for i, c in enumerate(pack.categories)
        ],
    )
    rows(
        ContentLifeSituation,
        [
            {"id": s.id, "position": i, "label": dict(s.label), "icon": s.icon}
            for i, s in enumerate(pack.life_situations)
        ],
    )
    services: list[dict[str, Any]] = []
    for i, service in enumerate(pack.services):
        detail = service_data(service)
        services.append(
            {
                "id": service.id,
                "position": i,
                "title": service.title,
                "short": service.short,
                "office_id": service.office_id,
                "leika": service.leika,
                "appointment_minutes": service.appointment_minutes,
                "search_text": _search_text(detail),
                "detail": detail,
            }
        )
    rows(ContentService, services)
    rows(
        ServiceCategoryLink,
        [{"service_id": s.id, "category_id": c} for s in pack.services for c in s.category_ids],
    )
    rows(
        ServiceLifeSituationLink,
        [
            {"service_id": s.id, "life_situation_id": ls}
            for s in pack.services
            for ls in s.life_situation_ids
        ],
    )
    rows(
        ServiceHubLink,
        [{"service_id": s.id, "hub_id": h} for s in pack.services for h in s.bookable_at_hubs],
    )
    session.add(
        StoredPack(
            id=1,
            format_version=pack.format_version,
            pack_version=pack.pack_version,
            sha256=pack.sha256,
            generated_at=pack.generated_at,
            imported_at=now,
            region_id=pack.region.id,
            region_name=pack.region.name,
            document=canonical_json(pack_data(pack)).decode("utf-8"),
        )
    )


def import_content_pack(
    db: Database, pack: ContentPack, *, now: datetime | None = None
) -> ImportResult:
    """Replace the stored content with ``pack`` in one transaction (all or nothing).

    The same pack again (same SHA-256) is a no-op with ``changed=False``. If anything fails
    the transaction is rolled back and the previous content is still there, untouched.
    """
    with db.write() as session:
        return import_content_pack_in(session, pack, now=now)


def import_content_pack_in(
    session: Session, pack: ContentPack, *, now: datetime | None = None
) -> ImportResult:
    """:func:`import_content_pack` inside the caller's write transaction (the sync applies a
    pulled pack in the transaction that advances its cursor)."""
    current = session.get(StoredPack, 1)
    previous = None if current is None else current.pack_version
    if current is not None and current.sha256 == pack.sha256:
        return ImportResult(False, pack.pack_version, pack.sha256, previous, len(pack.services))
    for model in _TABLES_CHILDREN_FIRST:
        session.execute(delete(model))
    session.flush()
    _insert_pack(session, pack, now or utc_now())
    rebuild_search_index(session, pack)
    return ImportResult(True, pack.pack_version, pack.sha256, previous, len(pack.services))


def current_pack(db: Database) -> PackInfo | None:
    """What is imported (without the document), or None."""
    with db.session() as session:
        row = session.get(StoredPack, 1)
        if row is None:
            return None
        return PackInfo(
            pack_version=row.pack_version,
            sha256=row.sha256,
            format_version=row.format_version,
            generated_at=row.generated_at,
            imported_at=row.imported_at,
            region_id=row.region_id,
            region_name=row.region_name,
        )


def load_content(db: Database) -> ContentPack | None:
    """The imported pack, rebuilt and validated again from its stored document, or None."""
    with db.session() as session:
        row = session.execute(select(StoredPack.document, StoredPack.sha256)).first()
    if row is None:
        return None
    document, sha256 = row
    return dataclasses.replace(parse_content_pack(json.loads(document)), sha256=sha256)


def _service_ids(db: Database, link: Any, column: Any, value: str) -> list[str]:
    with db.session() as session:
        query = (
            select(ContentService.id)
            .join(link, link.service_id == ContentService.id)
            .where(column == value)
            .order_by(ContentService.position)
        )
        return list(session.scalars(query))


def service_ids_in_category(db: Database, category_id: str) -> list[str]:
    """Ids of the services in a category, in pack order."""
    return _service_ids(db, ServiceCategoryLink, ServiceCategoryLink.category_id, category_id)


def service_ids_for_life_situation(db: Database, life_situation_id: str) -> list[str]:
    """Ids of the services of a life situation (Lebenslage), in pack order."""
    return _service_ids(
        db, ServiceLifeSituationLink, ServiceLifeSituationLink.life_situation_id, life_situation_id
    )


def service_ids_bookable_at(db: Database, hub_id: str) -> list[str]:
    """Ids of the services that can be booked at a hub, in pack order."""
    return _service_ids(db, ServiceHubLink, ServiceHubLink.hub_id, hub_id)


__all__ = [
    "ContentCategory",
    "ContentHub",
    "ContentLifeSituation",
    "ContentOffice",
    "ContentService",
    "ContentVillage",
    "ImportResult",
    "PackInfo",
    "ServiceCategoryLink",
    "ServiceHubLink",
    "ServiceLifeSituationLink",
    "StoredPack",
    "current_pack",
    "has_content",
    "import_content_pack",
    "import_content_pack_in",
    "load_content",
    "service_ids_bookable_at",
    "service_ids_for_life_situation",
    "service_ids_in_category",
]
