"""Small building blocks shared by the staff screens."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.config import TEXT_SCALES
from kiosk.ui.screens.base import Screen
from kiosk.ui.theme import BODY_POINT_SIZE


def label(text: str, role: str | None = None, name: str | None = None) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def button(text: str, name: str, *, primary: bool = False, height: int = 60) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setMinimumHeight(height)
    if primary:
        widget.setProperty("role", "primary")
    return widget


class ArrowButton(QPushButton):
    """◀ or ▶ to page back or on; mirrored right to left (Arabic: back points right, as the
    top bar's Back does). Its accessible name says what it does (see :func:`describe`)."""

    def __init__(self, step: int, name: str) -> None:
        super().__init__()
        self.step = step
        self.setObjectName(name)
        self.setMinimumHeight(60)
        self._show_direction()

    def _show_direction(self) -> None:
        back = (self.step < 0) != self.isRightToLeft()
        self.setText("◀" if back else "▶")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._show_direction()
        super().changeEvent(event)


class _LanguageFollower(QObject):
    def __init__(self, widget: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(widget)
        self._retranslate = retranslate
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def follow_language(widget: QWidget, retranslate: Callable[[], None]) -> None:
    """Set ``widget``'s texts now with ``retranslate`` and again on each language change
    (the texts, accessible names and descriptions it sets through ``tr()``)."""
    retranslate()
    _LanguageFollower(widget, retranslate)


def describe(widget: QWidget, description: str, name: str | None = None) -> None:
    """What a screen reader says about ``widget``: its name (when the text on it is not one,
    e.g. an arrow) and its description (what a tap does, or its state). Call it from a
    ``_retranslate`` method, so both follow a language change."""
    if name is not None:
        widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def card(name: str = "Card") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    return frame, layout


# Staff work at a desk for hours: denser than the citizens' screens, still touch-sized
# (48 px targets). Set on each staff screen, so the citizens' theme is untouched.
STAFF_STYLE = """
QPushButton { font-size: 15pt; padding: 4px 12px; min-height: 48px; min-width: 48px; }
QPushButton:checked { background: #D7E8EB; border-color: #0E5A6B; color: #0A4452; }
QPushButton[compact="true"] { font-size: 14pt; padding: 2px 6px; min-height: 40px; }
QLabel { font-size: 15pt; }
QLabel[role="heading"] { font-size: 24pt; }
QLabel[role="subheading"] { font-size: 18pt; }
QLabel[role="eyebrow"] { font-size: 15pt; }
QLineEdit, QComboBox { font-size: 15pt; min-height: 48px; }
QTableView, QListView, QHeaderView::section { font-size: 15pt; }
QHeaderView::section { padding: 4px 8px; }
"""


def staff_style(text_scale: int) -> str:
    """:data:`STAFF_STYLE` with every point size grown by the text size (130 %, 160 %)."""
    return re.sub(
        r"(\d+)pt", lambda m: f"{round(int(m.group(1)) * text_scale / 100)}pt", STAFF_STYLE
    )


def text_scale() -> int:
    """The text size chosen in the accessibility menu (100, 130 or 160), read from the
    application font that :func:`kiosk.ui.theme.apply_theme` set."""
    percent = QApplication.font().pointSizeF() / BODY_POINT_SIZE * 100
    return min(TEXT_SCALES, key=lambda choice: abs(choice - percent))


class StaffScreen(Screen):
    """A screen of staff mode: leaving every one of them ends staff mode. Its texts follow
    the text size like the citizens' screens do."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("staffScreen", True)
        self._text_scale = 0
        self._follow_text_size()

    def _follow_text_size(self) -> None:
        scale = text_scale()
        if scale != self._text_scale:
            self._text_scale = scale
            self.setStyleSheet(staff_style(scale))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._follow_text_size()
        super().changeEvent(event)
