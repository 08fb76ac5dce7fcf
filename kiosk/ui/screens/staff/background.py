"""Run a slow call off the GUI thread and get its result back on it.

One worker thread per :class:`Background` (staff mode's *disk lane*): calls run one after the
other, in order. The result (or the exception) is handed to the callbacks on the GUI thread
through a queued signal. Pending results for a torn-down owner are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class Background(QObject):
    _done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-staff")
        self._done.connect(self._deliver)  # receiver in the GUI thread: a queued connection
        self.busy = 0

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.busy += 1

        def finished(future: Future[Any]) -> None:
            self._done.emit((future, on_done, on_error))

        self._executor.submit(work).add_done_callback(finished)

    @Slot(object)
    def _deliver(self, item: tuple[Future[Any], Callable[[Any], None], Any]) -> None:
        future, on_done, on_error = item
        self.busy -= 1
        error = future.exception()
        if error is None:
            on_done(future.result())
        elif on_error is not None:
            on_error(error)
        else:
            raise error

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


__all__ = ["Background"]
