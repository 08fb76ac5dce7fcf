"""Content packs on the regional server: validate, then publish to every terminal by pull.

``kiosk server content import PACK`` reads the pack file, validates it whole
(:func:`kiosk.core.content.parse_content_pack_bytes` plus the markup allow-list of
:mod:`kiosk.core.content_markup`) and publishes it as ONE change, kind ``content_pack``, key
``current``, region scope: every terminal of the region pulls it. One change for the whole pack
(not one per service) because a pack is all or nothing on the terminal too: it replaces its
content tables with the pack in the transaction that advances its cursor, or refuses it whole.
The change log is compacted, so the change row *is* the region's current content; importing
the same pack again (same SHA-256) publishes nothing.

The change's data is the envelope of :mod:`kiosk.core.content_change` (format, SHA-256, pack
version, and the pack's JSON as imported), which the terminal checks the same way.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from kiosk.core.content import (
    MAX_PACK_BYTES,
    ContentPack,
    ContentPackError,
    canonical_json,
    parse_content_pack_bytes,
)
from kiosk.core.content_change import CONTENT_CHANGE_KEY as CONTENT_KEY
from kiosk.core.content_change import CONTENT_CHANGE_KIND as CONTENT_KIND
from kiosk.core.content_change import make_envelope
from kiosk.core.content_markup import check_markup
from kiosk.server import changes
from kiosk.server.models import REGION_SCOPE, Change

MAX_CHANGE_BYTES = MAX_PACK_BYTES + 1024 * 1024
"""The published change's JSON is refused above this (the terminal reads answers up to
``kiosk.sync.client.DEFAULT_MAX_RESPONSE_BYTES``)."""


@dataclass(frozen=True)
class ValidatedPack:
    pack: ContentPack
    data: dict[str, Any]
    """The pack's JSON as read (published as it is, so its SHA-256 is the file's)."""


@dataclass(frozen=True)
class Published:
    pack_version: str
    sha256: str
    seq: int | None
    """The change's seq; None when this very pack was published already (nothing done)."""
    previous_version: str | None


def validate_pack_bytes(raw: bytes, source: str | None = None) -> ValidatedPack:
    """Parse and validate a pack whole; :class:`ContentPackError` names the first problem."""
    pack = parse_content_pack_bytes(raw, source)  # size, UTF-8, JSON, types, references
    data = json.loads(raw.decode("utf-8-sig"))
    try:
        check_markup(data)
    except ContentPackError as exc:
        raise ContentPackError(exc.path, exc.reason, source) from None
    return ValidatedPack(pack, data)


def read_pack(path: str | os.PathLike[str]) -> ValidatedPack:
    """Read at most :data:`MAX_PACK_BYTES` (+1) of a pack file and validate it."""
    file = Path(path)
    try:
        with file.open("rb") as handle:
            raw = handle.read(MAX_PACK_BYTES + 1)
    except OSError as exc:
        reason = f"cannot read the file ({exc.strerror or exc})"
        raise ContentPackError("", reason, str(file)) from None
    return validate_pack_bytes(raw, str(file))


def _current(session: Session) -> dict[str, Any] | None:
    row = session.get(Change, (CONTENT_KIND, REGION_SCOPE, CONTENT_KEY))
    if row is None or row.data is None:
        return None
    value = json.loads(row.data)
    return value if isinstance(value, dict) else None


def publish_pack(
    session: Session, validated: ValidatedPack, *, now: datetime | None = None
) -> Published:
    """Publish a validated pack to the region's terminals (in the caller's transaction)."""
    data = make_envelope(validated.pack, validated.data)
    if len(canonical_json(data)) > MAX_CHANGE_BYTES:
        raise ContentPackError("", f"is too large to publish (over {MAX_CHANGE_BYTES} bytes)")
    current = _current(session)
    previous = None if current is None else str(current.get("pack_version"))
    if current is not None and current.get("sha256") == validated.pack.sha256:
        return Published(validated.pack.pack_version, validated.pack.sha256, None, previous)
    seq = changes.publish(
        session,
        kind=CONTENT_KIND,
        key=CONTENT_KEY,
        data=data,
        now=now or datetime.now(UTC),
        scope=REGION_SCOPE,
    )
    return Published(validated.pack.pack_version, validated.pack.sha256, seq, previous)


__all__ = [
    "CONTENT_KEY",
    "CONTENT_KIND",
    "MAX_CHANGE_BYTES",
    "Published",
    "ValidatedPack",
    "publish_pack",
    "read_pack",
    "validate_pack_bytes",
]
