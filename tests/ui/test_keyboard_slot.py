"""The on-screen keyboard lives below the screens: it shrinks the screen, never covers the field."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QScrollArea

from kiosk.ui.screens.base import Screen, scrolling_body
from kiosk.ui.widgets.keyboard import OnScreenKeyboard


class LongForm(Screen):
    def __init__(self) -> None:
        super().__init__()
        body = scrolling_body(self)
        for number in range(8):
            body.addWidget(QLabel(f"Frage {number + 1}"))
            body.addWidget(QLineEdit())
        self.last = body.itemAt(body.count() - 1).widget()


def test_keyboard_sits_below_the_screen_and_the_focused_field_stays_visible(
    make_shell, qtbot
) -> None:
    window = make_shell(size=(1280, 800))
    keyboard = window.keyboard
    assert isinstance(keyboard, OnScreenKeyboard)
    assert keyboard.isHidden()
    screen = LongForm()
    window.navigator.push(screen)
    stack_height_before = window.stack.height()

    field = screen.last
    assert isinstance(field, QLineEdit)
    with qtbot.waitSignal(keyboard.shownChanged, timeout=2000):
        field.setFocus()
    qtbot.waitUntil(lambda: window.stack.height() < stack_height_before, timeout=2000)

    # Below the screen area, not on top of it.
    assert keyboard.isVisible()
    assert keyboard.geometry().top() >= window.stack.geometry().bottom()
    # The field is scrolled into the part of the screen that is still visible.
    area = screen.findChild(QScrollArea)
    assert area is not None
    viewport = area.viewport()

    def field_in_view() -> bool:
        top_left = field.mapTo(viewport, QPoint(0, 0))
        return top_left.y() >= 0 and top_left.y() + field.height() <= viewport.height()

    qtbot.waitUntil(field_in_view, timeout=2000)
    qtbot.keyClicks(field, "Erika")

    # The end of the visit hides the keyboard and wipes the text.
    with qtbot.waitSignal(window.session.ended, timeout=1000):
        qtbot.mouseClick(window.top_bar.finish_button, Qt.MouseButton.LeftButton)
    assert keyboard.isHidden()
    assert window.navigator.depth == 0
