"""The PIN screen: lockout shown and kept across a restart, nothing secret in the log, and the
end of staff mode (idle, visitor reset) leaving no staff screen behind."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.core.staff_auth import StaffRole
from kiosk.paths import DataPaths
from kiosk.store.db import Database, open_database
from kiosk.store.schema import prepare_database
from kiosk.store.staff import add_local_account, load_pepper
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.staff.desk import StaffDeskScreen
from kiosk.ui.screens.staff.login import PinScreen
from kiosk.ui.screens.staff.mode import StaffMode
from kiosk.ui.screens.staff.staff_service import StaffService

from .conftest import ShellFactory, all_texts, process_deletions

PIN = "482915"
HUB = "lindenbach"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    prepare_database(paths.database, paths.backups)
    db = open_database(paths.database)
    add_local_account(db, load_pepper(paths.staff_pepper), staff_id="petra", hub_id=HUB,
                      name="Petra Klein", role=StaffRole.STAFF, pin=PIN, log2_n=4)  # fmt: skip
    db.dispose()
    return paths


@pytest.fixture
def databases() -> Iterator[list[Database]]:
    opened: list[Database] = []
    yield opened
    for db in opened:
        db.dispose()


def open_mode(
    window: MainWindow, paths: DataPaths, clock: Clock, databases: list[Database]
) -> StaffMode:
    db = open_database(paths.database)
    databases.append(db)
    service = StaffService(db, data_dir=paths.root, hub_id=HUB, clock=clock)
    mode = StaffMode(window, paths, hub_id=HUB, service=service, hold_ms=10)
    mode.install_corner()
    mode.open_login()
    return mode


def type_pin(qtbot: QtBot, screen: PinScreen, pin: str, mode: StaffMode) -> None:
    for digit in pin:
        qtbot.mouseClick(screen.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.keys["ok"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mode.background.busy == 0, timeout=5000)


def test_five_wrong_pins_lock_the_pad_and_a_restart_keeps_it_locked(
    make_shell: ShellFactory, qtbot: QtBot, paths: DataPaths, databases: list[Database],
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    caplog.set_level(logging.DEBUG)
    clock = Clock()
    window = make_shell()
    mode = open_mode(window, paths, clock, databases)
    screen = window.navigator.current
    assert isinstance(screen, PinScreen)
    assert screen.selected_staff() == "petra"  # the only account is preselected
    for attempt in range(4):
        type_pin(qtbot, screen, "000001", mode)
        assert f"Noch {4 - attempt} Versuche" in screen.message.text()
    type_pin(qtbot, screen, "000001", mode)
    assert "30 Sekunden" in screen.message.text()
    assert not screen.keys["5"].isEnabled() and not screen.keys["ok"].isEnabled()

    # The terminal restarts 12 s later: a new window, a new database connection.
    window.allow_close()
    window.close()
    clock.now += timedelta(seconds=12)
    window = make_shell()
    mode = open_mode(window, paths, clock, databases)
    screen = window.navigator.current
    assert isinstance(screen, PinScreen)
    assert not screen.keys["ok"].isEnabled()
    assert "18 Sekunden" in screen.message.text()

    clock.now += timedelta(seconds=18)
    qtbot.waitUntil(lambda: screen.keys["ok"].isEnabled(), timeout=3000)  # the countdown ticks
    type_pin(qtbot, screen, PIN, mode)
    assert isinstance(window.navigator.current, StaffDeskScreen)

    hashes = [r for r in caplog.records if "scrypt$" in r.getMessage() or "scrypt$" in str(r.args)]
    assert hashes == []
    assert not any(PIN in r.getMessage() or "000001" in r.getMessage() for r in caplog.records)


def test_staff_mode_ends_with_the_visit_and_leaves_nothing_behind(
    make_shell: ShellFactory, qtbot: QtBot, paths: DataPaths, databases: list[Database]
) -> None:
    window = make_shell()
    citizens = window.session.timing
    mode = open_mode(window, paths, Clock(), databases)
    screen = window.navigator.current
    assert isinstance(screen, PinScreen)
    type_pin(qtbot, screen, PIN, mode)
    desk = window.navigator.current
    assert isinstance(desk, StaffDeskScreen) and mode.active
    # Staff get 5 minutes (including the "Sind Sie noch da?" countdown) instead of 0.3 s.
    assert window.session.timing.idle_timeout_s + citizens.countdown_s == 300
    qtbot.keyClicks(desk.appointments.search_field, "Petra")

    window.session.end_session()  # what the idle countdown does when it runs out
    process_deletions()
    assert not mode.active and window.navigator.depth == 0
    assert window.session.timing == citizens
    assert mode.service().member is None
    texts = " ".join(all_texts(window))
    assert "Petra" not in texts and "Dienstplatz" not in texts

    # A citizen's short tap on the corner does nothing; holding it opens the PIN screen.
    assert mode.corner is not None
    qtbot.mouseClick(mode.corner, Qt.MouseButton.LeftButton)
    assert window.navigator.depth == 0
    qtbot.mousePress(mode.corner, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.navigator.current, PinScreen), timeout=2000)
    qtbot.mouseRelease(mode.corner, Qt.MouseButton.LeftButton)
    assert mode.corner.accessibleName() == "Für Mitarbeitende"
