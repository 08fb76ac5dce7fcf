"""What every services screen shares: the catalog, how to open a further screen, settings.

The screens read the catalog in the read lane (:meth:`ServicesContext.load`), one catalog call
at a time (the catalog keeps the content in memory and is not made for two threads at once);
only search-as-you-type runs on the GUI thread (see :mod:`.overview`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.background import READ, BusyIndicator, Failure, Operation, lanes
from kiosk.ui.icons import icon_path
from kiosk.ui.widgets.flow_grid import FlowGrid, body_room, fitting_columns

if TYPE_CHECKING:
    from kiosk.store.service_catalog import ServiceCatalog
    from kiosk.ui.screens.base import Screen


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServicesContext:
    catalog: ServiceCatalog
    push: Callable[[Screen], None]
    """Show a further screen (the navigator's ``push``)."""
    language: str = "de"
    printer_name: str = ""
    now: Callable[[], datetime] = field(default=_utc_now)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    """Held by the read lane around each catalog call (never on the GUI thread)."""

    def load(
        self,
        owner: QObject,
        fn: Callable[[ServiceCatalog], Any],
        on_done: Callable[[Any], None],
        *,
        on_error: Callable[[Failure], None] | None = None,
        busy: BusyIndicator | None = None,
        key: str | None = None,
    ) -> Operation:
        """Run ``fn(catalog)`` in the read lane; ``on_done(result)`` on the GUI thread."""

        def read() -> Any:
            with self.lock:
                return fn(self.catalog)

        return lanes().run(READ, read, owner=owner, on_done=on_done, on_error=on_error,
                           busy=busy, key=key, saving=False)  # fmt: skip


def tile_icon(name: str | None) -> str:
    """The icon to draw for a content icon name (a generic one if the theme lacks it)."""
    if name and Path(icon_path(name)).is_file():
        return name
    return "services"


def section(parent_layout: QVBoxLayout, heading: str) -> QVBoxLayout:
    """A titled block of the page; returns the layout for its content."""
    label = QLabel(heading)
    label.setProperty("role", "subheading")
    label.setWordWrap(True)
    parent_layout.addWidget(label)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    parent_layout.addWidget(holder)
    return layout


def grid(parent_layout: QVBoxLayout, columns: int) -> tuple[QGridLayout, int]:
    holder = QWidget()
    layout = QGridLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setHorizontalSpacing(20)
    layout.setVerticalSpacing(20)
    for column in range(columns):
        layout.setColumnStretch(column, 1)
    parent_layout.addWidget(holder)
    return layout, columns


__all__ = [
    "FlowGrid",
    "ServicesContext",
    "body_room",
    "fitting_columns",
    "grid",
    "section",
    "tile_icon",
]
