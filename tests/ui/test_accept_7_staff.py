"""Issue 7 acceptance gaps: the admin's default language reaches the citizens' side, leaving
kiosk mode for maintenance is logged (outbox), the printer choice is used, ``kiosk demo`` has a
staff account with its published PIN, and the sync page's last error is plain German."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.core.staff_auth import StaffRole
from kiosk.paths import DataPaths
from kiosk.store.db import Database, open_database
from kiosk.store.models import OutboxEntry
from kiosk.store.schema import prepare_database
from kiosk.store.staff import (
    DEMO_STAFF_ID,
    DEMO_STAFF_PIN,
    MAINTENANCE_KIND,
    StaffAuth,
    add_local_account,
    load_admin_settings,
    load_pepper,
)
from kiosk.sync.client import SyncError, _check_response
from kiosk.ui import i18n
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.desk import StaffDeskScreen
from kiosk.ui.screens.staff.login import PinScreen
from kiosk.ui.screens.staff.mode import StaffMode
from kiosk.ui.screens.staff.staff_service import StaffService
from kiosk.ui.visitor_session import IdleTiming

from .conftest import ShellFactory

PIN = "482915"
HUB = "lindenbach"


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    prepare_database(paths.database, paths.backups)
    db = open_database(paths.database)
    add_local_account(db, load_pepper(paths.staff_pepper), staff_id="petra", hub_id=HUB,
                      name="Petra Klein", role=StaffRole.ADMIN, pin=PIN, log2_n=4)  # fmt: skip
    db.dispose()
    return paths


@pytest.fixture
def db(paths: DataPaths) -> Iterator[Database]:
    opened = open_database(paths.database)
    yield opened
    opened.dispose()


@pytest.fixture(autouse=True)
def german_again(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install_translator(qapp, "de")


def staff_mode(window: MainWindow, paths: DataPaths, db: Database) -> StaffMode:
    clock = lambda: datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # noqa: E731
    service = StaffService(db, data_dir=paths.root, hub_id=HUB, clock=clock)
    mode = StaffMode(window, paths, hub_id=HUB, service=service, hold_ms=10)
    mode.install_corner()
    return mode


def log_in(qtbot: QtBot, window: MainWindow, mode: StaffMode) -> StaffDeskScreen:
    mode.open_login()
    screen = window.navigator.current
    assert isinstance(screen, PinScreen)
    for digit in PIN:
        qtbot.mouseClick(screen.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.keys["ok"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.navigator.current, StaffDeskScreen), timeout=5000)
    qtbot.waitUntil(lambda: mode.background.busy == 0, timeout=5000)
    desk = window.navigator.current
    assert isinstance(desk, StaffDeskScreen)
    return desk


def test_the_admins_default_language_is_the_citizens_language_after_staff_mode_and_restart(
    make_shell: ShellFactory, qtbot: QtBot, qapp: QApplication, paths: DataPaths, db: Database
) -> None:
    window = make_shell()
    mode = staff_mode(window, paths, db)
    desk = log_in(qtbot, window, mode)
    desk.show_page("admin")
    admin = desk.admin
    assert admin is not None

    # Saving only the idle time does not turn the config file's language into a choice.
    admin.idle.setCurrentIndex(admin.idle.findData(120))
    admin.save_button.click()
    qtbot.waitUntil(lambda: mode.background.busy == 0)
    assert load_admin_settings(db).language is None

    admin.language.setCurrentIndex(admin.language.findData("en"))
    admin.save_button.click()
    qtbot.waitUntil(lambda: mode.background.busy == 0)
    assert load_admin_settings(db).language == "en"
    assert i18n.current_language() == "de"  # staff keep working in German meanwhile

    desk.logout_button.click()  # staff mode ends: the citizens' side is in English now
    assert not mode.active and window.navigator.depth == 0
    assert window.language == "en" and i18n.current_language() == "en"
    window.session.end_session()  # each visit starts in it again
    assert i18n.current_language() == "en"

    # A restart: the stored choice is applied at start (before anyone touches the screen).
    i18n.install_translator(qapp, "de")
    window.allow_close()
    window.close()
    window = make_shell()
    mode = staff_mode(window, paths, db)
    mode.apply_admin_settings()
    qtbot.waitUntil(lambda: mode.background.busy == 0)
    assert window.language == "en" and i18n.current_language() == "en"
    assert window.session.timing.idle_timeout_s == 120


def test_the_admin_page_shows_the_wait_in_force_and_saving_keeps_it_unless_changed(
    make_shell: ShellFactory, qtbot: QtBot, paths: DataPaths, db: Database
) -> None:
    window = make_shell(timing=IdleTiming(idle_timeout_s=75))  # the config file's wait
    mode = staff_mode(window, paths, db)
    desk = log_in(qtbot, window, mode)
    desk.show_page("admin")
    admin = desk.admin
    assert admin is not None
    assert (admin.idle.currentData(), admin.idle.currentText()) == (75, "75 Sekunden")
    admin.save_button.click()  # e.g. for the printer: the wait is not turned into a choice
    qtbot.waitUntil(lambda: mode.background.busy == 0)
    assert load_admin_settings(db).idle_timeout_seconds is None
    desk.logout_button.click()
    assert window.session.timing.idle_timeout_s == 75  # not the list's first entry, 30 s


def test_leaving_kiosk_mode_for_maintenance_is_logged_and_the_chosen_printer_is_used(
    make_shell: ShellFactory, qtbot: QtBot, paths: DataPaths, db: Database
) -> None:
    window = make_shell(kiosk_mode=True, demo=False)
    mode = staff_mode(window, paths, db)
    desk = log_in(qtbot, window, mode)
    desk.show_page("admin")
    admin = desk.admin
    assert admin is not None and admin.maintenance.isEnabled()

    admin.printer.addItem("Empfang-Laser", "Empfang-Laser")  # as if CUPS knew it
    admin.printer.setCurrentIndex(admin.printer.findData("Empfang-Laser"))
    admin.save_button.click()
    qtbot.waitUntil(lambda: mode.background.busy == 0)
    assert mode._printer() == "Empfang-Laser"

    admin.maintenance.click()
    assert not window.kiosk_mode
    with db.session() as session:
        (entry,) = session.scalars(
            select(OutboxEntry).where(OutboxEntry.kind == MAINTENANCE_KIND)
        ).all()
    assert json.loads(entry.payload)["staff_id"] == "petra"


def test_kiosk_demo_has_a_staff_account_with_the_published_pin(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "demo", "--data-dir", str(data), "--exit-after-startup"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"PIN {DEMO_STAFF_PIN}" in result.stderr
    paths = DataPaths(data)
    db = open_database(paths.database)
    try:
        auth = StaffAuth(db, paths.staff_pepper)
        (member,) = auth.members()
        assert member.id == DEMO_STAFF_ID and member.is_admin
        assert auth.login(DEMO_STAFF_ID, DEMO_STAFF_PIN) == member
    finally:
        db.dispose()
    again = subprocess.run(
        [sys.executable, "-m", "kiosk", "demo", "--data-dir", str(data), "--exit-after-startup"],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert again.returncode == 0, again.stderr  # a reused demo data dir keeps its one account


def client_error(status: int, body: bytes = b"") -> str:
    with pytest.raises(SyncError) as info:
        _check_response("POST", "/push", status, {}, body)
    return str(info.value)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (None, "keiner"),
        ("POST /push: ConnectionError", "Keine Verbindung"),
        ("GET /changes: timed out (ReadTimeout)", "nicht rechtzeitig"),
        (client_error(503), "Server hatte einen Fehler"),
        (client_error(500, b'{"code": "internal_error", "message": "x"}'), "Fehler"),
        (client_error(401, b'{"code": "unauthorized", "message": "x"}'), "IT anrufen"),
        (client_error(302), "unerwartete Antwort"),
        ("the answer is not of the protocol's shape (x)", "unerwartete Antwort"),
        ("POST /push: SSLError", "Übertragung fehlgeschlagen"),
    ],
)
def test_the_sync_pages_last_error_is_plain_german(error: str | None, expected: str) -> None:
    assert expected in texts.plain_error(error)
