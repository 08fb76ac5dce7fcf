"""The icon set: every icon the demo content names exists, and every icon draws."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.ui.icons import icon_path, icon_pixmap

ROOT = Path(__file__).resolve().parents[2]
ICONS = sorted(p.stem for p in (ROOT / "resources" / "theme" / "icons").glob("*.svg"))


def demo_icon_names() -> set[str]:
    pack = json.loads((ROOT / "resources" / "demo" / "content-pack.json").read_text("utf-8"))
    items = [*pack.get("categories", []), *pack.get("life_situations", [])]
    return {item["icon"] for item in items if item.get("icon")}


def test_every_icon_of_the_demo_pack_is_in_the_theme() -> None:
    names = demo_icon_names()
    assert names, "the demo pack names icons"
    assert sorted(n for n in names if not Path(icon_path(n)).is_file()) == []


@pytest.mark.parametrize("name", ICONS)
def test_every_icon_draws_in_the_given_colour(qapp, name: str) -> None:
    image = icon_pixmap(name, "#0f5a6b", 48).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    inked = [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(inked) > 48, f"{name} draws (almost) nothing"
    assert all(c.name() == "#0f5a6b" for c in inked[:: max(1, len(inked) // 20)])
