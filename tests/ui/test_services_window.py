"""The services area inside the real main window at 1280x800: tile, search, page, back.

Set ``KIOSK_SCREENSHOTS=resources/screenshots`` to also write the README screenshots
(``services-life-situations.png``, ``services-search.png``, ``services-page.png``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.content import load_content_pack
from kiosk.store.content import import_content_pack
from kiosk.store.db import open_database
from kiosk.store.schema import prepare_database
from kiosk.ui import routes
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.services import install_services
from kiosk.ui.screens.services.overview import ServicesOverviewScreen
from kiosk.ui.screens.services.service_page import ServicePageScreen

from .conftest import ShellFactory

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "content-pack.json"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.sqlite3"
    prepare_database(path, tmp_path / "backups")
    db = open_database(path)
    import_content_pack(db, load_content_pack(DEMO))
    db.dispose()
    return path


def settle(qapp: QApplication) -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    target = os.environ.get("KIOSK_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(target) / name), "PNG")


def no_sideways_scrolling(screen: QWidget) -> None:
    area = screen.findChild(QScrollArea, "ScreenScroll")
    assert area is not None
    assert area.horizontalScrollBar().maximum() == 0, "content wider than the screen"


def services_window(make_shell: ShellFactory, demo_db: Path) -> MainWindow:
    window = make_shell()
    install_services(window.navigator, demo_db, hub_id="regio-hub-hohenwald")
    return window


def test_the_home_tile_leads_to_life_situations(
    qapp: QApplication, qtbot: QtBot, make_shell: ShellFactory, demo_db: Path
) -> None:
    window = services_window(make_shell, demo_db)
    window.navigator.open(routes.SERVICES)
    screen = window.navigator.current
    assert isinstance(screen, ServicesOverviewScreen)
    qtbot.waitUntil(lambda: screen.loaded)  # tiles load in the read lane
    settle(qapp)
    no_sideways_scrolling(screen)
    first = screen.life_situation_tiles[0]
    assert first.isVisible() and first.height() >= first.minimumSizeHint().height()
    save(window, "services-life-situations.png")


def test_search_in_progress_then_page_then_back(
    qapp: QApplication, qtbot: QtBot, make_shell: ShellFactory, demo_db: Path
) -> None:
    window = services_window(make_shell, demo_db)
    window.navigator.open(routes.SERVICES)
    screen = window.navigator.current
    assert isinstance(screen, ServicesOverviewScreen)
    screen.search_field.setFocus()
    qtbot.keyClicks(screen.search_field, "Persnal")
    qtbot.waitUntil(lambda: screen.results_model.rowCount() > 0)
    assert screen.results_model.titles()[0] == "Personalausweis beantragen"
    if window.keyboard is not None:
        qtbot.waitUntil(window.keyboard.isVisible)
    settle(qapp)
    no_sideways_scrolling(screen)
    save(window, "services-search.png")

    screen.open_service("personalausweis")
    page = window.navigator.current
    assert isinstance(page, ServicePageScreen)
    qtbot.waitUntil(lambda: page.loaded)
    assert window.navigator.depth == 2
    page.setFocus()
    if window.keyboard is not None:
        window.keyboard.hide()
    settle(qapp)
    no_sideways_scrolling(page)
    save(window, "services-page.png")

    window.navigator.back()
    assert window.navigator.current is screen
    assert screen.search_field.text() == "Persnal"  # still there while the visit goes on
    window.navigator.reset()  # end of visit: nothing typed survives
    assert window.navigator.depth == 0
