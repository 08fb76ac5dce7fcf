"""A screen for an area that is not built yet: it says so plainly, and leads back home."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.icons import icon_pixmap
from kiosk.ui.screens.base import Screen, scrolling_body


class PlaceholderScreen(Screen):
    def __init__(
        self,
        title: str,
        explanation: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        body = scrolling_body(self)

        card = QFrame()
        card.setObjectName("Card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(20)

        head = QHBoxLayout()
        head.setSpacing(24)
        area_icon = QLabel()
        area_icon.setObjectName("NoticeIcon")
        area_icon.setFixedSize(96, 96)
        area_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        area_icon.setPixmap(icon_pixmap("construction", theme.WARNING, 56))
        head.addWidget(area_icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(6)
        eyebrow = QLabel(title)
        eyebrow.setProperty("role", "eyebrow")
        eyebrow.setWordWrap(True)
        self.notice = QLabel(self.tr("Dieser Bereich ist noch im Aufbau"))
        self.notice.setObjectName("UnderConstruction")
        self.notice.setProperty("role", "heading")
        self.notice.setWordWrap(True)
        texts.addWidget(eyebrow)
        texts.addWidget(self.notice)
        head.addLayout(texts, 1)
        inner.addLayout(head)

        if explanation:
            detail = QLabel(explanation)
            detail.setWordWrap(True)
            inner.addWidget(detail)
        help_text = QLabel(
            self.tr("Bis dahin hilft Ihnen das Team im Dorfbüro gern persönlich weiter.")
        )
        help_text.setProperty("role", "note")
        help_text.setWordWrap(True)
        inner.addWidget(help_text)

        home = QPushButton(self.tr("Zur Startseite"))
        home.setObjectName("PlaceholderHome")
        home.setProperty("role", "primary")
        home.setMinimumHeight(72)
        home.clicked.connect(self.homeRequested)
        inner.addSpacing(8)
        inner.addWidget(home, 0, Qt.AlignmentFlag.AlignLeft)

        body.addWidget(card)
        body.addStretch(1)

    def title(self) -> str:
        return self._title
