"""The staff desk: appointments, needs attention, sync, blocking time, admin settings.

A row of page buttons at the top, the page below. Appointments show today by
default (day and week views, search by name or code) in a table with big rows; a tap on a row
shows its details and what can be done with it. Sub-steps (a new time, a reason) are screens
pushed on the navigator; coming back refreshes the page. The pages live in their own
modules (``appointments_page``, ``attention_page``, ``sync_page``, ``block_page``,
``admin_page``); loads and writes run on the staff lane (:mod:`.background`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.store.staff_desk import AttentionItem
from kiosk.ui.screens.base import LEAVE, mark_action
from kiosk.ui.screens.staff.admin_page import AdminPage
from kiosk.ui.screens.staff.appointments_page import AppointmentsPage
from kiosk.ui.screens.staff.attention_page import AttentionPage
from kiosk.ui.screens.staff.block_page import BlockPage
from kiosk.ui.screens.staff.context import DeskContext
from kiosk.ui.screens.staff.sync_page import SyncPage
from kiosk.ui.screens.staff.widgets import StaffScreen, button, label

# --- the desk screen ---------------------------------------------------------------------------


class StaffDeskScreen(StaffScreen):
    def __init__(self, context: DeskContext, on_logout: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("StaffDesk")
        self._context = context
        member = context.service.member
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.setSpacing(12)
        nav = QHBoxLayout()
        nav.setSpacing(8)
        self.pages = QStackedWidget()
        self.appointments = AppointmentsPage(context)
        self.attention = AttentionPage(context, self._update_counts)
        self.sync = SyncPage(context)
        self.blocking = BlockPage(context, lambda: self.appointments.refresh())
        self.page_buttons: dict[str, QPushButton] = {}
        self.nav_group = QButtonGroup(self)
        entries: list[tuple[str, str, QWidget]] = [
            ("appointments", self.tr("Termine"), self.appointments),
            ("attention", self.tr("Aufmerksamkeit"), self.attention),
            ("sync", self.tr("Synchronisation"), self.sync),
            ("block", self.tr("Zeit sperren"), self.blocking),
        ]
        self.admin: AdminPage | None = None
        if member is not None and member.is_admin:
            self.admin = AdminPage(context)
            entries.append(("admin", self.tr("Verwaltung"), self.admin))
        for key, text, page in entries:
            widget = button(text, f"Nav_{key}")
            widget.setCheckable(True)
            widget.clicked.connect(lambda _=False, k=key: self.show_page(k))
            self.nav_group.addButton(widget)
            self.page_buttons[key] = widget
            self.pages.addWidget(page)
            nav.addWidget(widget)
        self._pages = {key: page for key, _, page in entries}
        nav.addStretch(1)
        who = label(member.name if member else "", "eyebrow", "StaffName")
        who.setWordWrap(False)
        nav.addWidget(who)
        self.logout_button = button(self.tr("Abmelden"), "StaffLogout")
        mark_action(self.logout_button, LEAVE)
        self.logout_button.clicked.connect(on_logout)
        nav.addWidget(self.logout_button)
        outer.addLayout(nav)
        outer.addWidget(self.pages, 1)
        self.show_page("appointments")
        self._update_counts()

    def title(self) -> str:
        return self.tr("Dienstplatz")

    def show_page(self, key: str) -> None:
        self.page_buttons[key].setChecked(True)
        page = self._pages[key]
        self.pages.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        self._update_counts()

    def _update_counts(self) -> None:
        def show(items: list[AttentionItem]) -> None:
            text = self.tr("Aufmerksamkeit")
            count = len(items)
            self.page_buttons["attention"].setText(f"{text} ({count})" if count else text)

        self._context.background.run(self._context.service.needs_attention, show)

    def showEvent(self, event: Any) -> None:  # back from a sub-screen
        super().showEvent(event)
        current = self.pages.currentWidget()
        refresh = getattr(current, "refresh", None)
        if refresh is not None and current is not self.appointments:
            refresh()


__all__ = ["DeskContext", "StaffDeskScreen"]
