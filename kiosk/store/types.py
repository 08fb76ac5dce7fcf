"""Column types shared by the terminal's models."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

# Fixed width, so that text order is time order and SQL comparisons (``<= :now``) just work.
_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
UTC_TEXT_LENGTH = 27


def utc_now() -> datetime:
    """The current time as an aware UTC datetime (the only kind the store accepts)."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC text ``2026-11-26T22:15:00.000000Z``.

    Naive datetimes are refused: a wall-clock time without a zone is a bug waiting for the
    next daylight-saving change. Values come back aware, in UTC.
    """

    impl = String(UTC_TEXT_LENGTH)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: the store only accepts aware datetimes")
        return value.astimezone(UTC).strftime(_FORMAT)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.strptime(value, _FORMAT).replace(tzinfo=UTC)


__all__ = ["UTC_TEXT_LENGTH", "UTCDateTime", "utc_now"]
