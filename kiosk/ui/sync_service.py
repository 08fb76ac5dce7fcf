"""Background sync for the running terminal, under the app's qasync loop.

:class:`SyncService` runs sync rounds one after the other in its own single worker thread
(the app's *network lane*: ``loop.run_in_executor``), so the GUI thread never waits on the
network or the disk (DESIGN rule 7). Between rounds it waits:

* after a good round: ``[server] sync_interval_seconds`` (or less, see :meth:`sync_soon`);
* after a failed one: the backoff delay (jitter, 1 s to 5 min, at least the server's
  ``Retry-After``) that :meth:`kiosk.ui.sync_ports.TerminalSync.run_round` returns;
* until the network returns: Qt's ``QNetworkInformation`` reachability wakes it when a
  backend exists; otherwise, while the server is unreachable, a cheap ``GET /health`` probe
  every ``probe_seconds`` wakes it as soon as the server answers.

A refused token (401) stops the rounds until the terminal is enrolled again and the app
restarted. The service exposes its state for a small indicator (:attr:`stateChanged`,
:meth:`snapshot`).

Nothing heavy is imported here: the store, SQLAlchemy and requests are imported by the
factory, which runs in the worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_T = TypeVar("_T")

DEFAULT_PROBE_SECONDS = 15.0


@dataclass(frozen=True)
class SyncSnapshot:
    """What the indicator shows."""

    online: bool | None
    """None until the first round or probe has answered."""
    syncing: bool
    pending: int
    needs_attention: int
    enrolment_refused: bool
    last_error: str | None


class SyncService(QObject):
    """Runs sync rounds in the background; see the module docstring."""

    stateChanged = Signal()

    def __init__(
        self,
        factory: Callable[[], Any],
        *,
        interval_seconds: float,
        probe_seconds: float = DEFAULT_PROBE_SECONDS,
        watch_network: bool = True,
        parent: QObject | None = None,
    ) -> None:
        """``factory`` builds the :class:`~kiosk.ui.sync_ports.TerminalSync` (in the worker
        thread; it may import and open the database there)."""
        super().__init__(parent)
        self._factory = factory
        self.interval_seconds = interval_seconds
        self.probe_seconds = probe_seconds
        self._watch_network = watch_network
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kiosk-sync")
        self._tasks: set[asyncio.Task[Any]] = set()
        self._wake: asyncio.Event | None = None
        self._sync: Any = None
        self._not_before = 0.0
        self._network_backend = False
        self._unreachable = False
        self.rounds = 0
        self._state = SyncSnapshot(None, False, 0, 0, False, None)

    # --- public ---------------------------------------------------------------------------

    def snapshot(self) -> SyncSnapshot:
        return self._state

    @property
    def running(self) -> bool:
        return any(not task.done() for task in self._tasks)

    def start(self) -> None:
        """Start the rounds on the running asyncio loop (call after the first paint)."""
        if self.running:
            return
        self._wake = asyncio.Event()
        if self._watch_network:
            self._network_backend = self._watch_reachability()
        self._keep(asyncio.ensure_future(self._run()))

    def sync_soon(self) -> None:
        """Run a round now (something was saved, the network returned), unless the server
        asked to be left alone for a while (``Retry-After``)."""
        if self._wake is not None:
            self._wake.set()

    def stop(self) -> None:
        """Cancel the rounds; a request in flight ends within its timeouts in the worker,
        which then closes the database. Never blocks the GUI thread."""
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()
        sync, self._sync = self._sync, None
        if sync is not None:
            with contextlib.suppress(RuntimeError):
                self._executor.submit(_close, sync)
        self._executor.shutdown(wait=False, cancel_futures=False)

    # --- the loop -------------------------------------------------------------------------

    def _keep(self, task: asyncio.Task[Any]) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)

    async def _in_worker(self, function: Callable[[], _T]) -> _T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, function)

    async def _run(self) -> None:
        self._sync = await self._in_worker(self._factory)
        status = await self._in_worker(self._sync.store.status)
        self._update(pending=status.pending, needs_attention=status.needs_attention)
        delay = 0.0
        while True:
            await self._wait(delay)
            self._update(syncing=True)
            outcome = await self._in_worker(self._sync.run_round)
            self.rounds += 1
            delay = self._after_round(outcome)
            if delay < 0:
                return

    def _after_round(self, outcome: Any) -> float:
        """Update the state from a round's outcome; the delay before the next (<0: stop)."""
        status = outcome.status
        error = outcome.error
        common = {
            "syncing": False,
            "pending": status.pending,
            "needs_attention": status.needs_attention,
        }
        if error is None:
            self._unreachable = False
            self._update(online=True, last_error=None, **common)
            return float(self.interval_seconds)
        from kiosk.sync.client import AuthError, TransientError  # loaded by the worker already

        if isinstance(error, AuthError):
            log.error("sync stopped: the server refused this terminal's token (%s)", error)
            self._update(online=True, enrolment_refused=True, last_error=str(error), **common)
            return -1.0
        retry_after = getattr(error, "retry_after", None)
        self._not_before = time.monotonic() + (retry_after or 0.0)
        # No HTTP status: nothing answered (no route, refused, reset, timeout).
        self._unreachable = isinstance(error, TransientError) and error.status is None
        log.info("sync failed, next attempt in %.1f s: %s", outcome.retry_in or 0.0, error)
        self._update(online=not self._unreachable, last_error=str(error), **common)
        return float(outcome.retry_in or self.interval_seconds)

    async def _wait(self, delay: float) -> None:
        assert self._wake is not None
        deadline = time.monotonic() + delay
        while (remaining := deadline - time.monotonic()) > 0:
            probing = self._unreachable and not self._network_backend
            step = min(remaining, self.probe_seconds) if probing else remaining
            try:
                await asyncio.wait_for(self._wake.wait(), step)
            except TimeoutError:
                if probing and step < remaining and await self._in_worker(self._sync.probe):
                    self._update(online=True)
                    return
                continue
            self._wake.clear()
            if time.monotonic() >= self._not_before:
                return

    # --- network reachability -------------------------------------------------------------

    def _watch_reachability(self) -> bool:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            feature = QNetworkInformation.Feature.Reachability
            if not QNetworkInformation.loadBackendByFeatures(feature):
                return False
            info = QNetworkInformation.instance()
            if info is None:
                return False
        except (ImportError, RuntimeError):  # pragma: no cover - Qt without QtNetwork
            return False
        info.reachabilityChanged.connect(self._reachability_changed)
        return True

    def _reachability_changed(self, reachability: Any) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        levels = QNetworkInformation.Reachability
        if reachability in (levels.Online, levels.Site, levels.Local):
            log.info("network reachable again: syncing soon")
            self.sync_soon()
        elif reachability == levels.Disconnected:
            self._update(online=False)

    # --- state ----------------------------------------------------------------------------

    def _update(self, **changes: Any) -> None:
        values = {**self._state.__dict__, **changes}
        new = SyncSnapshot(**values)
        if new != self._state:
            self._state = new
            self.stateChanged.emit()


def _close(sync: Any) -> None:
    sync.close()
    sync.db.dispose()


def _log_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("sync service stopped by an error", exc_info=task.exception())


def terminal_sync_factory(
    data_dir: Path,
    database: Path,
    credentials_path: Path,
    *,
    server_url: str,
    connect_timeout: float,
    read_timeout: float,
    retention_days: int = 7,
) -> Callable[[], Any]:
    """A factory for :class:`SyncService` that opens everything in the worker thread."""

    def build() -> Any:
        from kiosk.store.credentials import load_credentials
        from kiosk.sync.client import Timeouts
        from kiosk.ui.sync_ports import open_terminal_sync

        credentials = load_credentials(credentials_path)
        if credentials is None:
            raise RuntimeError(f"{credentials_path} disappeared")
        return open_terminal_sync(
            data_dir,
            database,
            credentials,
            server_url=server_url or None,
            timeouts=Timeouts(connect_timeout, read_timeout),
            retention_days=retention_days,
        )

    return build


def start_sync_service(
    config: Any, data_paths: Any, parent: QObject | None = None
) -> SyncService | None:
    """The app's entry point: a started service when ``[server] url`` is set and the terminal
    is enrolled, else None. Call after the first paint, with the qasync loop running."""
    if not config.server.url or not data_paths.credentials.is_file():
        return None
    service = SyncService(
        terminal_sync_factory(
            data_paths.root,
            data_paths.database,
            data_paths.credentials,
            server_url=config.server.url,
            connect_timeout=config.server.connect_timeout_seconds,
            read_timeout=config.server.read_timeout_seconds,
            retention_days=config.retention.personal_data_days,
        ),
        interval_seconds=config.server.sync_interval_seconds,
        parent=parent,
    )
    service.start()
    return service


def start_for_window(config: Any, data_paths: Any, window: Any) -> SyncService | None:
    """Start the service (see :func:`start_sync_service`) and show its indicator in the
    window's top bar. None when the terminal does not sync."""
    service = start_sync_service(config, data_paths, parent=window)
    if service is not None:
        from kiosk.ui.widgets.sync_indicator import SyncIndicator, add_to_top_bar

        top_bar = getattr(window, "top_bar", None)
        if top_bar is not None:
            add_to_top_bar(top_bar, SyncIndicator(service, top_bar))
    return service


__all__ = [
    "SyncService",
    "SyncSnapshot",
    "start_for_window",
    "start_sync_service",
    "terminal_sync_factory",
]
