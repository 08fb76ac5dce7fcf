"""Big touch targets, big text, nothing clipped: at 1280x800 and 1920x1080, at every text scale."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton

from kiosk.ui import routes
from kiosk.ui.theme import BODY_POINT_SIZE, MIN_TOUCH_PX, load_stylesheet

from .conftest import clipped, shown

SIZES = [(1280, 800), (1920, 1080)]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_button_on_home_is_a_big_touch_target(make_shell, size) -> None:
    window = make_shell(size=size)
    buttons = shown(window, QPushButton) + shown(window, QToolButton)
    assert len(buttons) >= 3 + 2 + 5  # tiles, language/accessibility, top bar
    small = [
        (b.text(), b.width(), b.height())
        for b in buttons
        if b.width() < MIN_TOUCH_PX or b.height() < MIN_TOUCH_PX
    ]
    assert small == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("text_scale", [100, 130, 160])
@pytest.mark.parametrize("view", ["home", routes.SERVICES, routes.PARTICIPATION])
def test_nothing_is_clipped(make_shell, qtbot, size, text_scale, view) -> None:
    window = make_shell(size=size, text_scale=text_scale)
    if view != "home":
        window.navigator.open(view)
    qtbot.wait(10)  # let layouts settle
    assert clipped(window) == []


def test_idle_prompt_is_not_clipped(make_shell, qtbot) -> None:
    window = make_shell(size=(1280, 800), text_scale=130)
    window.navigator.open(routes.SERVICES)
    window.show_idle_prompt(20)
    qtbot.wait(10)
    prompt = window.idle_prompt
    assert prompt is not None and prompt.geometry() == window.centralWidget().rect()
    assert clipped(prompt) == []


def test_body_text_is_at_least_18_pt_and_headings_larger(make_shell) -> None:
    window = make_shell()
    labels = shown(window.navigator.current, QLabel)
    sizes = {label.text(): label.font().pointSizeF() for label in labels if label.text()}
    assert min(sizes.values()) >= BODY_POINT_SIZE
    assert sizes["Guten Tag!"] > BODY_POINT_SIZE * 1.5


def test_tiles_fall_back_to_fewer_columns_with_large_text(make_shell) -> None:
    assert make_shell(text_scale=100).navigator.home_screen.columns() == 3
    assert make_shell(text_scale=160).navigator.home_screen.columns() < 3


def test_text_scale_grows_headings_but_caps_the_top_bar() -> None:
    normal, large = load_stylesheet(100), load_stylesheet(160)
    assert "font-size: 30pt;" in normal and "font-size: 48pt;" in large
    assert "font-size: 22pt; /* max 130% */" in normal
    assert "font-size: 29pt; /* max 130% */" in large  # 22 * 1.3, not 22 * 1.6


def test_high_contrast_theme_parses_and_changes_colours(make_shell, qtbot) -> None:
    # A stylesheet Qt cannot parse is a Qt warning, which fails this test.
    window = make_shell(high_contrast=True)
    assert "kiosk-high-contrast" not in load_stylesheet(100)
    assert "#TopBar {\n    background: #000000;" in load_stylesheet(100, True)
    qtbot.wait(10)
    top = window.top_bar.grab().toImage()
    assert top.pixelColor(4, 4).name() == "#000000"
    assert clipped(window) == []
