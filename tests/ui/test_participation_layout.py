"""Every participation screen fits: no clipped label or button at 1280x800, at text scale 100
and 160 (large print), nothing wider than the window.

``KIOSK_SCREENSHOTS=DIR`` also writes each screen as ``participation-layout-*.png`` to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from kiosk.core.forms import aggregate_results, parse_form_definition
from kiosk.store import participation
from kiosk.store.db import open_database
from kiosk.store.schema import prepare_database
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.participation.flow import FormSession
from kiosk.ui.screens.participation.screens import (
    FormListScreen,
    IntroScreen,
    QuestionScreen,
    ResultsScreen,
    ReviewScreen,
    ThankYouScreen,
)
from kiosk.ui.screens.participation.service import ParticipationService

from .conftest import ShellFactory, clipped
from .test_participation import EVERY_TYPE, TODAY, save, settle

FORM = parse_form_definition(EVERY_TYPE)
ANSWERS = {
    "angebot": "cafe", "wege": ["bus", "rad"], "zufrieden": 5, "verein": True,
    "welcher": "Sportverein", "jahre": 42, "fest": "2026-12-24",
    "ort": {"village": "lindenbach", "street": "Mühlweg"}, "wunsch": "Eine Bank am Bach",
    "kontakt": True, "name": "Erika Muster", "mail": "erika@example.de", "telefon": "0551 1234",
}  # fmt: skip


@pytest.fixture
def service(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "kiosk.sqlite3"
    prepare_database(path, tmp_path / "backups")
    db = open_database(path)
    participation.save_forms(db, [FORM])
    yield ParticipationService(db, today=lambda: TODAY)
    db.dispose()


def _screens(service: ParticipationService) -> list[tuple[str, Screen]]:
    def push(_screen: Screen) -> None:
        pass

    session = FormSession(FORM)
    for key, value in ANSWERS.items():
        session.set_answer(key, value)
    made: list[tuple[str, Screen]] = [
        ("list", FormListScreen(service, push)),
        ("intro", IntroScreen(session, service, push)),
    ]
    made += [(q.id, QuestionScreen(session, q, service, push)) for q in FORM.questions]
    made.append(("review", ReviewScreen(session, service, push)))
    made.append(("thanks", ThankYouScreen(FORM, "U-7K3P-2Q4X", service)))
    results = aggregate_results(FORM, [ANSWERS, {**ANSWERS, "angebot": "laden"}])
    made.append(("results", ResultsScreen(FORM, results, "de")))
    return made


@pytest.mark.parametrize("text_scale", [100, 160])
def test_every_participation_screen_fits(
    qapp: QApplication, qtbot: QtBot, make_shell: ShellFactory,
    service: ParticipationService, text_scale: int,
) -> None:  # fmt: skip
    window = make_shell(text_scale=text_scale, with_keyboard=False)
    problems: dict[str, list[str]] = {}
    for name, screen in _screens(service):
        window.navigator.push(screen)
        if isinstance(screen, FormListScreen):  # loads in the background
            qtbot.waitUntil(lambda s=screen: bool(s.form_tiles))
        settle()
        area = screen.findChild(QScrollArea, "ScreenScroll")
        assert area is not None and area.horizontalScrollBar().maximum() == 0, name
        found = clipped(screen)
        if found:
            problems[name] = found
        save(window, f"participation-layout-{text_scale}-{name}.png")
        window.navigator.back()
    assert problems == {}
