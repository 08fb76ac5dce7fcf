"""The participation area ("Mitmachen"): surveys, ideas and defect reports, and survey results.

:func:`install_participation` serves the ``participation`` route of a navigator. Nothing heavy
is imported and the database is not opened until a person taps the tile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.ui.navigation import Navigator
    from kiosk.ui.screens.base import Screen
    from kiosk.ui.screens.participation.service import ParticipationService


def install_participation(
    navigator: Navigator,
    db_path: Path,
    *,
    hub_id: str = "",
    language: str = "de",
    today: Callable[[], date] | None = None,
) -> None:
    from kiosk.ui import routes

    state: dict[str, ParticipationService] = {}

    def make() -> Screen:
        from kiosk.ui.screens.participation.screens import FormListScreen
        from kiosk.ui.screens.participation.service import ParticipationService

        service = state.get("service")
        if service is None:
            service = ParticipationService.open(
                db_path, hub_id=hub_id, language=language, today=today
            )
            state["service"] = service
        from kiosk.ui.i18n import current_language

        service.language = current_language()  # forms in the visitor's chosen language
        return FormListScreen(service, navigator.push)

    navigator.set_route(routes.PARTICIPATION, make)


__all__ = ["install_participation"]
