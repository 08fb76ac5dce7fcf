"""The visitor's accessibility choices: text size, high contrast, read-aloud, low reach.

They belong to one visit: :meth:`AccessibilitySettings.reset` (called when the visit ends)
puts back the terminal's configured defaults. The object only holds the state and announces
changes; :mod:`kiosk.ui.accessibility.install` applies them to the window.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from kiosk.config import TEXT_SCALES, DisplaySection


@dataclass(frozen=True)
class AccessibilityState:
    text_scale: int = 100
    high_contrast: bool = False
    read_aloud: bool = False
    low_reach: bool = False

    @classmethod
    def from_display(cls, display: DisplaySection) -> AccessibilityState:
        return cls(text_scale=display.text_scale, high_contrast=display.high_contrast)

    def theme_differs(self, other: AccessibilityState) -> bool:
        return (self.text_scale, self.high_contrast) != (other.text_scale, other.high_contrast)


class AccessibilitySettings(QObject):
    """The current :class:`AccessibilityState`; :attr:`changed` carries (old, new)."""

    changed = Signal(object, object)

    def __init__(self, defaults: AccessibilityState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.defaults = defaults
        self._state = defaults

    @property
    def state(self) -> AccessibilityState:
        return self._state

    def set_state(self, state: AccessibilityState) -> None:
        if state.text_scale not in TEXT_SCALES:
            raise ValueError(f"text scale must be one of {TEXT_SCALES}, not {state.text_scale}")
        old, self._state = self._state, state
        if old != state:
            self.changed.emit(old, state)

    def set_text_scale(self, percent: int) -> None:
        self.set_state(replace(self._state, text_scale=percent))

    def set_high_contrast(self, on: bool) -> None:
        self.set_state(replace(self._state, high_contrast=on))

    def set_read_aloud(self, on: bool) -> None:
        self.set_state(replace(self._state, read_aloud=on))

    def set_low_reach(self, on: bool) -> None:
        self.set_state(replace(self._state, low_reach=on))

    def reset(self) -> None:
        """The end of a visit: the terminal's defaults again."""
        self.set_state(self.defaults)


__all__ = ["AccessibilitySettings", "AccessibilityState"]
