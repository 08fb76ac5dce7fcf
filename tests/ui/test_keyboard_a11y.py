"""The on-screen keyboard in every language, text size and theme: every key a named, described
touch target of at least 48 x 48 px, no key label clipped, 7:1 contrast in high contrast.

The screen walk (test_screen_walk.py) types into fields without the keyboard; this test checks
the keyboard itself, on each of its layouts (letters, capitals, symbols, the numeric pad),
with the same checks, in a window as wide as the terminal's (1280 px).
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.ui import i18n
from kiosk.ui.theme import apply_theme
from kiosk.ui.widgets.keyboard import OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import LETTERS, LETTERS_SHIFTED, NUMERIC, SYMBOLS

from .conftest import clipped, process_deletions
from .test_screen_walk import low_contrast, small_targets, undescribed, unnamed

LANGUAGES = [language.code for language in i18n.LANGUAGES]
MATRIX = list(itertools.product(LANGUAGES, (100, 130, 160), (False, True)))


@pytest.fixture
def keyboard_window(qapp, qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    text = QLineEdit()
    number = QLineEdit()
    number.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    keyboard = OnScreenKeyboard()
    for widget in (text, number, keyboard):
        layout.addWidget(widget)
    layout.addStretch(1)
    keyboard.attach(qapp)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window, keyboard, text, number
    window.close()
    window.deleteLater()
    process_deletions()
    i18n.install_translator(qapp, "de")
    apply_theme(qapp)


def check(keyboard: QWidget, high_contrast: bool) -> list[str]:
    problems = clipped(keyboard) + small_targets(keyboard) + unnamed(keyboard)
    problems += undescribed(keyboard)
    if high_contrast:
        problems += low_contrast(keyboard)
    return problems


@pytest.mark.parametrize(("language", "scale", "high_contrast"), MATRIX)
def test_every_key_on_every_layout(keyboard_window, qapp, qtbot, language, scale, high_contrast):
    _window, keyboard, text, number = keyboard_window
    i18n.install_translator(qapp, language)
    apply_theme(qapp, text_scale=scale, high_contrast=high_contrast)
    text.setFocus()
    qtbot.waitUntil(keyboard.isVisible)
    problems: dict[str, list[str]] = {}
    problems[LETTERS] = check(keyboard, high_contrast)
    keyboard.key(role="shift").click()
    assert keyboard.layout_name() == LETTERS_SHIFTED
    problems[LETTERS_SHIFTED] = check(keyboard, high_contrast)
    keyboard.key(role="shift").click()  # a second tap at once: caps lock, described as such
    locked = keyboard.key(role="shift").accessibleDescription()
    keyboard.key(role="layout").click()
    assert keyboard.layout_name() == SYMBOLS
    problems[SYMBOLS] = check(keyboard, high_contrast)
    number.setFocus()
    qtbot.waitUntil(lambda: keyboard.layout_name() == NUMERIC)
    problems[NUMERIC] = check(keyboard, high_contrast)
    found = [f"{page}: {p}" for page, found in problems.items() for p in found]
    assert found == [], "\n".join(found[:30])
    assert locked, "the caps-locked shift key says so"


def test_the_letters_grow_with_the_text_size(keyboard_window, qapp, qtbot) -> None:
    _window, keyboard, text, _number = keyboard_window
    text.setFocus()
    qtbot.waitUntil(keyboard.isVisible)
    sizes = {}
    for scale in (100, 130, 160):
        apply_theme(qapp, text_scale=scale)  # the keyboard re-styles itself on StyleChange
        sizes[scale] = keyboard.key("q").fontInfo().pixelSize()
    assert sizes[100] < sizes[130] <= sizes[160]
