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

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
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
from kiosk.ui.screens.staff.widgets import StaffScreen, button, describe, follow_language, label
from kiosk.ui.widgets.flow_layout import FlowLayout

# --- the desk screen ---------------------------------------------------------------------------


class PageStack(QStackedWidget):
    """The desk's pages, as tall as the page shown needs (a stack is as tall as its tallest
    page): the scroll area around it scrolls only where that page does not fit."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:  # what the scroll area asks (wrapped labels)
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        return max(page.heightForWidth(width), page.minimumSizeHint().height())


class StaffDeskScreen(StaffScreen):
    # Not follows_language_change: the language screen is no staff screen, so opening it
    # ends staff mode, and it must lead home, not back to a desk nobody is logged in to.
    # The texts still follow a LanguageChange (_retranslate).

    def __init__(self, context: DeskContext, on_logout: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("StaffDesk")
        self._context = context
        self._attention_count = 0
        member = context.service.member
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 8)
        outer.setSpacing(8)
        nav = QHBoxLayout()
        nav.setSpacing(8)
        page_row = FlowLayout()  # wraps with large text
        self.pages = PageStack()
        self.pages.setObjectName("DeskPages")
        self.appointments = AppointmentsPage(context)
        self.attention = AttentionPage(context, self._update_counts)
        self.sync = SyncPage(context)
        self.blocking = BlockPage(context, lambda: self.appointments.refresh())
        self.page_buttons: dict[str, QPushButton] = {}
        self.nav_group = QButtonGroup(self)
        entries: list[tuple[str, QWidget]] = [
            ("appointments", self.appointments),
            ("attention", self.attention),
            ("sync", self.sync),
            ("block", self.blocking),
        ]
        self.admin: AdminPage | None = None
        if member is not None and member.is_admin:
            self.admin = AdminPage(context)
            entries.append(("admin", self.admin))
        for key, page in entries:
            widget = button("", f"Nav_{key}")
            widget.setCheckable(True)
            widget.clicked.connect(lambda _=False, k=key: self.show_page(k))
            self.nav_group.addButton(widget)
            self.page_buttons[key] = widget
            self.pages.addWidget(page)
            page_row.addWidget(widget)
        self._pages = {key: page for key, page in entries}
        nav.addLayout(page_row, 1)
        who = label(member.name if member else "", "eyebrow", "StaffName")
        who.setWordWrap(False)
        nav.addWidget(who)
        self.logout_button = button("", "StaffLogout")
        mark_action(self.logout_button, LEAVE)
        self.logout_button.clicked.connect(on_logout)
        nav.addWidget(self.logout_button)
        outer.addLayout(nav)
        # The pages scroll where the window is short (low reach: the top third is empty, and
        # the desk has the two thirds below it); the row of page buttons stays in view.
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("ScreenScroll")  # no horizontal bar (stylesheet)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.pages)
        outer.addWidget(self.page_scroll, 1)
        follow_language(self, self._retranslate)
        self.show_page("appointments")
        self._update_counts()

    def title(self) -> str:
        return self.tr("Dienstplatz")

    def _retranslate(self) -> None:
        texts = {
            "appointments": (
                self.tr("Termine"),
                self.tr("Seite: die Termine von heute, eines Tages oder der Woche"),
            ),
            "attention": (
                self.tr("Aufmerksamkeit"),
                self.tr("Seite: Konflikte und abgelehnte Einträge klären"),
            ),
            "sync": (
                self.tr("Synchronisation"),
                self.tr("Seite: Verbindung zum Server und wartende Einträge"),
            ),
            "block": (
                self.tr("Zeit sperren"),
                self.tr("Seite: eine Schließung oder Krankheit eintragen"),
            ),
            "admin": (
                self.tr("Verwaltung"),
                self.tr("Seite: Einstellungen dieses Terminals"),
            ),
        }
        for key, widget in self.page_buttons.items():
            text, description = texts[key]
            widget.setText(text)
            describe(widget, description)
        self._show_count()
        self.logout_button.setText(self.tr("Abmelden"))
        describe(
            self.logout_button,
            self.tr("Beendet den Modus für Mitarbeitende und zeigt die Startseite"),
        )

    def show_page(self, key: str) -> None:
        self.page_buttons[key].setChecked(True)
        page = self._pages[key]
        self.pages.setCurrentWidget(page)
        self.page_scroll.verticalScrollBar().setValue(0)
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        self._update_counts()

    def _update_counts(self) -> None:
        def show(items: list[AttentionItem]) -> None:
            self._attention_count = len(items)
            self._show_count()

        self._context.background.run(self._context.service.needs_attention, show)

    def _show_count(self) -> None:
        text = self.tr("Aufmerksamkeit")
        count = self._attention_count
        self.page_buttons["attention"].setText(f"{text} ({count})" if count else text)

    def showEvent(self, event: Any) -> None:  # back from a sub-screen
        super().showEvent(event)
        current = self.pages.currentWidget()
        refresh = getattr(current, "refresh", None)
        if refresh is not None and current is not self.appointments:
            refresh()


__all__ = ["DeskContext", "StaffDeskScreen"]
