"""Key layouts of the on-screen keyboard: pure data, no Qt.

Every row of a letter or symbol layout is :data:`ROW_UNITS` grid columns wide; a normal key
spans :data:`KEY_UNITS` columns, so keys line up from row to row like on a hardware keyboard.
A :class:`KeySpec` with role ``"gap"`` is empty space.
"""

from __future__ import annotations

from dataclasses import dataclass

KEY_UNITS = 4
ROW_UNITS = 50

LETTERS = "de"
LETTERS_SHIFTED = "de_shift"
SYMBOLS = "symbols"
NUMERIC = "numeric"
LAYOUT_NAMES = (LETTERS, LETTERS_SHIFTED, SYMBOLS, NUMERIC)

ROLES = ("char", "shift", "backspace", "enter", "space", "layout", "hide", "gap")


@dataclass(frozen=True)
class KeySpec:
    """One key: what it does (``role``), what it types or switches to (``value``), its width."""

    role: str
    value: str = ""
    units: int = KEY_UNITS


Row = tuple[KeySpec, ...]


def _chars(text: str) -> tuple[KeySpec, ...]:
    return tuple(KeySpec("char", ch) for ch in text)


def _letters(shifted: bool) -> tuple[Row, ...]:
    def case(text: str) -> str:
        # ß stays ß under shift: "SS" is two characters, and capital ẞ would surprise people.
        return "".join(ch if ch == "ß" or not shifted else ch.upper() for ch in text)

    return (
        (*_chars(case("qwertzuiopü")), KeySpec("backspace", units=6)),
        (*_chars(case("asdfghjklöä")), KeySpec("enter", units=6)),
        (KeySpec("shift", units=6), *_chars(case("yxcvbnmß")), *_chars(",.-")),
        (
            KeySpec("layout", SYMBOLS, units=8),
            KeySpec("char", "@"),
            KeySpec("space", units=26),
            KeySpec("hide", units=12),
        ),
    )


_SYMBOLS: tuple[Row, ...] = (
    (*_chars("1234567890€"), KeySpec("backspace", units=6)),
    (*_chars("@.-_/:,?!()"), KeySpec("enter", units=6)),
    (KeySpec("gap", units=1), *_chars("+&=%#*\"';§$~"), KeySpec("gap", units=1)),
    (
        KeySpec("layout", LETTERS, units=8),
        KeySpec("space", units=30),
        KeySpec("hide", units=12),
    ),
)

# A phone-style pad: three columns of digits, a fourth of actions.
_NUMERIC: tuple[Row, ...] = (
    (*_chars("123"), KeySpec("backspace")),
    (*_chars("456"), KeySpec("space")),
    (*_chars("789"), KeySpec("enter")),
    (*_chars("+0,"), KeySpec("hide")),
)

LAYOUTS: dict[str, tuple[Row, ...]] = {
    LETTERS: _letters(shifted=False),
    LETTERS_SHIFTED: _letters(shifted=True),
    SYMBOLS: _SYMBOLS,
    NUMERIC: _NUMERIC,
}
