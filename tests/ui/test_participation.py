"""A citizen takes part through the screens: every question type, back and forth, review,
submit offline, then sync to a real server on loopback and find the exact answers in the
server's CSV export. The idle reset in the middle of a form forgets it. Closed survey results
as a bar chart.

Set ``KIOSK_SCREENSHOTS=resources/screenshots`` to write ``participation-choice.png``,
``participation-review.png`` and ``participation-results.png`` (1280x800).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kiosk.core.forms import aggregate_results, parse_form_definition, results_data
from kiosk.paths import resources_dir
from kiosk.server import forms as server_forms
from kiosk.server.forms_export import export_submissions
from kiosk.server.schema import upgrade
from kiosk.store import participation
from kiosk.store.credentials import Credentials, save_credentials
from kiosk.store.db import open_database
from kiosk.store.models import OutboxEntry, OutboxState
from kiosk.store.schema import prepare_database
from kiosk.ui import routes
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.participation import install_participation
from kiosk.ui.screens.participation.answer_inputs import (
    ChoiceInput,
    DateInput,
    LocationInput,
    NumberInput,
    RatingInput,
    TextInput,
    YesNoInput,
)
from kiosk.ui.screens.participation.screens import (
    FormListScreen,
    IntroScreen,
    QuestionScreen,
    ResultsScreen,
    ReviewScreen,
    ThankYouScreen,
)
from kiosk.ui.sync_ports import TerminalSync
from kiosk.ui.visitor_session import IdleTiming
from kiosk.ui.widgets.bar_chart import BarChart
from tests.server.live import Api, LiveServer

from .conftest import ShellFactory, all_texts, clipped, process_deletions

HUB = "dorfbuero-lindenbach"
TODAY = date(2026, 11, 26)
SLOW = IdleTiming(600, 20, 1000, 1000)
PRESS_HOLD_MS = 400
IDLE_SOON = IdleTiming(idle_timeout_s=2.0, countdown_s=3, check_interval_ms=50, tick_ms=100)


def _q(qid: str, qtype: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"id": qid, "type": qtype, "label": {"de": text}, **extra}


def _options(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    return [{"id": i, "label": {"de": t}} for i, t in pairs]


EVERY_TYPE = {
    "format": "dorfkiosk-form", "format_version": 1, "id": "dorfleben", "version": 1,
    "kind": "survey", "title": {"de": "Leben in Lindenbach"},
    "intro": {"de": "Eine Umfrage mit allen Fragearten."},
    "privacy_notice": {"de": "Anonym, außer Sie geben freiwillig Kontaktdaten an."},
    "opens": "2026-01-01", "closes": "2026-12-31",
    "questions": [
        _q("angebot", "single_choice", "Was fehlt im Dorf am meisten?", required=True,
           options=_options(("laden", "Ein Laden"), ("arzt", "Eine Arztpraxis"),
                            ("cafe", "Ein Café"))),
        _q("wege", "multiple_choice", "Wie sind Sie unterwegs?", max_selections=2,
           options=_options(("auto", "Auto"), ("bus", "Bus"), ("rad", "Fahrrad"),
                            ("fuss", "Zu Fuß"))),
        _q("zufrieden", "rating", "Wie zufrieden sind Sie mit dem Dorfbüro?", required=True),
        _q("verein", "yes_no", "Sind Sie in einem Verein?", required=True),
        _q("welcher", "short_text", "In welchem Verein?",
           show_if={"question": "verein", "equals": True}),
        _q("jahre", "number", "Seit wie vielen Jahren wohnen Sie hier?", minimum=0, maximum=120,
           unit={"de": "Jahre"}),
        _q("fest", "date", "Wann sollte das nächste Dorffest sein?"),
        _q("ort", "location", "Wo ist Ihr Lieblingsplatz?",
           places=[{"village": "lindenbach", "name": {"de": "Lindenbach"},
                    "streets": ["Hauptstraße", "Mühlweg"]},
                   {"village": "hohenwald", "name": {"de": "Hohenwald"}}]),
        _q("wunsch", "long_text", "Was wünschen Sie sich?"),
        _q("kontakt", "yes_no", "Dürfen wir Sie kontaktieren?", consent=True),
        _q("name", "short_text", "Ihr Name", personal=True),
        _q("mail", "email", "E-Mail", personal=True),
        _q("telefon", "phone", "Telefon", personal=True),
        _q("anmerkung", "note", "Anmerkung"),
    ],
}  # fmt: skip


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    target = os.environ.get("KIOSK_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(target) / name), "PNG")


def tap(qtbot: QtBot, widget: QWidget) -> None:
    """Scroll to the widget (as a person would) and tap it where it is on screen."""
    assert widget.isVisible(), f"{widget.objectName()} is not on screen"
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None and parent.verticalScrollBar().maximum() > 0:
        parent.ensureWidgetVisible(widget, 0, 0)
        settle()
        center = widget.mapToGlobal(widget.rect().center())
        if QApplication.widgetAt(center) is not widget:
            # Kinetic scrolling replays a held press to the widget at that *screen* point;
            # the offscreen test screen is smaller than the 1280x800 window, so there is none.
            widget.click()
        else:
            # Kinetic scrolling holds a press on a scrollable area until it is sure the finger
            # does not drag: press, hold a moment, release, like a person does.
            qtbot.mousePress(widget, Qt.MouseButton.LeftButton)
            qtbot.wait(PRESS_HOLD_MS)
            qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    settle()


def type_on_keyboard(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Tap the keys, switching to the symbols page for characters the letters lack."""
    keyboard: Any = window.keyboard
    assert keyboard is not None and keyboard.isVisible(), "the on-screen keyboard is not shown"
    for char in text:
        if char == " ":
            tap(qtbot, keyboard.key(role="space"))
            continue
        if char != char.lower() and keyboard.layout_name() == "de":
            tap(qtbot, keyboard.key(role="shift"))  # shift for one letter
        try:
            tap(qtbot, keyboard.key(char))
        except LookupError:
            tap(qtbot, keyboard.key("symbols", role="layout"))
            tap(qtbot, keyboard.key(char))
            tap(qtbot, keyboard.key("de", role="layout"))


def current(window: MainWindow) -> Any:
    return window.navigator.current


def question(window: MainWindow, qid: str) -> QuestionScreen:
    screen = current(window)
    assert isinstance(screen, QuestionScreen), type(screen)
    assert screen.question.id == qid, (screen.question.id, qid)
    return screen


def next_(qtbot: QtBot, window: MainWindow) -> None:
    tap(qtbot, current(window).next_button)


class Terminal:
    def __init__(self, tmp_path: Path, server: LiveServer | None) -> None:
        self.data = tmp_path / "terminal"
        self.db_path = self.data / "kiosk.sqlite3"
        prepare_database(self.db_path, self.data / "backups")
        self.db = open_database(self.db_path)
        participation.save_forms(self.db, [EVERY_TYPE])
        participation.import_form_files(
            self.db, sorted((resources_dir() / "demo" / "forms").glob("*.json"))
        )
        self.sync: TerminalSync | None = None
        if server is not None:
            api = Api(server)
            enrolled = api.enroll(HUB, "Eingang")
            api.close()
            credentials = Credentials(
                server.base_url,
                enrolled.terminal_id,
                enrolled.token,
                HUB,
                "Dorfbüro Lindenbach",
                "2026-11-26T00:00:00Z",
            )
            save_credentials(self.data / "terminal-credentials.json", credentials)
            self.sync = TerminalSync(self.db, self.data, credentials)

    def outbox(self) -> list[OutboxEntry]:
        with self.db.session() as session:
            return list(session.query(OutboxEntry).order_by(OutboxEntry.seq))

    def close(self) -> None:
        if self.sync is not None:
            self.sync.close()
        self.db.dispose()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as live:
        with live.database.write() as session:
            server_forms.import_form(session, parse_form_definition(EVERY_TYPE))
        yield live


def open_form(qtbot: QtBot, window: MainWindow, form_id: str) -> IntroScreen:
    tap(qtbot, window.navigator.home_screen.tiles[routes.PARTICIPATION])  # type: ignore[attr-defined]
    listing = current(window)
    assert isinstance(listing, FormListScreen)
    qtbot.waitUntil(lambda: form_id in listing.form_tiles)  # loaded in the background
    settle()  # Qt shows widgets added to a shown layout on the next turn of the loop
    tap(qtbot, listing.form_tiles[form_id])
    intro = current(window)
    assert isinstance(intro, IntroScreen)
    return intro


def test_a_citizen_fills_every_question_type_submits_offline_and_the_server_exports_it(
    qapp: QApplication, qtbot: QtBot, make_shell: ShellFactory, tmp_path: Path,
    server: LiveServer,
) -> None:  # fmt: skip
    term = Terminal(tmp_path, server)
    try:
        _fill_and_submit(qtbot, make_shell, term, server)
    finally:
        term.close()


def _fill_and_submit(
    qtbot: QtBot, make_shell: ShellFactory, term: Terminal, server: LiveServer
) -> None:
    window = make_shell(timing=SLOW)
    install_participation(window.navigator, term.db_path, hub_id=HUB, today=lambda: TODAY)
    intro = open_form(qtbot, window, "dorfleben")
    assert "Anonym" in intro.findChild(QWidget, "PrivacyNotice").text()  # type: ignore[union-attr]
    tap(qtbot, intro.start_button)

    # 1 single choice: big buttons, not radios; a required question cannot be skipped
    screen = question(window, "angebot")
    assert screen.progress.text() == "Frage 1 von 10"  # 4 more appear on the way
    next_(qtbot, window)
    assert screen.error.isVisible() and "beantworten" in screen.error.text()
    choice = screen.input
    assert isinstance(choice, ChoiceInput)
    assert min(b.height() for b in choice.buttons.values()) >= 72
    tap(qtbot, choice.buttons["arzt"])
    tap(qtbot, choice.buttons["cafe"])  # changed her mind: exclusive
    assert choice.value() == "cafe"
    settle()
    save(window, "participation-choice.png")
    assert clipped(screen) == []
    next_(qtbot, window)

    # 2 multiple choice with at most two
    multi = question(window, "wege").input
    assert isinstance(multi, ChoiceInput)
    for option in ("bus", "rad", "fuss"):
        tap(qtbot, multi.buttons[option])
    next_(qtbot, window)
    assert current(window).question.id == "wege" and current(window).error.isVisible()
    tap(qtbot, multi.buttons["fuss"])
    next_(qtbot, window)

    # 3 rating, 4 yes/no (which opens question 5)
    rating = question(window, "zufrieden").input
    assert isinstance(rating, RatingInput)
    tap(qtbot, rating.buttons[4])
    next_(qtbot, window)
    yes_no = question(window, "verein").input
    assert isinstance(yes_no, YesNoInput)
    tap(qtbot, yes_no.no)
    next_(qtbot, window)
    assert question(window, "jahre").progress.text() == "Frage 5 von 10"
    # back: the answer is still there; "Ja" brings the follow-up question
    tap(qtbot, current(window).back_button)
    yes_no = question(window, "verein").input
    assert isinstance(yes_no, YesNoInput) and yes_no.value() is False
    tap(qtbot, yes_no.yes)
    next_(qtbot, window)
    club = question(window, "welcher")
    assert club.progress.text() == "Frage 5 von 11"
    tap(qtbot, club.input.edit)  # type: ignore[attr-defined]
    type_on_keyboard(qtbot, window, "Sportverein Grün-Weiß")
    next_(qtbot, window)

    # 6 number (numeric pad), 7 date (steppers), 8 place (village, street)
    years = question(window, "jahre").input
    assert isinstance(years, NumberInput)
    tap(qtbot, years.edit)
    assert window.keyboard.layout_name() == "numeric"  # type: ignore[union-attr]
    type_on_keyboard(qtbot, window, "150")
    next_(qtbot, window)
    assert "außerhalb" in current(window).error.text()
    years.edit.clear()
    tap(qtbot, years.edit)
    type_on_keyboard(qtbot, window, "42")
    next_(qtbot, window)
    when = question(window, "fest").input
    assert isinstance(when, DateInput) and when.value() is None
    tap(qtbot, when.today_button)
    tap(qtbot, when.steppers["month"][1])
    tap(qtbot, when.steppers["day"][1])
    today = date.today()
    month = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    expected_day = min(today.day, 28 if month.month == 2 else 30) if today.day > 28 else today.day
    expected_date = date(month.year, month.month, expected_day) + timedelta(days=1)
    assert when.value() == expected_date.isoformat()
    next_(qtbot, window)
    place = question(window, "ort").input
    assert isinstance(place, LocationInput)
    tap(qtbot, place.village_buttons["lindenbach"])
    tap(qtbot, place.street_buttons["Mühlweg"])
    next_(qtbot, window)

    # 9 long text on the keyboard, 10 consent, 11-13 contact, 14 the note
    wish = question(window, "wunsch").input
    assert isinstance(wish, TextInput)
    tap(qtbot, wish.edit)
    type_on_keyboard(qtbot, window, "Eine Bank am Bach")
    next_(qtbot, window)
    consent = question(window, "kontakt").input
    assert isinstance(consent, YesNoInput)
    tap(qtbot, consent.yes)
    next_(qtbot, window)
    for qid, text in (("name", "Erika Muster"), ("mail", "erika@example.de"),
                      ("telefon", "+49 5521 1234")):  # fmt: skip
        field = question(window, qid).input
        tap(qtbot, field.edit)  # type: ignore[attr-defined]
        type_on_keyboard(qtbot, window, text)
        next_(qtbot, window)
    note = question(window, "anmerkung")
    assert note.progress.text() == "Frage 14 von 14"
    next_(qtbot, window)  # optional: skipped

    review = current(window)
    assert isinstance(review, ReviewScreen)
    shown = {qid: lbl.text() for qid, lbl in review.answer_labels.items()}
    assert shown["angebot"] == "Ein Café" and shown["wege"] == "Bus, Fahrrad"
    assert shown["zufrieden"] == "4 von 5" and shown["ort"] == "Lindenbach, Mühlweg"
    assert shown["jahre"] == "42 Jahre" and shown["anmerkung"] == "– nicht beantwortet –"
    # change an answer from the review page
    tap(qtbot, review.edit_buttons["zufrieden"])
    tap(qtbot, question(window, "zufrieden").input.buttons[5])  # type: ignore[attr-defined]
    next_(qtbot, window)
    assert current(window) is review and review.answer_labels["zufrieden"].text() == "5 von 5"
    settle()
    save(window, "participation-review.png")
    assert term.outbox() == []  # nothing leaves before "Absenden"
    review.submit_button.click()
    review.submit_button.click()  # a double tap submits once
    review._submit()  # even a call that slips past the disabled button while saving
    assert review.submitting is not None and not review.submit_button.isEnabled()
    qtbot.waitUntil(lambda: isinstance(current(window), ThankYouScreen))
    settle()
    thanks = current(window)
    assert isinstance(thanks, ThankYouScreen)
    assert window.navigator.depth == 1  # the filled-in screens are gone
    reference = thanks.reference_label.text()
    assert reference.startswith("U-")
    entries = term.outbox()
    assert [(e.kind, e.state) for e in entries] == [("submission.create", OutboxState.PENDING)]
    sent = json.loads(entries[0].payload)["answers"]
    expected = {
        "angebot": "cafe", "wege": ["bus", "rad"], "zufrieden": 5, "verein": True,
        "welcher": "Sportverein Grün-Weiß", "jahre": 42, "fest": expected_date.isoformat(),
        "ort": {"village": "lindenbach", "street": "Mühlweg"}, "wunsch": "Eine Bank am Bach",
        "kontakt": True, "name": "Erika Muster", "mail": "erika@example.de",
        "telefon": "+49 5521 1234",
    }  # fmt: skip
    assert sent == expected
    tap(qtbot, thanks.done_button)
    assert window.navigator.depth == 0

    # online again: one sync round, then the server's CSV export has exactly these answers
    assert term.sync is not None
    outcome = term.sync.run_round()
    assert outcome.ok, outcome.error
    assert [e.state for e in term.outbox()] == [OutboxState.SENT]
    with server.database.read() as session:
        rows = list(csv.DictReader(io.StringIO(export_submissions(session, "dorfleben", "csv"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["reference"] == reference and row["hub_id"] == HUB and row["form_version"] == "1"
    assert {k: v for k, v in row.items() if k in expected} == {
        "angebot": "cafe", "wege": "bus;rad", "zufrieden": "5", "verein": "ja",
        "welcher": "Sportverein Grün-Weiß", "jahre": "42", "fest": expected_date.isoformat(),
        "ort": "Lindenbach: Mühlweg", "wunsch": "Eine Bank am Bach", "kontakt": "ja",
        "name": "Erika Muster", "mail": "erika@example.de",
        "telefon": "'+49 5521 1234",  # a leading + would start a spreadsheet formula
    }  # fmt: skip
    assert row["anmerkung"] == ""


def test_the_idle_reset_in_the_middle_of_a_form_forgets_it(
    qapp: QApplication, qtbot: QtBot, make_shell: ShellFactory, tmp_path: Path
) -> None:
    term = Terminal(tmp_path, None)
    try:
        window = make_shell(timing=IDLE_SOON)
        install_participation(window.navigator, term.db_path, hub_id=HUB, today=lambda: TODAY)
        tap(qtbot, open_form(qtbot, window, "ideen-dorfbuero").start_button)
        tap(qtbot, question(window, "thema").input.buttons["verkehr"])  # type: ignore[attr-defined]
        next_(qtbot, window)
        title = question(window, "titel")
        tap(qtbot, title.input.edit)  # type: ignore[attr-defined]
        type_on_keyboard(qtbot, window, "Zebrastreifen")
        flow_screens = [title]
        with qtbot.waitSignal(window.session.ended, timeout=10000):
            pass
        process_deletions()
        assert window.navigator.depth == 0
        assert not [t for t in all_texts(window) if "Zebrastreifen" in t]
        import shiboken6

        assert not any(shiboken6.isValid(s) for s in flow_screens)
        assert term.outbox() == []  # nothing was submitted
        # the next visitor starts the same form from scratch
        tap(qtbot, open_form(qtbot, window, "ideen-dorfbuero").start_button)
        first = question(window, "thema")
        assert first.input.value() is None and first.session.answers() == {}
    finally:
        term.close()


def test_results_of_a_closed_survey_as_a_bar_chart(
    qapp: QApplication, qtbot: QtBot, make_shell: ShellFactory, tmp_path: Path
) -> None:
    term = Terminal(tmp_path, None)
    try:
        form = participation.get_form(term.db, "bushaltestelle-lindenbach")
        assert form is not None
        votes = ["dorfplatz"] * 14 + ["schule"] * 23 + ["neubaugebiet"] * 9 + ["friedhof"] * 2
        answer_sets = [
            {"standort": v, "nutzung": 1 + i % 5, "unterstand": i % 3 != 0,
             **({"zwecke": ["einkauf", "arzt"][: 1 + i % 2]} if i % 4 else {})}
            for i, v in enumerate(votes)
        ]  # fmt: skip
        participation.save_results(term.db, results_data(aggregate_results(form, answer_sets)))
        window = make_shell(timing=SLOW)
        after_close = TODAY.replace(year=2027, month=4, day=2)
        install_participation(window.navigator, term.db_path, hub_id=HUB, today=lambda: after_close)
        tap(qtbot, window.navigator.home_screen.tiles[routes.PARTICIPATION])  # type: ignore[attr-defined]
        listing = current(window)
        assert isinstance(listing, FormListScreen)
        qtbot.waitUntil(lambda: bool(listing.result_buttons))  # loaded in the background
        settle()  # Qt shows widgets added to a shown layout on the next turn of the loop
        assert "bushaltestelle-lindenbach" not in listing.form_tiles  # closed: not offered
        tap(qtbot, listing.result_buttons["bushaltestelle-lindenbach"])
        results = current(window)
        assert isinstance(results, ResultsScreen)
        chart = results.charts["standort"]
        assert isinstance(chart, BarChart)
        assert [(r.label, r.count) for r in chart.rows()] == [
            ("Am Dorfplatz", 14), ("An der alten Schule", 23),
            ("Im Neubaugebiet Am Sonnenhang", 9), ("Am Friedhof", 2),
        ]  # fmt: skip
        assert "An der alten Schule: 23 Stimmen (48 %)" in chart.accessibleDescription()
        assert [r.label for r in results.charts["unterstand"].rows()] == ["Ja", "Nein"]
        settle()
        area = results.findChild(QScrollArea, "ScreenScroll")
        assert area is not None and area.horizontalScrollBar().maximum() == 0
        assert chart.height() >= chart.sizeHint().height()
        save(window, "participation-results.png")
        assert clipped(results) == []
    finally:
        term.close()
