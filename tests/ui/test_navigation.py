"""Home tiles lead somewhere, and Home and Back always bring a person back."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QScroller

from kiosk.ui import routes
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.placeholder import PlaceholderScreen

from .conftest import process_deletions

TILES = [
    (routes.SERVICES, "Dienstleistungen"),
    (routes.APPOINTMENTS, "Termin buchen"),
    (routes.PARTICIPATION, "Mitmachen"),
]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_home_greets_with_the_terminal_name(make_shell) -> None:
    window = make_shell(name="Dorfbüro Oberweiler")
    home = window.navigator.current
    assert isinstance(home, HomeScreen)
    texts = [label.text() for label in home.findChildren(QLabel)]
    assert "Dorfbüro Oberweiler" in texts
    assert "Guten Tag!" in texts
    assert not window.top_bar.back_button.isEnabled()
    assert window.top_bar.home_button.isEnabled()


@pytest.mark.parametrize(("route", "title"), TILES)
def test_each_tile_opens_its_area_which_says_it_is_under_construction(
    make_shell, qtbot, route: str, title: str
) -> None:
    window = make_shell()
    home = window.navigator.current
    assert isinstance(home, HomeScreen)
    tile = home.tiles[route]
    assert tile.title() == title and tile.explanation()

    click(qtbot, tile)

    screen = window.navigator.current
    assert isinstance(screen, PlaceholderScreen)
    assert screen.title() == title
    assert window.top_bar.title() == title
    assert screen.notice.text() == "Dieser Bereich ist noch im Aufbau"
    assert screen.notice.isVisible()
    assert window.top_bar.back_button.isEnabled()


def test_back_and_home_return_and_throw_screens_away(make_shell, qtbot) -> None:
    window = make_shell()
    home = window.navigator.current
    assert isinstance(home, HomeScreen)
    click(qtbot, home.tiles[routes.SERVICES])
    first = window.navigator.current
    click(qtbot, window.top_bar.language_button)
    second = window.navigator.current
    assert window.navigator.depth == 2 and second.title() == "Sprache"

    click(qtbot, window.top_bar.back_button)
    assert window.navigator.current is first
    process_deletions()
    assert not shiboken6.isValid(second)

    click(qtbot, window.top_bar.accessibility_button)
    assert window.navigator.current.title() == "Barrierefreiheit"
    click(qtbot, window.top_bar.home_button)
    assert window.navigator.current is home
    assert window.navigator.depth == 0
    assert not window.top_bar.back_button.isEnabled()
    assert window.top_bar.title() == ""
    process_deletions()
    assert not shiboken6.isValid(first)


def test_back_on_home_and_a_second_tap_do_nothing(make_shell, qtbot) -> None:
    window = make_shell()
    home = window.navigator.current
    window.navigator.back()
    assert window.navigator.current is home
    click(qtbot, window.top_bar.language_button)
    click(qtbot, window.top_bar.language_button)
    assert window.navigator.depth == 1


@pytest.mark.parametrize(
    ("attribute", "title"),
    [("language_button", "Sprache"), ("accessibility_button", "Barrierefreiheit")],
)
def test_home_language_and_accessibility_buttons(
    make_shell, qtbot, attribute: str, title: str
) -> None:
    window = make_shell()
    home = window.navigator.current
    click(qtbot, getattr(home, attribute))
    assert window.navigator.current.title() == title
    assert not isinstance(window.navigator.current, PlaceholderScreen)  # the real screens


def test_placeholder_button_leads_home(make_shell, qtbot) -> None:
    window = make_shell()
    window.navigator.open(routes.APPOINTMENTS)
    screen = window.navigator.current
    assert isinstance(screen, PlaceholderScreen)
    button = screen.findChild(QPushButton, "PlaceholderHome")
    assert button is not None and button.text() == "Zur Startseite"
    click(qtbot, button)
    assert window.navigator.depth == 0


def test_pushed_screens_and_home_scroll_with_a_finger(make_shell) -> None:
    window = make_shell()
    window.navigator.open(routes.SERVICES)
    for screen in (window.navigator.home_screen, window.navigator.current):
        areas = screen.findChildren(QScrollArea)
        assert areas
        for area in areas:
            assert QScroller.hasScroller(area.viewport())


def test_unknown_route_is_a_clear_error(make_shell) -> None:
    window = make_shell()
    with pytest.raises(KeyError, match="no screen registered for route 'nowhere'"):
        window.navigator.open("nowhere")
