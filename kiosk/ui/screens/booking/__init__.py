"""The appointments area ("Termin buchen"): service, time, name, confirmation; cancel by code.

:func:`install_booking` serves the ``appointments`` route of a navigator. Nothing heavy is
imported and the database is not opened until a person taps the tile.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.ui.navigation import Navigator
    from kiosk.ui.screens.base import Screen
    from kiosk.ui.screens.booking.service import BookingService


def install_booking(
    navigator: Navigator,
    db_path: Path,
    *,
    hub_id: str,
    credentials_path: Path | None = None,
    retention_days: int = 7,
    printer_name: str = "",
) -> None:
    from kiosk.ui import routes

    state: dict[str, BookingService] = {}

    def make() -> Screen:
        from kiosk.ui.screens.booking.screens import ServiceChoiceScreen
        from kiosk.ui.screens.booking.service import BookingService

        service = state.get("service")
        if service is None:
            terminal_id, hub = None, hub_id
            if credentials_path is not None:
                from kiosk.store.credentials import load_credentials

                credentials = load_credentials(credentials_path)
                if credentials is not None:
                    terminal_id, hub = credentials.terminal_id, credentials.hub_id
            service = BookingService.open(
                db_path,
                hub_id=hub,
                terminal_id=terminal_id,
                retention_days=retention_days,
                printer_name=printer_name,
            )
            state["service"] = service
        # The screen reloads the calendar in the background (a sync may have brought one).
        return ServiceChoiceScreen(service, navigator.push)

    navigator.set_route(routes.APPOINTMENTS, make)


__all__ = ["install_booking"]
