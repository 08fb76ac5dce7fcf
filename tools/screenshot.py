"""Render the terminal's home screen (or another view) to a PNG.

    .venv/bin/python tools/screenshot.py                       # resources/screenshots/home.png
    .venv/bin/python tools/screenshot.py --size 1920x1080 --output /tmp/home-fhd.png
    .venv/bin/python tools/screenshot.py --view idle --text-scale 160 --output /tmp/idle.png

Works on the offscreen platform (the default here when no display is set) and under a real
or virtual X server (``xvfb-run -a .venv/bin/python tools/screenshot.py``). The window is built
exactly as ``kiosk demo`` builds it, then grabbed once the event loop has painted it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VIEWS = ("home", "services", "language", "idle")


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not {text!r}") from None
    return width, height


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "resources/screenshots/home.png")
    parser.add_argument("--size", type=parse_size, default=(1280, 800))
    parser.add_argument("--view", choices=VIEWS, default="home")
    parser.add_argument("--text-scale", type=int, choices=(100, 130, 160), default=100)
    parser.add_argument("--name", default="Dorfbüro Lindenbach", help="the terminal's name")
    parser.add_argument("--no-demo-badge", action="store_true")
    parser.add_argument("--high-contrast", action="store_true")
    args = parser.parse_args(argv)

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from kiosk.config import Config, with_overrides
    from kiosk.ui import routes
    from kiosk.ui.shell import build_main_window
    from kiosk.ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    config = with_overrides(
        Config(),
        terminal={"name": args.name},
        display={"text_scale": args.text_scale, "high_contrast": args.high_contrast},
    )
    apply_theme(app, text_scale=args.text_scale, high_contrast=args.high_contrast)
    window = build_main_window(config, kiosk_mode=False, demo=not args.no_demo_badge)
    window.setFixedSize(*args.size)
    window.start(app)
    if args.view in (routes.SERVICES, routes.LANGUAGE):
        window.navigator.open(args.view)
    elif args.view == "idle":
        window.navigator.open(routes.SERVICES)
        window.show_idle_prompt(window.session.timing.countdown_s)
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.output), "PNG"):
        print(f"could not write {args.output}", file=sys.stderr)
        return 1
    print(f"{args.output} ({image.width()}x{image.height()}, {app.platformName()})")
    window.allow_close()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
