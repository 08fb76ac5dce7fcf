"""A content pack pulled from the regional server, applied all or nothing.

:class:`kiosk.store.sync_adapter.SyncStore` calls :func:`apply_content_change` for a
``content_pack`` change inside the transaction that applies the pulled page and advances the
cursor. The pack is checked whole first (:func:`kiosk.core.content_change.pack_from_envelope`:
envelope, markup allow-list, full validation, SHA-256); then the content tables are replaced
inside a savepoint. On any refusal the savepoint is rolled back, so the previous content stays
untouched, the reason is kept in the setting :data:`CONTENT_REFUSED` (the terminal's health
report carries it to ``kiosk server terminals`` until a good pack arrives) and
:class:`ContentRefused` tells the caller to count the change as refused. The cursor still
moves past it: a bad pack must not wedge the terminal; the next good pack is a new change.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.core.content import ContentPackError
from kiosk.core.content_change import pack_from_envelope
from kiosk.store.content import ImportResult, import_content_pack_in
from kiosk.store.settings import delete_setting, set_setting
from kiosk.store.sync_adapter import CONTENT_REFUSED

log = logging.getLogger(__name__)
MAX_REASON = 300


class ContentRefused(ValueError):
    """The pulled pack was refused whole; the previous content is still there."""


def apply_content_change(session: Session, data: Mapping[str, Any]) -> ImportResult:
    """Replace the content with the pulled pack, or refuse it whole (:class:`ContentRefused`)."""
    try:
        pack = pack_from_envelope(data)
        with session.begin_nested():
            result = import_content_pack_in(session, pack)
    except (ContentPackError, IntegrityError, ValueError, TypeError) as exc:
        reason = str(exc) if isinstance(exc, ContentPackError) else type(exc).__name__
        note = f"content pack refused: {reason}"[:MAX_REASON]
        log.warning("%s", note)
        set_setting(session, CONTENT_REFUSED, note)
        raise ContentRefused(note) from None
    delete_setting(session, CONTENT_REFUSED)
    if result.changed:
        log.info("content pack %s imported from the server", result.pack_version)
    return result


__all__ = ["CONTENT_REFUSED", "ContentRefused", "apply_content_change"]
