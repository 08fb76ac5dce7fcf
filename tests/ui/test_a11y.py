"""The accessibility menu: text size, high contrast, read-aloud, low reach, time extension,
all reachable from every screen and all forgotten when the visit ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from kiosk.ui import routes
from kiosk.ui.accessibility.read_aloud import reading_text
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.accessibility import AccessibilityScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.theme import BODY_POINT_SIZE

from .conftest import clipped, shown

PRESS_HOLD_MS = 120


def tap(qtbot, widget: QWidget) -> None:
    """Scroll to the widget (as a person would) and tap it where it is on screen."""
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        return
    parent.ensureWidgetVisible(widget, 0, 0)
    qtbot.wait(5)
    center = widget.mapToGlobal(widget.rect().center())
    if QApplication.widgetAt(center) is not widget:
        # Kinetic scrolling replays a held press at that *screen* point; the offscreen
        # screen may be smaller than the window, so there is nothing there to press.
        widget.click()
        return
    # Kinetic scrolling holds a press until it is sure the finger does not drag.
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton)
    qtbot.wait(PRESS_HOLD_MS)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton)


def open_menu(qtbot, window: MainWindow) -> AccessibilityScreen:
    tap(qtbot, window.top_bar.accessibility_button)
    screen = window.navigator.current
    assert isinstance(screen, AccessibilityScreen)
    return screen


def choose(qtbot, screen: QWidget, name: str) -> None:
    button = screen.findChild(QPushButton, name)
    assert button is not None, name
    tap(qtbot, button)


def settle(qtbot) -> None:
    qtbot.wait(20)


@pytest.fixture
def shell(make_shell):
    def make(**kwargs) -> MainWindow:
        return make_shell(**kwargs)

    return make


@pytest.mark.parametrize("start", ["home", routes.SERVICES, routes.LANGUAGE])
def test_the_menu_opens_from_every_screen_through_the_top_bar(shell, qtbot, start) -> None:
    window = shell()
    if start != "home":
        window.navigator.open(start)
    screen = open_menu(qtbot, window)
    assert window.top_bar.title() == "Barrierefreiheit"
    assert screen.text_size.buttons[0].isChecked()  # 100 % is the configured default


def test_larger_text_reflows_the_whole_ui_without_clipping(shell, qtbot, qapp) -> None:
    window = shell()
    home = window.navigator.home_screen
    assert isinstance(home, HomeScreen) and home.columns() == 3
    screen = open_menu(qtbot, window)
    choose(qtbot, screen, "TextSize_2")  # "Sehr groß": 160 %
    settle(qtbot)
    assert qapp.font().pointSize() == round(BODY_POINT_SIZE * 1.6)
    assert screen.text_size.buttons[2].isChecked()
    heading = next(w for w in shown(screen, QLabel) if w.property("role") == "heading")
    assert heading.font().pointSize() == 48  # 30 pt x 1.6: the stylesheet was rescaled
    assert clipped(window) == []
    tap(qtbot, window.top_bar.home_button)
    settle(qtbot)
    assert home.columns() < 3  # the tiles re-flowed for the larger text
    assert clipped(window) == []


def test_high_contrast_switches_the_theme_at_once(shell, qtbot) -> None:
    window = shell()
    screen = open_menu(qtbot, window)
    before = window.top_bar.grab().toImage().pixelColor(4, 4).name()
    choose(qtbot, screen, "Contrast_1")
    settle(qtbot)
    assert before != "#000000"
    assert window.top_bar.grab().toImage().pixelColor(4, 4).name() == "#000000"
    assert clipped(window) == []


def visible_rect_in_window(widget: QWidget) -> QRect:
    region = widget.visibleRegion().boundingRect()
    if region.isEmpty():
        return QRect()
    top_left = widget.mapTo(widget.window(), region.topLeft())
    return QRect(top_left, region.size())


def controls_above_reach(window: MainWindow) -> list[str]:
    limit = window.height() / 3
    problems = []
    for button in shown(window, QAbstractButton):
        rect = visible_rect_in_window(button)
        if not rect.isEmpty() and rect.top() < limit - 1:
            problems.append(f"{button.objectName() or button.text()!r} at y={rect.top()}")
    return problems


@pytest.mark.parametrize("text_scale", [100, 160])
def test_low_reach_keeps_every_control_in_the_lower_two_thirds(shell, qtbot, text_scale) -> None:
    window = shell(text_scale=text_scale)
    assert controls_above_reach(window) != []  # the normal layout has the bar at the top
    screen = open_menu(qtbot, window)
    choose(qtbot, screen, "LowReach_1")
    settle(qtbot)
    assert window.low_reach
    assert window.top_bar.y() > window.height() / 2  # the bar moved to the bottom
    assert controls_above_reach(window) == []
    assert clipped(window) == []
    tap(qtbot, window.top_bar.home_button)
    settle(qtbot)
    assert controls_above_reach(window) == []
    window.show_idle_prompt(20)
    settle(qtbot)
    assert window.idle_prompt is not None
    assert controls_above_reach(window.idle_prompt.window()) == []  # type: ignore[arg-type]
    assert clipped(window.idle_prompt) == []


def test_every_setting_is_forgotten_when_the_visit_ends(shell, qtbot, qapp) -> None:
    window = shell()
    screen = open_menu(qtbot, window)
    for name in ("TextSize_1", "Contrast_1", "ReadAloud_1", "LowReach_1"):
        choose(qtbot, screen, name)
    assert window.low_reach and window.top_bar.read_aloud_button.isVisible()
    with qtbot.waitSignal(window.session.ended):
        tap(qtbot, window.top_bar.finish_button)
    settle(qtbot)
    state = window.accessibility.settings.state
    assert (state.text_scale, state.high_contrast, state.read_aloud, state.low_reach) == (
        100,
        False,
        False,
        False,
    )
    assert qapp.font().pointSize() == BODY_POINT_SIZE
    assert not window.low_reach and window.top_bar.y() == 0
    assert not window.top_bar.read_aloud_button.isVisible()
    assert window.top_bar.grab().toImage().pixelColor(4, 4).name() != "#000000"


def test_read_aloud_reads_each_screen_with_the_mock_engine(shell, qtbot) -> None:
    window = shell()
    controller = window.accessibility
    controller.read_aloud.engine_name = "mock"  # the test's engine (terminals: speechd)
    screen = open_menu(qtbot, window)
    with qtbot.waitSignal(controller.read_aloud.spoken) as spoken:
        choose(qtbot, screen, "ReadAloud_1")
    assert spoken.args[0].startswith("Barrierefreiheit\nSo können Sie den Kiosk")
    assert controller.read_aloud.is_speaking()  # the real QTextToSpeech (mock engine) speaks
    assert window.top_bar.read_aloud_button.isVisible()

    with qtbot.waitSignal(controller.read_aloud.spoken) as spoken:
        tap(qtbot, window.top_bar.home_button)
    text = spoken.args[0]
    assert "Guten Tag!" in text and "Dienstleistungen" in text
    assert text.index("Guten Tag!") < text.index("Dienstleistungen")  # reading order

    tap(qtbot, window.top_bar.read_aloud_button)  # speaking: the button stops it
    qtbot.waitUntil(lambda: not controller.read_aloud.is_speaking())
    with qtbot.waitSignal(controller.read_aloud.spoken):
        tap(qtbot, window.top_bar.read_aloud_button)  # and reads the page again


def test_read_aloud_off_says_nothing(shell, qtbot) -> None:
    window = shell()
    said: list[str] = []
    window.accessibility.read_aloud.spoken.connect(said.append)
    window.navigator.open(routes.SERVICES)
    window.show_idle_prompt(20)
    settle(qtbot)
    assert said == []


def test_reading_order_follows_the_language_direction(qapp, qtbot) -> None:
    from PySide6.QtWidgets import QHBoxLayout

    row = QWidget()
    layout = QHBoxLayout(row)
    for text in ("eins", "zwei", "drei"):
        layout.addWidget(QLabel(text))
    qtbot.addWidget(row)
    row.resize(600, 80)
    row.show()
    qtbot.waitExposed(row)
    assert reading_text(row, "Titel").split("\n") == ["Titel", "eins", "zwei", "drei"]
    row.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: row.findChildren(QLabel)[0].x() > 300)
    assert reading_text(row).split("\n") == ["eins", "zwei", "drei"]  # first is rightmost


def test_more_time_doubles_the_idle_time_and_the_warning_is_read_aloud(shell, qtbot) -> None:
    window = shell()
    controller = window.accessibility
    controller.read_aloud.engine_name = "mock"
    controller.settings.set_read_aloud(True)
    session = window.session
    timeout = session.timing.idle_timeout_s
    session.note_activity()  # a visit begins
    with qtbot.waitSignal(controller.read_aloud.spoken, timeout=3000) as spoken:
        qtbot.waitUntil(lambda: session.prompting, timeout=3000)
    assert spoken.args[0].startswith("Sind Sie noch da?")
    assert "Mehr Zeit" in spoken.args[0]
    prompt = window.idle_prompt
    assert prompt is not None
    tap(qtbot, prompt.more_time_button)  # type: ignore[attr-defined]
    assert not session.prompting and not prompt.isVisible()
    assert session.idle_timeout_s == pytest.approx(2 * timeout)
    session.extend_time()
    assert session.idle_timeout_s == pytest.approx(4 * timeout)
    session.end_session()
    assert session.idle_timeout_s == pytest.approx(timeout)  # the next visitor starts afresh


def test_menu_controls_have_names_and_descriptions(shell, qtbot) -> None:
    window = shell()
    screen = open_menu(qtbot, window)
    missing = [
        b.objectName()
        for b in shown(screen, QPushButton)
        if not b.accessibleName() or not b.accessibleDescription()
    ]
    assert missing == []
    bar = window.top_bar
    for button in (bar.home_button, bar.back_button, bar.language_button, bar.finish_button):
        assert button.accessibleName() and button.accessibleDescription()


def test_the_app_font_change_reaches_every_screen(shell, qtbot) -> None:
    window = shell()
    window.navigator.open(routes.PARTICIPATION)
    window.accessibility.settings.set_text_scale(130)
    settle(qtbot)
    labels = [w for w in shown(window.navigator.current, QLabel) if w.text()]
    assert labels and min(w.font().pointSize() for w in labels) >= round(BODY_POINT_SIZE * 1.3)
    assert QApplication.font().pointSize() == round(BODY_POINT_SIZE * 1.3)
    assert clipped(window) == []
