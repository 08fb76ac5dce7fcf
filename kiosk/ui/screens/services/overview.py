"""The services area's first screen: a search field, life situations, topics, A–Z.

Typing in the search field (the on-screen keyboard appears with it) hides the tiles and shows
the results, updated with every letter. The query runs on the GUI thread: the search bench
(``tests/bench/search.py``) measures the whole keystroke, query plus model update, at a p95
well under one frame for 5,000 services, which is less than handing it to a thread would
cost. Keystrokes that arrive together are coalesced into one search.

The tiles and topics (and the check for new content that a sync may have brought) load in
the read lane (:meth:`ServicesContext.load`), so the screen appears at once; a life
situation, a topic or A–Z opens its list screen at once, which loads its own rows.
"""

from __future__ import annotations

import time
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import theme
from kiosk.ui.background import WRITE, BusyIndicator, Failure, lanes
from kiosk.ui.icons import icon_pixmap
from kiosk.ui.screens.base import Screen, scrolling_body
from kiosk.ui.screens.services.context import FlowGrid, ServicesContext, section, tile_icon
from kiosk.ui.screens.services.search_model import (
    ROW_HEIGHT,
    SearchResultsModel,
    ServiceListModel,
    ServiceRowDelegate,
)
from kiosk.ui.widgets.tile import Tile

TILE_COLUMNS = 3
TOPIC_COLUMNS = 3
COMPACT_ICON_DISC = 64


class SituationTile(Tile):
    """A home-style tile, laid out flat (icon beside the text) so twelve fit on a screen.

    It stays a :class:`Tile` for the stylesheet (``Tile QLabel#TileTitle`` etc.).
    """

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None):
        super().__init__(icon_name, title, text, parent)
        old = self.layout()
        if old is not None:
            shiboken6.delete(old)  # deleting a layout leaves its widgets alone
        # No 240 px home-tile height, no 25 pt title: body text size (so text scale applies).
        self.setStyleSheet("SituationTile { min-height: 0px; }")
        self._title.setObjectName("SituationTitle")
        title_font = QFont(self._title.font())
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._icon.setFixedSize(COMPACT_ICON_DISC, COMPACT_ICON_DISC)
        self._icon.setStyleSheet(f"border-radius: {COMPACT_ICON_DISC // 2}px;")
        self._icon.setPixmap(icon_pixmap(icon_name, theme.ACCENT, 36))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addStretch(1)
        texts.addWidget(self._title)
        texts.addWidget(self._text)
        texts.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 16, 20, 16)
        row.setSpacing(18)
        row.addWidget(self._icon)
        row.addLayout(texts, 1)


class ServiceList(QListView):
    """A list of services that is as tall as its rows: the page scrolls, not the list."""

    def __init__(self, model: ServiceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ServiceList")
        self.setModel(model)
        self.setItemDelegate(ServiceRowDelegate(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        model.modelReset.connect(self._fit)
        self._fit()
        self._retranslate()

    def _fit(self) -> None:
        self.setFixedHeight(max(1, self.model().rowCount()) * ROW_HEIGHT + 4)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Dienstleistungen"))  # a screen reader's name for it

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class ServicesOverviewScreen(Screen):
    def __init__(self, context: ServicesContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.last_search_ms = 0.0
        self.loaded = False
        body = scrolling_body(self)

        self.intro = QLabel(self.tr("Was möchten Sie erledigen?"))
        self.intro.setProperty("role", "heading")
        self.intro.setWordWrap(True)
        body.addWidget(self.intro)

        self.search_field = QLineEdit()
        self.search_field.setObjectName("ServiceSearchField")
        self.search_field.setPlaceholderText(self.tr("Suchen, zum Beispiel: Personalausweis"))
        self.search_field.setAccessibleName(self.tr("Dienstleistung suchen"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumHeight(72)
        self.search_field.setMaxLength(80)
        body.addWidget(self.search_field)

        # --- results (while something is typed) ---
        self.results_box = QWidget()
        results_layout = QVBoxLayout(self.results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(12)
        self.results_label = QLabel()
        self.results_label.setObjectName("SearchResultsLabel")
        self.results_label.setWordWrap(True)
        self.results_model = SearchResultsModel(self)
        self.results_view = ServiceList(self.results_model)
        self.results_view.clicked.connect(self._open_result)
        results_layout.addWidget(self.results_label)
        results_layout.addWidget(self.results_view)
        self.results_box.hide()
        body.addWidget(self.results_box)

        # --- browsing (nothing typed) ---
        self.browse_box = QWidget()
        browse = QVBoxLayout(self.browse_box)
        browse.setContentsMargins(0, 0, 0, 0)
        browse.setSpacing(20)
        self.life_situation_tiles: list[SituationTile] = []
        self.topic_buttons: list[QPushButton] = []
        self.busy = BusyIndicator(self)
        browse.addWidget(self.busy)
        self._tiles_box = QWidget()
        self._tiles = QVBoxLayout(self._tiles_box)
        self._tiles.setContentsMargins(0, 0, 0, 0)
        self._tiles.setSpacing(20)
        browse.addWidget(self._tiles_box)
        self.az_button = QPushButton(self.tr("Alle Dienstleistungen von A bis Z"))
        self.az_button.setObjectName("AzButton")
        self.az_button.setAccessibleDescription(self.tr("Alle Dienstleistungen als Liste"))
        self.az_button.setProperty("role", "primary")
        self.az_button.setMinimumHeight(72)
        self.az_button.clicked.connect(self._open_az)
        self.az_button.hide()  # until there is something to list
        browse.addWidget(self.az_button)
        body.addWidget(self.browse_box)
        body.addStretch(1)

        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(self._pending.start)

        language = context.language
        lanes().run(WRITE, context.catalog.prepare_search, owner=self)  # rarely a rebuild
        self.loading = context.load(
            self,
            lambda catalog: (
                catalog.refresh(),  # a sync may have brought new content
                catalog.life_situations(language),
                catalog.categories(language),
            ),
            self._show_browse,
            on_error=self._failed,
            busy=self.busy,
            key="services.overview",
        )

    def _failed(self, failure: Failure) -> None:
        message = QLabel(failure.message)
        message.setObjectName("LoadError")
        message.setWordWrap(True)
        self._tiles.addWidget(message)

    def _show_browse(self, loaded: tuple[bool, list[Any], list[Any]]) -> None:
        _changed, situations, topics = loaded
        browse = self._tiles
        if situations:
            tiles = section(browse, self.tr("Lebenslagen"))
            made: list[QWidget] = []
            for item in situations:
                count = (
                    self.tr("1 Dienstleistung")
                    if item.services == 1
                    else self.tr("%n Dienstleistungen", "", item.services)
                )
                tile = SituationTile(tile_icon(item.icon), item.label, count)
                tile.setObjectName("LifeSituationTile")
                tile.clicked.connect(lambda _=False, i=item.id, t=item.label: self._open_life(i, t))
                made.append(tile)
                self.life_situation_tiles.append(tile)
            # Fewer columns when large text or a wordy language would clip (accessibility).
            flow = FlowGrid(TILE_COLUMNS)
            tiles.addWidget(flow)
            flow.set_widgets(made)
        if topics:
            holder = section(browse, self.tr("Themen"))
            buttons: list[QWidget] = []
            for item in topics:
                button = QPushButton(item.label)
                button.setObjectName("TopicButton")
                button.setAccessibleDescription(self.tr("Die Dienstleistungen zu diesem Thema"))
                button.setMinimumHeight(72)
                button.clicked.connect(
                    lambda _=False, i=item.id, t=item.label: self._open_topic(i, t)
                )
                buttons.append(button)
                self.topic_buttons.append(button)
            flow = FlowGrid(TOPIC_COLUMNS)
            holder.addWidget(flow)
            flow.set_widgets(buttons)
        self.az_button.setVisible(bool(situations or topics))
        self.loaded = True
        if not situations and not topics:
            empty = QLabel(
                self.tr(
                    "Noch sind keine Dienstleistungen geladen. Das Team im Dorfbüro hilft "
                    "Ihnen gern persönlich weiter."
                )
            )
            empty.setObjectName("NoServices")
            empty.setWordWrap(True)
            browse.insertWidget(0, empty)

    def title(self) -> str:
        return self.tr("Dienstleistungen")

    def reset(self) -> None:
        super().reset()
        self.results_model.set_rows([])
        self._show_results(False)

    # --- search ---------------------------------------------------------------------------

    def run_search(self) -> None:
        """Search for what is in the field now and show it (also called directly by tests)."""
        self._pending.stop()
        query = self.search_field.text()
        started = time.perf_counter()
        if not query.strip():
            self.results_model.set_rows([])
            self._show_results(False)
            return
        hits = self._context.catalog.search(query, self._context.language)
        self.results_model.set_hits(hits)
        self.last_search_ms = (time.perf_counter() - started) * 1000
        if hits:
            self.results_label.setText(self.tr("%n Treffer", "", len(hits)))
        else:
            self.results_label.setText(
                self.tr(
                    "Dazu haben wir nichts gefunden. Versuchen Sie ein anderes Wort, zum "
                    "Beispiel „Ausweis“, „Umzug“ oder „Rente“."
                )
            )
        self.results_view.setVisible(bool(hits))
        self._show_results(True)

    def _show_results(self, shown: bool) -> None:
        self.intro.setVisible(not shown)  # room for results above the keyboard
        self.results_box.setVisible(shown)
        self.browse_box.setVisible(not shown)

    # --- navigation -----------------------------------------------------------------------

    def _open_result(self, index: QModelIndex) -> None:
        self.open_service(self.results_model.service_id(index.row()))

    def open_service(self, service_id: str) -> None:
        from kiosk.ui.screens.services.service_page import ServicePageScreen

        self._context.push(ServicePageScreen(self._context, service_id))

    # The list screens load their rows in the read lane (see ServiceListScreen).

    def _open_life(self, life_situation_id: str, label: str) -> None:
        from kiosk.ui.screens.services.service_list import ServiceListScreen

        language = self._context.language
        rows = lambda c: c.services_for_life_situation(life_situation_id, language)  # noqa: E731
        self._context.push(ServiceListScreen(self._context, label, rows))

    def _open_topic(self, category_id: str, label: str) -> None:
        from kiosk.ui.screens.services.service_list import ServiceListScreen

        language = self._context.language
        rows = lambda c: c.services_in_category(category_id, language)  # noqa: E731
        self._context.push(ServiceListScreen(self._context, label, rows))

    def _open_az(self) -> None:
        from kiosk.ui.screens.services.service_list import ServiceListScreen

        language = self._context.language
        rows = lambda c: c.all_services(language)  # noqa: E731
        self._context.push(
            ServiceListScreen(self._context, self.tr("Von A bis Z"), rows, letters=True)
        )


__all__ = ["ServiceList", "ServicesOverviewScreen"]
