"""The content pack as a pulled change: the envelope the server publishes, the terminal checks.

The regional server publishes the region's pack as ONE change (kind :data:`CONTENT_CHANGE_KIND`,
key :data:`CONTENT_CHANGE_KEY`, region scope), whose data is::

    {"format": "dorfkiosk-content-change", "sha256": "<hex>", "pack_version": "...",
     "pack": { ...the pack's JSON... }}

:func:`pack_from_envelope` is the terminal's gate: the envelope's shape, the markup allow-list
(:mod:`kiosk.core.content_markup`), the full pack validation
(:func:`kiosk.core.content.parse_content_pack`) and the SHA-256 must all pass, or the change is
refused whole with a :class:`~kiosk.core.content.ContentPackError`. The server runs the same
checks before it publishes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.core.content import ContentPack, ContentPackError, parse_content_pack
from kiosk.core.content_markup import check_markup

CONTENT_CHANGE_KIND = "content_pack"
CONTENT_CHANGE_KEY = "current"
ENVELOPE_FORMAT = "dorfkiosk-content-change"


def make_envelope(pack: ContentPack, data: Mapping[str, Any]) -> dict[str, Any]:
    """The change data for a validated ``pack`` whose JSON is ``data``."""
    return {
        "format": ENVELOPE_FORMAT,
        "sha256": pack.sha256,
        "pack_version": pack.pack_version,
        "pack": dict(data),
    }


def pack_from_envelope(envelope: object) -> ContentPack:
    """The validated pack inside a pulled change's data, or :class:`ContentPackError`."""
    if not isinstance(envelope, Mapping):
        raise ContentPackError("", "the content change is not a JSON object")
    if envelope.get("format") != ENVELOPE_FORMAT:
        raise ContentPackError("format", f'the content change must have format "{ENVELOPE_FORMAT}"')
    sha256 = envelope.get("sha256")
    if not isinstance(sha256, str):
        raise ContentPackError("sha256", "must be the pack's SHA-256 (hex)")
    data = envelope.get("pack")
    check_markup(data)
    pack = parse_content_pack(data)
    if pack.sha256 != sha256:
        raise ContentPackError("sha256", "does not match the pack (damaged on the way?)")
    return pack


__all__ = [
    "CONTENT_CHANGE_KEY",
    "CONTENT_CHANGE_KIND",
    "ENVELOPE_FORMAT",
    "make_envelope",
    "pack_from_envelope",
]
