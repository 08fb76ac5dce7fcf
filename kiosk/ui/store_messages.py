"""The store's German messages for citizens, translated when they are shown.

The store (``kiosk.store``) must not import Qt, so a :class:`~kiosk.store.bookings.BookingError`
carries its message in German ("Wir finden keinen Termin mit diesem Code und Namen. ...").
Every such message is listed here for lupdate, and :func:`translated` looks it up in the
visitor's language; a message not listed (a bug, caught by tests/ui/test_store_messages.py)
shows in German rather than not at all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.ui.routes import QT_TRANSLATE_NOOP

CONTEXT = "StoreMessages"


MESSAGES = frozenset(
    {
        QT_TRANSLATE_NOOP("StoreMessages", "Bitte geben Sie Ihren Namen ein."),
        QT_TRANSLATE_NOOP(
            "StoreMessages",
            "Wir finden keinen Termin mit diesem Code und Namen. Bitte prüfen Sie beides.",
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessages",
            "Dieser Termin ist gerade vergeben worden. Bitte wählen Sie eine andere Zeit.",
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessages",
            "Dieser Termin wird an einem anderen Terminal vergeben. "
            "Bitte wählen Sie eine andere Zeit.",
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessages",
            "Dieser Termin ist zu kurzfristig. Bitte wählen Sie eine spätere Zeit.",
        ),
        QT_TRANSLATE_NOOP("StoreMessages", "Dieser Termin liegt zu weit in der Zukunft."),
        QT_TRANSLATE_NOOP(
            "StoreMessages",
            "Diesen Termin gibt es nicht (mehr). Bitte wählen Sie eine andere Zeit.",
        ),
        QT_TRANSLATE_NOOP(
            "StoreMessages", "Für diese Leistung kann man hier keinen Termin buchen."
        ),
        QT_TRANSLATE_NOOP("StoreMessages", "Hier kann man zurzeit keine Termine buchen."),
    }
)


def translated(message: str) -> str:
    """``message`` (German, from the store) in the current language."""
    return QCoreApplication.translate(CONTEXT, message)


__all__ = ["CONTEXT", "MESSAGES", "translated"]
