"""``kiosk server export bookings --format csv|json``: what the calendar decided, per hub."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.server import admin
from kiosk.server import calendar as server_calendar
from kiosk.server.cli import main
from kiosk.server.db import Database
from kiosk.server.schema import upgrade
from kiosk.sync.protocol import EnrollRequest
from tests.server.test_calendar import create_payload, every_day_calendar


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(tmp_path: Path) -> str:
    """A server with two hubs; 'hub' has a calendar and two bookings, 'other' one booking."""
    database_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(database_url)
    db = Database(database_url)
    now = datetime.now(UTC)
    day = (now + timedelta(days=3)).replace(hour=9, minute=0, second=0, microsecond=0)
    try:
        with db.write() as session:
            for hub in ("hub", "other"):
                admin.add_hub(session, hub, hub.title())
                server_calendar.set_calendar(session, every_day_calendar(hub), now=now)
            code = admin.create_enroll_code(session, "hub").code
            terminal = admin.enroll(session, EnrollRequest(code, "T", "0.1")).terminal_id
            bookings = [
                ("hub", day + timedelta(hours=2), "Erika Muster", "b-late"),
                ("hub", day, '=HYPERLINK("http://x.example","klick")', "b-early"),
                ("other", day, "Otto Normal", "b-other"),
            ]
            for hub, start, name, booking_id in bookings:
                payload = {**create_payload(start, name=name, booking_id=booking_id), "hub_id": hub}
                server_calendar.create_booking(
                    session, payload, terminal_id=terminal, hub_id=hub, created_at=now, now=now
                )
    finally:
        db.dispose()
    return database_url


def test_csv_per_hub_in_start_order_with_formulas_defused(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", "bookings", "--hub", "hub", "--db", url)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["booking_id"] for r in rows] == ["b-early", "b-late"]
    assert rows[0]["name"].startswith("'=HYPERLINK")  # shown as text, never evaluated
    assert rows[1]["name"] == "Erika Muster" and rows[1]["phone"] == "06543 1234"
    assert rows[1]["status"] == "confirmed" and rows[1]["start"].endswith("Z")
    assert out.count("\r\n") == 3


def test_json_for_every_hub_and_since_filters(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bookings.json"
    code, _out, err = run(
        capsys, "export", "bookings", "--format", "json", "--output", str(target), "--db", url
    )
    assert code == 0 and "exported to" in err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [b["booking_id"] for b in document["bookings"]] == ["b-early", "b-late", "b-other"]
    assert document["bookings"][0]["name"].startswith("=HYPERLINK")  # JSON keeps raw values
    assert document["columns"][0] == "booking_id"

    future = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%d")
    code, out, _ = run(capsys, "export", "bookings", "--since", future, "--db", url)
    assert code == 0 and out.strip().count("\n") == 0  # the header only

    code, _out, err = run(capsys, "export", "bookings", "--since", "tomorrow", "--db", url)
    assert code == 2 and err.count("\n") == 1
