"""A screen for an area that is not built yet: it says so plainly, and leads back home."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.icons import icon_pixmap
from kiosk.ui.screens.base import Screen, scrolling_body


class PlaceholderScreen(Screen):
    """ "Dieser Bereich ist noch im Aufbau", with the area's title and what it will offer.

    With ``context``, ``title`` and ``explanation`` are German source strings translated in
    that context (and again when the language changes); without it they are shown as given.
    """

    follows_language_change = True

    def __init__(
        self,
        title: str,
        explanation: str = "",
        parent: QWidget | None = None,
        *,
        context: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = (title, explanation)
        self._context = context
        body = scrolling_body(self)

        card = QFrame()
        card.setObjectName("Card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(20)

        head = QHBoxLayout()
        head.setSpacing(24)
        sign = QLabel()
        sign.setObjectName("NoticeIcon")
        sign.setFixedSize(96, 96)
        sign.setPixmap(icon_pixmap("construction", theme.WARNING, 56))
        head.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        self._eyebrow = QLabel()
        self._eyebrow.setProperty("role", "eyebrow")
        self._eyebrow.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("UnderConstruction")
        self.notice.setProperty("role", "heading")
        self.notice.setWordWrap(True)
        texts.addWidget(self._eyebrow)
        texts.addWidget(self.notice)
        head.addLayout(texts, 1)
        inner.addLayout(head)

        self._detail = QLabel()
        self._detail.setWordWrap(True)
        self._detail.setVisible(bool(explanation))
        inner.addWidget(self._detail)
        self._help = QLabel()
        self._help.setProperty("role", "note")
        self._help.setWordWrap(True)
        inner.addWidget(self._help)

        self._home = QPushButton()
        self._home.setObjectName("PlaceholderHome")
        self._home.setProperty("role", "primary")
        self._home.setMinimumHeight(72)
        self._home.clicked.connect(self.homeRequested)
        inner.addSpacing(8)
        inner.addWidget(self._home, 0, Qt.AlignmentFlag.AlignLeft)

        body.addWidget(card)
        body.addStretch(1)
        self._retranslate()

    def _translated(self, text: str) -> str:
        if self._context is None or not text:
            return text
        return QCoreApplication.translate(self._context, text)

    def title(self) -> str:
        return self._translated(self._source[0])

    def _retranslate(self) -> None:
        self._eyebrow.setText(self.title())
        self.notice.setText(self.tr("Dieser Bereich ist noch im Aufbau"))
        self._detail.setText(self._translated(self._source[1]))
        self._help.setText(
            self.tr("Bis dahin hilft Ihnen das Team im Dorfbüro gern persönlich weiter.")
        )
        self._home.setText(self.tr("Zur Startseite"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
