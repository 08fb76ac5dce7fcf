"""Small building blocks shared by the staff screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.screens.base import Screen


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


class StaffScreen(Screen):
    """A screen of staff mode: leaving every one of them ends staff mode."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("staffScreen", True)
        self.setStyleSheet(STAFF_STYLE)
