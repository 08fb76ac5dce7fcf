"""Kiosk mode cannot be left from the keyboard; the demo window behaves like any window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from kiosk.ui.kiosk_guard import is_escape_key

ESCAPES = [
    ("Alt+F4", Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    ("Ctrl+Q", Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    ("Ctrl+W", Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ("Escape", Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
]


def closing_shortcuts(window) -> list[QShortcut]:
    """What a careless screen, a toolkit default or a window manager might bind to close."""
    shortcuts = []
    for sequence, _key, _mods in ESCAPES:
        shortcut = QShortcut(QKeySequence(sequence), window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(window.close)
        shortcuts.append(shortcut)
    return shortcuts


def test_kiosk_window_is_fullscreen_frameless_and_on_top(make_shell) -> None:
    window = make_shell(kiosk_mode=True, demo=False)
    assert window.isFullScreen()
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.top_bar.demo_badge is None


@pytest.mark.parametrize(("name", "key", "modifiers"), ESCAPES, ids=[e[0] for e in ESCAPES])
def test_kiosk_escapes_do_not_close_the_window(make_shell, qtbot, name, key, modifiers) -> None:
    window = make_shell(kiosk_mode=True, demo=False)
    shortcuts = closing_shortcuts(window)
    fired: list[str] = []
    for shortcut in shortcuts:
        shortcut.activated.connect(lambda: fired.append(name))
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)
    assert fired == []
    assert window.isVisible()


def test_kiosk_window_refuses_close_until_the_app_allows_it(make_shell) -> None:
    window = make_shell(kiosk_mode=True, demo=False)
    assert window.close() is False
    assert window.isVisible()
    window.allow_close()
    assert window.close() is True
    assert not window.isVisible()


def test_demo_window_is_windowed_and_closes_normally(make_shell, qtbot) -> None:
    window = make_shell(kiosk_mode=False, demo=True, size=None)
    assert not window.isFullScreen()
    assert (window.width(), window.height()) == (1280, 800)
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.top_bar.demo_badge is not None and window.top_bar.demo_badge.text() == "Demo"
    shortcuts = closing_shortcuts(window)
    assert QApplication.activeWindow() is window
    assert len(shortcuts) == 4
    # The same key that the kiosk swallows reaches the shortcut here: the test above can fail.
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
    )
    assert not window.isVisible()


def test_guard_lets_ordinary_typing_through() -> None:
    assert not is_escape_key(Qt.Key.Key_Q, Qt.KeyboardModifier.NoModifier)
    assert not is_escape_key(Qt.Key.Key_W, Qt.KeyboardModifier.ShiftModifier)
    assert not is_escape_key(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)
    assert is_escape_key(
        Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def test_typing_still_works_in_kiosk_mode(make_shell, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    window = make_shell(kiosk_mode=True, demo=False)
    field = QLineEdit(window.navigator.home_screen)
    field.show()
    qtbot.keyClicks(field, "Wq")
    assert field.text() == "Wq"
