"""Line icons from ``resources/theme/icons`` (SVG, stroke ``currentColor``), tinted on load."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from kiosk.paths import resources_dir


def icon_path(name: str) -> str:
    return str(resources_dir() / "theme" / "icons" / f"{name}.svg")


@lru_cache(maxsize=64)
def icon_pixmap(name: str, color: str, size: int, mirrored: bool = False) -> QPixmap:
    """The icon ``name`` drawn in ``color`` at ``size`` logical pixels (sharp on HiDPI);
    ``mirrored`` for right-to-left languages (an arrow that means "back")."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    pixels = max(1, round(size * ratio))
    with open(icon_path(name), encoding="utf-8") as handle:
        svg = handle.read()
    svg = svg.replace("currentColor", color)
    svg = svg.replace('width="24" height="24"', f'width="{pixels}" height="{pixels}"', 1)
    pixmap = QPixmap()
    if not pixmap.loadFromData(QByteArray(svg.encode("utf-8")), "SVG"):
        raise FileNotFoundError(f"icon {name!r} could not be loaded from {icon_path(name)}")
    if mirrored:
        from PySide6.QtGui import QTransform

        pixmap = pixmap.transformed(QTransform().scale(-1, 1))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(name: str, color: str, size: int, mirrored: bool = False) -> QIcon:
    return QIcon(icon_pixmap(name, color, size, mirrored))
