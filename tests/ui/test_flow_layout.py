"""FlowLayout: buttons as wide as their text, wrapping onto more lines, mirrored right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.ui.theme import apply_theme
from kiosk.ui.widgets.flow_layout import FlowLayout


@pytest.fixture(autouse=True)
def themed(qapp):
    apply_theme(qapp)  # the kiosk's style sheet, as the other tests leave it
    yield


def _row(qtbot, width: int, direction: Qt.LayoutDirection) -> tuple[QWidget, list[QPushButton]]:
    holder = QWidget()
    holder.setLayoutDirection(direction)
    layout = FlowLayout(holder, spacing=8)
    buttons = [QPushButton(text) for text in ("Krankheit", "Urlaub", "Termin verlegt", "Sonstiges")]
    for button in buttons:
        button.setFixedSize(120 + 10 * len(button.text()), 56)
        layout.addWidget(button)
    qtbot.addWidget(holder)
    holder.resize(width, layout.heightForWidth(width))
    holder.show()
    qtbot.waitExposed(holder)
    return holder, buttons


def test_a_narrow_row_wraps_and_every_button_keeps_its_width(qtbot) -> None:
    _holder, buttons = _row(qtbot, 500, Qt.LayoutDirection.LeftToRight)
    assert len({b.y() for b in buttons}) > 1, "wrapped onto more lines"
    assert all(b.geometry().right() < 500 for b in buttons), "none sticks out"
    assert buttons[0].x() == 0
    assert [b.size() for b in buttons] == [b.sizeHint() for b in buttons], "as wide as needed"
    tops = [b.y() for b in buttons]
    assert tops == sorted(tops), "in reading order"


def test_a_wide_row_is_one_line(qtbot) -> None:
    _holder, buttons = _row(qtbot, 1200, Qt.LayoutDirection.LeftToRight)
    assert len({b.y() for b in buttons}) == 1


def test_right_to_left_starts_at_the_right(qtbot) -> None:
    _holder, buttons = _row(qtbot, 1200, Qt.LayoutDirection.RightToLeft)
    assert buttons[0].geometry().right() == 1199
    assert buttons[1].x() < buttons[0].x()
