"""The booking's service choice (one or two columns of services) never clips a name: the
columns are decided from the room the buttons really get, the scroll bar's width included,
and decided again when that room changes (the window, the text size, the scroll bar)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from kiosk.core.content import load_content_pack
from kiosk.store.content import import_content_pack
from kiosk.store.db import open_database
from kiosk.store.schema import prepare_database
from kiosk.ui import i18n, routes
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.booking import install_booking
from kiosk.ui.screens.booking.screens import ServiceChoiceScreen

from .conftest import ShellFactory, clipped

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "content-pack.json"
HUB = "regio-hub-hohenwald"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    db_path = tmp_path / "kiosk.sqlite3"
    prepare_database(db_path, tmp_path / "backups")
    db = open_database(db_path)
    import_content_pack(db, load_content_pack(DEMO))
    db.dispose()
    return db_path


def open_choice(qtbot: QtBot, window: MainWindow, db_path: Path) -> ServiceChoiceScreen:
    install_booking(window.navigator, db_path, hub_id=HUB)
    choice = window.navigator.open(routes.APPOINTMENTS)
    assert isinstance(choice, ServiceChoiceScreen)
    qtbot.waitUntil(lambda: len(choice.service_buttons) > 4)  # the read lane
    settle()
    assert all(b.isVisible() for b in choice.service_buttons.values()), "not all shown"
    return choice


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def scroll_bar_shown(choice: ServiceChoiceScreen) -> bool:
    area = choice.findChild(QScrollArea, "ScreenScroll")
    assert area is not None
    return area.verticalScrollBar().isVisible()


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "hc"])
@pytest.mark.parametrize("language", [language.code for language in i18n.LANGUAGES])
def test_no_service_name_is_clipped_at_normal_text_size(
    qapp: QApplication,
    qtbot: QtBot,
    make_shell: ShellFactory,
    demo_db: Path,
    language: str,
    high_contrast: bool,
) -> None:
    i18n.install_translator(qapp, language)
    try:
        window = make_shell(high_contrast=high_contrast)
        choice = open_choice(qtbot, window, demo_db)
        assert clipped(choice) == []
    finally:
        i18n.install_translator(qapp, "de")


def test_columns_follow_the_room_and_not_the_order_of_events(
    qtbot: QtBot, make_shell: ShellFactory, demo_db: Path
) -> None:
    """The same room gives the same columns however the screen got there (one column is
    taller and shows the scroll bar, which makes the room narrower: a choice made from the
    room of the moment stayed one column after a narrow window, or clipped after a wide one)."""
    window = make_shell(size=(1280, 800))
    choice = open_choice(qtbot, window, demo_db)
    seen = {(1280, 800): {choice.columns()}}
    assert clipped(choice) == []
    for size in ((1800, 800), (1280, 800), (900, 800), (1280, 800), (1280, 420), (1800, 1000),
                 (1280, 420), (1280, 800)):  # fmt: skip
        window.setFixedSize(*size)
        settle()
        assert clipped(choice) == [], (size, scroll_bar_shown(choice))
        seen.setdefault(size, set()).add(choice.columns())
    assert seen[(1800, 1000)] == {2}, "a wide window holds two columns of the demo's services"
    assert seen[(900, 800)] == {1}
    assert all(len(columns) == 1 for columns in seen.values()), seen


def test_larger_text_rearranges_the_choice(
    qapp: QApplication, qtbot: QtBot, make_shell: ShellFactory, demo_db: Path
) -> None:
    window = make_shell()
    choice = open_choice(qtbot, window, demo_db)
    for scale in (160, 130, 100):
        window.accessibility.settings.set_text_scale(scale)
        qtbot.waitUntil(lambda: clipped(choice) == [], timeout=2000)


def test_one_column_from_the_start_shows_every_service(
    qtbot: QtBot, make_shell: ShellFactory, demo_db: Path
) -> None:
    window = make_shell(size=(900, 800))  # one column before and after the list arrives
    choice = open_choice(qtbot, window, demo_db)
    assert choice.columns() == 1
    assert clipped(choice) == []
