"""A large home-screen tile: icon, title and one line of explanation, one big touch target."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.icons import icon_pixmap

ICON_PX = 52
ICON_DISC_PX = 88


class Tile(QPushButton):
    """A button whose face is a small card. Its size follows its content, never clipping it.

    The labels on it do not take mouse presses, so a tap anywhere on the card clicks it.
    (No ``Qt.*`` names here: the home screen is built before the first paint, see app.py.)
    """

    def __init__(self, icon_name: str, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self._icon = QLabel()
        self._icon.setObjectName("TileIcon")  # centred by the stylesheet
        self._icon.setFixedSize(ICON_DISC_PX, ICON_DISC_PX)
        self._icon.setPixmap(icon_pixmap(icon_name, theme.ACCENT, ICON_PX))

        self._title = QLabel(title)
        self._title.setObjectName("TileTitle")
        self._title.setWordWrap(True)

        self._text = QLabel(text)
        self._text.setObjectName("TileText")
        self._text.setWordWrap(True)

        icon_row = QHBoxLayout()
        icon_row.setContentsMargins(0, 0, 0, 0)
        icon_row.addWidget(self._icon)
        icon_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(14)
        layout.addLayout(icon_row)
        layout.addSpacing(6)
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        layout.addStretch(1)

    def set_texts(self, title: str, text: str) -> None:
        self._title.setText(title)
        self._text.setText(text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def title(self) -> str:
        return self._title.text()

    def explanation(self) -> str:
        return self._text.text()

    # QPushButton sizes itself from text and icon; a tile's face is its layout.
    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalSizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1
