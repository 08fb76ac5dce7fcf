"""Pseudo-localisation: every string 40 % longer and in brackets, to find clipped layouts and
strings that bypass translation before any translator does.

Switched on with ``KIOSK_PSEUDO_L10N=1`` (``kiosk demo``, ``kiosk run``, tools, tests): then
:func:`kiosk.ui.i18n.install_translator` puts a :class:`PseudoTranslator` over the catalog of
the language on screen, so "Startseite" shows as "[Startseite~~]" and an Arabic text stays
Arabic, only longer. A text on screen without brackets did not go through ``tr()``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTranslator

ENV_VAR = "KIOSK_PSEUDO_L10N"
GROWTH = 1.4  # every string 40 % longer, brackets included
FILLER = "~"


def enabled() -> bool:
    return os.environ.get(ENV_VAR, "").strip().lower() not in ("", "0", "false", "no")


def pseudo(text: str) -> str:
    """``text`` in brackets, padded to at least 140 % of its length. Placeholders (``%n``,
    ``{name}``) are kept as they are, so the code fills them in as usual."""
    if not text:
        return text
    target = round(len(text) * GROWTH)
    padding = max(0, target - len(text) - 2)
    # Long paddings come as words of up to 6 characters, so they wrap like real text does.
    filler = "".join(FILLER if (i + 1) % 7 else " " for i in range(padding))
    return f"[{text}{filler}]"


class PseudoTranslator(QTranslator):
    """Looks a string up in ``catalog`` (the language on screen, if any), then lengthens it."""

    def __init__(self, catalog: QTranslator | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._catalog = catalog

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = ""
        if self._catalog is not None:
            found = self._catalog.translate(context, source, disambiguation, n) or ""
        return pseudo(found or source)

    def isEmpty(self) -> bool:
        return False


__all__ = ["ENV_VAR", "PseudoTranslator", "enabled", "pseudo"]
