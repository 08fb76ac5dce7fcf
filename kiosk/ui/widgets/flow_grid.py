"""Up to N equal columns of widgets, fewer when they would not fit: large text (the
accessibility menu's 130 %, 160 %) or a wordy language gets one or two columns instead of
clipped words. Re-arranged when the width, the text size or the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


def fitting_columns(widgets: list[QWidget], room: int, spacing: int, most: int) -> int:
    """How many columns of ``widgets`` fit side by side in ``room`` px without clipping
    (fewer with large text or a wordy language); at least one."""
    if not widgets:
        return most
    needed = max(
        w.minimumSizeHint().width() if w.hasHeightForWidth() else w.sizeHint().width()
        for w in widgets
    )
    columns = most
    while columns > 1 and columns * needed + (columns - 1) * spacing > room:
        columns -= 1
    return columns


class FlowGrid(QWidget):
    """Up to ``most`` equal columns of ``widgets``, fewer when they would not fit."""

    def __init__(self, most: int, spacing: int = 20, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._most = most
        self._items: list[QWidget] = []
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)

    def set_widgets(self, widgets: list[QWidget]) -> None:
        self._items = list(widgets)
        self._columns = 0
        self._arrange()

    def columns(self) -> int:
        return self._columns

    def _arrange(self) -> None:
        room = self.width() if self.width() > 200 else body_room(self)
        columns = fitting_columns(self._items, room, self._grid.spacing(), self._most)
        if columns == self._columns:
            return
        self._columns = columns
        for widget in self._items:
            self._grid.removeWidget(widget)
        for column in range(self._most):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for i, widget in enumerate(self._items):
            self._grid.addWidget(widget, i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LanguageChange,
        ):
            self._columns = 0
            QTimer.singleShot(0, self, self._arrange)  # after the children took the new font


def body_room(widget: QWidget) -> int:
    """The width a scrolling body offers its content: the window's, less margins and bar."""
    window = widget.window()
    width = window.width() if window is not None and window is not widget else 1280
    return width - 96 - 24


__all__ = ["FlowGrid", "body_room", "fitting_columns"]
