"""Participation data for the screens: plain values in and out, no SQL in the UI.

:class:`ParticipationService` wraps :mod:`kiosk.store.participation` for one hub. Each call
opens a short session of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.core.forms import FormDefinition, FormResults
from kiosk.store import participation
from kiosk.store.db import Database, open_database


class ParticipationService:
    def __init__(
        self,
        db: Database,
        *,
        hub_id: str | None = None,
        language: str = "de",
        owns_db: bool = False,
        today: Callable[[], date] | None = None,
    ) -> None:
        self.db = db
        self.hub_id = hub_id or None
        self.language = language
        self._owns_db = owns_db
        self._today = today or (lambda: datetime.now().date())

    @classmethod
    def open(cls, db_path: Path, **kwargs: Any) -> ParticipationService:
        return cls(open_database(db_path), owns_db=True, **kwargs)

    def close(self) -> None:
        if self._owns_db:
            self.db.dispose()

    def today(self) -> date:
        return self._today()

    def open_forms(self) -> list[FormDefinition]:
        """Forms a citizen can fill in today at this hub: surveys first, then ideas, reports."""
        order = {"survey": 0, "idea": 1, "defect_report": 2}
        participation.import_pulled_forms(self.db)  # what the last sync brought
        forms = participation.open_forms(self.db, self.today(), self.hub_id)
        return sorted(forms, key=lambda f: (order[f.kind.value], f.title.get("de", "")))

    def results(self) -> list[tuple[FormDefinition, FormResults]]:
        """Closed surveys whose results were published."""
        participation.import_pulled_results(self.db)
        return participation.closed_surveys_with_results(self.db, self.today())

    def submit(self, form: FormDefinition, answers: Mapping[str, Any]) -> str:
        """Save the submission with its outbox entry (one transaction); the reference number."""
        return participation.submit(self.db, form, answers, language=self.language).reference


__all__ = ["ParticipationService"]
