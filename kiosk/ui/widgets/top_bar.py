"""The bar across the top of every screen: Home, Back, the screen's title, language,
accessibility, and "Fertig" to end the visit.

Built before the first paint, so it uses no ``Qt.*`` names (their first use costs ~14 ms):
alignment and the text-under-icon style come from the stylesheet (``qproperty-...``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from kiosk.ui import theme
from kiosk.ui.icons import icon

ICON_PX = 30


def _bar_button(name: str, icon_name: str, text: str, color: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setText(text)
    button.setAccessibleName(text)
    button.setIcon(icon(icon_name, color, ICON_PX))
    button.setIconSize(QSize(ICON_PX, ICON_PX))
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
    return button


class TopBar(QFrame):
    homeClicked = Signal()
    backClicked = Signal()
    languageClicked = Signal()
    accessibilityClicked = Signal()
    finishClicked = Signal()

    def __init__(self, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        white = theme.ON_ACCENT
        self.home_button = _bar_button("HomeButton", "home", self.tr("Startseite"), white, self)
        self.back_button = _bar_button("BackButton", "back", self.tr("Zurück"), white, self)
        self.language_button = _bar_button(
            "LanguageButton", "language", self.tr("Sprache"), white, self
        )
        self.accessibility_button = _bar_button(
            "AccessibilityButton", "accessibility", self.tr("Barrierefreiheit"), white, self
        )
        self.finish_button = _bar_button(
            "FinishButton", "finish", self.tr("Fertig"), theme.ACCENT, self
        )
        self.finish_button.setToolTip(self.tr("Beenden und alle Eingaben löschen"))

        self._full_title = ""
        self._title = QLabel(self)
        self._title.setObjectName("ScreenTitle")
        self._title.setWordWrap(True)
        self._title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        layout.addWidget(self.home_button)
        layout.addWidget(self.back_button)
        layout.addSpacing(8)
        layout.addWidget(self._title, 1)
        self.demo_badge: QLabel | None = None
        if demo:
            self.demo_badge = QLabel(self.tr("Demo"), self)
            self.demo_badge.setObjectName("DemoBadge")
            self.demo_badge.setToolTip(self.tr("Vorführversion mit Beispieldaten"))
            self.demo_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(self.demo_badge)  # no alignment given: centred vertically
            layout.addSpacing(8)
        layout.addWidget(self.language_button)
        layout.addWidget(self.accessibility_button)
        layout.addSpacing(8)
        layout.addWidget(self.finish_button)

        self.home_button.clicked.connect(self.homeClicked)
        self.back_button.clicked.connect(self.backClicked)
        self.language_button.clicked.connect(self.languageClicked)
        self.accessibility_button.clicked.connect(self.accessibilityClicked)
        self.finish_button.clicked.connect(self.finishClicked)

    def title(self) -> str:
        """The current screen's title (even while there is no room to show it)."""
        return self._full_title

    def set_title(self, title: str) -> None:
        self._full_title = title
        self._fit_title()

    def title_shown(self) -> bool:
        return bool(self._full_title) and self._title.text() == self._full_title

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """Leave the title out rather than clip it when the buttons leave it too little room.

        That happens only with large text (130 %, 160 %); every screen repeats its title as the
        heading of its own body, so nothing is lost. The empty label keeps its place, so the
        buttons stay at the edges.
        """
        self._title.setText(self._full_title)
        layout = self.layout()
        if layout is None or not self._full_title:
            return
        margins = layout.contentsMargins()
        others = [
            widget
            for widget in self.findChildren(QWidget)
            if widget is not self._title and widget.parentWidget() is self and not widget.isHidden()
        ]
        used = sum(widget.sizeHint().width() for widget in others)
        used += layout.spacing() * (len(others) + 1) + 32  # spacing and the added spacers
        room = self.width() - margins.left() - margins.right() - used
        if self._title.minimumSizeHint().width() > room:
            self._title.setText("")

    def set_back_enabled(self, enabled: bool) -> None:
        self.back_button.setEnabled(enabled)
