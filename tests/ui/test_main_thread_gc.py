"""Cycles are collected on the GUI thread, not in whichever worker thread allocates."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.ui.main_thread_gc import MainThreadGarbageCollector


class _Cycle:
    collected_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.collected_in.append(threading.current_thread().name)


def test_cycles_made_in_a_worker_are_collected_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    _Cycle.collected_in.clear()
    collector = MainThreadGarbageCollector(qapp, interval_ms=20)
    try:
        assert not gc.isenabled()

        def churn() -> None:
            for _ in range(20_000):  # far past gen-0's threshold: would trigger automatic GC
                _Cycle()

        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        assert _Cycle.collected_in == []  # nothing collected in the worker
        qtbot.waitUntil(lambda: len(_Cycle.collected_in) >= 20_000, timeout=5000)
        assert set(_Cycle.collected_in) == {threading.main_thread().name}
    finally:
        collector.stop()
    assert gc.isenabled()
