"""The store's German messages for citizens are translated when shown (kiosk.ui.store_messages)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kiosk.store import bookings
from kiosk.ui import i18n
from kiosk.ui.background import citizen_message
from kiosk.ui.store_messages import MESSAGES

ROOT = Path(__file__).resolve().parents[2]
CITIZEN_ERRORS = {"BookingError", "SlotTakenError", "BookingNotFoundError"}


def raised_messages() -> set[str]:
    """Every literal message a citizen-facing store error is built with, anywhere in kiosk/."""
    found: set[str] = set()
    for path in (ROOT / "kiosk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if name in CITIZEN_ERRORS and isinstance(first, ast.Constant | ast.JoinedStr):
                assert isinstance(first, ast.Constant), f"{path}: no f-string in {name}()"
                found.add(first.value)
    return found | set(bookings._REASONS_DE.values())


def test_every_citizen_message_of_the_store_is_listed_for_translation() -> None:
    messages = raised_messages()
    assert len(messages) >= 8
    assert sorted(messages - MESSAGES) == []


@pytest.fixture
def german(qapp):
    yield
    i18n.install_translator(qapp, "de")


@pytest.mark.parametrize("code", ["en", "tr", "uk", "ar", "de-LS"])
def test_a_booking_error_reaches_the_citizen_in_their_language(qapp, german, code) -> None:
    message = "Wir finden keinen Termin mit diesem Code und Namen. Bitte prüfen Sie beides."
    error = bookings.BookingNotFoundError(message)
    assert citizen_message(error, own_words=(bookings.BookingError,)) == message
    i18n.install_translator(qapp, code)
    shown = citizen_message(error, own_words=(bookings.BookingError,))
    assert shown and shown != message


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_staff_reasons_for_a_conflict_are_translated(qapp, german, code) -> None:
    from kiosk.ui.screens.staff import texts

    i18n.install_translator(qapp, code)
    for happened, todo in texts._REASONS.values():
        assert texts.tr(happened) != happened
        assert texts.tr(todo) != todo
