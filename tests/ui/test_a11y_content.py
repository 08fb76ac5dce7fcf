"""Content follows the visitor's language where the content has it, else German with a note;
codes and numbers stay left to right in Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.core.content import load_content_pack
from kiosk.store.content import import_content_pack
from kiosk.store.db import open_database
from kiosk.store.schema import prepare_database
from kiosk.ui import i18n, routes
from kiosk.ui.accessibility.bidi import LRI, PDI
from kiosk.ui.screens.services import install_services
from kiosk.ui.screens.services.service_page import ServicePageScreen

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "content-pack.json"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.sqlite3"
    prepare_database(path, tmp_path / "backups")
    db = open_database(path)
    import_content_pack(db, load_content_pack(DEMO))
    db.dispose()
    return path


@pytest.fixture
def german(qapp):
    yield
    i18n.install_translator(qapp, "de")


def open_page(window, qtbot, service_id: str) -> ServicePageScreen:
    window.navigator.open(routes.SERVICES)
    overview = window.navigator.current
    qtbot.waitUntil(lambda: overview.loaded)
    overview.open_service(service_id)
    page = window.navigator.current
    assert isinstance(page, ServicePageScreen)
    qtbot.waitUntil(lambda: page.loaded)
    return page


def text_of(page: ServicePageScreen, name: str) -> str | None:
    label = page.findChild(QLabel, name)
    return label.text() if label is not None else None


@pytest.mark.parametrize(
    ("language", "service", "title", "german_only"),
    [
        ("de", "wohnsitz-anmelden", "Wohnsitz anmelden", False),
        ("en", "personalausweis", None, False),  # has English: shown in English
        ("ar", "wohnsitz-anmelden", None, False),  # has Arabic
        ("tr", "personalausweis", "Personalausweis beantragen", True),  # no Turkish: German
        ("de-LS", "reisepass", None, True),  # no Leichte Sprache: German with the note
    ],
)
def test_content_in_the_chosen_language_else_german_with_a_note(
    make_shell, qapp, qtbot, german, demo_db, language, service, title, german_only
) -> None:
    window = make_shell()
    install_services(window.navigator, demo_db, hub_id="regio-hub-hohenwald")
    i18n.install_translator(qapp, language)
    page = open_page(window, qtbot, service)
    assert page.details is not None
    shown_language = page.details.text.language
    assert (shown_language == "de") == (german_only or language == "de")
    if title is not None:
        assert text_of(page, "ServiceTitle") == title
    note = page.findChild(QLabel, "GermanOnlyNote")
    assert (note is not None) == german_only
    if note is not None and language == "tr":
        assert note.text() != "Dieser Inhalt ist nur auf Deutsch verfügbar."  # in Turkish


def test_phone_numbers_and_codes_stay_left_to_right_in_arabic(
    make_shell, qapp, qtbot, german, demo_db
) -> None:
    window = make_shell()
    install_services(window.navigator, demo_db, hub_id="regio-hub-hohenwald")
    i18n.install_translator(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page = open_page(window, qtbot, "personalausweis")
    phones = [w.text() for w in page.findChildren(QLabel) if "الهاتف" in w.text()]
    assert phones, "the office's phone line"
    assert all(LRI in t and PDI in t for t in phones)
    # Navigation is mirrored: Home on the right, "Fertig" on the left.
    bar = window.top_bar
    qtbot.waitUntil(lambda: bar.home_button.x() > bar.finish_button.x())
    assert bar.back_button.x() > bar.language_button.x()


def test_a_shown_services_overview_reflows_when_the_text_grows(
    make_shell, qapp, qtbot, demo_db
) -> None:
    """The accessibility menu changes the text size while a screen is shown below it: the
    tiles take fewer columns instead of clipping (kiosk.ui.widgets.flow_grid)."""
    from kiosk.ui.widgets.flow_grid import FlowGrid

    from .conftest import clipped

    window = make_shell()
    install_services(window.navigator, demo_db, hub_id="regio-hub-hohenwald")
    window.navigator.open(routes.SERVICES)
    overview = window.navigator.current
    qtbot.waitUntil(lambda: overview.loaded)
    grids = overview.findChildren(FlowGrid)
    assert grids
    # Three columns at 100 % once the window's layout has settled (resize events may still be
    # on their way when the data has loaded).
    qtbot.waitUntil(lambda: grids[0].columns() == 3)
    try:
        window.accessibility.settings.set_text_scale(160)
        qtbot.waitUntil(lambda: grids[0].columns() < 3)
        qtbot.wait(20)
        assert clipped(window) == []
    finally:
        window.accessibility.settings.reset()
