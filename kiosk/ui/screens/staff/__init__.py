"""Staff mode: PIN login and the hub's appointment desk (see :mod:`.mode`).

:func:`install_staff` adds the corner entry to a built window. Nothing heavy is imported and
the database is not opened until the entry is held (or ``kiosk staff`` opens the PIN screen).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.paths import DataPaths
    from kiosk.ui.screens.staff.mode import StaffMode


def install_staff(
    window: Any,
    data_paths: DataPaths,
    *,
    hub_id: str,
    credentials_path: Path | None = None,
    printer_name: str = "",
    open_at_start: bool = False,
) -> StaffMode:
    """The corner entry; after the first paint the admin's settings are applied and, with
    ``open_at_start`` (``kiosk staff``), the PIN screen opens."""
    from kiosk.ui.app import FirstPaintWatcher
    from kiosk.ui.screens.staff.mode import StaffMode

    mode = StaffMode(
        window, data_paths, hub_id=hub_id, credentials_path=credentials_path,
        printer_name=printer_name,
    )  # fmt: skip

    def after_first_paint() -> None:
        mode.install_corner()
        mode.apply_admin_settings()
        if open_at_start:
            mode.open_login()

    watcher = FirstPaintWatcher(window.navigator.home_screen)
    watcher.painted.connect(after_first_paint)
    return mode


__all__ = ["install_staff"]
