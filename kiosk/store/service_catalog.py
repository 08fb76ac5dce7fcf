"""What the services screens read: tiles, lists and one service's page, as plain values.

The UI never sees SQL or a session (import-linter forbids it): it asks a
:class:`ServiceCatalog` and gets frozen dataclasses back (the content model's own
:class:`~kiosk.core.content.Service`/:class:`~kiosk.core.content.Office` and small summaries).
The imported pack is loaded once and kept (it is immutable until the next import;
:meth:`ServiceCatalog.refresh` picks up a new one). Search goes through the FTS5 index of
:mod:`kiosk.store.service_search`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.core.content import (
    ContentPack,
    Office,
    Service,
    ServiceText,
    VisitingHours,
    label_text,
)
from kiosk.core.search_text import normalise
from kiosk.store.content import current_pack, load_content
from kiosk.store.db import Database, open_database
from kiosk.store.service_search import SearchHit, ServiceSearch


@dataclass(frozen=True)
class Tile:
    """A life situation or category on the overview."""

    id: str
    label: str
    icon: str | None
    services: int


@dataclass(frozen=True)
class ServiceSummary:
    id: str
    title: str
    short: str


@dataclass(frozen=True)
class ServiceDetails:
    """Everything the service page and the handout show, in one language."""

    id: str
    text: ServiceText
    office: Office | None
    legal_basis: str | None
    url: str | None
    bookable_here: bool
    appointment_minutes: int | None
    visiting_hours: tuple[VisitingHours, ...]
    """Consultation hours of the responsible office at this terminal's hub."""
    hub_name: str | None


class ServiceCatalog:
    """Read access to the imported content for the services screens."""

    def __init__(self, db: Database, *, hub_id: str = "", owns_db: bool = False) -> None:
        self._db = db
        self._owns_db = owns_db
        self._hub_id = hub_id
        self._search = ServiceSearch(db)
        self._pack: ContentPack | None = None
        self._loaded_sha: str | None = None
        self._by_id: dict[str, Service] = {}

    @classmethod
    def open(cls, db_path: Path, *, hub_id: str = "") -> ServiceCatalog:
        return cls(open_database(db_path), hub_id=hub_id, owns_db=True)

    def close(self) -> None:
        if self._owns_db:
            self._db.dispose()

    # --- content -------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Reload the pack if another one was imported since; True if it changed."""
        info = current_pack(self._db)
        sha = None if info is None else info.sha256
        if sha == self._loaded_sha and (self._pack is not None or sha is None):
            return False
        self._pack = load_content(self._db)
        self._loaded_sha = sha
        self._by_id = {} if self._pack is None else {s.id: s for s in self._pack.services}
        return True

    def _content(self) -> ContentPack | None:
        if self._pack is None:
            self.refresh()
        return self._pack

    def has_content(self) -> bool:
        return self._content() is not None

    def life_situations(self, language: str = "de") -> list[Tile]:
        pack = self._content()
        if pack is None:
            return []
        counts = {ls.id: 0 for ls in pack.life_situations}
        for service in pack.services:
            for ls_id in service.life_situation_ids:
                counts[ls_id] += 1
        return [
            Tile(ls.id, label_text(ls.label, language), ls.icon, counts[ls.id])
            for ls in pack.life_situations
            if counts[ls.id]
        ]

    def categories(self, language: str = "de") -> list[Tile]:
        pack = self._content()
        if pack is None:
            return []
        counts = {c.id: 0 for c in pack.categories}
        for service in pack.services:
            for c_id in service.category_ids:
                counts[c_id] += 1
        return [
            Tile(c.id, label_text(c.label, language), c.icon, counts[c.id])
            for c in pack.categories
            if counts[c.id]
        ]

    def life_situation_label(self, life_situation_id: str, language: str = "de") -> str:
        pack = self._content()
        found = pack and next((x for x in pack.life_situations if x.id == life_situation_id), None)
        return label_text(found.label, language) if found else ""

    def category_label(self, category_id: str, language: str = "de") -> str:
        pack = self._content()
        found = pack and next((x for x in pack.categories if x.id == category_id), None)
        return label_text(found.label, language) if found else ""

    def _summaries(self, services: list[Service], language: str) -> list[ServiceSummary]:
        out = []
        for service in services:
            text = service.text(language)
            out.append(ServiceSummary(service.id, text.title, text.short))
        return out

    def services_for_life_situation(
        self, life_situation_id: str, language: str = "de"
    ) -> list[ServiceSummary]:
        pack = self._content()
        chosen = (
            []
            if pack is None
            else [s for s in pack.services if life_situation_id in s.life_situation_ids]
        )
        return self._summaries(chosen, language)

    def services_in_category(self, category_id: str, language: str = "de") -> list[ServiceSummary]:
        pack = self._content()
        chosen = [] if pack is None else [s for s in pack.services if category_id in s.category_ids]
        return self._summaries(chosen, language)

    def all_services(self, language: str = "de") -> list[ServiceSummary]:
        """Every service, A–Z by title (umlauts sorted with their base letter)."""
        pack = self._content()
        summaries = self._summaries(list(pack.services) if pack else [], language)
        return sorted(summaries, key=lambda s: (normalise(s.title), s.title))

    def details(self, service_id: str, language: str = "de") -> ServiceDetails | None:
        pack = self._content()
        service = self._by_id.get(service_id)
        if pack is None or service is None:
            return None
        office = pack.office(service.office_id) if service.office_id else None
        hub = pack.hub(self._hub_id) if self._hub_id else None
        if self._hub_id:
            bookable = self._hub_id in service.bookable_at_hubs
        else:
            bookable = bool(service.bookable_at_hubs)
        visiting = tuple(
            v for v in (hub.visiting_hours if hub else ()) if office and v.office_id == office.id
        )
        return ServiceDetails(
            id=service.id,
            text=service.text(language),
            office=office,
            legal_basis=service.legal_basis,
            url=service.url,
            bookable_here=bookable,
            appointment_minutes=service.appointment_minutes,
            visiting_hours=visiting,
            hub_name=hub.name if hub else None,
        )

    # --- search --------------------------------------------------------------------------

    def search(self, query: str, language: str = "de", *, limit: int = 50) -> list[SearchHit]:
        return self._search.search(query, language, limit=limit)

    def prepare_search(self) -> None:
        """Build the search index now if it is missing (else the first search does it)."""
        self._search.ensure_index()


__all__ = ["ServiceCatalog", "ServiceDetails", "ServiceSummary", "Tile"]
