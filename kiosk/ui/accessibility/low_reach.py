"""The low-reach layout: every control in the lower two thirds of the screen, for a person
in a wheelchair or of short stature.

The main window puts a :class:`LowReachSpacer` over the top third and moves the top bar to
the bottom, above the on-screen keyboard (see :meth:`kiosk.ui.main_window.MainWindow.
set_low_reach`). The spacer holds no control; it shows the screen's title, so the top third
still tells where one is.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

REACH_SHARE = 1 / 3  # the top third is out of reach


def spacer_height(window_height: int) -> int:
    return math.ceil(window_height * REACH_SHARE)


class LowReachSpacer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LowReachSpacer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.title = QLabel(self)
        self.title.setObjectName("LowReachTitle")
        self.title.setProperty("role", "heading")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 16, 48, 16)
        layout.addStretch(1)
        layout.addWidget(self.title)
        if parent is not None:
            parent.installEventFilter(self)
            self.setFixedHeight(spacer_height(parent.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setFixedHeight(spacer_height(parent.height()))
        return False

    def set_title(self, title: str) -> None:
        self.title.setText(title)


__all__ = ["REACH_SHARE", "LowReachSpacer", "spacer_height"]
