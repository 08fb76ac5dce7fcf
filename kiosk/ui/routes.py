"""Route names and the factories behind them.

Screens ask for another screen by route name (``openRequested.emit("services")``); the
navigator builds it with the factory registered here. Areas that are not built yet point at a
:class:`~kiosk.ui.screens.placeholder.PlaceholderScreen` that says so plainly.
"""

from __future__ import annotations

from kiosk.ui.screens.base import Screen, ScreenFactory

SERVICES = "services"
APPOINTMENTS = "appointments"
PARTICIPATION = "participation"
LANGUAGE = "language"
ACCESSIBILITY = "accessibility"

_CONTEXT = "Routes"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which looks for this name); typed, unlike PySide's."""
    return text


# (route, title, explanation): marked for lupdate here, translated when a screen is built.
_PLACEHOLDERS: tuple[tuple[str, str, str], ...] = (
    (
        SERVICES,
        QT_TRANSLATE_NOOP("Routes", "Dienstleistungen"),
        QT_TRANSLATE_NOOP(
            "Routes",
            "Hier erfahren Sie bald, was Sie für einen Antrag oder ein Dokument mitbringen "
            "müssen – zum Beispiel für einen Personalausweis.",
        ),
    ),
    (
        APPOINTMENTS,
        QT_TRANSLATE_NOOP("Routes", "Termin buchen"),
        QT_TRANSLATE_NOOP(
            "Routes",
            "Hier können Sie bald einen Termin im Dorfbüro oder bei der Verwaltung buchen.",
        ),
    ),
    (
        PARTICIPATION,
        QT_TRANSLATE_NOOP("Routes", "Mitmachen"),
        QT_TRANSLATE_NOOP(
            "Routes",
            "Hier können Sie bald an Umfragen teilnehmen, Ideen einbringen und Mängel melden, "
            "zum Beispiel eine defekte Straßenlaterne.",
        ),
    ),
    (
        LANGUAGE,
        QT_TRANSLATE_NOOP("Routes", "Sprache"),
        QT_TRANSLATE_NOOP(
            "Routes",
            "Hier können Sie bald eine andere Sprache wählen: Deutsch, Leichte Sprache, "
            "English, Türkçe, Українська, العربية.",
        ),
    ),
    (
        ACCESSIBILITY,
        QT_TRANSLATE_NOOP("Routes", "Barrierefreiheit"),
        QT_TRANSLATE_NOOP(
            "Routes",
            "Hier können Sie bald die Schrift vergrößern, den Kontrast erhöhen und sich Texte "
            "vorlesen lassen.",
        ),
    ),
)


def _placeholder(title: str, explanation: str) -> ScreenFactory:
    def make() -> Screen:
        from kiosk.ui.screens.placeholder import PlaceholderScreen  # built on demand

        return PlaceholderScreen(title, explanation, context=_CONTEXT)

    return make


def default_routes() -> dict[str, ScreenFactory]:
    """Every route the shell knows. Other parts replace placeholders with real screens."""
    return {route: _placeholder(title, text) for route, title, text in _PLACEHOLDERS}
