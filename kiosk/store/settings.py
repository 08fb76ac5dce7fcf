"""Typed access to the ``setting`` key/value table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.store.models import SETTING_KEY_LENGTH, Setting

TERMINAL_ID = "terminal.id"
OUTBOX_LAST_SEQ = "outbox.last_seq"


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return None if row is None else row.value


def get_settings(session: Session, *keys: str) -> dict[str, str]:
    """The stored values of ``keys`` (missing keys left out), one query."""
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    return {key: value for key, value in rows}


def set_setting(session: Session, key: str, value: str) -> None:
    """Insert or replace ``key`` (call inside ``Database.write()``)."""
    if not key or len(key) > SETTING_KEY_LENGTH:
        raise ValueError(f"setting key must be 1..{SETTING_KEY_LENGTH} characters: {key!r}")
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def delete_setting(session: Session, key: str) -> bool:
    row = session.get(Setting, key)
    if row is None:
        return False
    session.delete(row)
    return True


__all__ = [
    "OUTBOX_LAST_SEQ",
    "TERMINAL_ID",
    "delete_setting",
    "get_setting",
    "get_settings",
    "set_setting",
]
