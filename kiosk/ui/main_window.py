"""The main window. It lays out the top bar, the screen stack and the keyboard slot, and it
navigates; everything a screen shows belongs to the screen.

Kiosk mode (``kiosk run``): fullscreen, frameless, on top; Alt+F4, Ctrl+Q, Ctrl+W and Escape
do nothing, and the window refuses to close unless :meth:`MainWindow.allow_close` was called
(the app does that when it is told to quit, e.g. by systemd's SIGTERM).

Startup is split in two (see kiosk.ui.app): :meth:`show_for_mode` before the first paint, with
nothing but the home screen; :meth:`finish_startup` right after it, for the kiosk guard and
window flags, the keyboard, the activity watch and kinetic scrolling. ``start()`` does both,
for tests and tools.

To quit the app on purpose, call :meth:`allow_close` first: in Qt 6, ``QApplication.quit()``
is cancelled by a window that refuses to close.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import routes
from kiosk.ui.navigation import Navigator
from kiosk.ui.screens.base import Screen, ScreenFactory
from kiosk.ui.visitor_session import IdleTiming, VisitorSession
from kiosk.ui.widgets.top_bar import TopBar

DEMO_SIZE = (1280, 800)

KeyboardFactory = Callable[[], QWidget | None]


def prepare_screen(screen: Screen) -> None:
    """What every screen gets when it enters the stack: finger scrolling, no typed combo items."""
    from kiosk.ui.privacy import guard_editable_combos
    from kiosk.ui.theme import enable_kinetic_scrolling_in

    enable_kinetic_scrolling_in(screen)
    guard_editable_combos(screen)


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        home: Screen,
        routes_: Mapping[str, ScreenFactory],
        kiosk_mode: bool,
        demo: bool = False,
        keyboard_factory: KeyboardFactory | None = None,
        timing: IdleTiming | None = None,
        clock: Callable[[], float] | None = None,
        title: str = "Dorfkiosk",
        language: str = "de",
    ) -> None:
        super().__init__()
        self.kiosk_mode = kiosk_mode
        self.language = language  # the configured language; each visit starts in it
        self._close_allowed = not kiosk_mode
        self._keyboard_factory = keyboard_factory
        self._started = False
        self.keyboard: QWidget | None = None
        self._low_reach: QWidget | None = None  # the spacer over the top third, when on
        self.accessibility: Any = None  # kiosk.ui.accessibility.install sets it
        self.setWindowTitle(title)

        central = QWidget(self)
        central.setObjectName("ShellCentral")
        self.setCentralWidget(central)
        self._central = central
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)

        self.top_bar = TopBar(demo=demo, parent=central)
        self.stack = QStackedWidget(central)
        self._layout.addWidget(self.top_bar)
        self._layout.addWidget(self.stack, 1)
        # The keyboard slot is the layout's third row (finish_startup): when the keyboard
        # shows, the screen area shrinks instead of the keyboard covering the field.

        # The home screen is prepared in finish_startup: kinetic scrolling is not needed for
        # the first paint and would cost startup time.
        self.navigator = Navigator(self.stack, home, routes_, prepare=prepare_screen, parent=self)
        self.navigator.currentChanged.connect(self._screen_changed)
        self._screen_changed(self.navigator.current)

        bar = self.top_bar
        # (Not a changeEvent override here: the window's own change events include
        # WindowStateChange, whose wrapper would build the Qt enum namespace before the paint.)
        bar.retranslated.connect(self._refresh_title)
        bar.homeClicked.connect(self.navigator.home)
        bar.backClicked.connect(self.navigator.back)
        bar.languageClicked.connect(lambda: self.navigator.open(routes.LANGUAGE))
        bar.accessibilityClicked.connect(lambda: self.navigator.open(routes.ACCESSIBILITY))

        self._idle_prompt: QWidget | None = None
        kwargs = {"clock": clock} if clock is not None else {}
        self.session = VisitorSession(timing, parent=self, **kwargs)
        self.session.promptShown.connect(self.show_idle_prompt)
        self.session.countdownChanged.connect(self._update_idle_prompt)
        self.session.promptDismissed.connect(self._hide_idle_prompt)
        self.session.ended.connect(self.end_visit)
        bar.finishClicked.connect(self.session.end_session)

        self._guard: QObject | None = None
        if not kiosk_mode:
            self.resize(*DEMO_SIZE)

    # --- lifecycle ---------------------------------------------------------------------

    def start(self, app: QApplication) -> None:
        """Show the window and finish starting up at once (tests, tools)."""
        self.show_for_mode(app)
        self.finish_startup(app)

    def show_for_mode(self, app: QApplication) -> None:
        """Kiosk mode: fullscreen (the escape keys are blocked in finish_startup). Demo: a
        normal window."""
        self.navigator.current.setFocus()  # no focus frame on a top-bar button at start
        if self.kiosk_mode:
            screen = self.screen()
            if screen is not None:  # lay out once, at the final size
                self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.show()
        self.activateWindow()  # keys (a barcode scanner, a keyboard) reach the kiosk at once

    def finish_startup(self, app: QApplication) -> None:
        """Everything the first paint does not need: keyboard, activity watch, scrolling."""
        if self._started:
            return
        self._started = True
        if self.kiosk_mode and self._guard is None:
            # Not before the first paint: a Python application event filter sees every event
            # of the start (polish, layout, expose) and made it ~50 ms slower. Until now no
            # key could reach a widget anyway, and a window manager's Alt+F4 ends in
            # closeEvent, which refuses.
            from kiosk.ui.kiosk_guard import KioskGuard

            self._guard = KioskGuard(self)
            app.installEventFilter(self._guard)
            self._set_kiosk_window_flags()
        prepare_screen(self.navigator.home_screen)
        self.session.watch(app)
        if self._keyboard_factory is not None:
            self.keyboard = self._keyboard_factory()
        if self.keyboard is not None:
            self.keyboard.setParent(self._central)
            self.keyboard.hide()
            self._layout.addWidget(self.keyboard)
            shown_changed = getattr(self.keyboard, "shownChanged", None)
            if shown_changed is not None:
                shown_changed.connect(self._keyboard_shown)
            attach = getattr(self.keyboard, "attach", None)
            if attach is not None:
                attach(app)

    def _set_kiosk_window_flags(self) -> None:
        """Frameless and on top, applied to the live window (setWindowFlags would hide and
        re-create it). Done after the first paint: the ``Qt`` enum namespace costs ~14 ms on
        first use, and a fullscreen window has no frame anyway."""
        from PySide6.QtCore import Qt

        flags = (
            self.windowFlags()
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.overrideWindowFlags(flags)
        handle = self.windowHandle()
        if handle is not None:
            handle.setFlags(flags)

    def allow_close(self) -> None:
        """Let the next close() through (the app is quitting on purpose)."""
        self._close_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_allowed:
            event.ignore()
            return
        self.session.stop()
        if self._guard is not None:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self._guard)
            self._guard = None
        super().closeEvent(event)

    # --- the end of a visit ------------------------------------------------------------

    @property
    def idle_prompt(self) -> QWidget | None:
        """The "Sind Sie noch da?" overlay, once it has been needed."""
        return self._idle_prompt

    def end_visit(self) -> None:
        """Forget the visitor: home screen, every pushed screen destroyed, no typed text left."""
        from kiosk.ui.privacy import clear_clipboard, clear_typed_text

        self._hide_idle_prompt()
        self.navigator.reset()
        reset_keyboard = getattr(self.keyboard, "reset", None)
        if reset_keyboard is not None:
            reset_keyboard()
        clear_typed_text(self)
        clear_clipboard()
        self._restore_language()
        self.navigator.current.setFocus()

    def _restore_language(self) -> None:
        """A visitor's language choice ends with their visit."""
        from kiosk.ui import i18n

        app = QApplication.instance()
        if i18n.current_language() != self.language and app is not None:
            i18n.install_translator(app, self.language)

    def show_idle_prompt(self, seconds: int) -> None:
        from kiosk.ui.widgets.idle_prompt import IdlePrompt  # built when first needed

        prompt = self._idle_prompt
        if not isinstance(prompt, IdlePrompt):
            prompt = IdlePrompt(self._central)
            prompt.continueClicked.connect(self.session.continue_session)
            prompt.restartClicked.connect(self.session.end_session)
            prompt.moreTimeClicked.connect(self.session.extend_time)
            self._idle_prompt = prompt
        prompt.set_low_reach(self.low_reach)
        prompt.show_prompt(seconds)

    def _update_idle_prompt(self, seconds: int) -> None:
        set_seconds = getattr(self._idle_prompt, "set_seconds_left", None)
        if set_seconds is not None:
            set_seconds(seconds)

    def _hide_idle_prompt(self) -> None:
        if self._idle_prompt is not None:
            self._idle_prompt.hide()

    # --- low reach ---------------------------------------------------------------------

    @property
    def low_reach(self) -> bool:
        return self._low_reach is not None

    def set_low_reach(self, on: bool) -> None:
        """Every control in the lower two thirds: a spacer over the top third, the bar at the
        bottom (above the keyboard). See kiosk.ui.accessibility.low_reach."""
        if on == self.low_reach:
            return
        from kiosk.ui.accessibility.low_reach import LowReachSpacer

        self._layout.removeWidget(self.top_bar)
        if on:
            spacer = LowReachSpacer(self._central)
            spacer.set_title(self.navigator.current.title())
            self._low_reach = spacer
            self._layout.insertWidget(0, spacer)
            self._layout.insertWidget(2, self.top_bar)  # after the stack, before the keyboard
            spacer.show()
        else:
            old_spacer = self._low_reach
            self._low_reach = None
            if old_spacer is not None:
                self._layout.removeWidget(old_spacer)
                old_spacer.deleteLater()
            self._layout.insertWidget(0, self.top_bar)
        self.top_bar.setProperty("position", "bottom" if on else "top")
        self.top_bar.style().unpolish(self.top_bar)
        self.top_bar.style().polish(self.top_bar)
        prompt = self._idle_prompt
        if prompt is not None and hasattr(prompt, "set_low_reach"):
            prompt.set_low_reach(on)

    # --- internals ---------------------------------------------------------------------

    def _refresh_title(self) -> None:
        title = self.navigator.current.title()
        self.top_bar.set_title(title)
        set_title = getattr(self._low_reach, "set_title", None)
        if set_title is not None:
            set_title(title)

    def _screen_changed(self, screen: Screen) -> None:
        self._refresh_title()
        self.top_bar.set_back_enabled(self.navigator.can_go_back())
        if self.isVisible():
            screen.setFocus()

    def _keyboard_shown(self, shown: bool) -> None:
        if not shown:
            return
        self._layout.activate()  # shrink the screen area now, then scroll
        reveal_focus_widget()


def reveal_focus_widget() -> None:
    """Scroll the focused field into view inside its enclosing scroll area, if it has one."""
    focused = QApplication.focusWidget()
    if focused is None:
        return
    parent: QObject | None = focused.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            content = parent.widget()
            if content is not None and content.isAncestorOf(focused):
                parent.ensureWidgetVisible(focused, 24, 48)
                return
        parent = parent.parent()
