"""Builds the terminal's window from the config: the one place that puts the shell together.

Used by :func:`kiosk.ui.app.run_terminal`, by ``tools/screenshot.py`` and by the UI tests.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.config import Config
from kiosk.ui.main_window import MainWindow
from kiosk.ui.routes import default_routes
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.visitor_session import IdleTiming


def make_keyboard() -> QWidget | None:
    """The on-screen keyboard (kiosk.ui.widgets.keyboard), or None if it is not available."""
    try:
        from kiosk.ui.widgets.keyboard import OnScreenKeyboard
    except ImportError:
        import logging

        logging.getLogger(__name__).warning(
            "on-screen keyboard not available; text fields need a hardware keyboard"
        )
        return None
    keyboard: QWidget = OnScreenKeyboard()
    return keyboard


def build_main_window(
    config: Config,
    *,
    kiosk_mode: bool,
    demo: bool = False,
    timing: IdleTiming | None = None,
    clock: Callable[[], float] | None = None,
    with_keyboard: bool = True,
    speech_engine: str | None = None,
) -> MainWindow:
    """The terminal's window; the keyboard and activity watch start in ``finish_startup``.

    The language and accessibility routes are served here (they need no database), so every
    window (``kiosk run``, tools, tests) has them. ``speech_engine``: the QtTextToSpeech engine
    for read-aloud (default ``$KIOSK_TTS_ENGINE`` or ``speechd``; tests pass ``"mock"``).
    """
    from kiosk.ui.accessibility.install import install_accessibility

    home = HomeScreen(config.terminal.name)
    window = MainWindow(
        home=home,
        routes_=default_routes(),
        kiosk_mode=kiosk_mode,
        demo=demo,
        keyboard_factory=make_keyboard if with_keyboard else None,
        timing=timing or IdleTiming.from_config(config.session),
        clock=clock,
        title=config.terminal.name,
        language=config.terminal.language,
    )
    install_accessibility(window, config.display, speech_engine)
    return window
