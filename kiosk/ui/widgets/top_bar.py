"""The bar across the top of every screen: Home, Back, the screen's title, language,
accessibility, "Vorlesen" (while read-aloud is on), and "Fertig" to end the visit. In the
low-reach layout the same bar sits at the bottom of the window.

Built before the first paint, so it uses no ``Qt.*`` names (their first use costs ~14 ms):
alignment and the text-under-icon style come from the stylesheet (``qproperty-...``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from kiosk.ui import theme
from kiosk.ui.icons import icon

ICON_PX = 30


def _bar_button(name: str, icon_name: str, color: str, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName(name)
    button.setIcon(icon(icon_name, color, ICON_PX))
    button.setIconSize(QSize(ICON_PX, ICON_PX))
    button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
    return button


class TopBar(QFrame):
    homeClicked = Signal()
    backClicked = Signal()
    languageClicked = Signal()
    accessibilityClicked = Signal()
    readAloudClicked = Signal()
    finishClicked = Signal()
    retranslated = Signal()  # after a language change: the owner re-sets the title

    def __init__(self, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        white = theme.ON_ACCENT
        self.home_button = _bar_button("HomeButton", "home", white, self)
        self.back_button = _bar_button("BackButton", "back", white, self)
        self.language_button = _bar_button("LanguageButton", "language", white, self)
        self.accessibility_button = _bar_button("AccessibilityButton", "accessibility", white, self)
        self.read_aloud_button = _bar_button("ReadAloudButton", "read-aloud", white, self)
        self.read_aloud_button.hide()  # only while read-aloud is switched on
        self.finish_button = _bar_button("FinishButton", "finish", theme.ACCENT, self)

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
            self.demo_badge = QLabel(self)
            self.demo_badge.setObjectName("DemoBadge")
            self.demo_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(self.demo_badge)  # no alignment given: centred vertically
            layout.addSpacing(8)
        layout.addWidget(self.language_button)
        layout.addWidget(self.accessibility_button)
        layout.addWidget(self.read_aloud_button)
        layout.addSpacing(8)
        layout.addWidget(self.finish_button)

        self._buttons = (
            self.home_button,
            self.back_button,
            self.language_button,
            self.accessibility_button,
            self.read_aloud_button,
            self.finish_button,
        )
        self._retranslate()
        self._point_back_arrow()
        self.home_button.clicked.connect(self.homeClicked)
        self.back_button.clicked.connect(self.backClicked)
        self.language_button.clicked.connect(self.languageClicked)
        self.accessibility_button.clicked.connect(self.accessibilityClicked)
        self.read_aloud_button.clicked.connect(self.readAloudClicked)
        self.finish_button.clicked.connect(self.finishClicked)

    def _point_back_arrow(self) -> None:
        """Layouts mirror by themselves for right-to-left; the arrow on "Zurück" is told."""
        mirrored = self.isRightToLeft()
        self.back_button.setIcon(icon("back", theme.ON_ACCENT, ICON_PX, mirrored=mirrored))

    def _retranslate(self) -> None:
        for button, text in (
            (self.home_button, self.tr("Startseite")),
            (self.back_button, self.tr("Zurück")),
            (self.language_button, self.tr("Sprache")),
            (self.accessibility_button, self.tr("Barrierefreiheit")),
            (self.read_aloud_button, self.tr("Vorlesen")),
            (self.finish_button, self.tr("Fertig")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        for button, description in (
            (self.home_button, self.tr("Zurück zur Startseite")),
            (self.back_button, self.tr("Zurück zur vorigen Seite")),
            (self.language_button, self.tr("Eine andere Sprache wählen")),
            (
                self.accessibility_button,
                self.tr("Schriftgröße, Kontrast, Vorlesen und Bedienung im Sitzen"),
            ),
            (self.read_aloud_button, self.tr("Diese Seite vorlesen oder das Vorlesen anhalten")),
            (self.finish_button, self.tr("Beenden und alle Eingaben löschen")),
        ):
            button.setAccessibleDescription(description)
        self.finish_button.setToolTip(self.tr("Beenden und alle Eingaben löschen"))
        if self.demo_badge is not None:
            self.demo_badge.setText(self.tr("Demo"))
            self.demo_badge.setToolTip(self.tr("Vorführversion mit Beispieldaten"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._point_back_arrow()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_title()  # the text size changed
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fit_title()
            self.retranslated.emit()
        super().changeEvent(event)

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
        """Make everything fit without clipping, giving up the least important things first.

        1. the title (every screen repeats it as the heading of its own body);
        2. the buttons' spare padding (the stylesheet's ``[compact="true"]`` rule);
        3. the "Demo" badge.
        That happens only with large text (130 %, 160 %) or a wordy language. The empty title
        label keeps its place, so the buttons stay at the edges.
        """
        self._title.setText(self._full_title)
        if not self.isVisible():
            return  # measured when shown (resizeEvent); nothing to fit before the first paint
        self._set_compact(False)
        if self.demo_badge is not None:
            self.demo_badge.setHidden(False)
        if self._room_for_title() < 0:
            self._set_compact(True)
            if self._room_for_title() < 0 and self.demo_badge is not None:
                self.demo_badge.setHidden(True)
        if self._full_title and self._title.minimumSizeHint().width() > self._room_for_title():
            self._title.setText("")

    def _room_for_title(self) -> int:
        layout = self.layout()
        if layout is None:
            return 0
        margins = layout.contentsMargins()
        # Every shown widget but the title, also those added later (the staff corner key).
        others: list[QWidget] = []
        spacers = 0
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            widget = item.widget()
            if widget is None:
                spacers += item.sizeHint().width()  # the added spacing
            elif widget is not self._title and not widget.isHidden():
                others.append(widget)
        used = sum(widget.sizeHint().width() for widget in others)
        used += layout.spacing() * (len(others) + 1) + spacers
        return self.width() - margins.left() - margins.right() - used

    def _set_compact(self, compact: bool) -> None:
        if bool(self.property("compact")) == compact:
            return
        self.setProperty("compact", compact)
        for button in self._buttons:
            button.style().unpolish(button)
            button.style().polish(button)
            button.updateGeometry()

    def set_back_enabled(self, enabled: bool) -> None:
        self.back_button.setEnabled(enabled)

    def set_read_aloud_shown(self, shown: bool) -> None:
        self.read_aloud_button.setVisible(shown)
        self._fit_title()
