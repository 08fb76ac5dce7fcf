"""The shell follows a language change at runtime, survives longer translations, and each
visit starts in the configured language again."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.ui import i18n, routes
from kiosk.ui.screens.home import HomeScreen

from .conftest import clipped


class PseudoTranslator(QTranslator):
    """Marks every string and makes it ~30 % longer (markers included), like a wordy
    language would: "Startseite" becomes "[Startseitex]"."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        return "[" + source + "x" * max(0, round(len(source) * 0.3) - 2) + "]"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[QTranslator]:
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_texts_follow_a_language_change(make_shell, qapp, qtbot) -> None:
    window = make_shell()
    window.navigator.open(routes.SERVICES)
    window.show_idle_prompt(20)
    home = window.navigator.home_screen
    assert isinstance(home, HomeScreen)

    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: window.top_bar.home_button.text().startswith("[Startseite"))
        screen = window.navigator.current
        assert window.top_bar.finish_button.text().startswith("[Fertig")
        assert home.tiles[routes.SERVICES].title().startswith("[Dienstleistungen")
        assert screen.title().startswith("[Dienstleistungen")
        assert window.top_bar.title() == screen.title()
        prompt = window.idle_prompt
        assert prompt is not None and prompt.countdown_text().startswith("[Noch 20 Sekunden")
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: window.top_bar.home_button.text() == "Startseite")
    assert home.tiles[routes.SERVICES].title() == "Dienstleistungen"
    assert window.top_bar.title() == "Dienstleistungen"


@pytest.mark.parametrize("view", ["home", routes.PARTICIPATION, "idle"])
def test_thirty_percent_longer_texts_are_not_clipped(make_shell, pseudo, qtbot, view) -> None:
    window = make_shell(size=(1280, 800))
    if view == routes.PARTICIPATION:
        window.navigator.open(view)
    if view == "idle":
        window.show_idle_prompt(20)
    qtbot.wait(10)
    assert window.top_bar.home_button.text().startswith("[")
    root = window.idle_prompt if view == "idle" else window
    assert root is not None
    assert clipped(root) == []


def test_a_visit_ends_in_the_configured_language(make_shell, qapp, qtbot, tmp_path: Path) -> None:
    ts = tmp_path / "kiosk_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        '<TS version="2.1" language="en" sourcelanguage="de"><context><name>TopBar</name>'
        "<message><source>Startseite</source><translation>Home</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    subprocess.run(
        [str(Path(__file__).resolve().parents[2] / ".venv/bin/pyside6-lrelease"), str(ts)],
        check=True,
        capture_output=True,
    )
    window = make_shell()
    try:
        assert i18n.install_translator(qapp, "en", tmp_path)
        qtbot.waitUntil(lambda: window.top_bar.home_button.text() == "Home")
        with qtbot.waitSignal(window.session.ended, timeout=1000):
            qtbot.mouseClick(window.top_bar.finish_button, Qt.MouseButton.LeftButton)
        assert i18n.current_language() == "de"
        qtbot.waitUntil(lambda: window.top_bar.home_button.text() == "Startseite")
    finally:
        i18n.install_translator(qapp, "de")


def test_home_placeholder_button_is_translated_too(make_shell, pseudo) -> None:
    window = make_shell()
    window.navigator.open(routes.APPOINTMENTS)
    button = window.navigator.current.findChild(QPushButton, "PlaceholderHome")
    assert button is not None and button.text().startswith("[Zur Startseite")


def test_right_to_left_mirrors_the_layout_and_the_back_arrow(make_shell, qapp, qtbot) -> None:
    window = make_shell()
    bar = window.top_bar
    before = bar.back_button.icon().pixmap(30, 30).toImage()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.waitUntil(lambda: bar.home_button.x() > bar.finish_button.x())
        after = bar.back_button.icon().pixmap(30, 30).toImage()
        assert after == before.flipped(Qt.Orientation.Horizontal)
        assert clipped(window) == []
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: bar.home_button.x() < bar.finish_button.x())
    assert bar.back_button.icon().pixmap(30, 30).toImage() == before


def _ink_span(label) -> tuple[int, int]:
    """Leftmost and rightmost dark pixel columns of a rendered label."""
    image = label.grab().toImage()
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < 128 for y in range(0, image.height(), 2))
    ]
    assert columns, "the label draws its text"
    return columns[0], columns[-1]


def test_the_terminal_name_starts_where_the_greeting_starts(make_shell, qapp, qtbot) -> None:
    """The German name of the terminal above an Arabic greeting aligns right, like it."""
    window = make_shell()
    home = window.navigator.home_screen
    name = home.findChild(QLabel, "TerminalName")
    left, _ = _ink_span(name)
    assert left < name.width() // 4
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.waitUntil(lambda: _ink_span(name)[1] > name.width() * 3 // 4)
        assert name.text().endswith("Lindenbach") and "\u200f" in name.text()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.waitUntil(lambda: _ink_span(name)[0] < name.width() // 4)
