"""Dates of appointments in each language's order and punctuation, not German's."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kiosk.ui import i18n
from kiosk.ui.screens.booking.screens import _Texts

EXPECTED = {
    "de": "Dienstag, 1. Dezember 2026, 09:30 Uhr",
    "en": "Tuesday, 1 December 2026, 09:30",
    "tr": "1 Aralık 2026 Salı, saat 09:30",
    "ar": "الثلاثاء، 1 ديسمبر 2026، الساعة 09:30",
    "uk": "вівторок, 1 грудня 2026, 09:30",
}


@pytest.fixture
def german(qapp):
    yield
    i18n.install_translator(qapp, "de")


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_an_appointment_reads_naturally(qapp, german, code) -> None:
    i18n.install_translator(qapp, code)
    texts = _Texts()
    assert texts.when(datetime(2026, 12, 1, 9, 30)) == EXPECTED[code]
    heading = texts.day_heading(date(2026, 12, 3), today=date(2026, 12, 1))
    assert heading.count(".") == (1 if code == "de" else 0)
