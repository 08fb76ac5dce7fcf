"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 (abi3 wheels) drops a reference to ``None`` on every Qt call that returns
nothing when run on Python 3.11: a kiosk left running aborts with "deallocating None" after a
few thousand calls. pyproject pins PySide6 below 6.12; this test fails if a broken binding is
installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_the_refcount_of_none(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    label = QLabel(widget)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.setFixedHeight(10)
        widget.resize(20, 20)
        label.setText("Guten Tag")
        timer.start(5)
        timer.stop()
    assert abs(sys.getrefcount(None) - before) < 50
