"""What the desk's pages share: the service, the background lane, navigation, and
the appointment table's look."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
)

from kiosk.errors import KnownError
from kiosk.store.staff_desk import DeskStatus
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.background import Background
from kiosk.ui.screens.staff.models import AppointmentTableModel
from kiosk.ui.screens.staff.staff_service import StaffService

Push = Callable[[Screen], None]
ROW_HEIGHT = 56


class DeskContext:
    """What the pages need from outside: the service, navigation, the app's sync service."""

    def __init__(
        self,
        service: StaffService,
        background: Background,
        push: Push,
        back: Callable[[], None],
        *,
        sync_service: Callable[[], Any] = lambda: None,
        printer_name: Callable[[], str] = lambda: "",
        pdf_dir: Any = None,
        leave_kiosk_mode: Callable[[], None] | None = None,
        settings_saved: Callable[[], None] = lambda: None,
        citizen_idle_seconds: int = 90,
    ) -> None:
        self.service = service
        self.background = background
        self.push = push
        self.back = back
        self.sync_service = sync_service
        self.printer_name = printer_name
        self.pdf_dir = pdf_dir
        self.leave_kiosk_mode = leave_kiosk_mode
        self.settings_saved = settings_saved
        self.citizen_idle_seconds = citizen_idle_seconds  # the wait in force for citizens

    def write(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        problem: Callable[[str], None],
    ) -> None:
        """A store write off the GUI thread (10-60 ms here, with fsync); a German
        KnownError goes to ``problem``, anything else is a bug and raised on the GUI thread."""

        def failed(error: BaseException) -> None:
            if not isinstance(error, KnownError):
                raise error
            problem(str(error))

        self.background.run(work, done, failed)


def appointment_table(model: AppointmentTableModel) -> QTableView:
    view = QTableView()
    view.setObjectName("AppointmentTable")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(AppointmentTableModel.NAME, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    header.setMinimumSectionSize(60)
    header.setSectionResizeMode(AppointmentTableModel.SERVICE, QHeaderView.ResizeMode.Stretch)
    size_columns(view, with_day=False)
    return view


def size_columns(view: QTableView, *, with_day: bool) -> None:
    """Fixed widths for the short columns, from the font (no per-row measuring: a week of
    300 rows must not cost a size hint per cell); name and service share the rest."""
    metrics = view.fontMetrics()
    pad = 24 + 16  # the item padding of the theme and some air
    when = "Mi 30.12. 00:00" if with_day else "00:00"
    provisional = QCoreApplication.translate("AppointmentTableModel", "vorläufig")
    statuses = [texts.status_text(status) for status in DeskStatus]  # in the language shown
    statuses.append(texts.status_text(DeskStatus.OPEN) + " · " + provisional)
    widths = (
        (AppointmentTableModel.TIME, metrics.horizontalAdvance(when) + pad),
        (AppointmentTableModel.STATUS, max(map(metrics.horizontalAdvance, statuses)) + pad),
        (AppointmentTableModel.CODE, metrics.horizontalAdvance("HHHH-HHHH 000") + pad),
    )
    for column, width in widths:
        view.setColumnWidth(column, width)


__all__ = ["DeskContext", "Push", "appointment_table", "size_columns"]
