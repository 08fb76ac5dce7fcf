"""The home screen: a greeting with the terminal's name, three large tiles, and the way to
another language or to accessibility settings.

Built before the first paint: no ``Qt.*`` names here (see kiosk.ui.app on the startup budget).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
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
TILE_HEIGHT_SHARE = 0.36  # of the screen area: tiles grow on tall screens (1920x1080)


class HomeScreen(Screen):
    follows_language_change = True

    def __init__(self, terminal_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terminal_name = terminal_name
        body = scrolling_body(self, margins=(48, 36, 48, 36))
        body.setSpacing(0)

        name = self._name = QLabel(terminal_name)
        name.setObjectName("TerminalName")
        name.setProperty("role", "eyebrow")
        name.setWordWrap(True)
        self._greeting = QLabel()
        self._greeting.setObjectName("Greeting")
        self._greeting.setProperty("role", "heading")
        self._greeting.setWordWrap(True)
        self._prompt = QLabel()
        self._prompt.setProperty("role", "subheading")
        self._prompt.setWordWrap(True)
        body.addWidget(name)
        body.addSpacing(4)
        body.addWidget(self._greeting)
        body.addSpacing(6)
        body.addWidget(self._prompt)
        body.addSpacing(30)

        self.tiles = {
            routes.SERVICES: Tile("services", "", ""),
            routes.APPOINTMENTS: Tile("appointment", "", ""),
            routes.PARTICIPATION: Tile("participate", "", ""),
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

        self.language_button = self._side_button("language", routes.LANGUAGE)
        self.accessibility_button = self._side_button("accessibility", routes.ACCESSIBILITY)
        self._extras = QGridLayout()
        self._extras.setSpacing(24)
        self._extras_stacked: bool | None = None
        self._arrange_extras(stacked=False)
        body.addLayout(self._extras)
        body.addStretch(1)
        self._retranslate()

    def _show_name(self) -> None:
        """The terminal's name (a German proper noun) starts where the greeting starts: in a
        right-to-left UI a right-to-left mark makes Qt align it right, as the Arabic text is."""
        self._name.setText(("\u200f" if self.isRightToLeft() else "") + self._terminal_name)

    def _retranslate(self) -> None:
        self._show_name()
        self._greeting.setText(self.tr("Guten Tag!"))
        self._prompt.setText(self.tr("Wobei können wir Ihnen helfen? Tippen Sie auf ein Feld."))
        self.tiles[routes.SERVICES].set_texts(
            self.tr("Dienstleistungen"), self.tr("Was brauche ich für …?")
        )
        self.tiles[routes.APPOINTMENTS].set_texts(
            self.tr("Termin buchen"), self.tr("Einen Termin im Dorfbüro vereinbaren")
        )
        self.tiles[routes.PARTICIPATION].set_texts(
            self.tr("Mitmachen"), self.tr("Umfragen, Ideen und Mängel melden")
        )
        self.language_button.setText(f"  {LANGUAGE_LABEL}")  # a little air after the icon
        self.language_button.setAccessibleName(self.tr("Sprache wählen"))
        accessibility = self.tr("Größere Schrift und Vorlesen")
        self.accessibility_button.setText(f"  {accessibility}")
        self.accessibility_button.setAccessibleName(accessibility)
        self.language_button.setAccessibleDescription(
            self.tr("Deutsch, Englisch, Türkisch, Ukrainisch, Arabisch oder Leichte Sprache")
        )
        self.accessibility_button.setAccessibleDescription(
            self.tr("Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen")
        )

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        if kind == QEvent.Type.LayoutDirectionChange:
            self._show_name()
        if kind in (
            QEvent.Type.LanguageChange,
            QEvent.Type.FontChange,  # the text size changed (accessibility menu)
            QEvent.Type.StyleChange,
        ):
            self._columns = 0  # longer words or larger text may need fewer columns
            self._extras_stacked = None
            self._relayout(self.size())
        super().changeEvent(event)

    def title(self) -> str:
        """Empty: the greeting below the top bar already names the terminal."""
        return ""

    def terminal_name(self) -> str:
        return self._terminal_name

    def _side_button(self, icon_name: str, route: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"Home_{route}")
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
        self._relayout(event.size())

    def _relayout(self, size: QSize) -> None:
        needed = max(tile.minimumSizeHint().width() for tile in self.tiles.values())
        spacing = self._grid.spacing()
        available = size.width() - 96 - 24  # body margins and a scroll bar's room
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
        tile_height = max(TILE_MIN_HEIGHT, round(size.height() * TILE_HEIGHT_SHARE))
        for tile in self.tiles.values():
            tile.setMinimumHeight(tile_height)
