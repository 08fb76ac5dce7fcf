"""One helper for background operations: run a slow call off the GUI thread, get the answer
back on it (DESIGN rule 7: the UI never waits on the disk or the network longer than a frame).

Two lanes, after Anki's ``CollectionOp``/``QueryOp`` and its task manager:

* :data:`WRITE`: ONE worker thread. Every store write goes through it, so writes happen one
  after the other, in the order they were asked for, and never fight over SQLite's write lock.
  A write is never cancelled, and :meth:`Lanes.shutdown` waits for the lane to drain: a write
  the citizen confirmed finishes even when the app quits.
* :data:`READ`: a small pool (two threads, the kiosk has two cores) for loads. A load can be
  given a ``key``: a new load with the same key and owner supersedes the previous one, whose
  result is then dropped (the "cancel the previous task of the same kind" rule).

It is plain Qt (no asyncio), so it works before the qasync loop is attached after the first
paint, and in tests without any asyncio loop. Results and exceptions cross to the GUI thread
through a queued signal. Each operation has an ``owner`` (the screen): if the owner's C++
object is gone when the answer arrives (the visitor went Home, the idle reset ran), the
answer is dropped, never delivered to a deleted widget.

Errors: ``on_error`` gets a :class:`Failure` whose :attr:`Failure.message` is German for the
citizen. Known errors (:class:`kiosk.errors.KnownError`) become a clear sentence that says the
entries are still there; anything else is a bug: it is logged with its traceback and the
citizen reads an apology and "Bitte wenden Sie sich an das Personal". The screen keeps what
was typed: it only shows the message and enables its button again.

Typical use in a screen::

    self.busy = BusyIndicator(self)                 # "Einen Moment bitte …" after 150 ms
    lanes().run(WRITE, lambda: service.book(...), owner=self, busy=self.busy,
                on_done=self._booked, on_error=self._failed)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.errors import KnownError

log = logging.getLogger(__name__)

LaneName = Literal["write", "read"]
WRITE: LaneName = "write"
READ: LaneName = "read"

READ_WORKERS = 2
BUSY_DELAY_MS = 150
"""A busy indicator appears only for work that takes longer than this (no flicker)."""
BUSY_MIN_SHOWN_MS = 400
"""Once shown, it stays at least this long (no blink when the work ends just after)."""

_CONTEXT = "Background"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# --- what the citizen reads when something fails --------------------------------------------


def citizen_message(
    error: BaseException,
    own_words: tuple[type[BaseException], ...] = (),
    *,
    saving: bool = True,
) -> str:
    """The German sentence for the citizen about ``error`` (translated).

    ``own_words``: error types whose own message is already written for the citizen (e.g.
    ``BookingError``: "Dieser Termin ist leider gerade vergeben.", translated through
    :mod:`kiosk.ui.store_messages`). ``saving``: the citizen
    was saving something (a booking, answers), not just looking.
    """
    if own_words and isinstance(error, own_words):
        from kiosk.ui.store_messages import translated

        return translated(str(error))
    from kiosk.store.errors import DatabaseWriteError, StoreError  # stdlib only: cheap

    if not saving and isinstance(error, KnownError) and not isinstance(error, StoreError):
        return _tr(
            "Das konnte gerade nicht geladen werden. Bitte versuchen Sie es gleich noch "
            "einmal oder wenden Sie sich an das Personal."
        )
    if isinstance(error, DatabaseWriteError) and saving:
        return _tr(
            "Das konnte gerade nicht gespeichert werden. Ihre Angaben sind noch da – bitte "
            "versuchen Sie es gleich noch einmal. Klappt es wieder nicht, wenden Sie sich "
            "bitte an das Personal."
        )
    if isinstance(error, StoreError):
        return _tr(
            "Die Daten dieses Geräts sind gerade nicht erreichbar. Bitte wenden Sie sich an "
            "das Personal."
        )
    if isinstance(error, KnownError):
        return _tr(
            "Das hat gerade nicht geklappt. Ihre Angaben sind noch da – bitte versuchen Sie "
            "es noch einmal oder wenden Sie sich an das Personal."
        )
    return _tr(
        "Das tut uns leid, hier ist ein Fehler passiert. Bitte wenden Sie sich an das Personal."
    )


@dataclass(frozen=True)
class Failure:
    """What ``on_error`` receives."""

    error: BaseException
    message: str
    """German (translated), for the citizen."""
    known: bool
    """True for a :class:`~kiosk.errors.KnownError` (or an ``own_words`` type), False for a
    bug (already logged with its traceback)."""


# --- the busy indicator ---------------------------------------------------------------------


class BusyIndicator(QLabel):
    """A calm "Einen Moment bitte …" that appears only when work takes longer than
    :data:`BUSY_DELAY_MS`, and then stays at least :data:`BUSY_MIN_SHOWN_MS`.

    Put it into the screen's layout (it starts hidden) and pass it as ``busy=`` to
    :meth:`Lanes.run`; several operations may share it.
    """

    def __init__(self, parent: QWidget | None = None, text: str | None = None) -> None:
        super().__init__(text or _tr("Einen Moment bitte …"), parent)
        self.setObjectName("BusyIndicator")
        self.setProperty("role", "note")
        self.setWordWrap(True)
        self.setAccessibleName(self.text())
        self.hide()
        self._count = 0
        self._shown_at = 0.0
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(BUSY_DELAY_MS)
        self._show_timer.timeout.connect(self._appear)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self._disappear)

    @property
    def active(self) -> bool:
        """True while at least one operation is running (shown or not yet)."""
        return self._count > 0

    def begin(self) -> None:
        self._count += 1
        self._hide_timer.stop()
        if self.isHidden() and not self._show_timer.isActive():
            self._show_timer.start()

    def end(self) -> None:
        self._count = max(0, self._count - 1)
        if self._count:
            return
        self._show_timer.stop()
        if self.isHidden():
            return
        left = BUSY_MIN_SHOWN_MS - (time.monotonic() - self._shown_at) * 1000
        if left > 0:
            self._hide_timer.start(int(left))
        else:
            self._disappear()

    def _appear(self) -> None:
        if self._count:
            self._shown_at = time.monotonic()
            self.show()

    def _disappear(self) -> None:
        if not self._count:
            self.hide()


# --- one operation --------------------------------------------------------------------------


class Operation:
    """A handle on one call in a lane (returned by :meth:`Lanes.run`)."""

    def __init__(
        self,
        lane: LaneName,
        owner: QObject,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Failure], None] | None,
        busy: BusyIndicator | None,
        own_words: tuple[type[BaseException], ...],
        key: str | None,
        saving: bool,
    ) -> None:
        self.lane = lane
        self.saving = saving
        self.key = key
        self._owner = owner
        self._on_done = on_done
        self._on_error = on_error
        self._busy = busy
        self._own_words = own_words
        self._dropped = False
        self._delivered = False
        self.future: Future[Any] | None = None

    @property
    def pending(self) -> bool:
        """True until the answer has been delivered (or dropped)."""
        return not (self._delivered or self._dropped)

    def cancel(self) -> None:
        """Drop the answer; a read that has not started yet does not run at all. A write
        always runs (it may already be half-way to the disk) - only its answer is dropped."""
        if self._dropped or self._delivered:
            return
        self._dropped = True
        if self.lane == READ and self.future is not None:
            self.future.cancel()
        self._stop_busy()

    def _owner_alive(self) -> bool:
        return shiboken6.isValid(self._owner)

    def _stop_busy(self) -> None:
        busy, self._busy = self._busy, None
        if busy is not None and shiboken6.isValid(busy):
            busy.end()

    def _deliver(self) -> None:
        """On the GUI thread: hand the outcome to the callbacks (unless dropped)."""
        if self._dropped or self._delivered:
            return
        self._delivered = True
        if not self._owner_alive():
            return  # the screen is gone: nobody to tell (and nothing to touch)
        self._stop_busy()
        future = self.future
        assert future is not None and future.done()
        if future.cancelled():
            return
        error = future.exception()
        if error is None:
            if self._on_done is not None:
                self._on_done(future.result())
            return
        known = isinstance(error, KnownError) or bool(
            self._own_words and isinstance(error, self._own_words)
        )
        if known:
            log.warning("%s lane: %s: %s", self.lane, type(error).__name__, error)
        else:
            log.error("%s lane: unexpected error", self.lane, exc_info=error)
        if self._on_error is not None:
            message = citizen_message(error, self._own_words, saving=self.saving)
            self._on_error(Failure(error, message, known))


# --- the lanes ------------------------------------------------------------------------------


class Lanes(QObject):
    """The write lane (one thread, in order) and the read lane (a small pool)."""

    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None, *, read_workers: int = READ_WORKERS):
        super().__init__(parent)
        self._write = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-write")
        self._read = ThreadPoolExecutor(max_workers=read_workers, thread_name_prefix="kiosk-read")
        self._closed = False
        self._lock = threading.Lock()
        self._open: set[Operation] = set()
        self._latest: dict[tuple[str, int], Operation] = {}
        # Emitted from worker threads; the receiver lives in the GUI thread: queued.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # --- public -------------------------------------------------------------------------

    def run(
        self,
        lane: LaneName,
        fn: Callable[[], Any],
        *,
        owner: QObject,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Failure], None] | None = None,
        busy: BusyIndicator | None = None,
        own_words: tuple[type[BaseException], ...] = (),
        key: str | None = None,
        saving: bool | None = None,
    ) -> Operation:
        """Run ``fn()`` in ``lane``; ``on_done(result)`` or ``on_error(failure)`` follow on
        the GUI thread, unless ``owner`` was destroyed meanwhile (then nothing is called).

        ``busy``: shown while this runs (after :data:`BUSY_DELAY_MS`). ``own_words``: error
        types whose message is written for the citizen (else :func:`citizen_message`).
        ``key`` (read lane only): supersede the previous read with this key and owner.
        ``saving``: for the error message; default: True on the write lane. A load that
        has to write first (importing what a sync brought) runs in the write lane with
        ``saving=False``. Call from the GUI thread.
        """
        if lane not in (WRITE, READ):
            raise ValueError(f"unknown lane {lane!r}")
        if key is not None and lane == WRITE:
            raise ValueError("writes are never superseded: no key on the write lane")
        if self._closed:
            raise RuntimeError("the background lanes are shut down")
        op = Operation(lane, owner, on_done, on_error, busy, own_words, key,
                       lane == WRITE if saving is None else saving)  # fmt: skip
        if key is not None:
            slot = (key, id(owner))
            previous = self._latest.get(slot)
            if previous is not None:
                previous.cancel()
            self._latest[slot] = op
        if busy is not None:
            busy.begin()
        with self._lock:
            self._open.add(op)
        executor = self._write if lane == WRITE else self._read
        op.future = executor.submit(fn)
        op.future.add_done_callback(lambda _f: self._finished.emit(op))
        return op

    def pending(self, lane: LaneName | None = None) -> int:
        """How many operations have not been delivered yet."""
        with self._lock:
            return sum(1 for op in self._open if lane is None or op.lane == lane)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Process events until every operation is delivered (tests, tools). True if idle."""
        deadline = time.monotonic() + timeout
        while self.pending():
            if time.monotonic() > deadline:
                return False
            QCoreApplication.processEvents()
            QThread.msleep(2)
        QCoreApplication.processEvents()
        return True

    def shutdown(self, timeout: float = 10.0) -> bool:
        """At app exit: drop pending reads, wait up to ``timeout`` s for the write lane to
        drain. True if every write finished. Answers are no longer delivered."""
        if self._closed:
            return True
        self._closed = True
        self._read.shutdown(wait=False, cancel_futures=True)
        marker = self._write.submit(lambda: None)  # FIFO: done once every write before it is
        try:
            marker.result(timeout)
            drained = True
        except TimeoutError:
            drained = False
            log.error("write lane still busy after %.1f s at shutdown", timeout)
        self._write.shutdown(wait=False)
        return drained

    # --- internals ----------------------------------------------------------------------

    @Slot(object)
    def _deliver(self, op: Operation) -> None:
        with self._lock:
            self._open.discard(op)
        if op.key is not None:
            slot = (op.key, id(op._owner))
            if self._latest.get(slot) is op:
                del self._latest[slot]
        if self._closed:
            return
        op._deliver()


_default: Lanes | None = None


def lanes() -> Lanes:
    """The application's lanes (made on first use, on the GUI thread)."""
    global _default
    if _default is None:
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            raise RuntimeError("lanes() must first be called on the GUI thread")
        _default = Lanes(app)
    return _default


def shutdown_lanes(timeout: float = 10.0) -> bool:
    """Drain the application's write lane at exit (see :meth:`Lanes.shutdown`)."""
    global _default
    current, _default = _default, None
    return True if current is None else current.shutdown(timeout)


__all__ = [
    "BUSY_DELAY_MS",
    "READ",
    "WRITE",
    "BusyIndicator",
    "Failure",
    "Lanes",
    "Operation",
    "citizen_message",
    "lanes",
    "shutdown_lanes",
]
