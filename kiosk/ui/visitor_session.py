"""The visitor session: who is at the terminal now, and when to forget them.

A session begins with the first touch (or key) after a reset. After ``idle_timeout_s``
without activity the kiosk asks "Sind Sie noch da?" and counts down ``countdown_s`` seconds;
"Weiter" keeps the session, "Mehr Zeit" keeps it and doubles the idle time for the rest of
the visit (again on each tap, up to :data:`MAX_EXTENSION` times), running out (or "Fertig" /
"Neu beginnen") ends it. Ending is announced with :attr:`VisitorSession.ended`; the main
window then wipes every screen.

Time comes from an injectable monotonic clock and the check/tick intervals are parameters, so
tests run the whole cycle in a fraction of a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from kiosk.config import SessionSection

# (QtCore.Qt is looked up only when an event arrives: its first use costs ~14 ms, which the
# startup budget cannot afford before the home screen is painted.)
# Events that mean "a person is using the terminal". Releases are left out on purpose: the
# release that taps "Fertig" must not start a new session right after it ended one.
_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


MAX_EXTENSION = 8  # "Mehr Zeit" doubles the idle time up to 8x (12 minutes at 90 s)


@dataclass(frozen=True)
class IdleTiming:
    idle_timeout_s: float = 90.0
    countdown_s: int = 20
    check_interval_ms: int = 1000
    tick_ms: int = 1000  # the length of one countdown "second"

    @classmethod
    def from_config(cls, session: SessionSection) -> IdleTiming:
        return cls(
            idle_timeout_s=float(session.idle_timeout_seconds),
            countdown_s=session.idle_countdown_seconds,
        )


class ActivityFilter(QObject):
    """An application-wide event filter that reports touches, clicks and key presses."""

    def __init__(self, on_activity: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._on_activity()
        elif kind == QEvent.Type.MouseMove:
            buttons = event.buttons()  # type: ignore[attr-defined]
            if buttons != QtCore.Qt.MouseButton.NoButton:  # a drag, e.g. scrolling a list
                self._on_activity()
        return False


class VisitorSession(QObject):
    promptShown = Signal(int)  # seconds left
    countdownChanged = Signal(int)  # seconds left
    promptDismissed = Signal()  # "Weiter"
    ended = Signal()  # wipe everything now

    def __init__(
        self,
        timing: IdleTiming | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timing = timing or IdleTiming()
        self._clock = clock
        self._last_activity = clock()
        self._in_session = False
        self._prompting = False
        self._seconds_left = 0
        self._extension = 1  # "Mehr Zeit" multiplies the idle timeout for this visit
        self._filter: ActivityFilter | None = None
        self._watched: QCoreApplication | None = None

        self._check = QTimer(self)
        self._check.setInterval(self.timing.check_interval_ms)
        self._check.timeout.connect(self.check_idle)
        self._tick = QTimer(self)
        self._tick.setInterval(self.timing.tick_ms)
        self._tick.timeout.connect(self._count_down)

    # --- state -------------------------------------------------------------------------

    @property
    def in_session(self) -> bool:
        return self._in_session

    @property
    def prompting(self) -> bool:
        return self._prompting

    @property
    def seconds_left(self) -> int:
        return self._seconds_left

    @property
    def idle_timeout_s(self) -> float:
        """Seconds without activity before the prompt, "Mehr Zeit" included."""
        return self.timing.idle_timeout_s * self._extension

    def idle_for(self) -> float:
        return self._clock() - self._last_activity

    # --- wiring ------------------------------------------------------------------------

    def watch(self, app: QCoreApplication) -> None:
        """Start noticing activity anywhere in ``app`` and checking for idleness."""
        if self._filter is None:
            self._filter = ActivityFilter(self.note_activity, self)
            app.installEventFilter(self._filter)
            self._watched = app
        self._check.start()

    def stop(self) -> None:
        self._check.stop()
        self._tick.stop()
        if self._filter is not None and self._watched is not None:
            self._watched.removeEventFilter(self._filter)
        self._filter = None
        self._watched = None

    # --- events ------------------------------------------------------------------------

    def note_activity(self) -> None:
        if self._prompting:
            return  # only the prompt's buttons decide now
        self._last_activity = self._clock()
        self._in_session = True

    def check_idle(self) -> bool:
        """Show the prompt if the visitor has been idle long enough; True if it did."""
        if not self._in_session or self._prompting:
            return False
        if self.idle_for() < self.idle_timeout_s:
            return False
        self._prompting = True
        self._seconds_left = self.timing.countdown_s
        self._tick.start()
        self.promptShown.emit(self._seconds_left)
        return True

    def continue_session(self) -> None:
        """ "Weiter": the visitor is still here."""
        self._tick.stop()
        self._prompting = False
        self._last_activity = self._clock()
        self._in_session = True
        self.promptDismissed.emit()

    def extend_time(self) -> None:
        """ "Mehr Zeit": the visitor stays and needs longer; the idle time doubles."""
        self._extension = min(self._extension * 2, MAX_EXTENSION)
        self.continue_session()

    def end_session(self) -> None:
        """Time ran out, or the visitor tapped "Fertig" / "Neu beginnen"."""
        self._tick.stop()
        self._prompting = False
        self._in_session = False
        self._seconds_left = 0
        self._extension = 1
        self._last_activity = self._clock()
        self.ended.emit()

    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.end_session()
        else:
            self.countdownChanged.emit(self._seconds_left)
