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
    """Staff mode for a built window. The app calls :meth:`StaffMode.start_after_first_paint`
    once the home screen is painted (and not at all with ``--exit-after-startup``): then the
    corner entry appears, the admin's settings are applied and, with ``open_at_start``
    (``kiosk staff``), the PIN screen opens."""
    from kiosk.ui.screens.staff.mode import StaffMode

    return StaffMode(
        window, data_paths, hub_id=hub_id, credentials_path=credentials_path,
        printer_name=printer_name, open_at_start=open_at_start,
    )  # fmt: skip


__all__ = ["install_staff"]
