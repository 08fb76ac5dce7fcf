"""Issue 4: a link in a service description is shown as text and QR code, never as a link."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.core.content import load_content_pack
from kiosk.store.content import import_content_pack
from kiosk.store.db import open_database
from kiosk.store.schema import prepare_database
from kiosk.store.service_catalog import ServiceCatalog
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.services.context import ServicesContext
from kiosk.ui.screens.services.service_page import ServicePageScreen
from kiosk.ui.widgets.qr import QrCode

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "content-pack.json"
MORNING = datetime(2026, 11, 26, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
FULL = (
    '<p>Online: <a href="https://www.example.org/antrag">Antrag stellen</a>, '
    '<a href="file:///etc/passwd">Datei</a>, <a href="http://plain.example/">ohne TLS</a></p>'
)


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[ServiceCatalog]:
    pack = load_content_pack(DEMO)
    original = pack.service("mitfahrbank")
    assert original is not None
    service = dataclasses.replace(original, full=FULL)
    others = tuple(s for s in pack.services if s.id != service.id)
    pack = dataclasses.replace(pack, services=(service, *others), sha256="4" * 64)
    db_path = tmp_path / "kiosk.sqlite3"
    prepare_database(db_path, tmp_path / "backups")
    db = open_database(db_path)
    import_content_pack(db, pack)
    db.dispose()
    opened = ServiceCatalog.open(db_path, hub_id="regio-hub-hohenwald")
    yield opened
    opened.close()


def test_a_description_link_is_text_and_qr_only(qtbot: QtBot, catalog: ServiceCatalog) -> None:
    pushed: list[Screen] = []
    context = ServicesContext(catalog=catalog, push=pushed.append, now=lambda: MORNING)
    page = ServicePageScreen(context, "mitfahrbank")
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded)
    assert page.description is not None
    shown = page.description.toPlainText()
    assert "Antrag stellen [1]" in shown and "Datei" in shown and "ohne TLS" in shown
    assert "[2]" not in shown  # file: and http: links keep their words, nothing else
    assert "href" not in page.description.toHtml()
    codes = [qr.text() for qr in page.findChildren(QrCode)]
    assert "https://www.example.org/antrag" in codes
    assert not any("passwd" in c or "plain.example" in c for c in codes)
    labels = [label.text() for label in page.findChildren(QLabel)]
    assert "[1] Antrag stellen\nhttps://www.example.org/antrag" in labels
    assert not page.description.openLinks() and not page.description.openExternalLinks()
