"""Puts the language and accessibility screens behind their routes and applies the visitor's
accessibility choices to the window: theme (text size, contrast), low reach, read-aloud.

Light to import (it runs before the first paint): no ``Qt.*`` names, no speech module; the
screens and the speech engine are built when first needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from kiosk.config import DisplaySection
from kiosk.ui import routes
from kiosk.ui.accessibility.read_aloud import ReadAloud
from kiosk.ui.accessibility.settings import AccessibilitySettings, AccessibilityState

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.screens.base import Screen


class AccessibilityController(QObject):
    """Owns the visit's :class:`AccessibilitySettings` and a :class:`ReadAloud`."""

    def __init__(
        self, window: MainWindow, display: DisplaySection, speech_engine: str | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self.settings = AccessibilitySettings(AccessibilityState.from_display(display), self)
        self.read_aloud = ReadAloud(speech_engine, self)
        self.settings.changed.connect(self._apply)

        navigator = window.navigator
        navigator.set_route(routes.LANGUAGE, self._language_screen)
        navigator.set_route(routes.ACCESSIBILITY, self._accessibility_screen)
        navigator.currentChanged.connect(self._screen_shown)
        window.session.promptShown.connect(self._prompt_shown)
        window.session.ended.connect(self.end_visit)
        window.top_bar.readAloudClicked.connect(self.toggle_reading)

    # --- screens ---------------------------------------------------------------------------

    def _language_screen(self) -> Screen:
        from kiosk.ui.screens.language import LanguageScreen

        below = self._window.navigator.current  # the language screen is not pushed yet
        follows = bool(getattr(below, "follows_language_change", False))
        return LanguageScreen(leaves_to_home=lambda: not follows)

    def _accessibility_screen(self) -> Screen:
        from kiosk.ui.screens.accessibility import AccessibilityScreen

        return AccessibilityScreen(self.settings, self.read_current_screen)

    # --- applying the settings -------------------------------------------------------------

    def _apply(self, old: AccessibilityState, new: AccessibilityState) -> None:
        if old.theme_differs(new):
            from PySide6.QtWidgets import QApplication

            from kiosk.ui.theme import apply_theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, text_scale=new.text_scale, high_contrast=new.high_contrast)
        if old.low_reach != new.low_reach:
            self._window.set_low_reach(new.low_reach)
        if old.read_aloud != new.read_aloud:
            self._window.top_bar.set_read_aloud_shown(new.read_aloud)
            if new.read_aloud:
                self.read_current_screen()
            else:
                self.read_aloud.stop()

    def end_visit(self) -> None:
        self.read_aloud.stop()
        self.settings.reset()

    # --- read-aloud ------------------------------------------------------------------------

    def read_current_screen(self) -> bool:
        screen = self._window.navigator.current
        return self.read_aloud.say(screen.read_aloud_text())

    def toggle_reading(self) -> None:
        """The top bar's "Vorlesen": read this screen, or stop if it is being read."""
        if self.read_aloud.is_speaking():
            self.read_aloud.stop()
        else:
            self.read_current_screen()

    def _screen_shown(self, _screen: Any) -> None:
        if self.settings.state.read_aloud:
            # After this event-loop turn: the new screen is laid out, its labels placed.
            QTimer.singleShot(0, self, self.read_current_screen)

    def _prompt_shown(self, _seconds: int) -> None:
        prompt = self._window.idle_prompt
        text = getattr(prompt, "read_aloud_text", None)
        if self.settings.state.read_aloud and text is not None:
            self.read_aloud.say(text())


def install_accessibility(
    window: MainWindow, display: DisplaySection, speech_engine: str | None = None
) -> AccessibilityController:
    controller = AccessibilityController(window, display, speech_engine)
    window.accessibility = controller
    return controller


__all__ = ["AccessibilityController", "install_accessibility"]
