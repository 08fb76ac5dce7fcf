"""Numbers and codes stay left-to-right in a right-to-left (Arabic) UI.

A booking code "K7M-2QX" or a phone number "+49 7461 123" reads left to right in every
language. In an Arabic sentence the Unicode bidi algorithm would move a leading "+" or split a
code at its hyphen; isolating it (U+2066 LEFT-TO-RIGHT ISOLATE ... U+2069 POP DIRECTIONAL
ISOLATE) keeps it whole. A label that shows nothing but a code gets a left-to-right layout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

LRI = "\u2066"
PDI = "\u2069"


def ltr(text: str) -> str:
    """``text`` isolated as left-to-right inside any surrounding text."""
    return f"{LRI}{text}{PDI}" if text else text


def keep_left_to_right(widget: QWidget) -> QWidget:
    """Mark a widget that shows a code or number: laid out and typed left to right."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    widget.setProperty("kioskLeftToRight", True)
    return widget


__all__ = ["keep_left_to_right", "ltr"]
