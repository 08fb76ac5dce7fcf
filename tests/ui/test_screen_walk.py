"""A generic walk over every screen reachable from home, in several languages, text sizes and
both themes. Nothing here names a screen: the walker taps every enabled button on a screen;
a tap that pushes a new screen leads one level deeper (depth and count limited), then Back.
New screens are covered the day they are reachable from home.

Not tapped: buttons marked irreversible (``kiosk.ui.screens.base.mark_irreversible``: print,
book, submit, cancel a booking) and the top bar (it is the same on every screen and checked
on every screen). Staff mode is not reachable by taps (long press and PIN) and not walked.

On every screen, in every variant:
* no label or button text is clipped (cut off, or a word wider than its box);
* every enabled control is a touch target of at least 48 x 48 px;
* every control has an accessible name (what a screen reader says, via QAccessible);
* in high contrast: every text has a contrast of at least 7:1 (WCAG AAA) against what is
  behind it, measured on the rendered window (text colour and ground colour from the pixels).

The matrix: by default every screen x {de, ar, the longest language} x {100 %, 160 %} x
{normal, high contrast} (12 variants, a minute or so on two cores). ``KIOSK_WALK_FULL=1``
walks every language x {100, 130, 160} x both themes (36 variants). The test prints
"N screens x M variants" (run with ``-s`` to see it).
"""

from __future__ import annotations

import itertools
import os
import re
import xml.etree.ElementTree as ET
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.config import Config, with_overrides
from kiosk.core.content import load_content_pack
from kiosk.store.content import import_content_pack
from kiosk.store.db import open_database
from kiosk.store.participation import import_form_files
from kiosk.store.schema import prepare_database
from kiosk.ui import i18n
from kiosk.ui.accessibility.settings import AccessibilityState
from kiosk.ui.background import Operation
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.base import IRREVERSIBLE, Screen
from kiosk.ui.screens.booking import install_booking
from kiosk.ui.screens.participation import install_participation
from kiosk.ui.screens.services import install_services
from kiosk.ui.shell import build_main_window
from kiosk.ui.theme import MIN_TOUCH_PX, apply_theme
from kiosk.ui.visitor_session import IdleTiming

from .conftest import clipped, process_deletions, shown

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
HUB = "regio-hub-hohenwald"

MAX_DEPTH = 6
MAX_SCREENS = 60
MAX_PER_KIND = 2  # screens of one class (two service pages, not all twenty)
AAA_TEXT = 7.0
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


# --- the matrix ----------------------------------------------------------------------------


def longest_language() -> str:
    """The language whose translations are longest in total (it wraps and clips first)."""
    totals = {}
    for language in i18n.LANGUAGES:
        if language.code == i18n.SOURCE_LANGUAGE:
            continue
        path = i18n.translations_dir() / f"{language.catalog_name}.ts"
        root = ET.parse(path).getroot()
        totals[language.code] = sum(len(t.text or "") for t in root.iter("translation"))
    return max(totals, key=lambda code: totals[code])


@dataclass(frozen=True)
class Variant:
    language: str
    text_scale: int
    high_contrast: bool

    def __str__(self) -> str:
        return f"{self.language}/{self.text_scale}%/{'hc' if self.high_contrast else 'normal'}"


def variants() -> list[Variant]:
    only = os.environ.get("KIOSK_WALK_ONLY")  # e.g. "ar/160/hc", for a quick look
    if only:
        language, scale, theme = only.split("/")
        return [Variant(language, int(scale), theme == "hc")]
    if os.environ.get("KIOSK_WALK_FULL"):
        languages = [lang.code for lang in i18n.LANGUAGES]
        scales = [100, 130, 160]
    else:
        languages = ["de", "ar", longest_language()]
        scales = [100, 160]
    return [Variant(*v) for v in itertools.product(languages, scales, (False, True))]


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
    their anti-aliased edges)."""
    rect = rect.intersected(image.rect())
    if rect.width() < 2 or rect.height() < 2:
        return None
    bits = image.constBits()
    line = image.bytesPerLine()
    counts: Counter[int] = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        start = y * line + rect.left() * 4
        counts.update(array("I", bytes(bits[start : start + rect.width() * 4])))
    ground_value = counts.most_common(1)[0][0] & 0xFFFFFF
    ground = _rgb(ground_value)
    for value, _n in counts.most_common():
        colour = _rgb(value & 0xFFFFFF)
        if contrast(colour, ground) >= 1.5:
            return colour, ground
    return None


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


def unnamed(window: MainWindow) -> list[str]:
    from PySide6.QtGui import QAccessible

    problems = []
    for widget in controls(window):
        if _inner_part(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name).strip() if face is not None else ""
        if not name:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} has no name")
    return problems


def check(window: MainWindow, variant: Variant) -> list[str]:
    problems = clipped(window) + small_targets(window) + unnamed(window)
    if variant.high_contrast:
        problems += low_contrast(window)
    return problems


# --- the walker ----------------------------------------------------------------------------


def busy(screen: QWidget) -> bool:
    """Still loading in the background (kiosk.ui.background): an operation pending."""
    if getattr(screen, "loaded", True) is False:
        return True
    return any(isinstance(v, Operation) and v.pending for v in vars(screen).values())


def settle(qtbot, screen: QWidget | None = None) -> None:
    if screen is not None:
        qtbot.waitUntil(lambda: not busy(screen), timeout=5000)
    for _ in range(5):
        QCoreApplication.processEvents()


@dataclass(frozen=True)
class Tap:
    """Something a finger can tap on a screen: a button, or the first row of a list."""

    kind: str  # taps of one kind (all time slots, all service rows) lead to one kind of screen
    widget: QWidget
    row: int = -1

    def __call__(self, qtbot) -> None:
        if isinstance(self.widget, QAbstractButton):
            self.widget.click()
            return
        view = self.widget
        assert isinstance(view, QAbstractItemView)
        model = view.model()
        index = model.index(self.row, 0, view.rootIndex())
        view.scrollTo(index)
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
        )


def taps_on(screen: Screen) -> list[Tap]:
    taps = [
        Tap(f"{type(b).__name__}:{b.objectName() or b.property('role')}", b)
        for b in screen.findChildren(QAbstractButton)
        if b.isVisibleTo(screen) and b.isEnabled() and not b.property(IRREVERSIBLE)
    ]
    for view in screen.findChildren(QAbstractItemView):
        model = view.model()
        visible = view.isVisibleTo(screen) and view.isEnabled()
        if visible and model is not None and model.rowCount(view.rootIndex()) > 0:
            taps.append(Tap(f"row:{view.objectName()}", view, 0))
    return taps


@dataclass
class Walk:
    window: MainWindow
    qtbot: object
    variant: Variant
    seen: Counter[str] = field(default_factory=Counter)
    screens: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    taps: int = 0

    def run(self) -> None:
        navigator = self.window.navigator
        navigator.home()
        self._arrive(navigator.current, "home")
        self._explore(navigator.current, depth=0)

    def _arrive(self, screen: Screen, name: str) -> None:
        settle(self.qtbot, screen)
        self.screens.append(name)
        self.problems += [f"{self.variant} {name}: {p}" for p in check(self.window, self.variant)]

    def _explore(self, screen: Screen, depth: int) -> None:
        navigator = self.window.navigator
        done_kinds: set[str] = set()
        index = 0
        while len(self.screens) < MAX_SCREENS:
            taps = taps_on(screen)  # again after each tap: a tap may enable others
            if index >= len(taps):
                return
            tap = taps[index]
            index += 1
            if tap.kind in done_kinds:
                continue
            before = navigator.depth
            self._restoring_variant(tap, self.qtbot)
            self.taps += 1
            if navigator.depth <= before or navigator.current is screen:
                if navigator.current is not screen:
                    return  # the tap led back or home; the caller carries on
                continue
            new = navigator.current
            name = type(new).__name__
            if self.seen[name] >= MAX_PER_KIND:
                done_kinds.add(tap.kind)
            else:
                self.seen[name] += 1
                self._arrive(new, f"{name}({new.title()!r})")
                if depth + 1 < MAX_DEPTH:
                    self._explore(new, depth + 1)
            while navigator.depth > before:
                navigator.back()
            settle(self.qtbot)
            if navigator.current is not screen:
                return

    def _restoring_variant(self, tap: Tap, qtbot) -> None:
        """Tap; if the tap changed the language or the accessibility settings (the language
        and accessibility screens do that), put the variant back."""
        if os.environ.get("KIOSK_WALK_TRACE"):
            print(f"{'  ' * self.window.navigator.depth}tap {tap.kind}")
        tap(qtbot)
        if i18n.current_language() != self.variant.language:
            i18n.install_translator(QCoreApplication.instance(), self.variant.language)
        settings = self.window.accessibility.settings
        wanted = AccessibilityState(self.variant.text_scale, self.variant.high_contrast)
        if settings.state != wanted:
            settings.set_state(wanted)


# --- the test ------------------------------------------------------------------------------


@pytest.fixture
def demo_terminal(qapp, qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    db_path = tmp_path / "kiosk.sqlite3"
    prepare_database(db_path, tmp_path / "backups")
    db = open_database(db_path)
    import_content_pack(db, load_content_pack(DEMO / "content-pack.json"))
    import_form_files(db, sorted((DEMO / "forms").glob("*.json")))
    db.dispose()
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
    window.setFixedSize(1280, 800)
    window.start(qapp)
    qtbot.waitExposed(window)
    yield window
    window.accessibility.settings.reset()
    i18n.install_translator(qapp, "de")
    window.allow_close()
    window.close()
    window.deleteLater()
    process_deletions()
    apply_theme(qapp)


@pytest.mark.slow
def test_every_reachable_screen_in_every_variant(demo_terminal: MainWindow, qtbot, qapp) -> None:
    window = demo_terminal
    walks: list[Walk] = []
    for variant in variants():
        i18n.install_translator(qapp, variant.language)
        window.accessibility.settings.set_state(
            AccessibilityState(variant.text_scale, variant.high_contrast)
        )
        walk = Walk(window, qtbot, variant)
        walk.run()
        walks.append(walk)
    kinds = {name.split("(")[0] for walk in walks for name in walk.screens}
    checked = sum(len(walk.screens) for walk in walks)
    print(
        f"\nscreen walk: {len(walks[0].screens)} screens ({len(kinds)} kinds: "
        f"{', '.join(sorted(kinds))}) x {len(walks)} variants = {checked} screen checks, "
        f"{sum(w.taps for w in walks)} taps"
    )
    # The walk must really get around: home, the three areas, language and accessibility.
    assert {"home", "LanguageScreen", "AccessibilityScreen", "ServicesOverviewScreen"} <= kinds
    assert len(kinds) >= 8
    problems = [p for walk in walks for p in walk.problems]
    assert problems == [], "\n".join(problems[:40])
