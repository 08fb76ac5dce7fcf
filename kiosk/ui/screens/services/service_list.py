"""A list of services: those of a life situation or topic, or all of them from A to Z.

Given a loader (``Callable[[ServiceCatalog], rows]``) the screen appears at once and reads its
rows in the read lane; given the rows themselves it shows them straight away.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QWidget

from kiosk.core.search_text import normalise
from kiosk.store.service_catalog import ServiceCatalog, ServiceSummary
from kiosk.ui.background import BusyIndicator, Failure
from kiosk.ui.screens.base import Screen, scrolling_body
from kiosk.ui.screens.services.context import ServicesContext
from kiosk.ui.screens.services.overview import ServiceList
from kiosk.ui.screens.services.search_model import ROW_HEIGHT, Row, ServiceListModel

LETTER_COLUMNS = 13


class ServiceListScreen(Screen):
    def __init__(
        self,
        context: ServicesContext,
        heading: str,
        services: Sequence[ServiceSummary] | Callable[[ServiceCatalog], Sequence[ServiceSummary]],
        *,
        letters: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._heading = heading
        self._letters = letters
        self.loaded = False
        body = scrolling_body(self)
        self._body = body
        title = QLabel(heading)
        title.setProperty("role", "heading")
        title.setWordWrap(True)
        body.addWidget(title)
        self.busy = BusyIndicator(self)
        body.addWidget(self.busy)

        self.model = ServiceListModel(self)
        self.letter_buttons: dict[str, QPushButton] = {}
        self.list_view = ServiceList(self.model)
        self.list_view.clicked.connect(self._open)
        body.addWidget(self.list_view)
        body.addStretch(1)
        if callable(services):
            self.loading = context.load(self, services, self._show, on_error=self._failed,
                                        busy=self.busy, key="services.list")  # fmt: skip
        else:
            self._show(services)

    def _failed(self, failure: Failure) -> None:
        message = QLabel(failure.message)
        message.setObjectName("LoadError")
        message.setWordWrap(True)
        self._body.insertWidget(self._body.indexOf(self.list_view), message)

    def _show(self, services: Sequence[ServiceSummary]) -> None:
        body = self._body
        at = body.indexOf(self.list_view)  # letters and the empty note go above the list
        self.model.set_rows([Row(s.id, s.title, s.short) for s in services])
        self.loaded = True
        if self._letters and services:
            holder = QWidget()
            bar = QGridLayout(holder)
            bar.setContentsMargins(0, 0, 0, 0)
            bar.setSpacing(8)
            firsts: dict[str, int] = {}
            for row, summary in enumerate(services):
                first = (normalise(summary.title)[:1] or "#").upper()
                firsts.setdefault(first, row)
            for i, (letter, row) in enumerate(sorted(firsts.items())):
                button = QPushButton(letter)
                button.setObjectName("LetterButton")
                button.setMinimumSize(64, 64)
                button.setAccessibleName(self.tr("Buchstabe %1").replace("%1", letter))
                button.clicked.connect(lambda _=False, r=row: self.scroll_to_row(r))
                bar.addWidget(button, i // LETTER_COLUMNS, i % LETTER_COLUMNS)
                self.letter_buttons[letter] = button
            body.insertWidget(at, holder)
        if not services:
            empty = QLabel(self.tr("Hier gibt es noch keine Dienstleistungen."))
            empty.setWordWrap(True)
            body.insertWidget(at, empty)

    def title(self) -> str:
        return self._heading

    def scroll_to_row(self, row: int) -> None:
        area = self.findChild(QScrollArea, "ScreenScroll")
        if area is None or area.widget() is None:
            return
        content = area.widget()
        assert content is not None
        top = self.list_view.mapTo(content, self.list_view.rect().topLeft()).y()
        area.verticalScrollBar().setValue(top + row * ROW_HEIGHT)

    def _open(self, index: QModelIndex) -> None:
        self.open_service(self.model.service_id(index.row()))

    def open_service(self, service_id: str) -> None:
        from kiosk.ui.screens.services.service_page import ServicePageScreen

        self._context.push(ServicePageScreen(self._context, service_id))


__all__ = ["ServiceListScreen"]
