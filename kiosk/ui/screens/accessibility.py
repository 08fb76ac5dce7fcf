"""The accessibility menu: text size, contrast, read-aloud, and the low-reach layout.

Reachable from every screen (the top bar's "Barrierefreiheit") and from home. Each setting is
a row of big, mutually exclusive choices (no small switches), applied at once; all of them
last until the visit ends (:class:`kiosk.ui.accessibility.settings.AccessibilitySettings`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import TEXT_SCALES
from kiosk.ui.accessibility.settings import AccessibilitySettings, AccessibilityState
from kiosk.ui.screens.base import Screen, scrolling_body

CHOICE_MIN_HEIGHT = 72


class ChoiceRow(QFrame):
    """A card with a heading, one line of explanation and two or three exclusive choices."""

    def __init__(self, name: str, values: Sequence[object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("Card")
        self.values = tuple(values)
        self.heading = QLabel()
        self.heading.setProperty("role", "subheading")
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setProperty("role", "note")
        self.explanation.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, _value in enumerate(self.values):
            button = QPushButton()
            button.setObjectName(f"{name}_{index}")
            button.setProperty("role", "choice")
            button.setCheckable(True)
            button.setMinimumHeight(CHOICE_MIN_HEIGHT)
            self.group.addButton(button, index)
            self.buttons.append(button)
            grid.addWidget(button, 0, index)
            grid.setColumnStretch(index, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(grid)

    def set_texts(self, heading: str, explanation: str, labels: Sequence[str]) -> None:
        self.heading.setText(heading)
        self.explanation.setText(explanation)
        for button, label in zip(self.buttons, labels, strict=True):
            button.setText(label)
            button.setAccessibleName(f"{heading}: {label}")
            button.setAccessibleDescription(explanation)

    def select(self, value: object) -> None:
        for button, candidate in zip(self.buttons, self.values, strict=True):
            button.setChecked(candidate == value)

    def on_choice(self, handler: Callable[[object], None]) -> None:
        self.group.idClicked.connect(lambda index: handler(self.values[index]))


class AccessibilityScreen(Screen):
    follows_language_change = True

    def __init__(
        self,
        settings: AccessibilitySettings,
        read_now: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        body = scrolling_body(self)
        self._heading = QLabel()
        self._heading.setProperty("role", "heading")
        self._heading.setWordWrap(True)
        body.addWidget(self._heading)

        self.text_size = ChoiceRow("TextSize", TEXT_SCALES)
        self.text_size.on_choice(lambda v: settings.set_text_scale(int(v)))  # type: ignore[call-overload]
        self.contrast = ChoiceRow("Contrast", (False, True))
        self.contrast.on_choice(lambda v: settings.set_high_contrast(bool(v)))
        self.read_aloud = ChoiceRow("ReadAloud", (False, True))
        self.read_aloud.on_choice(lambda v: settings.set_read_aloud(bool(v)))
        self.read_now = QPushButton()
        self.read_now.setObjectName("ReadNowButton")
        self.read_now.setMinimumHeight(CHOICE_MIN_HEIGHT)
        self.read_now.clicked.connect(read_now)
        self.read_aloud.layout().addWidget(self.read_now)  # type: ignore[union-attr]
        self.low_reach = ChoiceRow("LowReach", (False, True))
        self.low_reach.on_choice(lambda v: settings.set_low_reach(bool(v)))
        for row in (self.text_size, self.contrast, self.read_aloud, self.low_reach):
            body.addWidget(row)
        self._footer = QLabel()
        self._footer.setProperty("role", "note")
        self._footer.setWordWrap(True)
        body.addWidget(self._footer)
        body.addStretch(1)

        settings.changed.connect(self._show_state)
        self._retranslate()
        self._show_state(settings.state, settings.state)

    def title(self) -> str:
        return self.tr("Barrierefreiheit")

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("So können Sie den Kiosk leichter bedienen."))
        self.text_size.set_texts(
            self.tr("Schriftgröße"),
            self.tr("Alle Texte werden größer."),
            [self.tr("Normal"), self.tr("Groß"), self.tr("Sehr groß")],
        )
        self.contrast.set_texts(
            self.tr("Kontrast"),
            self.tr("Schwarze Schrift auf Weiß, gut lesbar bei schwachen Augen."),
            [self.tr("Normal"), self.tr("Hoher Kontrast")],
        )
        self.read_aloud.set_texts(
            self.tr("Vorlesen"),
            self.tr(
                "Der Kiosk liest jede Seite vor. Die Taste „Vorlesen“ oben liest sie noch einmal."
            ),
            [self.tr("Aus"), self.tr("An")],
        )
        self.read_now.setText(self.tr("Diese Seite jetzt vorlesen"))
        self.read_now.setAccessibleName(self.read_now.text())
        self.read_now.setAccessibleDescription(
            self.tr("Der Kiosk liest diese Seite einmal laut vor.")
        )
        self.low_reach.set_texts(
            self.tr("Bedienung im Sitzen"),
            self.tr(
                "Alle Tasten rücken in den unteren Teil des Bildschirms, gut erreichbar "
                "aus dem Rollstuhl."
            ),
            [self.tr("Aus"), self.tr("An")],
        )
        self._footer.setText(
            self.tr(
                "Diese Einstellungen gelten, bis Sie auf „Fertig“ tippen oder der Kiosk "
                "von vorn beginnt."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _show_state(self, _old: AccessibilityState, state: AccessibilityState) -> None:
        self.text_size.select(state.text_scale)
        self.contrast.select(state.high_contrast)
        self.read_aloud.select(state.read_aloud)
        self.low_reach.select(state.low_reach)


__all__ = ["AccessibilityScreen", "ChoiceRow"]
