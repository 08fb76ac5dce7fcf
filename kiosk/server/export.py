"""Export the calendar's bookings as CSV or JSON (``kiosk server export bookings``).

One row per booking the server decided (:class:`~kiosk.server.calendar.CalendarBooking`),
ordered by hub and start, optionally for one hub and from a day on. The citizen's contact
(name, phone, e-mail) is included: the export is for the hub's staff, who call people about
conflicts and changes; treat the file as personal data. Times are UTC (``...Z``).

CSV for spreadsheets: a cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return
gets a leading ``'`` so a spreadsheet shows it as text instead of running it as a formula (a
citizen's name is free text typed at a public terminal).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.server.calendar import CalendarBooking

BOOKING_COLUMNS = (
    "booking_id",
    "hub_id",
    "service_id",
    "resource_id",
    "start",
    "end",
    "seats",
    "status",
    "reason",
    "code",
    "name",
    "phone",
    "email",
    "terminal_id",
    "lease_id",
    "created_at",
    "updated_at",
)
FORMATS = ("csv", "json")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _timestamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def booking_rows(
    session: Session, *, hub_id: str | None = None, since: datetime | None = None
) -> list[dict[str, Any]]:
    """The bookings as plain dicts with :data:`BOOKING_COLUMNS` as keys."""
    query = select(CalendarBooking).order_by(
        CalendarBooking.hub_id, CalendarBooking.start, CalendarBooking.id
    )
    if hub_id is not None:
        query = query.where(CalendarBooking.hub_id == hub_id)
    if since is not None:
        query = query.where(CalendarBooking.start >= since)
    rows = []
    for b in session.scalars(query):
        row: dict[str, Any] = {
            column: getattr(b, "id" if column == "booking_id" else column)
            for column in BOOKING_COLUMNS
        }
        for column in ("start", "end", "created_at", "updated_at"):
            row[column] = _timestamp(row[column])
        rows.append(row)
    return rows


def safe_cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not evaluate as a formula."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_bookings(
    session: Session,
    fmt: str,
    *,
    hub_id: str | None = None,
    since: datetime | None = None,
) -> str:
    """The bookings as CSV (header row, CRLF) or JSON (``{"columns", "bookings"}``)."""
    rows = booking_rows(session, hub_id=hub_id, since=since)
    if fmt == "json":
        document = {"columns": list(BOOKING_COLUMNS), "bookings": rows}
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if fmt != "csv":
        raise ValueError(f"unknown format {fmt!r}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(BOOKING_COLUMNS)
    for row in rows:
        writer.writerow([safe_cell(row[column]) for column in BOOKING_COLUMNS])
    return out.getvalue()


__all__ = ["BOOKING_COLUMNS", "FORMATS", "booking_rows", "export_bookings", "safe_cell"]
