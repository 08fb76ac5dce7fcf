"""The on-screen keyboard, driven the way a person drives it: tapping keys with the mouse."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets.keyboard import DEFAULT_STYLE_SHEET, KeyButton, OnScreenKeyboard
from kiosk.ui.widgets.keyboard_layouts import LAYOUTS

# Qt's offscreen platform says this whenever a window is shown; it is not about our code.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@dataclass
class Screen:
    window: QWidget
    keyboard: OnScreenKeyboard
    name: QLineEdit
    phone: QLineEdit
    note: QTextEdit
    plain: QPlainTextEdit
    count: QSpinBox
    button: QPushButton


@pytest.fixture
def screen(qtbot, qapp) -> Screen:
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    name = QLineEdit()
    phone = QLineEdit()
    phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
    note = QTextEdit()
    plain = QPlainTextEdit()
    count = QSpinBox()
    count.setRange(0, 999)
    button = QPushButton("Weiter")
    for widget in (name, phone, note, plain, count, button):
        layout.addWidget(widget)
    keyboard = OnScreenKeyboard()
    layout.addWidget(keyboard)
    qtbot.addWidget(window)
    keyboard.attach(qapp)
    window.resize(1280, 900)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    focus(qtbot, button)
    return Screen(window, keyboard, name, phone, note, plain, count, button)


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def tap(qtbot, keyboard: OnScreenKeyboard, value: str = "", role: str = "char") -> None:
    focused = QApplication.focusWidget()
    qtbot.mouseClick(keyboard.key(value, role), Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is focused, "a key tap must not steal the field's focus"


def _chars_on(layout: str) -> set[str]:
    return {spec.value for row in LAYOUTS[layout] for spec in row if spec.role == "char"}


def go_to(qtbot, keyboard: OnScreenKeyboard, wanted: str) -> None:
    """Reach a letter or symbol layout by tapping ?123/ABC and shift, like a person would."""
    if keyboard.layout_name() == wanted:
        return
    if (wanted == "symbols") != (keyboard.layout_name() == "symbols"):
        tap(qtbot, keyboard, role="layout")
    if keyboard.layout_name() != wanted:
        tap(qtbot, keyboard, role="shift")
    assert keyboard.layout_name() == wanted


def type_text(qtbot, keyboard: OnScreenKeyboard, text: str) -> None:
    """Type ``text`` with taps only; letters before symbols, as on the keys."""
    for ch in text:
        if ch == " ":
            tap(qtbot, keyboard, role="space")
            continue
        for layout in ("de", "de_shift", "symbols"):
            if ch in _chars_on(layout):
                go_to(qtbot, keyboard, layout)
                break
        tap(qtbot, keyboard, ch)


def test_hidden_until_a_text_field_has_focus(screen: Screen, qtbot) -> None:
    assert screen.keyboard.isHidden()
    with qtbot.waitSignal(screen.keyboard.shownChanged) as shown:
        focus(qtbot, screen.name)
    assert shown.args == [True]
    assert screen.keyboard.isVisible()
    assert screen.keyboard.layout_name() == "de"
    with qtbot.waitSignal(screen.keyboard.shownChanged) as hidden:
        focus(qtbot, screen.button)
    assert hidden.args == [False]
    assert screen.keyboard.isHidden()


def test_types_umlauts_sharp_s_capitals_and_digits(screen: Screen, qtbot) -> None:
    focus(qtbot, screen.name)
    type_text(qtbot, screen.keyboard, "Müßig Straße 12")
    assert screen.name.text() == "Müßig Straße 12"


def test_shift_is_one_shot_and_locks_on_double_tap(screen: Screen, qtbot) -> None:
    keyboard = screen.keyboard
    focus(qtbot, screen.name)
    tap(qtbot, keyboard, role="shift")
    tap(qtbot, keyboard, "A")
    assert keyboard.layout_name() == "de"
    tap(qtbot, keyboard, role="shift")
    tap(qtbot, keyboard, role="shift")  # quick second tap: caps lock
    assert keyboard.key(role="shift").property("shiftState") == "locked"
    for ch in "BC":
        tap(qtbot, keyboard, ch)
    assert keyboard.layout_name() == "de_shift"
    tap(qtbot, keyboard, role="shift")
    tap(qtbot, keyboard, "d")
    assert screen.name.text() == "ABCd"


def test_slow_second_shift_tap_turns_shift_off(screen: Screen, qtbot) -> None:
    keyboard = screen.keyboard
    focus(qtbot, screen.name)
    tap(qtbot, keyboard, role="shift")
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    tap(qtbot, keyboard, role="shift")
    assert keyboard.layout_name() == "de"


def test_email_address_with_symbols(screen: Screen, qtbot) -> None:
    keyboard = screen.keyboard
    focus(qtbot, screen.name)
    for ch in "anna":
        tap(qtbot, keyboard, ch)
    tap(qtbot, keyboard, "@")
    tap(qtbot, keyboard, role="layout")
    for ch in "_-":
        tap(qtbot, keyboard, ch)
    tap(qtbot, keyboard, role="layout")
    for ch in "dorf.de":
        tap(qtbot, keyboard, ch)
    assert screen.name.text() == "anna@_-dorf.de"


def test_backspace_and_enter_on_line_edit(screen: Screen, qtbot) -> None:
    focus(qtbot, screen.name)
    type_text(qtbot, screen.keyboard, "abc")
    tap(qtbot, screen.keyboard, role="backspace")
    assert screen.name.text() == "ab"
    with qtbot.waitSignal(screen.name.returnPressed):
        tap(qtbot, screen.keyboard, role="enter")
    assert screen.name.text() == "ab"


def test_backspace_repeats_while_held(screen: Screen, qtbot) -> None:
    focus(qtbot, screen.name)
    screen.name.setText("x" * 40)
    key = screen.keyboard.key(role="backspace")
    qtbot.mousePress(key, Qt.MouseButton.LeftButton)
    qtbot.wait(key.autoRepeatDelay() + 6 * key.autoRepeatInterval())
    qtbot.mouseRelease(key, Qt.MouseButton.LeftButton)
    deleted = 40 - len(screen.name.text())
    assert 3 <= deleted < 40


def test_max_length_is_respected(screen: Screen, qtbot) -> None:
    screen.name.setMaxLength(3)
    focus(qtbot, screen.name)
    type_text(qtbot, screen.keyboard, "abcde")
    assert screen.name.text() == "abc"


def test_validator_rejecting_letters_is_respected(screen: Screen, qtbot) -> None:
    screen.name.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*")))
    focus(qtbot, screen.name)
    type_text(qtbot, screen.keyboard, "a1b 2")
    assert screen.name.text() == "1 2"


def test_input_mask_is_respected(screen: Screen, qtbot) -> None:
    screen.name.setInputMask("99999;_")
    focus(qtbot, screen.name)
    screen.name.setCursorPosition(0)
    type_text(qtbot, screen.keyboard, "x12345")
    assert screen.name.text() == "12345"


def test_phone_field_gets_numeric_pad(screen: Screen, qtbot) -> None:
    keyboard = screen.keyboard
    focus(qtbot, screen.phone)
    assert keyboard.layout_name() == "numeric"
    for ch in "+49":
        tap(qtbot, keyboard, ch)
    tap(qtbot, keyboard, role="space")
    for ch in "1702":
        tap(qtbot, keyboard, ch)
    tap(qtbot, keyboard, role="backspace")
    assert screen.phone.text() == "+49 170"


def test_numeric_property_and_none_property(screen: Screen, qtbot) -> None:
    screen.name.setProperty("kioskKeyboard", "numeric")
    focus(qtbot, screen.name)
    assert screen.keyboard.layout_name() == "numeric"
    focus(qtbot, screen.button)
    screen.name.setProperty("kioskKeyboard", "none")
    focus(qtbot, screen.name)
    assert screen.keyboard.isHidden()


def test_read_only_field_gets_no_keyboard(screen: Screen, qtbot) -> None:
    screen.name.setReadOnly(True)
    focus(qtbot, screen.name)
    assert screen.keyboard.isHidden()


def test_multi_line_fields_get_newlines(screen: Screen, qtbot) -> None:
    for field in (screen.note, screen.plain):
        focus(qtbot, field)
        assert screen.keyboard.layout_name() == "de"
        type_text(qtbot, screen.keyboard, "Hallo")
        tap(qtbot, screen.keyboard, role="enter")
        type_text(qtbot, screen.keyboard, "Welt")
        assert field.toPlainText() == "Hallo\nWelt"


def test_spin_box_takes_digits_and_rejects_letters(screen: Screen, qtbot) -> None:
    focus(qtbot, screen.count)
    assert screen.keyboard.layout_name() == "numeric"
    screen.count.lineEdit().selectAll()
    for ch in "42":
        tap(qtbot, screen.keyboard, ch)
    tap(qtbot, screen.keyboard, role="enter")
    assert screen.count.value() == 42
    screen.count.setInputMethodHints(Qt.InputMethodHint.ImhNone)
    focus(qtbot, screen.button)
    focus(qtbot, screen.count)
    assert screen.keyboard.layout_name() == "de"
    tap(qtbot, screen.keyboard, "a")
    assert screen.count.text() == "42"


def test_editable_combo_box(screen: Screen, qtbot) -> None:
    combo = QComboBox()
    combo.setEditable(True)
    screen.window.layout().insertWidget(0, combo)
    focus(qtbot, combo)
    assert screen.keyboard.isVisible()
    type_text(qtbot, screen.keyboard, "Ort")
    assert combo.currentText() == "Ort"
    combo.setEditable(False)
    focus(qtbot, screen.button)
    focus(qtbot, combo)
    assert screen.keyboard.isHidden()


def test_hide_key_and_tap_on_field_brings_it_back(screen: Screen, qtbot) -> None:
    focus(qtbot, screen.name)
    tap(qtbot, screen.keyboard, role="hide")
    assert screen.keyboard.isHidden()
    assert QApplication.focusWidget() is screen.name
    qtbot.mouseClick(screen.name, Qt.MouseButton.LeftButton)
    assert screen.keyboard.isVisible()


def test_reset_hides_and_returns_to_letters(screen: Screen, qtbot) -> None:
    keyboard = screen.keyboard
    focus(qtbot, screen.name)
    tap(qtbot, keyboard, role="layout")
    assert keyboard.layout_name() == "symbols"
    keyboard.reset()
    assert keyboard.isHidden()
    assert keyboard.layout_name() == "de"
    focus(qtbot, screen.button)
    focus(qtbot, screen.name)
    tap(qtbot, keyboard, role="shift")
    keyboard.reset()
    assert keyboard.layout_name() == "de"
    assert keyboard.key(role="shift").property("shiftState") == "off"


def test_every_key_is_big_enough_at_1280_px(screen: Screen, qtbot) -> None:
    keyboard = screen.keyboard
    seen: dict[str, list[KeyButton]] = {}

    def measure() -> None:
        qtbot.wait(1)
        assert keyboard.width() == 1280
        seen[keyboard.layout_name()] = keyboard.current_keys()
        for key in keyboard.current_keys():
            assert key.isVisible()
            assert key.width() >= 48 and key.height() >= 56, (key.text(), key.size())

    focus(qtbot, screen.name)
    measure()
    tap(qtbot, keyboard, role="shift")
    measure()
    tap(qtbot, keyboard, role="layout")
    measure()
    focus(qtbot, screen.phone)
    measure()
    assert set(seen) == set(LAYOUTS)
    assert all(
        len(keys) == sum(len(row) for row in LAYOUTS[name]) - (name == "symbols") * 2
        for name, keys in seen.items()
    )


def test_every_key_has_an_accessible_name_and_never_takes_focus(screen: Screen) -> None:
    keys = screen.keyboard.findChildren(KeyButton)
    assert len(keys) > 100
    for key in keys:
        assert key.accessibleName(), key.property("keyRole")
        assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert key.property("keyRole") in (
            "char",
            "shift",
            "backspace",
            "enter",
            "space",
            "layout",
            "hide",
        )
    names = {key.accessibleName() for key in keys}
    assert {"Umschalttaste", "Löschen", "Leerzeichen", "Eingabe", "Tastatur ausblenden"} <= names
    assert {"ä", "ö", "ü", "ß", "Ä", "@", "€"} <= names


def test_keyboard_stays_left_to_right_in_an_arabic_interface(screen: Screen, qtbot) -> None:
    screen.window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    focus(qtbot, screen.name)
    qtbot.wait(1)
    q, w = screen.keyboard.key("q"), screen.keyboard.key("w")
    assert (
        q.mapTo(screen.keyboard, q.rect().topLeft()).x()
        < w.mapTo(screen.keyboard, w.rect().topLeft()).x()
    )


def test_deleted_keyboard_does_not_break_focus_changes(qtbot, qapp) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    field, other = QLineEdit(), QLineEdit()
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(window)
    keyboard = OnScreenKeyboard()
    keyboard.attach(qapp)
    keyboard.deleteLater()
    qtbot.wait(1)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus(qtbot, field)
    focus(qtbot, other)


def test_theme_style_sheet_replaces_the_fallback(screen: Screen, qtbot, qapp) -> None:
    assert screen.keyboard.styleSheet() == DEFAULT_STYLE_SHEET
    saved = qapp.styleSheet()
    qapp.setStyleSheet(saved + "\n#OnScreenKeyboard { background: #000000; }")
    try:
        focus(qtbot, screen.name)
        assert screen.keyboard.styleSheet() == ""
    finally:
        qapp.setStyleSheet(saved)


TYPABLE = sorted(_chars_on("de") | _chars_on("de_shift") | _chars_on("symbols") | {" "})


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(alphabet=TYPABLE, max_size=12))
def test_any_text_on_the_keys_arrives_unchanged(screen: Screen, qtbot, text: str) -> None:
    screen.name.clear()
    focus(qtbot, screen.name)
    type_text(qtbot, screen.keyboard, text)
    assert screen.name.text() == text
