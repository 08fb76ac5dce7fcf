"""Kiosk mode: the keyboard escapes that could close or leave the terminal do nothing.

Installed as an application event filter. It swallows Alt+F4, Ctrl+Q, Ctrl+W and Escape both
as shortcut candidates (``ShortcutOverride``: no QAction/QShortcut fires) and as key presses
(no widget sees them). Everything else passes untouched.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

_MODS = Qt.KeyboardModifier
_BLOCKED: tuple[tuple[Qt.Key, Qt.KeyboardModifier], ...] = (
    (Qt.Key.Key_F4, _MODS.AltModifier),
    (Qt.Key.Key_Q, _MODS.ControlModifier),
    (Qt.Key.Key_W, _MODS.ControlModifier),
    (Qt.Key.Key_Escape, _MODS.NoModifier),
)
_KEY_EVENTS = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
)


def is_escape_key(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """True for the key combinations a kiosk must ignore (extra modifiers do not help)."""
    for blocked_key, needed in _BLOCKED:
        if key == blocked_key and (modifiers & needed) == needed:
            return True
    return False


class KioskGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _KEY_EVENTS and is_escape_key(
            event.key(),  # type: ignore[attr-defined]
            event.modifiers(),  # type: ignore[attr-defined]
        ):
            event.accept()
            return True
        return False
