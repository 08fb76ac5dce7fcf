"""Read-aloud: a screen's main content spoken through QtTextToSpeech.

The engine is ``speechd`` (speech-dispatcher) on terminals; tests use Qt's ``mock`` engine.
``KIOSK_TTS_ENGINE`` overrides the choice. The engine is created on first use only (loading
QtTextToSpeech and its plugin costs time, and most visitors never switch read-aloud on). If
no engine works, read-aloud stays silent and says why in the log; the kiosk keeps running.

:func:`reading_text` is what a screen reads by default: its title, then the visible labels in
reading order (top to bottom, then in the direction of the language).
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

DEFAULT_ENGINE = "speechd"
ROW_TOLERANCE_PX = 12  # labels whose tops differ by less than this share a reading line


def reading_order(root: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` sorted as a person reads them: lines top to bottom, within a line left to
    right (right to left for a right-to-left layout)."""
    rtl = root.isRightToLeft()
    placed = []
    for widget in widgets:
        corner = widget.mapTo(root, widget.rect().topLeft())
        x = corner.x() + (widget.width() if rtl else 0)
        placed.append((corner.y(), -x if rtl else x, widget))
    placed.sort(key=lambda item: (item[0], item[1]))
    # Merge tops that are nearly equal into one line, then order each line horizontally.
    lines: list[list[tuple[int, int, QWidget]]] = []
    for item in placed:
        if lines and item[0] - lines[-1][0][0] < ROW_TOLERANCE_PX:
            lines[-1].append(item)
        else:
            lines.append([item])
    return [item[2] for line in lines for item in sorted(line, key=lambda i: i[1])]


def visible_labels(root: QWidget) -> list[QLabel]:
    return [
        label
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(root) and label.text().strip() and not _is_markup_only(label)
    ]


def _is_markup_only(label: QLabel) -> bool:
    pixmap = label.pixmap()
    return pixmap is not None and not pixmap.isNull()


def reading_text(root: QWidget, title: str = "") -> str:
    """``title`` and the text of every visible label of ``root``, in reading order, one per
    line; a label repeating the line before it (a heading equal to the title) is left out."""
    lines = [title.strip()] if title.strip() else []
    for label in reading_order(root, list(visible_labels(root))):
        text = " ".join(plain_text(cast(QLabel, label)).split())
        if text and (not lines or lines[-1] != text):
            lines.append(text)
    return "\n".join(lines)


def plain_text(label: QLabel) -> str:
    """The words of a label, without markup if it shows rich text."""
    from PySide6.QtGui import QTextDocumentFragment

    text = label.text()
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


class ReadAloud(QObject):
    """Speaks text in the language on screen. :attr:`spoken` tells what it was asked to say."""

    spoken = Signal(str)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = engine or os.environ.get("KIOSK_TTS_ENGINE") or DEFAULT_ENGINE
        self._speech: QTextToSpeech | None = None
        self._failed = False
        self.last_text = ""

    def speech(self) -> QTextToSpeech | None:
        """The engine, created on first use; None if it cannot be used on this machine."""
        if self._speech is not None or self._failed:
            return self._speech
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # e.g. a system library of QtMultimedia is missing
            log.warning("read-aloud is not available: %s", exc)
            self._failed = True
            return None
        available = QTextToSpeech.availableEngines()
        if self.engine_name not in available:
            log.warning(
                "read-aloud engine %r not found (available: %s)", self.engine_name, available
            )
            self._failed = True
            return None
        self._speech = QTextToSpeech(self.engine_name, self)
        return self._speech

    def say(self, text: str, language: str | None = None) -> bool:
        """Stop whatever is being read and read ``text``; False if nothing can speak."""
        text = text.strip()
        if not text:
            return False
        speech = self.speech()
        if speech is None:
            return False
        self._set_language(speech, language)
        speech.stop()
        speech.say(text)
        self.last_text = text
        self.spoken.emit(text)
        return True

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()

    def is_speaking(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._speech is not None and self._speech.state() == QTextToSpeech.State.Speaking

    @staticmethod
    def _set_language(speech: Any, language: str | None) -> None:
        from kiosk.ui import i18n

        code = language or i18n.current_language()
        try:
            wanted = i18n.language(code).locale()
        except KeyError:
            return
        for locale in speech.availableLocales():
            if locale.language() == wanted.language():
                if speech.locale() != locale:
                    speech.setLocale(locale)
                return


__all__ = ["ReadAloud", "reading_order", "reading_text", "visible_labels"]
