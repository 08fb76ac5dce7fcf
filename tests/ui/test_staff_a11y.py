"""Staff mode for everyone at the desk (issue 8): every control has an accessible name and a
description, both follow a language change; with low reach on, every control the desk and
its sub-screens show lies in the lower two thirds of the window, and every one of them can
be scrolled into view there whole (the desk scrolls, nothing is cut off); status changes
that write at once are marked irreversible (the screen walk taps them once, last).

The terminal is the demo's: content pack, the demo staff account (entered as a person
would: the key icon held, the PIN typed), and four appointments on the staff's "today".

Set ``KIOSK_SCREENSHOTS=/some/dir`` to write ``staff-<low-reach|normal>-<language>-<screen>.png``
(1280x800) of every screen checked.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.config import Config, with_overrides
from kiosk.core.content import load_content_pack
from kiosk.core.demo import DEMO_STAFF_PIN
from kiosk.paths import DataPaths
from kiosk.store.content import import_content_pack
from kiosk.store.db import Database, open_database
from kiosk.store.schema import prepare_database
from kiosk.store.staff import seed_demo_staff
from kiosk.ui import i18n
from kiosk.ui.accessibility.low_reach import spacer_height
from kiosk.ui.accessibility.settings import AccessibilityState
from kiosk.ui.main_window import MainWindow
from kiosk.ui.pseudo_l10n import PseudoTranslator
from kiosk.ui.screens.base import ACTION, IRREVERSIBLE, Screen
from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.desk import StaffDeskScreen
from kiosk.ui.screens.staff.forms import CancelScreen, SlotPickerScreen, WalkInScreen
from kiosk.ui.screens.staff.login import PinScreen
from kiosk.ui.screens.staff.mode import StaffMode
from kiosk.ui.screens.staff.staff_service import StaffService
from kiosk.ui.shell import build_main_window
from kiosk.ui.theme import MIN_TOUCH_PX, apply_theme
from kiosk.ui.visitor_session import IdleTiming

from .conftest import clipped, process_deletions, shown

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
HUB = "regio-hub-hohenwald"
BERLIN = ZoneInfo("Europe/Berlin")
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
NAMES = ["Anna Alt", "Bernd Bauer", "Clara Christ", "Dora Dorn"]


def next_tuesday_morning() -> datetime:
    """Staff's "now": a Tuesday 07:30 ahead (the demo hub is open, the day lies ahead)."""
    day = datetime.now(BERLIN).date() + timedelta(days=1)
    while day.weekday() != 1:
        day += timedelta(days=1)
    return datetime.combine(day, time(7, 30), BERLIN).astimezone(UTC)


class Terminal:
    def __init__(self, window: MainWindow, staff: StaffMode, service: StaffService) -> None:
        self.window = window
        self.staff = staff
        self.service = service


@pytest.fixture
def terminal(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Terminal]:
    yield from open_terminal(qapp, qtbot, tmp_path)


def open_terminal(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Terminal]:
    """The demo terminal with four appointments today, until the generator is closed."""
    paths = DataPaths(tmp_path)
    prepare_database(paths.database, paths.backups)
    db = open_database(paths.database)
    import_content_pack(db, load_content_pack(DEMO / "content-pack.json"))
    db.dispose()
    seed_demo_staff(paths.database, paths.staff_pepper, hub_id=HUB)
    opened: Database = open_database(paths.database)
    now = next_tuesday_morning()
    service = StaffService(opened, data_dir=paths.root, hub_id=HUB, clock=lambda: now)
    book_today(service)
    apply_theme(qapp)
    config = with_overrides(Config(), terminal={"name": "Regio-Hub Hohenwald", "hub": HUB})
    window = build_main_window(
        config, kiosk_mode=False, demo=True, timing=IdleTiming(idle_timeout_s=3600),
        speech_engine="mock",
    )  # fmt: skip
    staff = StaffMode(window, paths, hub_id=HUB, service=service, hold_ms=60)
    window.setFixedSize(1280, 800)
    window.start(qapp)
    qtbot.waitExposed(window)
    staff.install_corner()
    settle(qtbot, staff)
    yield Terminal(window, staff, service)
    window.navigator.home()
    staff.close()
    window.accessibility.settings.reset()
    i18n.install_translator(qapp, "de")
    window.allow_close()
    window.close()
    window.deleteLater()
    process_deletions()
    opened.dispose()
    apply_theme(qapp)


def book_today(service: StaffService) -> None:
    """Four citizens on the staff's today, booked at the desk (walk-ins)."""
    member = service.members()[0]
    service.login(member.id, DEMO_STAFF_PIN)
    today = service.today()
    slots = next(
        free
        for choice in service.services()
        if len(free := service.free_slots(choice.id, today)) >= len(NAMES)
    )
    for name, slot in zip(NAMES, slots, strict=False):
        service.book_walk_in(slot, name=name, phone="06543 1234", flow_key=uuid.uuid4().hex)
    service.logout()


def settle(qtbot: QtBot, staff: StaffMode) -> None:
    if staff.active or staff.desk is not None:
        qtbot.waitUntil(lambda: staff.background.busy == 0, timeout=5000)
    for _ in range(5):
        QCoreApplication.processEvents()


def log_in(qtbot: QtBot, terminal: Terminal, seen: list[Screen] | None = None) -> StaffDeskScreen:
    """Hold the key icon, tap the name, type the demo PIN (as the screen walk does)."""
    staff = terminal.staff
    assert staff.corner is not None
    with qtbot.waitSignal(staff.corner.longPressed, timeout=3000):
        qtbot.mousePress(staff.corner, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(staff.corner, Qt.MouseButton.LeftButton)
    pin = terminal.window.navigator.current
    assert isinstance(pin, PinScreen)
    settle(qtbot, staff)
    if seen is not None:
        seen.append(pin)
    if pin.selected_staff() is None:
        next(iter(pin.name_buttons.values())).click()
    for digit in DEMO_STAFF_PIN:
        pin.keys[digit].click()
    pin.keys["ok"].click()
    qtbot.waitUntil(lambda: staff.active, timeout=10000)
    settle(qtbot, staff)
    desk = terminal.window.navigator.current
    assert isinstance(desk, StaffDeskScreen)
    return desk


# --- the checks ----------------------------------------------------------------------------


def controls(root: QWidget) -> list[QWidget]:
    found = [w for kind in CONTROLS for w in shown(root, kind)]
    return [w for w in found if not inner_part(w)]


def inner_part(widget: QWidget) -> bool:
    """Parts of a control that are not controls of their own: a combo or spin box's line
    edit, the buttons inside a table (its corner button)."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    while parent is not None:  # the buttons inside a table view (its corner)
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def label_of(widget: QWidget) -> str:
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {widget.objectName()!r} {str(text)[:30]!r}"


def speech(widget: QWidget, which: QAccessible.Text) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(which).strip() if face is not None else ""


def unnamed_or_undescribed(root: QWidget) -> list[str]:
    problems = []
    for widget in controls(root):
        if not speech(widget, QAccessible.Text.Name):
            problems.append(f"{label_of(widget)} has no accessible name")
        if not speech(widget, QAccessible.Text.Description):
            problems.append(f"{label_of(widget)} has no accessible description")
    return problems


def small_targets(root: QWidget) -> list[str]:
    return [
        f"{label_of(w)} is {w.width()}x{w.height()}"
        for w in controls(root)
        if w.isEnabled() and (w.width() < MIN_TOUCH_PX or w.height() < MIN_TOUCH_PX)
    ]


def window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def in_view(widget: QWidget, window: QWidget) -> QRect:
    part = widget.visibleRegion().boundingRect()
    if part.isEmpty():
        return QRect()
    return QRect(widget.mapTo(window, part.topLeft()), part.size())


def out_of_reach(window: MainWindow) -> list[str]:
    """With low reach: every control in view lies below the reach line (the top third), and
    every control can be scrolled into view there, whole (nothing is cut off for good); a
    list or table taller than the view fills it (it scrolls its rows itself)."""
    reach = spacer_height(window.height())
    problems = []
    screen = window.navigator.current
    for widget in controls(screen):
        rect = in_view(widget, window)
        if not rect.isEmpty() and rect.top() < reach:
            problems.append(f"{label_of(widget)} at y={rect.top()} is above y={reach}")
    for widget in controls(screen):
        area = scroll_area_of(widget)
        whole = window_rect(widget, window)
        if area is not None:
            scroll_to(area, widget)
            whole = window_rect(widget, window)
            if isinstance(widget, QAbstractItemView):  # it scrolls itself
                whole.setHeight(min(whole.height(), area.viewport().height()))
        shown_part = in_view(widget, window)
        if shown_part.height() < whole.height() - 1 or shown_part.width() < whole.width() - 1:
            problems.append(
                f"{label_of(widget)} cannot be shown whole: {shown_part.height()} of "
                f"{whole.height()} px in view"
            )
        elif shown_part.top() < reach:
            problems.append(f"{label_of(widget)} scrolled into view at y={shown_part.top()}")
    for area in screen.findChildren(QScrollArea):
        area.verticalScrollBar().setValue(0)
    return problems


def scroll_to(area: QScrollArea, widget: QWidget) -> None:
    """Scroll ``widget`` into view whole (its top first if it is taller than the view).
    Not ensureWidgetVisible: for a text field that shows only the cursor."""
    body = area.widget()
    assert body is not None
    top_left = widget.mapTo(body, widget.rect().topLeft())
    bar = area.verticalScrollBar()
    bottom = top_left.y() + widget.height() - area.viewport().height()
    bar.setValue(
        max(bottom, min(bar.value(), top_left.y())) if bottom < top_left.y() else top_left.y()
    )
    QCoreApplication.processEvents()


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def check(window: MainWindow, *, low_reach: bool) -> list[str]:
    screen = window.navigator.current
    problems = clipped(window) + small_targets(screen) + unnamed_or_undescribed(screen)
    if low_reach:
        problems += out_of_reach(window)
    return problems


def with_times(picker: SlotPickerScreen) -> None:
    """Choose the first service with free times on the picker's day."""
    for choice in picker.service_buttons.values():
        choice.click()
        if picker.slot_buttons:
            return
    raise AssertionError("no service has a free time")


def save(window: MainWindow, name: str) -> None:
    target = os.environ.get("KIOSK_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(Path(target) / name), "PNG")


# --- the tests -----------------------------------------------------------------------------


VARIANTS = [
    AccessibilityState(100, False, low_reach=True),
    AccessibilityState(160, True, low_reach=True),
    AccessibilityState(100, False, low_reach=False),
    AccessibilityState(130, False, low_reach=False),
    AccessibilityState(160, True, low_reach=False),
]


@pytest.mark.parametrize("language", ["de", "ar", "uk"])
@pytest.mark.parametrize("state", VARIANTS, ids=["low", "low-160-hc", "100", "130", "160-hc"])
def test_every_staff_control_is_named_described_and_in_reach(
    terminal: Terminal, qtbot: QtBot, qapp: QApplication, language: str,
    state: AccessibilityState,
) -> None:  # fmt: skip
    window, staff = terminal.window, terminal.staff
    i18n.install_translator(qapp, language)
    window.accessibility.settings.set_state(state)
    assert window.low_reach is state.low_reach
    problems: list[str] = []
    checked: list[str] = []

    mode = ("low-reach-" if state.low_reach else "") + f"{state.text_scale}"

    def look(name: str) -> None:
        settle(qtbot, staff)
        checked.append(name)
        problems.extend(f"{name}: {p}" for p in check(window, low_reach=state.low_reach))
        screen = re.sub(r"\W+", "-", name).strip("-")
        save(window, f"staff-{mode}-{language}-{screen}.png")

    pins: list[Screen] = []
    window.navigator.home()
    desk = log_in(qtbot, terminal, pins)
    # The PIN screen was checked as it was shown (log_in taps on it); check it again now.
    window.navigator.push(PinScreen(terminal.service, staff.background, lambda _: None))
    look("PinScreen")
    window.navigator.back()
    assert window.navigator.current is desk and staff.active

    for key in desk.page_buttons:
        desk.page_buttons[key].click()
        look(f"desk/{key}")
        if not state.low_reach and state.text_scale == 100:  # every page fits, no scrolling
            bar = desk.page_scroll.verticalScrollBar()
            assert bar.maximum() == 0, f"{key} scrolls {bar.maximum()} px at 1280x800"

    page = desk.appointments
    desk.page_buttons["appointments"].click()
    settle(qtbot, staff)
    assert [a.name for a in page.model.rows()] == NAMES
    page.mode_buttons["week"].click()
    look("desk/appointments/week")
    page.mode_buttons["today"].click()
    settle(qtbot, staff)

    page.new_button.click()
    picker = window.navigator.current
    assert isinstance(picker, SlotPickerScreen)
    with_times(picker)
    look("SlotPickerScreen (new)")
    picker.slot_buttons[0].click()
    walk_in = window.navigator.current
    assert isinstance(walk_in, WalkInScreen)
    look("WalkInScreen")
    window.navigator.back()
    window.navigator.back()

    page.select_row(0)
    page.action_buttons["reschedule"].click()
    assert isinstance(window.navigator.current, SlotPickerScreen)
    look("SlotPickerScreen (reschedule)")
    window.navigator.back()
    page.action_buttons["cancel"].click()
    assert isinstance(window.navigator.current, CancelScreen)
    look("CancelScreen")
    window.navigator.back()
    assert window.navigator.current is desk and staff.active

    assert problems == [], "\n".join(problems)
    assert len(checked) == 5 + len(desk.page_buttons) + 1


def test_descriptions_follow_a_language_change(
    terminal: Terminal, qtbot: QtBot, qapp: QApplication
) -> None:
    window = terminal.window
    desk = log_in(qtbot, terminal)
    button = desk.appointments.action_buttons["check_in"]
    german = speech(button, QAccessible.Text.Description)
    assert german.startswith("Trägt sofort ein")
    lengthen = PseudoTranslator(None, qapp)  # every string in brackets: seen to be translated
    qapp.installTranslator(lengthen)
    try:
        settle(qtbot, terminal.staff)
        for key in desk.page_buttons:
            desk.page_buttons[key].click()
            settle(qtbot, terminal.staff)
            for widget in controls(window.navigator.current):
                description = speech(widget, QAccessible.Text.Description)
                assert description.startswith("["), (label_of(widget), description)
        assert desk.appointments.previous.accessibleName().startswith("[")
        assert speech(button, QAccessible.Text.Description) != german
    finally:
        qapp.removeTranslator(lengthen)
    settle(qtbot, terminal.staff)
    assert speech(button, QAccessible.Text.Description) == german


def test_writes_are_marked_irreversible_and_leaving_is_an_action(
    terminal: Terminal, qtbot: QtBot
) -> None:
    window = terminal.window
    desk = log_in(qtbot, terminal)
    page = desk.appointments
    marked = {key for key, b in page.action_buttons.items() if b.property(IRREVERSIBLE)}
    assert marked == {"check_in", "done", "no_show"}  # reschedule and cancel ask first
    assert desk.blocking.block_button.property(IRREVERSIBLE)
    assert {k for k, b in desk.attention.buttons.items() if b.property(IRREVERSIBLE)} == {
        "cancel", "retry", "dismiss"
    }  # fmt: skip
    assert desk.logout_button.property(ACTION) and desk.admin is not None
    assert desk.admin.maintenance.property(ACTION)

    page.new_button.click()
    picker = window.navigator.current
    assert isinstance(picker, SlotPickerScreen)
    with_times(picker)
    assert not any(b.property(IRREVERSIBLE) for b in picker.slot_buttons)  # a name comes next
    picker.slot_buttons[0].click()
    walk_in = window.navigator.current
    assert isinstance(walk_in, WalkInScreen) and walk_in.book_button.property(IRREVERSIBLE)
    window.navigator.back()
    window.navigator.back()

    page.select_row(0)
    page.action_buttons["reschedule"].click()
    picker = window.navigator.current
    assert isinstance(picker, SlotPickerScreen)
    assert picker.slot_buttons and all(b.property(IRREVERSIBLE) for b in picker.slot_buttons)
    window.navigator.back()
    page.action_buttons["cancel"].click()
    cancel = window.navigator.current
    assert isinstance(cancel, CancelScreen) and cancel.confirm.property(IRREVERSIBLE)
    window.navigator.back()


def test_the_arrows_say_what_they_do_in_the_day_and_the_week(
    terminal: Terminal, qtbot: QtBot
) -> None:
    page = log_in(qtbot, terminal).appointments
    assert page.previous.accessibleName() == "Vorheriger Tag"
    assert page.next.accessibleDescription() == "Blättert einen Tag weiter"
    page.mode_buttons["week"].click()
    settle(qtbot, terminal.staff)
    assert page.previous.accessibleName() == "Vorherige Woche"
    assert page.next.accessibleName() == "Nächste Woche"
    assert page.previous.accessibleDescription() == "Blättert eine Woche zurück"


def test_the_arrows_point_the_other_way_right_to_left(
    terminal: Terminal, qtbot: QtBot, qapp: QApplication
) -> None:
    page = log_in(qtbot, terminal).appointments
    assert (page.previous.text(), page.next.text()) == ("◀", "▶")
    i18n.install_translator(qapp, "ar")
    settle(qtbot, terminal.staff)
    window = terminal.window
    assert page.previous.mapTo(window, page.previous.rect().center()).x() > window.width() // 2
    assert (page.previous.text(), page.next.text()) == ("▶", "◀")  # back points right
    i18n.install_translator(qapp, "de")
    settle(qtbot, terminal.staff)
    assert (page.previous.text(), page.next.text()) == ("◀", "▶")


def test_phone_and_code_stay_left_to_right_in_arabic(
    terminal: Terminal, qtbot: QtBot, qapp: QApplication
) -> None:
    """In an Arabic sentence "06543 1234" would show as "1234 06543": isolated, it does not."""
    from kiosk.ui.accessibility.bidi import LRI, PDI

    page = log_in(qtbot, terminal).appointments
    i18n.install_translator(qapp, "ar")
    settle(qtbot, terminal.staff)
    page.select_row(0)
    settle(qtbot, terminal.staff)
    details = page.details_text.text()
    assert f"{LRI}06543 1234{PDI}" in details
    code = texts.code_text(page.current())
    assert f"{LRI}{code}{PDI}" in details
