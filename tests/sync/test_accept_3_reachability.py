"""The sync service's wake-ups besides sync_soon(): Qt's network reachability
(QNetworkInformation) - the network coming back starts a round at once, a lost network shows
offline; the handler is driven directly, as a reachability backend would call it (the test
machine may have none) - and the timer, which syncs every interval without any wake-up."""

from __future__ import annotations

import asyncio
import time

from PySide6.QtNetwork import QNetworkInformation

from kiosk.paths import DataPaths
from tests.server.live import LiveServer
from tests.sync.test_end_to_end_ui_service import (  # noqa: F401 (fixtures)
    live_server,
    loop,
    received,
    run,
    service_for,
    stop_and_join,
    terminal,
    until,
    write,
)


def test_network_back_syncs_at_once_and_network_lost_shows_offline(
    loop: asyncio.AbstractEventLoop,  # noqa: F811 (fixture)
    terminal: DataPaths,  # noqa: F811 (fixture)
    live_server: LiveServer,  # noqa: F811 (fixture)
) -> None:
    service = service_for(terminal)  # the interval is an hour: only a wake-up syncs
    levels = QNetworkInformation.Reachability

    async def scenario() -> None:
        service.start()
        await until(lambda: service.rounds == 1 and not service.snapshot().syncing)
        assert service.snapshot().online is True

        service._reachability_changed(levels.Disconnected)
        assert service.snapshot().online is False

        write(terminal, 3)
        await asyncio.sleep(0.3)
        assert service.rounds == 1  # nothing wakes it while the network is away
        back = time.monotonic()
        service._reachability_changed(levels.Online)
        await until(lambda: received(live_server) == 3, timeout=5)
        await until(lambda: service.snapshot().pending == 0 and service.snapshot().online)
        assert time.monotonic() - back < 3.0
        assert service.rounds == 2

    try:
        run(loop, scenario)
    finally:
        stop_and_join(service)


def test_without_any_wake_up_the_timer_syncs_every_interval(
    loop: asyncio.AbstractEventLoop,  # noqa: F811 (fixture)
    terminal: DataPaths,  # noqa: F811 (fixture)
    live_server: LiveServer,  # noqa: F811 (fixture)
) -> None:
    service = service_for(terminal)
    service.interval_seconds = 0.5

    async def scenario() -> None:
        service.start()
        await until(lambda: service.rounds == 1 and not service.snapshot().syncing)
        write(terminal, 2)  # saved without sync_soon(): only the timer sends it
        await until(lambda: received(live_server) == 2, timeout=5)
        await until(lambda: service.rounds >= 3, timeout=5)  # and keeps going

    try:
        run(loop, scenario)
    finally:
        stop_and_join(service)
