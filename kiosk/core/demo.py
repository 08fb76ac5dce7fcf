"""Facts about the bundled demo (``kiosk demo``), shared by the CLI and the store.

A tiny module on purpose: the CLI reads it before the first paint, so it must not pull in
anything heavy.
"""

from __future__ import annotations

from typing import Final

DEMO_HUB: Final = "dorfbuero-lindenbach"
"""The demo pack's Dorfbüro (resources/demo/content-pack.json): the demo terminal's hub."""

DEMO_STAFF_PIN: Final = "246810"
"""The PIN of the demo's staff account ("Demo Verwaltung", admin), seeded by ``kiosk demo``
only. Published in the README; never used outside the demo."""
