"""The kiosk's look: fonts, the stylesheet, icons' colours and touch scrolling.

The stylesheet lives in ``resources/theme/kiosk.qss``. (Widget classes are imported inside the
functions that need them: the first use of a PySide class costs time, and this module is
imported before the home screen's first paint.) Body text comes from the application
font (18 pt, Noto Sans with DejaVu Sans as fallback, both on Debian); every ``NNpt`` in the
stylesheet is scaled by the configured text scale, so 130 % and 160 % enlarge headings too.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from kiosk.paths import resources_dir

FONT_FAMILIES = ["Noto Sans", "DejaVu Sans"]
BODY_POINT_SIZE = 18
MIN_TOUCH_PX = 48

ACCENT = "#0E5A6B"
ON_ACCENT = "#FFFFFF"
WARNING = "#9A5B00"
PLACEHOLDER = "#5F6B70"  # 5.6:1 on white (AA for the hint in an empty field)
PLACEHOLDER_HIGH_CONTRAST = "#333333"  # 12.6:1 on white

_KINETIC_PROPERTY = "kioskKineticScrolling"
# "18pt" or "18pt; /* max 130% */"
_POINT_SIZE = r"(\d+(?:\.\d+)?)pt\b(;\s*/\*\s*max (\d+)%\s*\*/)?"


def stylesheet_path(name: str = "kiosk.qss") -> str:
    return str(resources_dir() / "theme" / name)


@lru_cache(maxsize=8)
def load_stylesheet(text_scale: int = 100, high_contrast: bool = False) -> str:
    """The stylesheet text with every point size multiplied by ``text_scale`` percent.

    A size followed by ``/* max NNN% */`` grows at most to NNN percent. ``high_contrast`` adds
    ``kiosk-high-contrast.qss`` (black, white and a yellow focus frame).
    """
    with open(stylesheet_path(), encoding="utf-8") as handle:
        text = handle.read()
    if high_contrast:  # colour overrides only, so it comes after the base sheet
        with open(stylesheet_path("kiosk-high-contrast.qss"), encoding="utf-8") as handle:
            text += "\n" + handle.read()
    if text_scale == 100:
        return text
    import re

    def scaled(match: re.Match[str]) -> str:
        scale = min(text_scale, int(match.group(3))) if match.group(3) else text_scale
        return f"{round(float(match.group(1)) * scale / 100)}pt{match.group(2) or ''}"

    return re.sub(_POINT_SIZE, scaled, text)


def body_font(text_scale: int = 100) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(round(BODY_POINT_SIZE * text_scale / 100))
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def apply_theme(app: QApplication, *, text_scale: int = 100, high_contrast: bool = False) -> None:
    """Set the application font, palette and stylesheet. Also at runtime: the accessibility
    menu calls it, and every widget takes the new font and colours at once."""
    from PySide6.QtGui import QColor, QPalette

    palette = app.palette()
    # Hint texts in empty fields ("Suchen, zum Beispiel: …"): the stylesheet cannot colour
    # them. Normal: Qt's grey; high contrast: dark enough for 7:1 on white.
    hint = QColor(PLACEHOLDER_HIGH_CONTRAST if high_contrast else PLACEHOLDER)
    palette.setColor(QPalette.ColorRole.PlaceholderText, hint)
    app.setPalette(palette)
    app.setFont(body_font(text_scale))
    app.setProperty("kioskHighContrast", high_contrast)  # for widgets with their own sheet
    app.setProperty("kioskTextScale", text_scale)
    app.setStyleSheet(load_stylesheet(text_scale, high_contrast))


def enable_kinetic_scrolling(area: QAbstractScrollArea) -> None:
    """Let a finger (or a mouse-driven touch screen) drag the area's content, without overshoot."""
    from PySide6.QtWidgets import QAbstractItemView, QScroller, QScrollerProperties

    if area.property(_KINETIC_PROPERTY):
        return
    area.setProperty(_KINETIC_PROPERTY, True)
    if isinstance(area, QAbstractItemView):
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    scroller.setScrollerProperties(props)


def enable_kinetic_scrolling_in(root: QObject) -> int:
    """Kinetic scrolling for every scroll area and item view under ``root``; returns how many.

    Text edits are left alone: there a drag selects text.
    """
    from PySide6.QtWidgets import QAbstractItemView, QScrollArea

    areas: list[QAbstractScrollArea] = []
    if isinstance(root, QScrollArea | QAbstractItemView):
        areas.append(root)
    areas += root.findChildren(QScrollArea)
    areas += root.findChildren(QAbstractItemView)
    for area in areas:
        enable_kinetic_scrolling(area)
    return len(areas)


def touch_target_ok(widget: QWidget) -> bool:
    return widget.width() >= MIN_TOUCH_PX and widget.height() >= MIN_TOUCH_PX
