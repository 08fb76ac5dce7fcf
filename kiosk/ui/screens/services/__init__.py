"""The services area ("Dienstleistungen"): browse, search, a service's page, take it home.

:func:`install_services` puts the area behind the ``services`` route of a navigator. It is
cheap (nothing heavy is imported until a person taps the tile); the database is opened, and
the content loaded, when the first services screen is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.ui.navigation import Navigator
    from kiosk.ui.screens.base import Screen
    from kiosk.ui.screens.services.context import ServicesContext


def push_function(navigator: Navigator) -> Any:
    """``navigator.push`` that also lets each pushed services screen push further ones."""

    def push(screen: Screen) -> None:
        navigator.push(screen)

    return push


def install_services(
    navigator: Navigator,
    db_path: Path,
    *,
    hub_id: str = "",
    language: str = "de",
    printer_name: str = "",
) -> None:
    """Serve the ``services`` route with the real screens, reading ``db_path``."""
    from kiosk.ui import routes

    state: dict[str, ServicesContext] = {}

    def make() -> Screen:
        from kiosk.store.service_catalog import ServiceCatalog
        from kiosk.ui.screens.services.context import ServicesContext
        from kiosk.ui.screens.services.overview import ServicesOverviewScreen

        context = state.get("context")
        if context is None:
            context = ServicesContext(
                catalog=ServiceCatalog.open(db_path, hub_id=hub_id),
                push=push_function(navigator),
                language=language,
                printer_name=printer_name,
            )
            state["context"] = context
        from kiosk.ui.i18n import current_language

        context.language = current_language()  # content in the visitor's chosen language
        # The screen checks for new content (a sync may have brought some) in the background.
        return ServicesOverviewScreen(context)

    navigator.set_route(routes.SERVICES, make)


__all__ = ["install_services"]
