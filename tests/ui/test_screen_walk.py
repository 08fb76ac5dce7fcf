"""A generic walk over every screen reachable from home, in every language, text size and
theme. Nothing here names a screen: the walker taps every enabled button and the first row of
every list on a screen; a tap that pushes a new screen leads one level deeper (depth and count
limited: at most two screens of one kind), then Back. New screens are covered the day they
are reachable from home.

Pages of one screen (stacks switched by its buttons: the staff desk's Termine, Aufmerksamkeit,
Synchronisation, Zeit sperren, Verwaltung) are walked page by page: the taps done are
remembered per page, taps that stay on the page come first, and a tap seen switching pages
is used again only to get to a page not walked to its end. Each new page is checked.

Buttons marked irreversible (``kiosk.ui.screens.base.mark_irreversible``: book, submit,
cancel, check in, block time) are tapped too, once per kind and per variant, after the rest of
the walk: the walk replays the taps that led to the button (from home, or from the staff desk
it is on), with the choices made on the way (answers, the page, the view), fills the empty
text fields, taps it and walks on from where it leads. A row's action (an appointment's
"Angekommen") is taken on the last row it can act on, so the first rows stay for the next
variants. The data dir is a throwaway copy of the demo. Never tapped: buttons marked
``kioskAction`` (``mark_action``: print, staff log-out) and the top bar (the same on every
screen and checked on every screen). A tap that changes the variant (language, accessibility
settings, the visit's idle timeout from the admin page) is undone at once.

Staff mode is walked in every variant, low reach included: the walk holds the key icon in the
top bar (a long press), picks the demo staff account and types its PIN
(``kiosk.core.demo.DEMO_STAFF_PIN``), then walks the desk, each of its pages and the screens
they open (the time picker of "Neuer Termin" and "Verlegen …", the walk-in's name, the
cancel reason). Staff's clock is set to a day of its own per variant with appointments on it
(``StaffDays``). A closed copy of the demo survey with published results shows the results
page.

On every screen, in every variant:
* no label or button text is clipped (cut off, or a word wider than its box), no widget
  sticks out of the window or is cut off by what holds it (outside scrolling areas), and
  every list with rows has room for one whole row;
* every enabled control is a touch target of at least 48 x 48 px;
* every control (button, text field, number box, choice list) and every list or table with
  rows has an accessible name and an accessible description (what a screen reader says,
  read through QAccessible);
* with low reach on: every control in view lies in the lower two thirds of the window;
* in high contrast: every text has a contrast of at least 7:1 (WCAG AAA) against what is
  behind it, measured on the rendered window (text colour and ground colour from the pixels).

The matrix: one test per language (``kiosk.ui.i18n.LANGUAGES``: de, en, tr, uk, ar, de-LS),
each walking 8 variants: text size {100, 130, 160 %} x {normal, high contrast}, and low reach
at 100 % in both themes. ``KIOSK_WALK_ONLY=ar/160/hc`` (or ``de/100/normal/low``) walks just
that one variant; ``KIOSK_WALK_TRACE=1`` prints every tap and screen, ``KIOSK_WALK_ALL=1``
every finding. Each test prints "N screens x M variants" (run with ``-s`` to see it).
"""

from __future__ import annotations

import json
import os
import re
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from kiosk.config import Config, with_overrides
from kiosk.core.calendar import Calendar, FreeSlot, distinct_times
from kiosk.core.content import load_content_pack
from kiosk.core.demo import DEMO_STAFF_PIN
from kiosk.core.forms import aggregate_results, results_data
from kiosk.paths import DataPaths
from kiosk.store import bookings
from kiosk.store.bookings import BookingRequest
from kiosk.store.content import import_content_pack
from kiosk.store.db import Database, open_database
from kiosk.store.participation import get_form, import_form_files, save_results
from kiosk.store.schema import prepare_database
from kiosk.store.staff import seed_demo_staff
from kiosk.ui import i18n
from kiosk.ui.accessibility.low_reach import spacer_height
from kiosk.ui.accessibility.settings import AccessibilityState
from kiosk.ui.background import Operation
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.base import ACTION, IRREVERSIBLE, Screen
from kiosk.ui.screens.booking import install_booking
from kiosk.ui.screens.participation import install_participation
from kiosk.ui.screens.services import install_services
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

MAX_DEPTH = 12  # a survey is eight questions deep before its review
MAX_SCREENS = 80  # per variant (58 today, with staff mode)
MAX_TAPS = 400  # per variant
MAX_PER_KIND = 2  # screens of one class (two service pages, not all twenty)
AAA_TEXT = 7.0
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


# --- the matrix ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    language: str
    text_scale: int
    high_contrast: bool
    low_reach: bool = False

    def __str__(self) -> str:
        theme = "hc" if self.high_contrast else "normal"
        return f"{self.language}/{self.text_scale}%/{theme}" + ("/low" if self.low_reach else "")

    def state(self) -> AccessibilityState:
        return AccessibilityState(self.text_scale, self.high_contrast, low_reach=self.low_reach)


SCALES = (100, 130, 160)
VARIANTS_PER_LANGUAGE = [
    *((scale, high_contrast, False) for scale in SCALES for high_contrast in (False, True)),
    *((100, high_contrast, True) for high_contrast in (False, True)),
]


def variants(language: str) -> list[Variant]:
    """Every text size in both themes, and low reach in both themes; with
    ``KIOSK_WALK_ONLY=ar/160/hc`` (or ``de/100/normal/low``) just that one."""
    only = os.environ.get("KIOSK_WALK_ONLY")
    if only:
        code, scale, theme, *low = only.split("/")
        return (
            [Variant(code, int(scale), theme == "hc", low == ["low"])] if code == language else []
        )
    return [Variant(language, *v) for v in VARIANTS_PER_LANGUAGE]


# --- the checks ----------------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _rgb(value: int) -> QColor:
    return QColor((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)


def text_and_ground(image: QImage, rect: QRect) -> tuple[QColor, QColor] | None:
    """(text colour, ground colour) in ``rect`` of a rendered window: the ground is the most
    common colour; the text the most common colour that stands out from it (glyph cores, not
    their anti-aliased edges), of equally common ones the one that stands out most (a thin
    "_" has as many pixels of its core as of each edge)."""
    rect = rect.intersected(image.rect())
    if rect.width() < 2 or rect.height() < 2:
        return None
    part = image.copy(rect)  # one block of 32-bit pixels, counted in one go
    pixels = array("I", bytes(part.constBits())[: part.bytesPerLine() * part.height()])
    counts = Counter(pixels)  # every pixel: thin glyphs ("4") have few core pixels
    ground_value = counts.most_common(1)[0][0] & 0xFFFFFF
    ground = _rgb(ground_value)
    standing_out = [
        (n, contrast(colour, ground), colour)
        for value, n in counts.items()
        if contrast(colour := _rgb(value & 0xFFFFFF), ground) >= 1.5
    ]
    if not standing_out:
        return None
    _n, _ratio, text = max(standing_out, key=lambda found: found[:2])
    return text, ground


def visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` on screen (not scrolled away), in window coordinates."""
    part = widget.visibleRegion().boundingRect()
    if part.isEmpty():
        return QRect()
    return QRect(widget.mapTo(window, part.topLeft()), part.size())


def low_contrast(window: MainWindow) -> list[str]:
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    problems = []
    texts: list[QWidget] = [
        w for w in shown(window, QLabel) if w.text().strip() and not _has_pixmap(w)
    ]
    texts += [w for w in shown(window, QAbstractButton) if w.text().strip()]
    texts += shown(window, QLineEdit)
    for widget in texts:
        if not widget.isEnabled():
            continue  # WCAG 1.4.6 exempts inactive controls
        text_shown = widget.text() if hasattr(widget, "text") else ""
        if isinstance(widget, QLabel) and not re.search(r"\w", text_shown):
            continue  # a decorative symbol ("☐", "•") is not text (WCAG 1.4.6)
        rect = visible_rect(widget, window)
        if rect.height() < widget.height() * 0.6:
            continue  # mostly scrolled away: measured where it is in view
        if isinstance(widget, QAbstractButton | QLineEdit):
            rect = rect.adjusted(6, 6, -6, -6)  # inside the border
        found = text_and_ground(image, rect)
        if found is None:
            continue
        text, ground = found
        ratio = contrast(text, ground)
        if ratio < AAA_TEXT:
            label = getattr(widget, "text", lambda: "")()
            problems.append(
                f"contrast {ratio:.1f}:1 ({text.name()} on {ground.name()}) "
                f"{type(widget).__name__} {widget.objectName()!r} {label[:40]!r}"
            )
    return problems


def _has_pixmap(label: QLabel) -> bool:
    pixmap = label.pixmap()
    return pixmap is not None and not pixmap.isNull()


def controls(window: MainWindow) -> list[QWidget]:
    return [w for kind in CONTROLS for w in shown(window, kind)]


def small_targets(window: MainWindow) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r} "
        f"is {w.width()}x{w.height()}"
        for w in controls(window)
        if w.isEnabled()
        and not _inner_part(w)
        and (w.width() < MIN_TOUCH_PX or w.height() < MIN_TOUCH_PX)
    ]


def _inner_part(widget: QWidget) -> bool:
    """The line edit inside a spin or combo box (the box is the target)."""
    return isinstance(widget, QLineEdit) and isinstance(
        widget.parentWidget(), QAbstractSpinBox | QComboBox
    )


def interactive(window: MainWindow) -> list[QWidget]:
    """What a screen reader stops at: the controls, and lists and tables with rows to tap."""
    views = [v for v in item_views(window) if v.isVisible() and v.isEnabled()]
    return [w for w in controls(window) if not _inner_part(w)] + views


def accessible_text(widget: QWidget, which: QAccessible.Text) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(which).strip() if face is not None else ""


def unnamed(window: MainWindow) -> list[str]:
    return [
        f"{type(widget).__name__} {widget.objectName()!r} has no name"
        for widget in interactive(window)
        if not accessible_text(widget, QAccessible.Text.Name)
    ]


def out_of_reach(window: MainWindow) -> list[str]:
    """Controls in view whose top lies in the window's top third (low reach)."""
    reach = spacer_height(window.height())
    problems = []
    for widget in controls(window):
        if _inner_part(widget):
            continue
        rect = visible_rect(widget, window)
        if rect.isEmpty():
            continue  # scrolled away: it scrolls into the lower part to be used
        if rect.top() < reach:
            problems.append(
                f"{type(widget).__name__} {widget.objectName()!r} "
                f"{getattr(widget, 'text', lambda: '')()!r} at y={rect.top()} is above "
                f"the reach line y={reach}"
            )
    return problems


def undescribed(window: MainWindow) -> list[str]:
    """Controls without an accessible description (what a screen reader adds after the
    name: what the control does, or its state)."""
    return [
        f"{type(widget).__name__} {widget.objectName()!r} "
        f"{getattr(widget, 'text', lambda: '')()[:30]!r} has no description"
        for widget in interactive(window)
        if not accessible_text(widget, QAccessible.Text.Description)
    ]


def cramped_lists(window: MainWindow) -> list[str]:
    """Lists with rows whose view has no room for one whole row (a finger cannot tap one)."""
    problems = []
    for view in item_views(window):
        model = view.model()
        if not view.isVisible() or model is None or model.rowCount(view.rootIndex()) == 0:
            continue
        row = view.visualRect(model.index(0, 0, view.rootIndex())).height()
        if view.viewport().height() < row:
            problems.append(
                f"{type(view).__name__} {view.objectName()!r} is {view.viewport().height()} px "
                f"high inside, one row needs {row} px"
            )
    return problems


def check(window: MainWindow, variant: Variant) -> list[str]:
    problems = clipped(window) + small_targets(window) + unnamed(window) + cramped_lists(window)
    problems += undescribed(window)
    if variant.high_contrast:
        problems += low_contrast(window)
    if variant.low_reach:
        problems += out_of_reach(window)
    return problems


# --- the walker ----------------------------------------------------------------------------


def busy(screen: QWidget) -> bool:
    """Still loading in the background (kiosk.ui.background): an operation pending."""
    if getattr(screen, "loaded", True) is False:
        return True
    return any(isinstance(v, Operation) and v.pending for v in vars(screen).values())


def settle(qtbot, screen: QWidget | None = None, staff: StaffMode | None = None) -> None:
    if screen is not None:
        qtbot.waitUntil(lambda: not busy(screen), timeout=5000)
    if staff is not None and staff.active:
        qtbot.waitUntil(lambda: staff.background.busy == 0, timeout=5000)
    for _ in range(5):
        QCoreApplication.processEvents()


@dataclass(frozen=True)
class Tap:
    """Something a finger can tap on a screen: a button, or the first row of a list."""

    kind: str  # taps of one kind (all time slots, all service rows) lead to one kind of screen
    widget: QWidget
    row: int = -1

    @property
    def irreversible(self) -> bool:
        return bool(self.widget.property(IRREVERSIBLE))

    def __call__(self, qtbot) -> None:
        if isinstance(self.widget, QAbstractButton):
            self.widget.click()
            return
        view = self.widget
        assert isinstance(view, QAbstractItemView)
        model = view.model()
        index = model.index(self.row, 0, view.rootIndex())
        view.scrollTo(index)
        point = view.visualRect(index).center()
        area = enclosing_scroll_area(view)
        if area is not None and not view.viewport().visibleRegion().contains(point):
            area.ensureVisible(*_xy(view.viewport().mapTo(area.widget(), point)), 0, 80)
            QCoreApplication.processEvents()
        if not view.viewport().visibleRegion().contains(point):
            # No room to show the row (``cramped_lists`` reports it): a click there would hit
            # what lies over it. Chosen as a tap would, so the walk goes on.
            view.setCurrentIndex(index)
            return
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        if view.selectionMode() != QAbstractItemView.SelectionMode.NoSelection:
            # A tap on a row selects it. (On the offscreen platform's default 800 px screen,
            # kinetic scrolling lost taps beyond x = 800, e.g. in Arabic; tests/conftest.py
            # gives the tests a terminal-sized screen.)
            assert view.currentIndex().row() == self.row, f"a tap on row {self.row} of {view}"


def enclosing_scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def _xy(point: QPoint) -> tuple[int, int]:
    return point.x(), point.y()


def item_views(root: QWidget) -> list[QAbstractItemView]:
    """Lists and tables under ``root`` (not their header rows)."""
    return [v for v in root.findChildren(QAbstractItemView) if not isinstance(v, QHeaderView)]


def taps_on(screen: Screen, back_kinds: frozenset[str] = frozenset()) -> list[Tap]:
    """Every tap on ``screen`` but print and leave (kioskAction); irreversible ones last,
    before them those of ``back_kinds`` (seen leading back: "Zurück" on a survey page)."""
    taps = [
        Tap(f"{type(b).__name__}:{b.objectName() or b.property('role')}", b)
        for b in screen.findChildren(QAbstractButton)
        if b.isVisibleTo(screen) and b.isEnabled() and not b.property(ACTION)
    ]
    for view in item_views(screen):
        model = view.model()
        visible = view.isVisibleTo(screen) and view.isEnabled()
        if visible and model is not None and model.rowCount(view.rootIndex()) > 0:
            taps.append(Tap(f"row:{view.objectName()}", view, 0))
    return sorted(taps, key=lambda tap: (tap.irreversible, tap.kind in back_kinds))


def pages(screen: Screen) -> tuple[int, ...]:
    """Which page each stack on ``screen`` shows (the staff desk's pages are one screen)."""
    return tuple(
        stack.currentIndex()
        for stack in screen.findChildren(QStackedWidget)
        if stack.isVisibleTo(screen) and not isinstance(stack.parentWidget(), QScrollArea)
    )


def fill_in(screen: Screen) -> None:
    """Something plausible in every empty text field, as a visitor would before booking."""
    for edit in screen.findChildren(QLineEdit):
        if not edit.isVisibleTo(screen) or edit.isReadOnly() or edit.text() or _inner_part(edit):
            continue
        hints = edit.inputMethodHints()
        if hints & Qt.InputMethodHint.ImhDialableCharactersOnly:
            edit.setText("07634 1234")
        elif hints & Qt.InputMethodHint.ImhEmailCharactersOnly:
            edit.setText("erika@example.org")
        else:
            edit.setText("Erika Muster")


STAFF = "<staff mode>"  # the first step of a path into staff mode: hold the key, type the PIN
# A tap: its kind and which of the taps of that kind (a row tap: which row).
Move = tuple[str, int]
# A step of a path from home: the taps on a screen that stayed there and chose something
# (answers, a page of the screen, a row), then the tap that led on.
Step = tuple[str, int, tuple[Move, ...]]
MAX_SWITCHES = 3  # times one page switch is tapped on one page (to get to an unwalked page)
MAX_ROWS = 12  # rows tried for a row's action in an irreversible branch


def screen_kind(screen: Screen) -> str:
    """The name a screen is counted and reported by (staff screens apart: two screens of
    one class name, the citizens' and the staff's CancelScreen, are two kinds)."""
    name = type(screen).__name__
    return f"staff:{name}" if screen.property("staffScreen") else name


def chooses(tap: Tap) -> bool:
    """A tap that selects something and stays (an answer, a page, a row): replayed on the way
    back to a screen's state."""
    return tap.row >= 0 or (isinstance(tap.widget, QAbstractButton) and tap.widget.isCheckable())


@dataclass
class Walk:
    window: MainWindow
    qtbot: object
    variant: Variant
    staff: StaffMode | None = None
    seen: Counter[str] = field(default_factory=Counter)
    screens: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    taps: int = 0
    # kind -> the path to its screen and the choices on it that showed it
    irreversible: dict[str, tuple[list[Step], tuple[Move, ...]]] = field(default_factory=dict)
    tapped_irreversible: list[str] = field(default_factory=list)
    back_kinds: set[str] = field(default_factory=set)  # taps seen leading back a screen
    lost: str = ""  # why a replay did not get back
    timing: IdleTiming | None = None  # the visit's idle timing the walk keeps
    first_pages: dict[str, tuple[int, ...]] = field(default_factory=dict)  # kind -> page shown
    page_taps: dict[tuple[str, tuple[int, ...]], Move] = field(default_factory=dict)  # to a page

    def run(self) -> None:
        navigator = self.window.navigator
        self.timing = self.window.session.timing
        navigator.home()
        self._arrive(navigator.current, "home")
        self._explore(navigator.current, depth=0, path=[])
        if self.staff is not None:
            navigator.home()
            settle(self.qtbot)
            if self._enter_staff_mode(check_pin_screen=True):
                self._arrive(navigator.current, screen_kind(navigator.current))
                self._explore(navigator.current, depth=1, path=[(STAFF, 0, ())])
            navigator.home()
            settle(self.qtbot)
        # The visitors' first, then staff mode's (entered once for all of them); the deepest
        # first: a tap higher up (blocking time) may close the way to one deeper down (a free
        # time to book).
        order = sorted(
            self.irreversible.items(),
            key=lambda item: (bool(item[1][0]) and item[1][0][0][0] == STAFF, -len(item[1][0])),
        )
        for kind, (path, choices) in order:
            self._irreversible_branch(kind, path, choices)
        navigator.home()
        settle(self.qtbot)

    # --- arriving and exploring ------------------------------------------------------------

    def _arrive(self, screen: Screen, name: str) -> None:
        settle(self.qtbot, screen, self.staff)
        self.screens.append(name)
        self.problems += [f"{self.variant} {name}: {p}" for p in check(self.window, self.variant)]

    def _taps(self, screen: Screen) -> list[Tap]:
        return taps_on(screen, frozenset(self.back_kinds))

    def _explore(self, screen: Screen, depth: int, path: list[Step]) -> bool:
        """Tap everything on ``screen``, walking on where a tap leads. True if cut short by
        a tap newly seen leading back (its caller tries again, now tapping that one last).

        A screen may show pages (stacks switched by its buttons, the staff desk's pages): the
        taps done are remembered per page; taps that stay on the page come first, a tap seen
        switching pages is used again only to get to a page not walked to its end."""
        navigator = self.window.navigator
        seen_pages = {pages(screen)}
        self.first_pages.setdefault(screen_kind(screen), pages(screen))
        finished: set[tuple[int, ...]] = set()  # pages with nothing left to tap
        done: set[tuple[tuple[int, ...], str, int]] = set()  # (page, kind, nth); nth -1: all
        switches: dict[str, tuple[int, ...]] = {}  # kind -> the page it showed
        switched: Counter[tuple[tuple[int, ...], str]] = Counter()
        retried: set[str] = set()
        choices: list[Move] = []  # the choices made here, replayed to come back (answers)
        while len(self.screens) < MAX_SCREENS and self.taps < MAX_TAPS:
            page = pages(screen)
            taps = self._taps(screen)  # again after each tap: a tap may enable others
            for later in taps:  # irreversible taps come later, each in a branch of its own
                if later.irreversible:
                    self.irreversible.setdefault(later.kind, (list(path), tuple(choices)))
            picked = self._next_tap(taps, page, done, switches, switched, finished)
            if picked is None:
                return False
            tap, nth = picked
            before = navigator.depth
            self._restoring_variant(tap, self.qtbot)
            self.taps += 1
            settle(self.qtbot, None, self.staff)
            if chooses(tap):
                done.add((page, tap.kind, -1))  # one answer of a kind (all might be too many)
            else:
                done.add((page, tap.kind, nth))
            if navigator.depth <= before or navigator.current is screen:
                if navigator.current is not screen:  # the tap led back or home
                    new_back = navigator.depth < before and tap.kind not in self.back_kinds
                    self.back_kinds.add(tap.kind)
                    return new_back
                now = pages(screen)
                if now != page:
                    switches[tap.kind] = now
                    self.page_taps.setdefault((screen_kind(screen), now), (tap.kind, nth))
                    switched[(page, tap.kind)] += 1
                if chooses(tap) or now != page:  # what to replay to come back here
                    choices = [
                        (kind, n)
                        for kind, n in choices
                        if kind != tap.kind and not (now != page and kind in switches)
                    ]  # the last switch shows the page; a later answer replaces an earlier
                    choices.append((tap.kind, nth))
                if now not in seen_pages:  # another page of this screen
                    seen_pages.add(now)
                    self._arrive(screen, f"{screen_kind(screen)}({screen.title()!r} {now})")
                continue
            new = navigator.current
            name = screen_kind(new)
            step: Step = (tap.kind, nth, tuple(choices))
            cut = False
            if self.seen[name] >= MAX_PER_KIND:
                done.add((page, tap.kind, -1))
                if name in FORWARD_ONLY and depth + 1 < MAX_DEPTH:
                    cut = self._explore(new, depth + 1, [*path, step])
            else:
                self.seen[name] += 1
                self._arrive(new, f"{name}({new.title()!r})")
                if depth + 1 < MAX_DEPTH:
                    cut = self._explore(new, depth + 1, [*path, step])
            while navigator.depth > before:
                navigator.back()
            settle(self.qtbot, None, self.staff)
            if navigator.current is not screen:
                return False
            if cut and tap.kind not in retried:
                retried.add(tap.kind)
                done.discard((page, tap.kind, nth))  # the same tap again
                done.discard((page, tap.kind, -1))
        return False

    @staticmethod
    def _next_tap(
        taps: list[Tap],
        page: tuple[int, ...],
        done: set[tuple[tuple[int, ...], str, int]],
        switches: dict[str, tuple[int, ...]],
        switched: Counter[tuple[tuple[int, ...], str]],
        finished: set[tuple[int, ...]],
    ) -> tuple[Tap, int] | None:
        """The next tap on this page, and which of its kind it is: one not done here that is
        not known to switch pages; else a switch to a page not walked to its end."""
        switch: tuple[Tap, int] | None = None
        counts: Counter[str] = Counter()
        for tap in taps:
            nth = counts[tap.kind]
            counts[tap.kind] += 1
            if tap.irreversible:
                continue
            target = switches.get(tap.kind)
            if target is None:
                if (page, tap.kind, -1) not in done and (page, tap.kind, nth) not in done:
                    return tap, nth
            elif (
                switch is None
                and target != page
                and target not in finished
                and switched[(page, tap.kind)] < MAX_SWITCHES
            ):
                switch = tap, nth
        finished.add(page)
        return switch

    def _restoring_variant(self, tap: Tap, qtbot) -> None:
        """Tap; if the tap changed the language or the accessibility settings (the language
        and accessibility screens do that), put the variant back."""
        if os.environ.get("KIOSK_WALK_TRACE"):
            navigator = self.window.navigator
            print(f"{'  ' * navigator.depth}tap {tap.kind} on {pages(navigator.current)}")
        tap(qtbot)
        if i18n.current_language() != self.variant.language:
            i18n.install_translator(QCoreApplication.instance(), self.variant.language)
        settings = self.window.accessibility.settings
        if settings.state != self.variant.state():
            settings.set_state(self.variant.state())
        session = self.window.session
        if session.timing != self.timing and not (self.staff and self.staff.active):
            session.timing = self.timing  # an admin's new idle timeout would end the walk

    # --- staff mode and irreversible taps --------------------------------------------------

    def _enter_staff_mode(self, *, check_pin_screen: bool = False) -> bool:
        """Hold the key icon, pick the demo account, type its PIN: on the desk?"""
        assert self.staff is not None and self.staff.corner is not None
        qtbot = self.qtbot
        corner = self.staff.corner
        with qtbot.waitSignal(corner.longPressed, timeout=3000):
            qtbot.mousePress(corner, Qt.MouseButton.LeftButton)
        qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton)
        pin_screen = self.window.navigator.current
        assert isinstance(pin_screen, PinScreen), pin_screen
        if check_pin_screen:
            self._arrive(pin_screen, "PinScreen")
        if pin_screen.selected_staff() is None:  # the demo account is the only one
            next(iter(pin_screen.name_buttons.values())).click()
        for digit in DEMO_STAFF_PIN:
            pin_screen.keys[digit].click()
        pin_screen.keys["ok"].click()
        qtbot.waitUntil(lambda: self.staff is not None and self.staff.active, timeout=10000)
        settle(qtbot, self.window.navigator.current, self.staff)
        return self.staff.active

    def _tap_moves(self, screen: Screen, moves: tuple[Move, ...] | list[Move]) -> bool:
        """The taps ``moves`` on ``screen`` (False if one is not there)."""
        for kind, nth in moves:
            settle(self.qtbot, screen, self.staff)
            matching = [t for t in self._taps(screen) if t.kind == kind]
            if len(matching) <= nth:
                self.lost = f"no {kind} #{nth} on {screen_kind(screen)} {pages(screen)}"
                return False
            self._restoring_variant(matching[nth], self.qtbot)
            self.taps += 1
        settle(self.qtbot, screen, self.staff)
        return True

    def _replay(self, path: list[Step]) -> Screen | None:
        """From home, the taps of ``path``; the screen they lead to (None if lost)."""
        navigator = self.window.navigator
        in_staff_mode = self.staff is not None and self.staff.active and navigator.depth >= 1
        if path and path[0][0] == STAFF and in_staff_mode:
            while navigator.depth > 1:  # back to the desk (logging in again takes long)
                navigator.back()
            path = path[1:]
            desk = navigator.current
            first = self.first_pages.get(screen_kind(desk), pages(desk))
            to_first = self.page_taps.get((screen_kind(desk), first))
            if pages(desk) != first and to_first is not None:
                self._tap_moves(desk, [to_first])  # the page it shows first
        else:
            navigator.home()
        settle(self.qtbot, navigator.current, self.staff)
        for kind, nth, before in path:
            if kind == STAFF:
                if not self._enter_staff_mode():
                    return None
                continue
            screen = navigator.current
            if not self._tap_moves(screen, before):
                return None
            tap = self._acting_tap(screen, kind, nth)
            if tap is None:
                return None
            self._restoring_variant(tap, self.qtbot)
            self.taps += 1
        settle(self.qtbot, navigator.current, self.staff)
        return navigator.current

    def _acting_tap(self, screen: Screen, kind: str, nth: int = 0) -> Tap | None:
        """The tap ``kind`` #``nth`` on ``screen``. On a screen whose rows are chosen (not
        opened) by a tap, on the last row it can act on ("Angekommen" on an appointment): the
        first rows stay for the main walk of the next variants."""
        views = [
            view
            for view in item_views(screen)
            if view.isVisibleTo(screen)
            and view.isEnabled()
            and view.model() is not None
            and view.selectionMode() != QAbstractItemView.SelectionMode.NoSelection
        ]
        if not kind.startswith("row:"):
            for view in views:
                rows = view.model().rowCount(view.rootIndex())
                for row in reversed(range(max(0, rows - MAX_ROWS), rows)):
                    Tap(f"row:{view.objectName()}", view, row)(self.qtbot)
                    settle(self.qtbot, screen, self.staff)
                    if self.window.navigator.current is not screen:
                        self.lost = f"row {row} led away"
                        return None
                    matching = [t for t in self._taps(screen) if t.kind == kind]
                    if len(matching) > nth:
                        return matching[nth]
        matching = [t for t in self._taps(screen) if t.kind == kind]
        if len(matching) <= nth:
            self.lost = f"no {kind} #{nth} on {screen_kind(screen)} {pages(screen)}"
            return None
        return matching[nth]

    def _irreversible_branch(self, kind: str, path: list[Step], choices: tuple[Move, ...]) -> None:
        navigator = self.window.navigator
        screen = self._replay(path)
        tap = None
        if screen is not None and self._tap_moves(screen, choices):
            tap = self._acting_tap(screen, kind)
        if screen is None or tap is None:
            self.problems.append(
                f"{self.variant}: could not get back to {kind} ({self.lost}) via {path} {choices}"
            )
            return
        fill_in(screen)
        self._restoring_variant(tap, self.qtbot)
        self.taps += 1
        self.tapped_irreversible.append(kind)
        settle(self.qtbot, screen, self.staff)
        new = navigator.current
        name = screen_kind(new)
        if new is screen:
            self._arrive(screen, f"{name}({screen.title()!r}) after {kind}")
        else:
            self.seen[name] += 1
            self._arrive(new, f"{name}({new.title()!r})")
            self._explore(new, len(path) + 1, [])


#: Screens walked through even past MAX_PER_KIND (unchecked): the next question of a survey
#: leads on to its review.
FORWARD_ONLY = {"QuestionScreen"}


# --- the test ------------------------------------------------------------------------------


CLOSED_SURVEY = "bushaltestelle-2025"


def closed_survey(tmp_path: Path) -> Path:
    """The demo's bus stop survey as one closed last year, to show its results."""
    data = json.loads((DEMO / "forms" / "bushaltestelle.json").read_text(encoding="utf-8"))
    data |= {"id": CLOSED_SURVEY, "opens": "2025-01-01", "closes": "2025-12-31"}
    path = tmp_path / "closed-survey.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


SEEDED = ("Erika Muster", "Ahmet Yılmaz", "Olena Kovalenko", "Hans-Jürgen Meier")


class StaffDays:
    """Staff mode's clock: each variant's walk gets a staff day of its own with appointments
    on it (``SEEDED``), at 06:00 (the whole day ahead). The days are a week apart (a closed
    week, a holiday, skipped), on a weekday the first service (what "Neuer Termin" offers
    first) has free times. What a variant books, checks in or cancels is gone from the next
    variant's day."""

    def __init__(self, db: Database, count: int) -> None:
        calendar = bookings.load_calendar(db, HUB)
        assert calendar is not None
        self.zone = calendar.zone
        self.days: list[date] = []
        day = datetime.now(self.zone).date() + timedelta(days=1)
        for _ in range(120):
            if len(self.days) == count:
                break
            seeded = self._seed(db, calendar, day)
            if seeded:
                self.days.append(day)
            day += timedelta(weeks=1) if self.days else timedelta(days=1)
        assert len(self.days) == count, "the demo calendar has too few open days"
        self.now = self._morning(self.days[0])

    def use(self, index: int) -> None:
        self.now = self._morning(self.days[index])

    def __call__(self) -> datetime:
        return self.now

    def _morning(self, day: date) -> datetime:
        return datetime.combine(day, time(6), self.zone).astimezone(UTC)

    def _seed(self, db: Database, calendar: Calendar, day: date) -> bool:
        """The appointments, in the service with the most free times that day (not the
        first: its times stay free for the walk-in); False if the day is not open enough."""
        now = self._morning(day)

        def free(service_id: str) -> list[FreeSlot]:
            return distinct_times(
                bookings.free_slots_on(db, calendar, service_id, day, terminal_id=None, now=now)
            )

        if len(free(calendar.services[0].id)) < 4:
            return False
        slots = max((free(s.id) for s in calendar.services[1:]), key=len)
        if len(slots) < len(SEEDED):
            return False
        for name, slot in zip(SEEDED, slots[:: max(1, len(slots) // len(SEEDED))], strict=False):
            request = BookingRequest(slot.slot.service_id, slot.slot.resource_id,
                                     slot.slot.start, name, "07634 5678")  # fmt: skip
            bookings.book(db, calendar, request, terminal_id=None, now=now)
        return True


@pytest.fixture
def demo_terminal(qapp, qtbot, tmp_path: Path) -> Iterator[tuple[MainWindow, StaffMode, StaffDays]]:
    paths = DataPaths(tmp_path)
    db_path = paths.database
    prepare_database(db_path, paths.backups)
    db = open_database(db_path)
    import_content_pack(db, load_content_pack(DEMO / "content-pack.json"))
    import_form_files(db, [*sorted((DEMO / "forms").glob("*.json")), closed_survey(tmp_path)])
    form = get_form(db, CLOSED_SURVEY)
    assert form is not None
    votes = ["dorfplatz"] * 14 + ["schule"] * 23 + ["neubaugebiet"] * 9
    answers = [{"standort": v, "nutzung": 1 + i % 5, "unterstand": i % 3 != 0,
                **({"zwecke": ["einkauf", "arzt"][: 1 + i % 2]} if i % 4 else {})}
               for i, v in enumerate(votes)]  # fmt: skip
    save_results(db, results_data(aggregate_results(form, answers)))
    days = StaffDays(db, len(VARIANTS_PER_LANGUAGE))
    db.dispose()
    seed_demo_staff(db_path, paths.staff_pepper, hub_id=HUB)
    config = with_overrides(Config(), terminal={"name": "Dorfbüro Lindenbach", "hub": HUB})
    apply_theme(qapp)
    window = build_main_window(
        config,
        kiosk_mode=False,
        demo=True,
        timing=IdleTiming(idle_timeout_s=3600),  # no "Sind Sie noch da?" during the walk
        speech_engine="mock",
    )
    install_services(window.navigator, db_path, hub_id=HUB)
    install_booking(window.navigator, db_path, hub_id=HUB)
    install_participation(window.navigator, db_path, hub_id=HUB)
    service = StaffService(open_database(db_path), data_dir=paths.root, hub_id=HUB, clock=days,
                           owns_db=True)  # fmt: skip
    # A shorter hold, same code
    staff = StaffMode(window, paths, hub_id=HUB, hold_ms=150, service=service)
    window.setFixedSize(1280, 800)
    window.start(qapp)
    qtbot.waitExposed(window)
    staff.install_corner()  # after the first paint, as install_staff does
    qtbot.waitUntil(lambda: staff.corner is not None and staff.corner.isVisible())
    settle(qtbot)
    yield window, staff, days
    window.navigator.home()
    staff.close()
    window.accessibility.settings.reset()
    i18n.install_translator(qapp, "de")
    window.allow_close()
    window.close()
    window.deleteLater()
    process_deletions()
    apply_theme(qapp)


@pytest.mark.slow
@pytest.mark.parametrize("language", [language.code for language in i18n.LANGUAGES])
def test_every_reachable_screen_in_every_variant(demo_terminal, qtbot, qapp, language) -> None:
    matrix = variants(language)
    if not matrix:
        pytest.skip(f"KIOSK_WALK_ONLY={os.environ.get('KIOSK_WALK_ONLY')}")
    window, staff, days = demo_terminal
    walks: list[Walk] = []
    for index, variant in enumerate(matrix):
        days.use(index)
        i18n.install_translator(qapp, variant.language)
        window.accessibility.settings.set_state(variant.state())
        walk = Walk(window, qtbot, variant, staff)
        walk.run()
        walks.append(walk)
    kinds = {name.split("(")[0].split(" ")[0] for walk in walks for name in walk.screens}
    checked = sum(len(walk.screens) for walk in walks)
    print(
        f"\nscreen walk {language}: {len(walks[0].screens)} screens x {len(walks)} variants "
        f"({len(kinds)} kinds: {', '.join(sorted(kinds))}) = {checked} screen checks, "
        f"{sum(w.taps for w in walks)} taps; irreversible taps per variant: "
        f"{', '.join(walks[0].tapped_irreversible)}"
    )
    if os.environ.get("KIOSK_WALK_TRACE"):
        print("\n".join(walks[0].screens))
    problems = [p for walk in walks for p in walk.problems]
    if os.environ.get("KIOSK_WALK_ALL"):
        print("\n".join(problems))
    assert problems == [], "\n".join(problems[:40])
    # The walk must really get around: home, the three areas, language and accessibility,
    # past every irreversible button, into staff mode and the desk's sub-screens.
    assert {"home", "LanguageScreen", "AccessibilityScreen", "ServicesOverviewScreen"} <= kinds
    assert {"ConfirmationScreen", "ReviewScreen", "ThankYouScreen", "ResultsScreen"} <= kinds
    assert "CancelScreen" in kinds
    assert {"PinScreen", "staff:StaffDeskScreen", "staff:SlotPickerScreen"} <= kinds
    assert {"staff:WalkInScreen", "staff:CancelScreen"} <= kinds
    assert {"BookButton", "CancelButton"} <= {k.split(":")[1] for k in walks[0].tapped_irreversible}
