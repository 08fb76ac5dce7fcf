"""A GUI heartbeat for responsiveness tests: a 5 ms QTimer whose longest gap between two
beats is the longest time the GUI thread was not serving its event loop."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise

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
        gaps = [b - a for a, b in pairwise(self.beats)]
        return max(gaps, default=0.0) * 1000

    def max_gap_during(self, start: float, end: float) -> float:
        """The longest gap (ms) that overlaps ``start..end`` (``time.perf_counter`` values)."""
        gaps = [b - a for a, b in pairwise(self.beats) if b >= start and a <= end]
        return max(gaps, default=0.0) * 1000

    def max_gap_within(self, start: float, end: float) -> float:
        """The longest stretch (ms) inside ``start..end`` without a beat. A GUI thread that
        was blocked for the whole window gives the window's length."""
        inside = [start, *(b for b in self.beats if start <= b <= end), end]
        return max(b - a for a, b in pairwise(inside)) * 1000

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
