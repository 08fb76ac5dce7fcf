"""The end of a visit: nothing a citizen typed survives for the next person."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
)

from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.base import Screen, scrolling_body
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.visitor_session import IdleTiming, VisitorSession
from kiosk.ui.widgets.idle_prompt import IdlePrompt

from .conftest import FAST, all_texts, process_deletions

NAME = "Erika Mustermann"


class FormScreen(Screen):
    """A screen like the ones to come: a few fields in a scrolling body."""

    def __init__(self) -> None:
        super().__init__()
        body = scrolling_body(self)
        self.name = QLineEdit()
        self.message = QTextEdit()
        self.note = QPlainTextEdit()
        self.age = QSpinBox()
        self.age.setRange(0, 120)
        self.street = QComboBox()
        self.street.setEditable(True)
        self.street.addItems(["Hauptstraße", "Lindenweg"])
        for widget in (self.name, self.message, self.note, self.age, self.street):
            body.addWidget(widget)

    def title(self) -> str:
        return "Formular"


def type_personal_data(window: MainWindow, qtbot) -> FormScreen:
    screen = FormScreen()
    window.navigator.push(screen)
    qtbot.keyClicks(screen.name, NAME)
    qtbot.keyClicks(screen.message, f"Ich heiße {NAME}.")
    qtbot.keyClicks(screen.note, NAME)
    screen.age.selectAll()
    qtbot.keyClicks(screen.age, "87")
    qtbot.keyClicks(screen.street.lineEdit(), "Mustermann-Weg 3")
    qtbot.keyClick(screen.street.lineEdit(), Qt.Key.Key_Return)
    assert screen.name.text() == NAME
    assert NAME in screen.message.toPlainText()
    assert screen.age.value() == 87
    return screen


def test_idle_timeout_resets_everything_and_no_typed_text_remains(make_shell, qtbot) -> None:
    window = make_shell()
    # A field on a screen that stays (home), e.g. a search box, must be wiped too.
    search = QLineEdit(window.navigator.home_screen)
    qtbot.keyClicks(search, NAME)
    screen = type_personal_data(window, qtbot)
    assert window.session.in_session

    with qtbot.waitSignal(window.session.promptShown, timeout=3000) as shown:
        pass
    assert shown.args == [FAST.countdown_s]
    prompt = window.idle_prompt
    assert isinstance(prompt, IdlePrompt) and prompt.isVisible()
    assert re.fullmatch(r"Noch (\d+ Sekunden|1 Sekunde)", prompt.countdown_text())
    with qtbot.waitSignal(window.session.ended, timeout=3000):
        pass
    process_deletions()

    assert window.navigator.depth == 0
    assert isinstance(window.navigator.current, HomeScreen)
    assert not prompt.isVisible()
    assert not window.session.in_session
    leftovers = [text for text in all_texts(window) if "Mustermann" in text or "Erika" in text]
    assert leftovers == []
    assert search.text() == ""
    assert "87" not in [w.text() for w in window.findChildren(QSpinBox)]
    # The pushed screen is gone, not merely hidden.
    import shiboken6

    assert not shiboken6.isValid(screen)


def test_wiped_fields_cannot_be_undone(qtbot) -> None:
    screen = FormScreen()
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.name, NAME)
    qtbot.keyClicks(screen.message, NAME)
    screen.reset()
    assert screen.name.text() == "" and screen.message.toPlainText() == ""
    screen.name.undo()
    screen.message.undo()
    assert screen.name.text() == "" and screen.message.toPlainText() == ""
    assert screen.street.findText("Mustermann", Qt.MatchFlag.MatchContains) == -1


def test_weiter_keeps_the_session_and_the_typed_text(make_shell, qtbot) -> None:
    slow_end = IdleTiming(idle_timeout_s=0.3, countdown_s=20, check_interval_ms=20, tick_ms=40)
    window = make_shell(timing=slow_end)
    screen = type_personal_data(window, qtbot)
    with qtbot.waitSignal(window.session.promptShown, timeout=3000):
        pass
    prompt = window.idle_prompt
    assert isinstance(prompt, IdlePrompt)
    with qtbot.waitSignal(window.session.promptDismissed, timeout=1000):
        qtbot.mouseClick(prompt.continue_button, Qt.MouseButton.LeftButton)

    assert not prompt.isVisible()
    assert window.navigator.current is screen
    assert screen.name.text() == NAME
    assert window.session.in_session and not window.session.prompting
    # The countdown really stopped: 20 "seconds" of 40 ms would have ended it by now.
    with qtbot.assertNotEmitted(window.session.ended, wait=200):
        pass
    assert screen.name.text() == NAME


def test_neu_beginnen_on_the_prompt_ends_the_visit(make_shell, qtbot) -> None:
    window = make_shell(timing=IdleTiming(0.3, 20, 20, 1000))
    type_personal_data(window, qtbot)
    with qtbot.waitSignal(window.session.promptShown, timeout=3000):
        pass
    prompt = window.idle_prompt
    assert isinstance(prompt, IdlePrompt)
    with qtbot.waitSignal(window.session.ended, timeout=1000):
        qtbot.mouseClick(prompt.restart_button, Qt.MouseButton.LeftButton)
    assert window.navigator.depth == 0
    assert not any(NAME in text for text in all_texts(window))


def test_fertig_in_the_top_bar_ends_the_visit_at_once(make_shell, qtbot) -> None:
    window = make_shell()
    type_personal_data(window, qtbot)
    with qtbot.waitSignal(window.session.ended, timeout=1000):
        qtbot.mouseClick(window.top_bar.finish_button, Qt.MouseButton.LeftButton)
    process_deletions()
    assert window.navigator.depth == 0
    assert not any(NAME in text for text in all_texts(window))
    assert not window.session.in_session


def test_an_untouched_home_screen_never_asks(make_shell, qtbot) -> None:
    window = make_shell()
    with qtbot.assertNotEmitted(window.session.promptShown, wait=600):
        pass
    assert window.idle_prompt is None


def test_session_timing_with_an_injected_clock(qapp) -> None:
    now = [1000.0]
    session = VisitorSession(IdleTiming(idle_timeout_s=90, countdown_s=20), clock=lambda: now[0])
    shown: list[int] = []
    session.promptShown.connect(shown.append)

    now[0] += 500
    assert not session.check_idle()  # nobody there: no prompt
    session.note_activity()
    now[0] += 89.9
    assert not session.check_idle()
    now[0] += 0.2
    assert session.check_idle()
    assert shown == [20] and session.prompting
    session.note_activity()  # a touch behind the overlay does not count; only the buttons do
    assert session.prompting
    session.continue_session()
    assert not session.prompting
    now[0] += 89
    assert not session.check_idle()


@pytest.mark.parametrize(("seconds", "text"), [(20, "Noch 20 Sekunden"), (1, "Noch 1 Sekunde")])
def test_countdown_wording(qtbot, seconds: int, text: str) -> None:
    parent = QLabel()
    qtbot.addWidget(parent)
    prompt = IdlePrompt(parent)
    prompt.set_seconds_left(seconds)
    assert prompt.countdown_text() == text


def test_fast_timing_fixture_is_really_fast() -> None:
    assert FAST.idle_timeout_s < 1 and FAST.tick_ms * FAST.countdown_s < 1000
