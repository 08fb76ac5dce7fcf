"""The "Sind Sie noch da?" overlay that covers the whole window before a visit is reset."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import theme
from kiosk.ui.icons import icon_pixmap

CARD_WIDTH = 760


class IdlePrompt(QWidget):
    """A dimmed full-window scrim with a card, a countdown, "Mehr Zeit", "Weiter" and
    "Neu beginnen".

    It follows its parent's size; while shown it takes every touch, so nothing behind it can be
    operated by accident.
    """

    continueClicked = Signal()
    restartClicked = Signal()
    moreTimeClicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IdleScrim")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

        card = QFrame(self)
        card.setObjectName("IdleCard")
        self._card = card

        clock = self._clock = QLabel(card)
        clock.setPixmap(icon_pixmap("clock", theme.ACCENT, 64))
        clock.setAlignment(Qt.AlignmentFlag.AlignCenter)

        heading = self._heading = QLabel(card)
        heading.setProperty("role", "heading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)

        explanation = self._explanation = QLabel(card)
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._countdown = QLabel(card)
        self._countdown.setObjectName("IdleCountdown")
        self._countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._countdown.setWordWrap(True)

        self._seconds = 0
        self.continue_button = QPushButton(card)
        self.continue_button.setObjectName("IdleContinue")
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setMinimumHeight(72)
        self.restart_button = QPushButton(card)
        self.restart_button.setObjectName("IdleRestart")
        self.restart_button.setMinimumHeight(72)
        self.more_time_button = QPushButton(card)
        self.more_time_button.setObjectName("IdleMoreTime")
        self.more_time_button.setMinimumHeight(72)
        for button in (self.continue_button, self.restart_button, self.more_time_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.continue_button.clicked.connect(self.continueClicked)
        self.restart_button.clicked.connect(self.restartClicked)
        self.more_time_button.clicked.connect(self.moreTimeClicked)

        buttons = self._buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.setSpacing(20)
        buttons.addWidget(self.restart_button, 1)
        buttons.addWidget(self.continue_button, 1)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(18)
        inner.addWidget(clock)
        inner.addWidget(heading)
        inner.addWidget(explanation)
        inner.addWidget(self._countdown)
        inner.addSpacing(8)
        inner.addWidget(self.more_time_button)
        inner.addLayout(buttons)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

        parent.installEventFilter(self)
        self._retranslate()

    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Sind Sie noch da?"))
        self._explanation.setText(
            self.tr(
                "Wenn niemand mehr den Bildschirm berührt, beginnt der Kiosk gleich von vorn. "
                "Alle Eingaben werden dann gelöscht."
            )
        )
        self.continue_button.setText(self.tr("Weiter"))
        self.restart_button.setText(self.tr("Neu beginnen"))
        self.more_time_button.setText(self.tr("Mehr Zeit"))
        self.more_time_button.setAccessibleDescription(
            self.tr("Sie bekommen doppelt so viel Zeit, bevor der Kiosk von vorn beginnt.")
        )
        self.continue_button.setAccessibleDescription(self.tr("Hier weitermachen"))
        self.restart_button.setAccessibleDescription(self.tr("Alle Eingaben löschen"))
        self.set_seconds_left(self._seconds)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fit_parent()
        super().changeEvent(event)

    def countdown_text(self) -> str:
        return self._countdown.text()

    def read_aloud_text(self) -> str:
        """The question, what happens, how long is left, and the choices."""
        return "\n".join(
            (
                self._heading.text(),
                self._explanation.text(),
                self._countdown.text(),
                self.more_time_button.text(),
                self.continue_button.text(),
                self.restart_button.text(),
            )
        )

    def set_low_reach(self, on: bool) -> None:
        """Low reach: the card sits at the bottom, so its buttons are within reach."""
        self._outer.setStretch(2, 0 if on else 1)

    def set_seconds_left(self, seconds: int) -> None:
        self._seconds = seconds
        if seconds == 1:
            text = self.tr("Noch 1 Sekunde")
        else:
            text = self.tr("Noch %n Sekunden", "", seconds)
        self._countdown.setText(text)

    def show_prompt(self, seconds: int) -> None:
        self.set_seconds_left(seconds)
        self._fit_parent()
        self.raise_()
        self.show()
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit_parent()
        return False

    def _stack_buttons_if_needed(self, room: int) -> None:
        """ "Neu beginnen" and "Weiter" side by side, or one above the other if too wide."""
        pair = (self.restart_button, self.continue_button)
        # Both get the same width (equal stretch), so the wider one decides.
        needed = 2 * max(b.sizeHint().width() for b in pair) + self._buttons.spacing()
        self._buttons.setDirection(
            QBoxLayout.Direction.TopToBottom if needed > room else QBoxLayout.Direction.LeftToRight
        )

    def _fit_parent(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        # Large text: first a wider card (fewer lines), then no clock, so nothing is clipped.
        room = parent.height() - 64
        layout = self._card.layout()
        self._clock.setVisible(True)
        for width in (CARD_WIDTH, parent.width() - 64):
            width = min(width, parent.width() - 64)
            self._card.setFixedWidth(width)
            self._stack_buttons_if_needed(width - 96)  # the card's side margins
            if layout is None or layout.totalHeightForWidth(width) <= room:
                break
        if layout is not None and layout.totalHeightForWidth(self._card.width()) > room:
            self._clock.setVisible(False)
        self.setGeometry(parent.rect())
