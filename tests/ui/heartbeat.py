"""A GUI heartbeat for responsiveness tests: a 5 ms QTimer whose longest gap between two
beats is the longest time the GUI thread was not serving its event loop."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer

BEAT_MS = 5


class Heartbeat:
    def __init__(self) -> None:
        self.beats: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(lambda: self.beats.append(time.perf_counter()))

    def start(self) -> None:
        self.beats = [time.perf_counter()]
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.beats.append(time.perf_counter())

    @property
    def max_gap_ms(self) -> float:
        gaps = [b - a for a, b in zip(self.beats, self.beats[1:], strict=False)]
        return max(gaps, default=0.0) * 1000

    @property
    def count(self) -> int:
        return len(self.beats)


@contextmanager
def heartbeat() -> Iterator[Heartbeat]:
    beat = Heartbeat()
    beat.start()
    try:
        yield beat
    finally:
        beat.stop()
