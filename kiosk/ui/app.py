"""Starting the terminal: the QApplication, translations, theme, window and event loop.

Startup is budgeted (the home screen must appear within 1.5x the time of a bare PySide6
window), so nothing heavy is imported before the first paint: no SQLAlchemy, Alembic,
requests or pydantic, and not even asyncio/qasync. The Qt event loop starts at once; the
asyncio loop (qasync) is attached to the *running* Qt loop right after the home screen has been
painted, so background work can use ``await`` from then on.

Even ``from PySide6.QtCore import Qt`` costs ~14 ms the first time (PySide builds every enum of
the Qt namespace), so the modules that build the home screen avoid ``Qt.*`` names and set
enum properties in the stylesheet (``qproperty-alignment`` etc.); tests/ui/test_startup.py
checks both rules in a fresh process. Kiosk mode pays it for its window flags. Modules that
only matter later (logging, socket, signal, the keyboard, i18n for German) load after the
paint; ``logging`` is used before it only if the caller has already loaded it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Config
from kiosk.paths import DataPaths
from kiosk.ui.theme import apply_theme

SOURCE_LANGUAGE = "de"  # the language of the strings in the code


@dataclass(frozen=True)
class TerminalOptions:
    config: Config
    data_paths: DataPaths
    kiosk_mode: bool  # True for `kiosk run`: fullscreen, frameless, escapes blocked
    exit_after_startup: bool  # quit with 0 once the home screen has really been painted
    demo: bool = False  # show a small "Demo" badge
    staff: bool = False  # `kiosk staff`: open the staff PIN screen after the first paint


class FirstPaintWatcher(QObject):
    """Emits :attr:`painted` once, after ``widget`` has received its first paint event."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # Let the rest of this frame (the children) paint before announcing it.
            QTimer.singleShot(0, self.painted.emit)
        return False


def install_translations(app: QApplication, language: str) -> None:
    """Load the UI translations (and Qt's own) for ``language`` through kiosk.ui.i18n."""
    from kiosk.ui.i18n import install_translator

    install_translator(app, language)


def _info(message: str, *args: object) -> None:
    """Log at INFO if logging is loaded already; never import it just for this line."""
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.getLogger(__name__).info(message, *args)


def run_terminal(options: TerminalOptions) -> int:
    """Run the terminal until it is told to quit; returns the process exit code.

    Before the first paint: QApplication, theme, the window with its home screen (and, for a
    language other than German, the translations, which the texts need). After it: German's
    Qt catalog, the keyboard, the activity watch, kinetic scrolling, and the asyncio loop.
    With ``exit_after_startup`` the app quits right after that first paint.
    """
    started = time.perf_counter()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("dorfkiosk")
    app.setQuitOnLastWindowClosed(True)
    language = options.config.terminal.language
    if language != SOURCE_LANGUAGE:
        install_translations(app, language)
    display = options.config.display
    apply_theme(app, text_scale=display.text_scale, high_contrast=display.high_contrast)

    from kiosk.ui.shell import build_main_window

    window = build_main_window(options.config, kiosk_mode=options.kiosk_mode, demo=options.demo)
    from kiosk.ui.screens.services import install_services  # light: opens nothing until tapped

    install_services(
        window.navigator,
        options.data_paths.database,
        hub_id=options.config.terminal.hub,
        language=language,
        printer_name=options.config.printer.name,
    )
    from kiosk.ui.screens.booking import install_booking  # light: opens nothing until tapped

    install_booking(
        window.navigator,
        options.data_paths.database,
        hub_id=options.config.terminal.hub,
        credentials_path=options.data_paths.credentials,
        retention_days=options.config.retention.personal_data_days,
        printer_name=options.config.printer.name,
    )
    from kiosk.ui.screens.participation import install_participation  # opens nothing yet

    install_participation(
        window.navigator,
        options.data_paths.database,
        hub_id=options.config.terminal.hub,
        language=language,
    )
    from kiosk.ui.screens.staff import install_staff  # light: the corner comes after paint

    staff_mode = install_staff(
        window,
        options.data_paths,
        hub_id=options.config.terminal.hub,
        credentials_path=options.data_paths.credentials,
        printer_name=options.config.printer.name,
        open_at_start=options.staff,
    )
    state: dict[str, Any] = {"stop_signals": lambda: None}

    def on_first_paint() -> None:
        _info("home screen painted %.0f ms after start", (time.perf_counter() - started) * 1000)
        if options.exit_after_startup:
            window.allow_close()  # in Qt 6 a window that refuses to close cancels quit()
            app.quit()
            return
        state["stop_signals"] = _quit_on_signals(app, window.allow_close)
        if language == SOURCE_LANGUAGE:
            install_translations(app, language)  # Qt's own German strings
        window.finish_startup(app)
        from kiosk.ui.main_thread_gc import MainThreadGarbageCollector

        state["gc"] = MainThreadGarbageCollector(app)  # before any worker thread starts
        state["loop"] = _attach_asyncio(app)
        from kiosk.ui.sync_service import start_for_window  # no SQL/HTTP imports until its worker

        state["sync"] = start_for_window(options.config, options.data_paths, window)
        staff_mode.start_after_first_paint()
        _warm_up_store(app)
        _info("terminal ready %.0f ms after start", (time.perf_counter() - started) * 1000)

    watcher = FirstPaintWatcher(window.navigator.home_screen)
    watcher.painted.connect(on_first_paint)
    window.show_for_mode(app)
    try:
        code = app.exec()
    finally:
        state["stop_signals"]()
        if state.get("sync") is not None:
            state["sync"].stop()
        staff_mode.close()
        _drain_writes()
        _detach_asyncio(state.get("loop"))
        if state.get("gc") is not None:
            state["gc"].stop()
        window.allow_close()
        window.close()
        window.deleteLater()
    return code


def _warm_up_store(app: QApplication) -> None:
    """Import the store (SQLAlchemy: ~0.4 s) in the read lane now, so the first tap on a
    tile does not import it on the GUI thread (DESIGN rule 7)."""
    from kiosk.ui.background import READ, lanes

    def load() -> None:
        import kiosk.store.bookings
        import kiosk.store.participation
        import kiosk.store.service_catalog  # noqa: F401

    lanes().run(READ, load, owner=app)


def _drain_writes() -> None:
    """A write the citizen confirmed (a booking, a submission) finishes before we exit."""
    background = sys.modules.get("kiosk.ui.background")
    if background is not None:
        background.shutdown_lanes(timeout=10.0)


def _attach_asyncio(app: QApplication) -> Any:
    """Make a qasync loop the asyncio loop of the already running Qt event loop."""
    import asyncio
    import logging

    import qasync

    log = logging.getLogger(__name__)
    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)

    def report(loop_: Any, context: dict[str, Any]) -> None:
        log.error(
            "unhandled error in background task: %s",
            context.get("message"),
            exc_info=context.get("exception"),
        )

    loop.set_exception_handler(report)
    return loop


def _detach_asyncio(loop: Any) -> None:
    if loop is None:
        return
    import asyncio

    loop.stop()
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)


def _quit_on_signals(app: QApplication, allow_close: Callable[[], None]) -> Callable[[], None]:
    """SIGTERM (systemd stop) and SIGINT quit cleanly, even in kiosk mode.

    Python runs signal handlers only when it gets control; a wakeup fd watched by a
    QSocketNotifier gives it control as soon as a signal arrives, without polling.
    """
    import contextlib
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    try:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        previous_fd = signal.set_wakeup_fd(writer.fileno())
    except (ValueError, OSError):  # not the main thread: leave signals alone
        return lambda: None

    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(512)

    notifier.activated.connect(drain)

    def quit_now(signum: int, _frame: object) -> None:
        _info("received signal %d, quitting", signum)
        allow_close()
        app.quit()

    previous = {sig: signal.signal(sig, quit_now) for sig in (signal.SIGTERM, signal.SIGINT)}

    def restore() -> None:
        notifier.setEnabled(False)
        notifier.deleteLater()
        signal.set_wakeup_fd(previous_fd)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        reader.close()
        writer.close()

    return restore
