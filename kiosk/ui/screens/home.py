"""The home screen: a greeting with the terminal's name, three large tiles, and the way to
another language or to accessibility settings.

Built before the first paint: no ``Qt.*`` names here (see kiosk.ui.app on the startup budget).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kiosk.ui import routes, theme
from kiosk.ui.icons import icon
from kiosk.ui.screens.base import Screen, scrolling_body
from kiosk.ui.widgets.tile import Tile

# Language names are written in their own language and never translated: a visitor who reads
# no German must still recognise theirs.
LANGUAGE_LABEL = "Sprache · Language · Dil · Мова · اللغة"
MAX_COLUMNS = 3
TILE_MIN_HEIGHT = 240
TILE_HEIGHT_SHARE = 0.42  # of the screen area: tiles grow on tall screens (1920x1080)


class HomeScreen(Screen):
    def __init__(self, terminal_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terminal_name = terminal_name
        body = scrolling_body(self, margins=(48, 36, 48, 36))
        body.setSpacing(0)

        name = QLabel(terminal_name)
        name.setObjectName("TerminalName")
        name.setProperty("role", "eyebrow")
        name.setWordWrap(True)
        greeting = QLabel(self.tr("Guten Tag!"))
        greeting.setObjectName("Greeting")
        greeting.setProperty("role", "heading")
        greeting.setWordWrap(True)
        prompt = QLabel(self.tr("Wobei können wir Ihnen helfen? Tippen Sie auf ein Feld."))
        prompt.setProperty("role", "subheading")
        prompt.setWordWrap(True)
        body.addWidget(name)
        body.addSpacing(4)
        body.addWidget(greeting)
        body.addSpacing(6)
        body.addWidget(prompt)
        body.addSpacing(30)

        self.tiles = {
            routes.SERVICES: Tile(
                "services", self.tr("Dienstleistungen"), self.tr("Was brauche ich für …?")
            ),
            routes.APPOINTMENTS: Tile(
                "appointment",
                self.tr("Termin buchen"),
                self.tr("Einen Termin im Dorfbüro vereinbaren"),
            ),
            routes.PARTICIPATION: Tile(
                "participate",
                self.tr("Mitmachen"),
                self.tr("Umfragen, Ideen und Mängel melden"),
            ),
        }
        for route, tile in self.tiles.items():
            tile.setObjectName(f"Tile_{route}")
            tile.clicked.connect(lambda _=False, r=route: self.openRequested.emit(r))
        self._grid = QGridLayout()
        self._grid.setSpacing(24)
        self._columns = 0
        self._arrange(MAX_COLUMNS)
        body.addLayout(self._grid)
        body.addSpacing(28)

        self.language_button = self._side_button("language", LANGUAGE_LABEL, routes.LANGUAGE)
        self.language_button.setAccessibleName(self.tr("Sprache wählen"))
        self.accessibility_button = self._side_button(
            "accessibility",
            self.tr("Größere Schrift und Vorlesen"),
            routes.ACCESSIBILITY,
        )
        self._extras = QGridLayout()
        self._extras.setSpacing(24)
        self._extras_stacked: bool | None = None
        self._arrange_extras(stacked=False)
        body.addLayout(self._extras)
        body.addStretch(1)

    def title(self) -> str:
        """Empty: the greeting below the top bar already names the terminal."""
        return ""

    def terminal_name(self) -> str:
        return self._terminal_name

    def _side_button(self, icon_name: str, text: str, route: str) -> QPushButton:
        button = QPushButton(f"  {text}")  # a little air between icon and text
        button.setObjectName(f"Home_{route}")
        button.setAccessibleName(text)
        button.setIcon(icon(icon_name, theme.ACCENT, 32))
        button.setIconSize(QSize(32, 32))
        button.setMinimumHeight(72)
        button.clicked.connect(lambda: self.openRequested.emit(route))
        return button

    # --- responsive tiles: three across when they fit, else fewer (large text) ------------

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
        for column in range(MAX_COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for index, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, index // columns, index % columns)

    def columns(self) -> int:
        return self._columns

    def _arrange_extras(self, *, stacked: bool) -> None:
        """Language and accessibility side by side, or one above the other if they don't fit."""
        if stacked == self._extras_stacked:
            return
        self._extras_stacked = stacked
        for button in (self.language_button, self.accessibility_button):
            self._extras.removeWidget(button)
        self._extras.addWidget(self.language_button, 0, 0)
        self._extras.addWidget(self.accessibility_button, *((1, 0) if stacked else (0, 1)))
        self._extras.setColumnStretch(0, 0)
        self._extras.setColumnStretch(1 if not stacked else 0, 0)
        self._extras.setColumnStretch(2, 1)  # the rest of the row stays empty

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = max(tile.minimumSizeHint().width() for tile in self.tiles.values())
        spacing = self._grid.spacing()
        available = event.size().width() - 96 - 24  # body margins and a scroll bar's room
        columns = MAX_COLUMNS
        while columns > 1 and columns * needed + (columns - 1) * spacing > available:
            columns -= 1
        self._arrange(columns)
        extras_width = (
            self.language_button.sizeHint().width()
            + spacing
            + self.accessibility_button.sizeHint().width()
        )
        self._arrange_extras(stacked=extras_width > available)
        tile_height = max(TILE_MIN_HEIGHT, round(event.size().height() * TILE_HEIGHT_SHARE))
        for tile in self.tiles.values():
            tile.setMinimumHeight(tile_height)
