"""The services screens on a real database with the demo pack (pytest-qt, offscreen)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.content import ContentPack, load_content_pack
from kiosk.store.content import import_content_pack
from kiosk.store.db import open_database
from kiosk.store.schema import prepare_database
from kiosk.store.service_catalog import ServiceCatalog
from kiosk.ui.printing import PrinterMissingError, handout_html, write_handout_pdf
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.services.context import ServicesContext
from kiosk.ui.screens.services.overview import ServicesOverviewScreen
from kiosk.ui.screens.services.service_list import ServiceListScreen
from kiosk.ui.screens.services.service_page import ServicePageScreen
from kiosk.ui.widgets.rich_text import SafeTextBrowser, sanitise

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "content-pack.json"
BERLIN = ZoneInfo("Europe/Berlin")
THURSDAY_MORNING = datetime(2026, 11, 26, 9, 30, tzinfo=BERLIN)
THURSDAY_EVENING = datetime(2026, 11, 26, 19, 0, tzinfo=BERLIN)

HOSTILE = (
    '<p style="position:fixed;top:0">Bitte <b onclick="steal()">mitbringen</b></p>'
    "<script>document.write('gehackt')</script>"
    '<img src="http://tracker.example/pixel.gif" alt="Pixel">'
    '<p><a href="file:///etc/passwd">Passwörter</a> und '
    '<a href="javascript:alert(1)">Klick</a> und '
    '<a href="https://www.example.org/antrag">Antrag online</a></p>'
    "<style>body{background:url(http://evil.example/bg.png)}</style>"
    '<iframe src="https://evil.example/"></iframe><ul><li>eins<li>zwei</ul>'
)


def make_pack(pack: ContentPack, **changes: object) -> ContentPack:
    return dataclasses.replace(pack, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def demo_pack() -> ContentPack:
    return load_content_pack(DEMO)


class Pushed(list[Screen]):
    def __call__(self, screen: Screen) -> None:
        self.append(screen)


@pytest.fixture
def catalog_for(tmp_path: Path) -> Iterator[object]:
    opened: list[ServiceCatalog] = []

    def make(pack: ContentPack, hub_id: str = "regio-hub-hohenwald") -> ServiceCatalog:
        db_path = tmp_path / f"kiosk-{len(opened)}.sqlite3"
        prepare_database(db_path, tmp_path / "backups")
        db = open_database(db_path)
        import_content_pack(db, pack)
        db.dispose()
        catalog = ServiceCatalog.open(db_path, hub_id=hub_id)
        opened.append(catalog)
        return catalog

    yield make
    for catalog in opened:
        catalog.close()


@pytest.fixture
def context(catalog_for, demo_pack: ContentPack) -> ServicesContext:  # type: ignore[no-untyped-def]
    return ServicesContext(
        catalog=catalog_for(demo_pack), push=Pushed(), now=lambda: THURSDAY_MORNING
    )


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


# --- overview and search ------------------------------------------------------------------


def test_overview_shows_life_situations_and_topics(qtbot: QtBot, context: ServicesContext) -> None:
    screen = ServicesOverviewScreen(context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.loaded)  # tiles load in the read lane
    labels = [t.title() for t in screen.life_situation_tiles]
    assert labels[:3] == ["Umzug", "Geburt eines Kindes", "Bauen und Renovieren"]
    assert "Ausweis und Reisen" in labels
    assert "Ausweise und Dokumente" in [b.text() for b in screen.topic_buttons]
    assert screen.browse_box.isVisibleTo(screen) and not screen.results_box.isVisibleTo(screen)


def test_typing_shows_results_letter_by_letter(qtbot: QtBot, context: ServicesContext) -> None:
    screen = ServicesOverviewScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1280, 700)
    for letter in "Persnalausweis":
        qtbot.keyClick(screen.search_field, letter)
        screen.run_search()
        assert screen.last_search_ms < 250  # generous on a shared CI box; the bench measures
    assert screen.results_model.titles()[0] == "Personalausweis beantragen"
    assert screen.results_box.isVisibleTo(screen) and not screen.browse_box.isVisibleTo(screen)
    screen.search_field.clear()
    screen.run_search()
    assert screen.browse_box.isVisibleTo(screen)


def test_coalesced_search_runs_from_the_event_loop(qtbot: QtBot, context: ServicesContext) -> None:
    screen = ServicesOverviewScreen(context)
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.search_field, "Fuehrerschein")
    qtbot.waitUntil(lambda: screen.results_model.rowCount() > 0)
    assert screen.results_model.titles()[0] == "Führerschein umtauschen"


def test_nothing_found_says_so(qtbot: QtBot, context: ServicesContext) -> None:
    screen = ServicesOverviewScreen(context)
    qtbot.addWidget(screen)
    screen.search_field.setText("Xylophon")
    screen.run_search()
    assert "nichts gefunden" in screen.results_label.text()
    assert not screen.results_view.isVisibleTo(screen)


def test_a_result_opens_the_service_page(qtbot: QtBot, context: ServicesContext) -> None:
    screen = ServicesOverviewScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    screen.search_field.setText("Reisepass")
    screen.run_search()
    rect = screen.results_view.visualRect(screen.results_model.index(0))
    qtbot.mouseClick(screen.results_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pushed = context.push
    assert isinstance(pushed, Pushed) and len(pushed) == 1
    page = pushed[0]
    qtbot.addWidget(page)
    assert isinstance(page, ServicePageScreen)
    qtbot.waitUntil(lambda: page.loaded)
    assert page.details is not None and page.details.id == "reisepass"


def test_life_situation_tile_opens_its_list(qtbot: QtBot, context: ServicesContext) -> None:
    screen = ServicesOverviewScreen(context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.loaded)
    umzug = screen.life_situation_tiles[0]
    qtbot.mouseClick(umzug, Qt.MouseButton.LeftButton)
    pushed = context.push
    assert isinstance(pushed, Pushed)
    listing = pushed[-1]
    qtbot.addWidget(listing)
    assert isinstance(listing, ServiceListScreen) and listing.title() == "Umzug"
    qtbot.waitUntil(lambda: listing.loaded)  # its rows load in the read lane
    assert "Wohnsitz anmelden" in listing.model.titles()


def test_a_to_z_is_sorted_with_umlauts_in_place(qtbot: QtBot, context: ServicesContext) -> None:
    screen = ServiceListScreen(context, "Von A bis Z", context.catalog.all_services(), letters=True)
    qtbot.addWidget(screen)
    titles = screen.model.titles()
    assert len(titles) == 29
    assert titles.index("Führerschein umtauschen") < titles.index(
        "Fundbüro: Verlorenes suchen oder Gefundenes abgeben"
    )
    assert set(screen.letter_buttons) >= {"A", "B", "P", "W"}


# --- the service page -----------------------------------------------------------------------


def test_the_page_shows_facts_in_the_order_people_need_them(
    qtbot: QtBot, context: ServicesContext
) -> None:
    page = ServicePageScreen(context, "personalausweis")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded)  # details load in the read lane
    assert page.headings[:5] == [
        "Das bringen Sie mit",
        "Voraussetzungen",
        "Kosten",
        "Wie lange es dauert",
        "Wo und wann",
    ]
    assert page.headings[5] == "Mitnehmen"
    shown = texts(page)
    assert "Jetzt geöffnet bis 12:00 Uhr" in shown
    assert any("37,00 €" in t for t in shown)
    assert page.book_button is not None  # bookable at the Regio-Hub Hohenwald
    assert page.qr is not None and page.qr.text().startswith("https://")


def test_closed_in_the_evening_says_when_it_opens(qtbot: QtBot, context: ServicesContext) -> None:
    context.now = lambda: THURSDAY_EVENING
    page = ServicePageScreen(context, "personalausweis")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded)  # details load in the read lane
    assert "Jetzt geschlossen – öffnet morgen um 8:00 Uhr" in texts(page)


def test_booking_leads_to_the_appointments_route(qtbot: QtBot, context: ServicesContext) -> None:
    page = ServicePageScreen(context, "personalausweis")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded)  # details load in the read lane
    assert page.book_button is not None
    with qtbot.waitSignal(page.openRequested) as signal:
        qtbot.mouseClick(page.book_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["appointments"]


def test_not_bookable_here_has_no_booking_button(qtbot: QtBot, context: ServicesContext) -> None:
    page = ServicePageScreen(context, "fuehrerschein-umtausch")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded)  # details load in the read lane
    assert page.book_button is None


def test_no_office_and_no_fees_means_no_empty_headings(
    qtbot: QtBot, context: ServicesContext
) -> None:
    page = ServicePageScreen(context, "mitfahrbank")  # no office, no fees, no documents
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded)
    for absent in ("Kosten", "Wo und wann", "Das bringen Sie mit", "Voraussetzungen"):
        assert absent not in page.headings
    assert page.headings[0] == "Mitnehmen"
    assert all(
        label.text().strip() for label in page.findChildren(QLabel) if label.isVisibleTo(page)
    )


def test_without_a_printer_the_citizen_reads_a_plain_message(
    qtbot: QtBot, context: ServicesContext
) -> None:
    context.printer_name = "Drucker-der-nicht-existiert"
    page = ServicePageScreen(context, "personalausweis")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded)  # details load in the read lane
    assert page.print_button is not None
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert "kein Drucker" in page.print_message.text()
    assert page.print_message.isVisibleTo(page)


def test_print_without_printer_raises_a_known_error(context: ServicesContext) -> None:
    from kiosk.ui.printing import print_handout

    details = context.catalog.details("personalausweis")
    assert details is not None
    with pytest.raises(PrinterMissingError, match="kein Drucker"):
        print_handout(details, "Drucker-der-nicht-existiert", THURSDAY_MORNING)


def test_the_handout_is_one_pdf_page(
    qtbot: QtBot, context: ServicesContext, tmp_path: Path
) -> None:
    details = context.catalog.details("personalausweis")
    assert details is not None
    target = tmp_path / "handout.pdf"
    write_handout_pdf(details, target, THURSDAY_MORNING)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") == 1
    page_html = handout_html(details, THURSDAY_MORNING)
    assert "Das bringen Sie mit" in page_html and "&#9744;" in page_html


# --- hostile rich text ------------------------------------------------------------------------


def test_sanitise_keeps_the_allow_list_only() -> None:
    safe = sanitise(HOSTILE)
    assert "<script" not in safe.html and "gehackt" not in safe.html
    assert "style" not in safe.html and "onclick" not in safe.html
    assert "<img" not in safe.html and "tracker" not in safe.html
    assert "iframe" not in safe.html and "evil" not in safe.html
    assert "file:" not in safe.html and "javascript" not in safe.html and "href" not in safe.html
    assert "<b>mitbringen</b>" in safe.html
    assert "Passwörter" in safe.html and "Klick" in safe.html
    assert [(link.text, link.url) for link in safe.links] == [
        ("Antrag online", "https://www.example.org/antrag")
    ]
    assert "Antrag online [1]" in safe.html
    assert safe.html.count("<li>") == safe.html.count("</li>") == 2


@pytest.mark.parametrize(
    "markup",
    ["<p>offen", "</p></ul>text", "<b><i>x</b></i>", "<<p>>", "&lt;script&gt;", "<a>ohne</a>"],
)
def test_broken_markup_stays_balanced_text(markup: str) -> None:
    safe = sanitise(markup)
    for tag in ("p", "ul", "li", "b", "i"):
        assert safe.html.count(f"<{tag}>") == safe.html.count(f"</{tag}>")
    assert "<script" not in safe.html


def test_the_browser_never_loads_or_opens_anything(qtbot: QtBot) -> None:
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(
        '<p>Bild:<img src="http://tracker.example/p.gif"><img src="file:///etc/hosts"></p>'
    )
    browser.resize(600, 400)
    browser.show()
    qtbot.waitExposed(browser)
    # Qt asked for the images, and got nothing back
    assert set(browser.blocked_resources) >= {"http://tracker.example/p.gif", "file:///etc/hosts"}
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_hostile_description_renders_as_plain_safe_text(
    qtbot: QtBot,
    catalog_for,
    demo_pack: ContentPack,  # type: ignore[no-untyped-def]
) -> None:
    service = dataclasses.replace(demo_pack.services[0], full=HOSTILE)
    pack = make_pack(demo_pack, services=(service, *demo_pack.services[1:]), sha256="2" * 64)
    context = ServicesContext(
        catalog=catalog_for(pack), push=Pushed(), now=lambda: THURSDAY_MORNING
    )
    page = ServicePageScreen(context, service.id)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded)  # details load in the read lane
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.description is not None
    shown = page.description.toPlainText()
    assert "mitbringen" in shown and "Antrag online [1]" in shown
    assert "gehackt" not in shown and "steal" not in shown and "background" not in shown
    assert page.description.blocked_resources == []  # nothing was even asked for
