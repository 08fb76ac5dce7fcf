"""Run Python's garbage collector on the GUI thread only.

The cycle collector runs in whichever thread happens to allocate when its thresholds are
crossed. If that is a worker thread (the sync lane, the store lanes) and the cycle holds a Qt
object, Qt destroys it from the wrong thread ("Timers cannot be stopped from another thread",
at worst a crash). Like Anki's ``GarbageCollector``, the app switches automatic collection off
and collects from a timer on the GUI thread instead. Reference counting still frees everything
that is not in a cycle at once; only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

COLLECT_EVERY_MS = 5_000


class MainThreadGarbageCollector(QObject):
    """Disables automatic GC while it lives and collects on the GUI thread every few seconds."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = COLLECT_EVERY_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect now if the youngest generation has grown past its threshold."""
        threshold = gc.get_threshold()[0]
        if gc.get_count()[0] < threshold:
            return 0
        return gc.collect()

    def stop(self) -> None:
        """Stop the timer, collect once more here, and restore automatic collection."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
