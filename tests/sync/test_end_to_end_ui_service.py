"""The in-app sync service under a real qasync loop, against a real server on loopback (through
the fault proxy where the network has to fail): background delivery with a responsive GUI
thread, offline and back, Retry-After, a revoked token, shutdown, and the indicator."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from kiosk.config import Config, ServerSection
from kiosk.paths import DataPaths
from kiosk.server import admin
from kiosk.server.models import ReceivedEntry
from kiosk.server.schema import upgrade
from kiosk.store.credentials import load_credentials
from kiosk.ui.main_thread_gc import MainThreadGarbageCollector
from kiosk.ui.sync_ports import enroll_terminal
from kiosk.ui.sync_service import SyncService, start_for_window, terminal_sync_factory
from kiosk.ui.widgets.sync_indicator import SyncIndicator
from kiosk.ui.widgets.top_bar import TopBar
from tests.chaos.fault_proxy import FaultProxy
from tests.chaos.terminal import new_terminal, write_entries
from tests.server.live import LiveServer


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as server:
        server.add_hub("hub", "Dorfbüro")
        yield server


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    # As in the app: cycles are collected on the GUI thread only, never in the sync worker
    # (a Qt timer freed there warns "Timers cannot be stopped from another thread").
    collector = MainThreadGarbageCollector(qapp)
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    try:
        yield event_loop
    finally:
        event_loop.close()
        asyncio.set_event_loop(None)
        collector.stop()


@pytest.fixture
def terminal(tmp_path: Path, live_server: LiveServer) -> DataPaths:
    paths, db = new_terminal(tmp_path / "terminal")
    db.dispose()
    enroll_terminal(
        paths.credentials, live_server.base_url, live_server.enroll_code("hub"), terminal_name="T"
    )
    return paths


def write(paths: DataPaths, count: int) -> None:
    from kiosk.store.db import open_database

    db = open_database(paths.database)
    try:
        write_entries(db, count)
    finally:
        db.dispose()


def received(server: LiveServer) -> int:
    with server.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(ReceivedEntry)) or 0)


def service_for(paths: DataPaths, url: str = "", **options: Any) -> SyncService:
    factory = terminal_sync_factory(
        paths.root,
        paths.database,
        paths.credentials,
        server_url=url,
        connect_timeout=1.0,
        read_timeout=1.5,
    )
    options.setdefault("watch_network", False)
    return SyncService(factory, interval_seconds=3600, **options)


async def until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.02)


def run(loop: asyncio.AbstractEventLoop, scenario: Callable[[], Awaitable[None]]) -> None:
    loop.run_until_complete(scenario())


def stop_and_join(service: SyncService) -> None:
    service.stop()
    service._executor.shutdown(wait=True)  # tests wait for the worker; the app does not


def test_delivers_in_the_background_while_the_gui_thread_stays_responsive(
    loop: asyncio.AbstractEventLoop, terminal: DataPaths, live_server: LiveServer
) -> None:
    write(terminal, 300)
    service = service_for(terminal)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)

    async def scenario() -> None:
        timer.start()
        last[0] = time.perf_counter()
        service.start()
        await until(lambda: service.rounds >= 1 and not service.snapshot().syncing)
        timer.stop()
        state = service.snapshot()
        assert (state.online, state.pending, state.last_error) == (True, 0, None)
        assert received(live_server) == 300
        # Something saved: synced at once, not after the hour-long interval.
        write(terminal, 3)
        service.sync_soon()
        await until(lambda: received(live_server) == 303, timeout=5)
        await until(lambda: service.snapshot().pending == 0 and not service.snapshot().syncing)

    try:
        run(loop, scenario)
    finally:
        stop_and_join(service)
    # A generous bound for a shared CI machine; tests/bench/sync.py measures it properly.
    assert max(gaps) < 0.25, f"GUI thread stalled {max(gaps) * 1000:.0f} ms"


def test_offline_then_back_syncs_soon_after_the_server_answers_again(
    loop: asyncio.AbstractEventLoop, terminal: DataPaths, live_server: LiveServer
) -> None:
    mode = {"fault": "down"}
    with FaultProxy(live_server.base_url, lambda _m, _p: mode["fault"]) as proxy:
        write(terminal, 4)
        service = service_for(terminal, proxy.base_url, probe_seconds=0.2)

        async def scenario() -> None:
            service.start()
            await until(lambda: service.snapshot().online is False)
            assert service.snapshot().pending == 4
            indicator = SyncIndicator(service)
            assert indicator.text() == "Offline · 4 warten"
            mode["fault"] = "pass"
            back = time.monotonic()
            await until(lambda: service.snapshot().pending == 0, timeout=5)
            assert time.monotonic() - back < 2.5  # the probe noticed; no long backoff wait
            assert indicator.text() == "Online · nichts zu senden"
            assert received(live_server) == 4

        try:
            run(loop, scenario)
        finally:
            stop_and_join(service)


def test_retry_after_is_honoured_even_when_asked_to_sync_soon(
    loop: asyncio.AbstractEventLoop, terminal: DataPaths, live_server: LiveServer
) -> None:
    answers = iter(["429"])
    plan = lambda m, _p: next(answers, "pass") if m == "POST" else "pass"  # noqa: E731
    with FaultProxy(live_server.base_url, plan) as proxy:
        write(terminal, 2)
        service = service_for(terminal, proxy.base_url)

        async def scenario() -> None:
            service.start()
            await until(lambda: service.rounds == 1 and not service.snapshot().syncing)
            failed = time.monotonic()
            assert service.snapshot().online is True  # the server answered, with 429
            service.sync_soon()
            await asyncio.sleep(0.6)
            assert service.rounds == 1, "ran again before Retry-After: 1 had passed"
            await until(lambda: service.snapshot().pending == 0, timeout=5)
            assert time.monotonic() - failed >= 1.0

        try:
            run(loop, scenario)
        finally:
            stop_and_join(service)
    assert received(live_server) == 2


def test_a_revoked_token_stops_the_rounds(
    loop: asyncio.AbstractEventLoop, terminal: DataPaths, live_server: LiveServer
) -> None:
    credentials = load_credentials(terminal.credentials)
    assert credentials is not None
    with live_server.database.write() as session:
        admin.revoke_terminal(session, credentials.terminal_id)
    write(terminal, 1)
    service = service_for(terminal)

    async def scenario() -> None:
        service.start()
        await until(lambda: service.snapshot().enrolment_refused)
        await until(lambda: not service.running)
        assert SyncIndicator(service).text() == "Nicht angemeldet · 1 warten"

    try:
        run(loop, scenario)
    finally:
        stop_and_join(service)


def test_stop_returns_at_once_while_a_request_hangs(
    loop: asyncio.AbstractEventLoop, terminal: DataPaths, live_server: LiveServer
) -> None:
    with FaultProxy(live_server.base_url, lambda _m, _p: "timeout", hold_seconds=1.0) as proxy:
        service = service_for(terminal, proxy.base_url)

        async def scenario() -> None:
            service.start()
            await until(lambda: service.snapshot().syncing)
            await asyncio.sleep(0.1)
            started = time.perf_counter()
            service.stop()
            assert time.perf_counter() - started < 0.05
            assert not service.running

        try:
            run(loop, scenario)
        finally:
            stop_and_join(service)


def test_the_app_starts_it_only_when_configured_and_enrolled(
    loop: asyncio.AbstractEventLoop, terminal: DataPaths, live_server: LiveServer, qtbot: Any
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.top_bar = TopBar(parent=window)  # type: ignore[attr-defined]
    assert start_for_window(Config(), terminal, window) is None  # no [server] url
    unenrolled = DataPaths(terminal.root.parent / "other")
    configured = Config(server=ServerSection(url=live_server.base_url))
    assert start_for_window(configured, unenrolled, window) is None

    async def scenario() -> None:
        service = start_for_window(configured, terminal, window)
        assert service is not None
        try:
            indicator = window.findChild(SyncIndicator)
            assert indicator is not None
            await until(lambda: indicator.text() == "Online · nichts zu senden")
        finally:
            stop_and_join(service)

    run(loop, scenario)
