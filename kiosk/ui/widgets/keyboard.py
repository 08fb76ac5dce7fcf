"""The on-screen keyboard: part of the window's layout, shown while a text field has focus.

It types by sending the same key events a hardware keyboard would send to
``QApplication.focusWidget()``, so validators, ``maxLength`` and input masks apply unchanged.
Its keys never take focus, so the text field keeps it while the person types.

Styling belongs to the theme: the widget's objectName is ``OnScreenKeyboard`` and every key
has the dynamic property ``keyRole`` (``char``, ``shift``, ``backspace``, ``enter``, ``space``,
``layout``, ``hide``); the shift key also has ``shiftState`` (``off``, ``once``, ``locked``).
If the application style sheet says nothing about ``#OnScreenKeyboard``, :meth:`attach` applies
:data:`DEFAULT_STYLE_SHEET` so the keyboard is usable without a theme.

A field chooses its keyboard: ``inputMethodHints`` for digits, phone numbers or formatted
numbers give the numeric pad; the dynamic property ``kioskKeyboard`` = ``"numeric"`` forces
it, ``"none"`` means no keyboard at all (e.g. a field filled by a card reader).
"""

from __future__ import annotations

import re
import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets.keyboard_layouts import (
    LAYOUTS,
    LETTERS,
    LETTERS_SHIFTED,
    NUMERIC,
    ROW_UNITS,
    SYMBOLS,
    KeySpec,
)

KEY_HEIGHT = 64
KEY_MIN_WIDTH = 48
KEY_SPACING = 8
NUMERIC_PAD_MAX_WIDTH = 640

NUMERIC_HINTS = (
    Qt.InputMethodHint.ImhDigitsOnly
    | Qt.InputMethodHint.ImhDialableCharactersOnly
    | Qt.InputMethodHint.ImhFormattedNumbersOnly
    | Qt.InputMethodHint.ImhPreferNumbers
)

DEFAULT_STYLE_SHEET = """
#OnScreenKeyboard { background: #E2DED6; border-top: 1px solid #C9C4BA; }
#OnScreenKeyboard QStackedWidget, #OnScreenKeyboard QStackedWidget > QWidget {
    background: transparent;
}
#OnScreenKeyboard QPushButton {
    min-width: 48px; min-height: 56px;
    background: #FFFFFF; color: #1D2A30; font-size: 24px; /* max 130% */ font-weight: 500;
    border: 1px solid #BDB7AC; border-bottom: 3px solid #A8A296; border-radius: 8px;
    padding: 0 4px;
}
#OnScreenKeyboard QPushButton:pressed { background: #D7E8EB; }
#OnScreenKeyboard QPushButton[keyRole="shift"],
#OnScreenKeyboard QPushButton[keyRole="backspace"],
#OnScreenKeyboard QPushButton[keyRole="layout"],
#OnScreenKeyboard QPushButton[keyRole="hide"] {
    background: #D3CEC4; font-size: 20px; /* max 115% */
}
#OnScreenKeyboard QPushButton[keyRole="shift"],
#OnScreenKeyboard QPushButton[keyRole="backspace"] { font-size: 30px; /* max 100% */ }
#OnScreenKeyboard QPushButton[keyRole="space"] { font-size: 18px; /* max 115% */ color: #5A676C; }
#OnScreenKeyboard QPushButton[keyRole="enter"],
#OnScreenKeyboard QPushButton[keyRole="shift"][shiftState="once"],
#OnScreenKeyboard QPushButton[keyRole="shift"][shiftState="locked"] {
    background: #0E5A6B; color: #FFFFFF; border-color: #093F4B;
}
#OnScreenKeyboard QPushButton[keyRole="enter"] { font-size: 20px; /* max 115% */ }
#OnScreenKeyboard QPushButton[keyRole="enter"]:pressed { background: #093F4B; }
#OnScreenKeyboard QPushButton[keyRole="shift"][shiftState="locked"] {
    border-bottom: 5px solid #F2B33D;
}
"""

HIGH_CONTRAST_STYLE_SHEET = """
#OnScreenKeyboard { background: #FFFFFF; border-top: 2px solid #000000; }
#OnScreenKeyboard QPushButton,
#OnScreenKeyboard QPushButton[keyRole="shift"],
#OnScreenKeyboard QPushButton[keyRole="backspace"],
#OnScreenKeyboard QPushButton[keyRole="layout"],
#OnScreenKeyboard QPushButton[keyRole="hide"],
#OnScreenKeyboard QPushButton[keyRole="space"] {
    background: #FFFFFF; color: #000000; font-weight: 700;
    border: 2px solid #000000; border-bottom: 3px solid #000000;
}
#OnScreenKeyboard QPushButton:pressed { background: #FFE28A; }
#OnScreenKeyboard QPushButton[keyRole="enter"],
#OnScreenKeyboard QPushButton[keyRole="shift"][shiftState="once"],
#OnScreenKeyboard QPushButton[keyRole="shift"][shiftState="locked"] {
    background: #000000; color: #FFFFFF; border-color: #000000;
}
#OnScreenKeyboard QPushButton[keyRole="enter"]:pressed { background: #333333; }
#OnScreenKeyboard QPushButton[keyRole="shift"][shiftState="locked"] {
    border-bottom: 5px solid #FFB000;
}
"""
"""Added after :data:`DEFAULT_STYLE_SHEET` while the app is in high contrast (the application's
``kioskHighContrast`` property, set by :func:`kiosk.ui.theme.apply_theme`): black on white,
no grey text (7:1)."""

_OWN_SHEET = "kioskOwnSheet"  # the style sheet is ours (not one a caller set)
_FONT_SIZE = re.compile(r"font-size: (\d+)px;( /\* max (\d+)% \*/)?")


def scaled_sheet(sheet: str, text_scale: int) -> str:
    """``sheet`` with its font sizes grown to ``text_scale`` percent (the text size of the
    accessibility menu); a size marked ``/* max NNN% */`` grows at most to NNN percent (the
    long labels of the wide keys)."""
    if text_scale == 100:
        return sheet

    def grow(match: re.Match[str]) -> str:
        scale = min(text_scale, int(match.group(3))) if match.group(3) else text_scale
        return f"font-size: {round(int(match.group(1)) * scale / 100)}px;"

    return _FONT_SIZE.sub(grow, sheet)


_SPECIAL_KEYS = {
    Qt.Key.Key_Backspace: "",
    Qt.Key.Key_Return: "\r",
    Qt.Key.Key_Space: " ",
}


def input_owner(widget: QWidget | None) -> QWidget | None:
    """The editable text input ``widget`` belongs to, or None if it is not one.

    The inner line edit of a spin box or editable combo box counts as its owner, because the
    owner carries the input method hints and the ``kioskKeyboard`` property.
    """
    if widget is None:
        return None
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        widget = parent
    if isinstance(widget, QComboBox):
        return widget if widget.isEditable() else None
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit):
        return None if widget.isReadOnly() else widget
    return None


def keyboard_mode(owner: QWidget) -> str:
    """``"none"``, ``"numeric"`` or ``"letters"`` for an input found by :func:`input_owner`."""
    wanted = owner.property("kioskKeyboard")
    if wanted in ("none", "numeric"):
        return str(wanted)
    if owner.inputMethodHints() & NUMERIC_HINTS:
        return "numeric"
    return "letters"


def _key_code(text: str) -> Qt.Key:
    """The Qt key a hardware keyboard reports for ``text`` (Qt's codes are upper-case Latin-1)."""
    upper = text.upper()
    code = ord(upper) if len(upper) == 1 else ord(text)
    if code > 0xFF:
        return Qt.Key.Key_unknown
    try:
        return Qt.Key(code)
    except ValueError:
        return Qt.Key.Key_unknown


class KeyButton(QPushButton):
    """One key: big, never focusable, described by ``keyRole`` / ``keyValue`` properties."""

    def __init__(self, spec: KeySpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"key_{spec.role}")
        self.setProperty("keyRole", spec.role)
        self.setProperty("keyValue", spec.value)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.setMinimumSize(KEY_MIN_WIDTH, KEY_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        if spec.role == "char":
            self.setText(spec.value.replace("&", "&&"))  # a lone & would be a mnemonic
            self.setAccessibleName(spec.value)
        if spec.role == "backspace":
            self.setAutoRepeat(True)
            self.setAutoRepeatDelay(450)
            self.setAutoRepeatInterval(90)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(KEY_MIN_WIDTH, hint.width()), max(KEY_HEIGHT, hint.height()))


class OnScreenKeyboard(QWidget):
    """German QWERTZ keyboard with umlauts and ß, a symbols layout and a numeric pad.

    Put it below the screen area in the window's layout and call :meth:`attach` once; it
    shows itself when an editable text input gets focus and hides when focus leaves.
    """

    shownChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OnScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # QWERTZ stays QWERTZ when the interface is Arabic.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self._app: QApplication | None = None
        self._base = LETTERS
        self._shift = "off"
        self._last_shift_tap = 0.0
        self._watched: list[QObject] = []
        self._owner: QWidget | None = None
        self._keys: dict[str, list[KeyButton]] = {}
        self._pages: dict[str, QWidget] = {}

        self._stack = QStackedWidget(self)
        for name, rows in LAYOUTS.items():
            page = self._build_numeric(rows) if name == NUMERIC else self._build_grid(name, rows)
            self._pages[name] = page
            self._stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 12)
        outer.addWidget(self._stack)

        self._retranslate()
        self._update_shift_keys()
        self.hide()

    # -- public API -------------------------------------------------------------------------

    def attach(self, app: QApplication) -> None:
        """Follow ``app``'s focus: show for editable text inputs, hide otherwise."""
        if self._app is not None:
            self._app.focusChanged.disconnect(self._on_focus_changed)
        self._app = app
        app.focusChanged.connect(self._on_focus_changed)
        self._apply_fallback_style()
        self._on_focus_changed(None, app.focusWidget())

    def reset(self) -> None:
        """Hide, shift off, back to letters (for the end of a citizen's session)."""
        self._unwatch()
        self._owner = None
        self._shift = "off"
        self._base = LETTERS
        self._show_page()
        self.setVisible(False)

    def layout_name(self) -> str:
        """The layout on screen: ``"de"``, ``"de_shift"``, ``"symbols"`` or ``"numeric"``."""
        return self._current_page_name()

    def current_keys(self) -> list[KeyButton]:
        """The keys of the layout on screen, row by row."""
        return list(self._keys[self._current_page_name()])

    def key(self, value: str = "", role: str = "char") -> KeyButton:
        """The key of the layout on screen that types ``value`` (or has ``role``)."""
        for key in self._keys[self._current_page_name()]:
            if key.spec.role == role and (role != "char" or key.spec.value == value):
                return key
        raise LookupError(f"no {role} key {value!r} on layout {self.layout_name()}")

    def setVisible(self, visible: bool) -> None:
        was_hidden = self.isHidden()
        super().setVisible(visible)
        if was_hidden != self.isHidden():
            self.shownChanged.emit(visible)

    # -- building ---------------------------------------------------------------------------

    def _make_key(self, spec: KeySpec, page_name: str) -> KeyButton:
        key = KeyButton(spec)
        key.clicked.connect(lambda _checked=False, s=spec: self._on_key(s))
        self._keys.setdefault(page_name, []).append(key)
        return key

    def _build_grid(self, name: str, rows: tuple[tuple[KeySpec, ...], ...]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(KEY_SPACING)
        grid.setVerticalSpacing(KEY_SPACING)
        for column in range(ROW_UNITS):
            grid.setColumnStretch(column, 1)
        for row_index, row in enumerate(rows):
            column = 0
            for spec in row:
                if spec.role != "gap":
                    grid.addWidget(self._make_key(spec, name), row_index, column, 1, spec.units)
                column += spec.units
            assert column == ROW_UNITS, f"layout {name} row {row_index} is {column} units"
        return page

    def _build_numeric(self, rows: tuple[tuple[KeySpec, ...], ...]) -> QWidget:
        page = QWidget()
        pad = QWidget(page)
        pad.setMaximumWidth(NUMERIC_PAD_MAX_WIDTH)
        grid = QGridLayout(pad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(KEY_SPACING)
        for row_index, row in enumerate(rows):
            for column, spec in enumerate(row):
                grid.addWidget(self._make_key(spec, NUMERIC), row_index, column)
                grid.setColumnStretch(column, 1)
        centred = QHBoxLayout(page)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addWidget(pad, 4)
        centred.addStretch(1)
        return page

    def _retranslate(self) -> None:
        labels = {
            "shift": ("⇧", self.tr("Umschalttaste")),
            "backspace": ("⌫", self.tr("Löschen")),
            "enter": (self.tr("Eingabe"), self.tr("Eingabe")),
            "space": (self.tr("Leerzeichen"), self.tr("Leerzeichen")),
            "hide": (self.tr("Tastatur ausblenden"), self.tr("Tastatur ausblenden")),
        }
        descriptions = {
            "char": self.tr("Schreibt dieses Zeichen"),
            "backspace": self.tr("Löscht das Zeichen vor dem Cursor"),
            "enter": self.tr("Beendet die Eingabe in diesem Feld"),
            "space": self.tr("Schreibt ein Leerzeichen"),
            "hide": self.tr("Blendet die Tastatur aus; ein Tipp in ein Feld zeigt sie wieder"),
        }
        for page_name, keys in self._keys.items():
            for key in keys:
                role = key.spec.role
                if role in descriptions:
                    key.setAccessibleDescription(descriptions[role])
                if role in labels:
                    text, name = labels[role]
                    if role == "hide" and page_name == NUMERIC:
                        text = self.tr("Ausblenden")
                    key.setText(text)
                    key.setAccessibleName(name)
                elif role == "layout":
                    to_symbols = key.spec.value == SYMBOLS
                    key.setText("?123" if to_symbols else "ABC")
                    key.setAccessibleName(
                        self.tr("Zahlen und Zeichen") if to_symbols else self.tr("Buchstaben")
                    )
                    key.setAccessibleDescription(
                        self.tr("Wechselt zu Zahlen und Zeichen")
                        if to_symbols
                        else self.tr("Wechselt zu den Buchstaben")
                    )
        self._update_shift_keys()

    def _apply_fallback_style(self) -> None:
        """Use :data:`DEFAULT_STYLE_SHEET` (plus :data:`HIGH_CONTRAST_STYLE_SHEET` in high
        contrast) unless the application's style sheet covers us."""
        app = self._app or QApplication.instance()
        themed = self._app is not None and "OnScreenKeyboard" in self._app.styleSheet()
        high_contrast = bool(app is not None and app.property("kioskHighContrast"))
        scale = int(app.property("kioskTextScale") or 100) if app is not None else 100
        ours = DEFAULT_STYLE_SHEET + (HIGH_CONTRAST_STYLE_SHEET if high_contrast else "")
        wanted = "" if themed else scaled_sheet(ours, scale)
        if (self.styleSheet() == "" or self.property(_OWN_SHEET)) and self.styleSheet() != wanted:
            self.setStyleSheet(wanted)
            self.setProperty(_OWN_SHEET, bool(wanted))

    def showEvent(self, event: QShowEvent) -> None:
        self._apply_fallback_style()  # the theme may have been applied after attach()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        if event.type() == QEvent.Type.StyleChange:
            self._apply_fallback_style()  # high contrast switched on or off
        super().changeEvent(event)

    # -- state ------------------------------------------------------------------------------

    def _current_page_name(self) -> str:
        if self._base == LETTERS and self._shift != "off":
            return LETTERS_SHIFTED
        return self._base

    def _show_page(self) -> None:
        self._stack.setCurrentWidget(self._pages[self._current_page_name()])
        self._update_shift_keys()

    def _update_shift_keys(self) -> None:
        for keys in self._keys.values():
            for key in keys:
                if key.spec.role != "shift":
                    continue
                key.setProperty("shiftState", self._shift)
                key.setText("⇪" if self._shift == "locked" else "⇧")
                key.setAccessibleDescription(
                    self.tr("Feststelltaste an")
                    if self._shift == "locked"
                    else self.tr("Der nächste Buchstabe wird groß; zweimal tippen: alle groß")
                )
                key.style().unpolish(key)
                key.style().polish(key)

    def _on_key(self, spec: KeySpec) -> None:
        role = spec.role
        if role == "char":
            self._type(_key_code(spec.value), spec.value)
            if self._shift == "once":
                self._shift = "off"
                self._show_page()
        elif role == "backspace":
            self._type(Qt.Key.Key_Backspace)
        elif role == "enter":
            self._type(Qt.Key.Key_Return)
        elif role == "space":
            self._type(Qt.Key.Key_Space)
        elif role == "shift":
            self._tap_shift()
        elif role == "layout":
            self._base = spec.value
            self._shift = "off"
            self._show_page()
        elif role == "hide":
            self.setVisible(False)

    def _tap_shift(self) -> None:
        now = time.monotonic()
        double_tap = (now - self._last_shift_tap) * 1000 < QApplication.doubleClickInterval()
        self._last_shift_tap = now
        if self._shift == "off":
            self._shift = "once"
        elif self._shift == "once" and double_tap:
            self._shift = "locked"
        else:
            self._shift = "off"
        self._show_page()

    def _type(self, key: Qt.Key, text: str | None = None) -> None:
        target = QApplication.focusWidget()
        if target is None or input_owner(target) is None:
            return
        if text is None:
            text = _SPECIAL_KEYS.get(key, "")
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(event_type, key, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(target, event)

    # -- focus ------------------------------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        owner = input_owner(now)
        mode = keyboard_mode(owner) if owner is not None else "none"
        self._unwatch()
        if owner is None or now is None or mode == "none":
            self._owner = None
            self.setVisible(False)
            return
        self._owner = owner
        self._base = NUMERIC if mode == "numeric" else LETTERS
        self._shift = "off"
        self._show_page()
        self._watch(owner, now)
        self.setVisible(True)
        QTimer.singleShot(0, self, self._keep_field_visible)

    def _watch(self, owner: QWidget, focused: QWidget) -> None:
        """Listen for taps on the focused field: they bring back a keyboard hidden by hand."""
        targets: list[QObject] = [owner, focused]
        if isinstance(owner, QAbstractScrollArea):
            targets.append(owner.viewport())
        if isinstance(owner, QAbstractSpinBox | QComboBox):
            line_edit = owner.lineEdit()
            if line_edit is not None:
                targets.append(line_edit)
        for target in dict.fromkeys(targets):
            target.installEventFilter(self)
            self._watched.append(target)

    def _unwatch(self) -> None:
        for target in self._watched:
            if shiboken6.isValid(target):
                target.removeEventFilter(self)
        self._watched.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and self._owner is not None
            and self.isHidden()
        ):
            self.setVisible(True)
            QTimer.singleShot(0, self, self._keep_field_visible)
        return False

    def _keep_field_visible(self) -> None:
        """Scroll the focused field into view once the keyboard has taken its space."""
        owner = self._owner
        if owner is None or not shiboken6.isValid(owner) or self.isHidden():
            return
        parent = owner.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(owner, 16, 16)
                return
            parent = parent.parentWidget()


__all__ = [
    "DEFAULT_STYLE_SHEET",
    "KeyButton",
    "OnScreenKeyboard",
    "input_owner",
    "keyboard_mode",
]
