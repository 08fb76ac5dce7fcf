"""Small building blocks shared by the staff screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

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
QPushButton[compact="true"] { font-size: 14pt; padding: 4px 6px; }
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
