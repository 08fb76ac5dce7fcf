"""``kiosk server calendar set|show|list``: on real SQLite (and one PostgreSQL) server databases,
every refused input, bookings kept and reported, and end to end: a terminal whose bookings the
server refused for want of a calendar gets the calendar set by the CLI and its next booking is
confirmed (real server on loopback, the real sync client)."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema
import pytest
from sqlalchemy import func, select

from kiosk.core.calendar import Calendar
from kiosk.core.calendar.from_content import calendar_from_content
from kiosk.core.closures import Block, apply_block
from kiosk.core.content import parse_content_pack_bytes
from kiosk.server import calendar as server_calendar
from kiosk.server.calendar_admin import MAX_CALENDAR_BYTES, calendar_from_document
from kiosk.server.cli import main
from kiosk.server.db import Database
from kiosk.server.models import Change
from kiosk.server.schema import upgrade
from kiosk.store import bookings
from kiosk.store.bookings import BookingRequest, BookingState
from kiosk.store.db import Database as TerminalDatabase
from kiosk.ui.sync_ports import TerminalSync, enroll_terminal
from tests.server.live import LiveServer
from tests.sync.test_end_to_end import terminal  # noqa: F401 (fixture: a terminal's data dir)

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "calendar.md"
SCHEMA = json.loads((ROOT / "resources" / "schema" / "calendar.schema.json").read_text("utf-8"))
PACK = ROOT / "resources" / "demo" / "content-pack.json"
DEMO_HUB = "dorfbuero-lindenbach"
DEMO_CALENDAR = ROOT / "resources" / "demo" / f"calendar-{DEMO_HUB}.json"
HUB = "lindenbach"


def doc_example() -> dict[str, Any]:
    """The first JSON block after '## Example' in docs/calendar.md."""
    text = DOC.read_text(encoding="utf-8").split("## Example", 1)[1]
    match = re.search(r"```json\n(.*?)\n```", text, re.S)
    assert match is not None
    value = json.loads(match.group(1))
    assert isinstance(value, dict)
    return value


def every_day(hub: str = HUB, start: int = 8, end: int = 18) -> dict[str, Any]:
    """A small calendar file: one office open every day, one 20-minute service."""
    return {
        "resources": [{"id": "amt", "name": "Bürgerbüro", "kind": "visiting_office",
                       "holiday_state": None,
                       "weekly": [[w, f"{start:02}:00", f"{end:02}:00"] for w in range(7)]}],
        "services": [{"id": "ausweis", "name": "Personalausweis", "duration_minutes": 20,
                      "buffer_minutes": 10, "resource_ids": ["amt"], "min_notice_minutes": 0}],
    }  # fmt: skip


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--db", url])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.sqlite3'}"


@pytest.fixture
def hub_url(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["hub", "add", HUB, "Dorfbüro Lindenbach", "--db", sqlite_url]) == 0
    capsys.readouterr()
    return sqlite_url


def write(tmp_path: Path, value: Any, name: str = "calendar.json") -> Path:
    path = tmp_path / name
    path.write_text(value if isinstance(value, str) else json.dumps(value), encoding="utf-8")
    return path


def calendar_changes(url: str) -> list[tuple[int, str | None]]:
    database = Database(url)
    try:
        with database.read() as session:
            rows = session.execute(
                select(Change.seq, Change.data).where(Change.kind == "calendar")
            ).all()
            return [(int(seq), data) for seq, data in rows]
    finally:
        database.dispose()


def stored(url: str, hub: str = HUB) -> Calendar | None:
    database = Database(url)
    try:
        with database.read() as session:
            return server_calendar.get_calendar(session, hub)
    finally:
        database.dispose()


def one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    assert code == 2, (code, out, err)
    assert out == ""
    assert err.startswith("kiosk server: ") and err.count("\n") == 1, err
    for fragment in fragments:
        assert fragment in err, (fragment, err)


# --- the documented format ----------------------------------------------------------------


def test_the_documented_example_validates_sets_and_shows_back(
    hub_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    example = doc_example()
    jsonschema.validate(example, SCHEMA)
    path = write(tmp_path, example)

    code, out, err = run(capsys, hub_url, "calendar", "set", HUB, "--file", str(path))
    assert (code, err) == (0, "")
    assert f"calendar of hub {HUB} set (3 resources, 3 services) and published as change" in out
    assert "0 bookings ahead no longer fit the new calendar" in out
    [(seq, data)] = calendar_changes(hub_url)
    assert data is not None and json.loads(data)["hub_id"] == HUB  # what terminals pull

    code, shown, err = run(capsys, hub_url, "calendar", "show", HUB)
    assert (code, err) == (0, "")
    printed = json.loads(shown)
    assert printed == calendar_from_document(example, HUB).to_json()
    assert printed["services"][2]["capacity"] == 6  # the group session
    assert '[1, "09:00", "12:00"]' in shown  # weekly hours one per line
    jsonschema.validate(printed, SCHEMA)

    # show's output is a valid file; the same calendar again publishes nothing
    again = write(tmp_path, shown, "shown.json")
    code, out, _ = run(capsys, hub_url, "calendar", "set", HUB, "--file", str(again))
    assert code == 0 and "has this calendar already" in out
    assert calendar_changes(hub_url) == [(seq, data)]

    code, out, _ = run(capsys, hub_url, "calendar", "list")
    assert code == 0
    assert re.search(rf"^{HUB}\s+Dorfbüro Lindenbach\s+\d{{4}}-\d\d-\d\d \d\d:\d\d\s+3\s+3$", out,
                     re.M), out  # fmt: skip


def test_defaults_fill_what_a_file_leaves_out(
    hub_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    minimal = {
        "resources": [{"id": "amt", "name": "Amt", "kind": "staff",
                       "weekly": [[0, "09:00", "12:00"]], "exceptions": [{"date": "2026-12-28"}]}],
        "services": [{"id": "x", "name": "X", "duration_minutes": 15, "resource_ids": ["amt"]}],
    }  # fmt: skip
    jsonschema.validate(minimal, SCHEMA)
    code, _out, err = run(capsys, hub_url, "calendar", "set", HUB, "--file",
                          str(write(tmp_path, minimal)))  # fmt: skip
    assert (code, err) == (0, "")
    calendar = stored(hub_url)
    assert calendar is not None
    resource, service = calendar.resource("amt"), calendar.service("x")
    assert (calendar.hub_id, calendar.timezone) == (HUB, "Europe/Berlin")
    assert (resource.grid_minutes, resource.hours.holiday_state) == (5, "RP")
    assert resource.hours.exceptions[0].intervals == ()  # a date alone closes the day
    assert (service.buffer_minutes, service.capacity, service.min_notice_minutes,
            service.max_advance_days, service.step_minutes) == (0, 1, 120, 60, None)  # fmt: skip


def test_the_demo_calendar_fits_the_demo_content_pack() -> None:
    data = json.loads(DEMO_CALENDAR.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    calendar = calendar_from_document(data, DEMO_HUB)
    pack = parse_content_pack_bytes(PACK.read_bytes())
    bookable = {s.id for s in pack.services if DEMO_HUB in s.bookable_at_hubs}
    assert {s.id for s in calendar.services} == bookable
    derived = calendar_from_content(pack, DEMO_HUB)
    assert {r.id for r in calendar.resources} == {r.id for r in derived.resources}


# --- refused input ------------------------------------------------------------------------

GOOD = every_day()


def _with(path: str, value: Any) -> dict[str, Any]:
    """GOOD with one key replaced; ``path`` like 'services.0.capacity'."""
    data = json.loads(json.dumps(GOOD))
    *parents, last = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return data


BAD_CALENDARS = [
    pytest.param("{", "not JSON (Expecting property name", id="truncated"),
    pytest.param('{"resources": [],}', "not JSON", id="trailing-comma"),
    pytest.param("[]", "$: expected an object", id="list"),
    pytest.param({"resources": []}, "'services' is missing", id="no-services"),
    pytest.param(_with("resources", []), "needs at least one resource", id="no-resources"),
    pytest.param(_with("services.0.capcity", 2), "$.services[0]: unknown key 'capcity'", id="typo"),
    pytest.param(_with("resources.0.weeky", []), "$.resources[0]: unknown key 'weeky'", id="typo2"),
    pytest.param({**GOOD, "extra": 1}, "$: unknown key 'extra'", id="top-key"),
    pytest.param(
        _with("hub_id", "kirchweiler"),
        "the calendar of 'kirchweiler', not of 'lindenbach'",
        id="other-hub",
    ),
    pytest.param(_with("timezone", "Europe/Nowhere"), "unknown time zone", id="zone"),
    pytest.param(
        _with("resources.0.weekly", [[0, "9:00", "12:00"]]), "'9:00' is not HH:MM", id="time-format"
    ),
    pytest.param(
        _with("resources.0.weekly", [[0, "12:00", "09:00"]]),
        "must end after it starts",
        id="end-before-start",
    ),
    pytest.param(
        _with("resources.0.weekly", [[7, "09:00", "12:00"]]), "weekday must be 0", id="weekday"
    ),
    pytest.param(
        _with("resources.0.weekly", [[0, "09:00", "12:00"], [0, "11:00", "13:00"]]),
        "overlap",
        id="overlap",
    ),
    pytest.param(
        _with("resources.0.exceptions", [{"date": "2026-12-28"}, {"date": "2026-12-28"}]),
        "two exceptions for 2026-12-28",
        id="two-exceptions",
    ),
    pytest.param(
        _with("resources.0.exceptions", [{"date": "28.12.2026"}]), "not a date", id="date"
    ),
    pytest.param(_with("resources.0.kind", "desk"), "unknown kind", id="kind"),
    pytest.param(_with("resources.0.holiday_state", "XX"), "unknown German state", id="state"),
    pytest.param(_with("resources.0.id", "Amt Eins"), "'Amt Eins' is not an id", id="id"),
    pytest.param(_with("resources.0.grid_minutes", 0), "grid_minutes must be 1..60", id="grid"),
    pytest.param(_with("resources.0.name", KeyError), "'name' is missing", id="no-name"),
    pytest.param(
        _with("services.0.resource_ids", ["raum"]), "unknown resource 'raum'", id="unknown-resource"
    ),
    pytest.param(_with("services.0.resource_ids", []), "no resource offers", id="no-resource"),
    pytest.param(_with("services.0.duration_minutes", 2), "duration must be 5..480", id="short"),
    pytest.param(
        _with("services.0.duration_minutes", "20"), "duration_minutes: wrong type", id="text-number"
    ),
    pytest.param(_with("services.0.capacity", True), "capacity: wrong type", id="bool"),
    pytest.param(_with("services.0.step_minutes", 7), "not a multiple of the grid", id="step"),
    pytest.param(
        {**GOOD, "services": GOOD["services"] * 2},
        "service ids must be unique",
        id="duplicate-service",
    ),
]


@pytest.mark.parametrize(("content", "problem"), BAD_CALENDARS)
def test_an_invalid_calendar_is_refused_in_one_line_and_changes_nothing(
    hub_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: Any, problem: str
) -> None:
    path = write(tmp_path, content)
    code, out, err = run(capsys, hub_url, "calendar", "set", HUB, "--file", str(path))
    one_line_error(code, out, err, str(path), problem, "nothing was changed")
    if problem != "not JSON":
        assert "not a valid calendar" in err or "not JSON" in err
    assert stored(hub_url) is None and calendar_changes(hub_url) == []


def test_unreadable_files_and_unknown_hubs_are_refused(
    hub_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.json"
    code, out, err = run(capsys, hub_url, "calendar", "set", HUB, "--file", str(missing))
    one_line_error(code, out, err, str(missing), "cannot read the file (No such file")
    code, out, err = run(capsys, hub_url, "calendar", "set", HUB, "--file", str(tmp_path))
    one_line_error(code, out, err, str(tmp_path), "cannot read the file")
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes(json.dumps(GOOD).replace("ü", "\\u00fc").encode() + b" \xfc")
    code, out, err = run(capsys, hub_url, "calendar", "set", HUB, "--file", str(latin1))
    one_line_error(code, out, err, str(latin1), "not UTF-8 text")
    huge = write(tmp_path, " " * MAX_CALENDAR_BYTES + json.dumps(GOOD), "huge.json")
    code, out, err = run(capsys, hub_url, "calendar", "set", HUB, "--file", str(huge))
    one_line_error(code, out, err, str(huge), "larger than 1024 KiB")

    good = write(tmp_path, GOOD)
    code, out, err = run(capsys, hub_url, "calendar", "set", "nowhere", "--file", str(good))
    one_line_error(code, out, err, "no hub 'nowhere'")
    code, out, err = run(capsys, hub_url, "calendar", "show", "nowhere")
    one_line_error(code, out, err, "no hub 'nowhere'")
    code, out, err = run(capsys, hub_url, "calendar", "show", HUB)
    assert (code, out) == (1, "")
    assert err == (f"kiosk server: hub {HUB} has no calendar yet (kiosk server calendar set {HUB} "
                   "--file FILE | --from-content)\n")  # fmt: skip
    for argv in (["set", HUB], ["set", HUB, "--file", str(good), "--from-content"],
                 ["set", HUB, "--file", str(good), "--holiday-state", "BY"],
                 ["set", HUB, "--from-content", "--holiday-state", "XX"], ["show"]):  # fmt: skip
        code, out, err = run(capsys, hub_url, "calendar", *argv)
        one_line_error(code, out, err)
    assert stored(hub_url) is None and calendar_changes(hub_url) == []


# --- from the content pack ------------------------------------------------------------------


def test_from_content_derives_what_terminals_derive(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, sqlite_url, "hub", "add", DEMO_HUB, "Dorfbüro Lindenbach")[0] == 0
    assert run(capsys, sqlite_url, "hub", "add", HUB, "Nicht im Paket")[0] == 0
    code, out, err = run(capsys, sqlite_url, "calendar", "set", DEMO_HUB, "--from-content")
    one_line_error(code, out, err, "no content pack imported yet")

    code, _out, err = run(capsys, sqlite_url, "content", "import", str(PACK))
    assert code == 0
    assert f"note: hub {DEMO_HUB} has no appointment calendar yet" in err
    assert f"calendar set {DEMO_HUB} --from-content" in err
    assert f"hub {HUB} " not in err  # not in the pack: nothing to derive

    code, out, err = run(capsys, sqlite_url, "calendar", "set", HUB, "--from-content")
    one_line_error(code, out, err, f"has no hub '{HUB}' (its hubs: {DEMO_HUB}, ")
    code, out, err = run(capsys, sqlite_url, "calendar", "set", DEMO_HUB, "--from-content")
    assert (code, err) == (0, "")
    assert "set (2 resources, 7 services)" in out and "note:" not in out
    pack = parse_content_pack_bytes(PACK.read_bytes())
    assert stored(sqlite_url, DEMO_HUB) == calendar_from_content(pack, DEMO_HUB)

    code, out, _ = run(capsys, sqlite_url, "calendar", "set", DEMO_HUB, "--from-content",
                       "--holiday-state", "none")  # fmt: skip
    assert code == 0 and "replaced" in out
    calendar = stored(sqlite_url, DEMO_HUB)
    assert calendar is not None
    assert {r.hours.holiday_state for r in calendar.resources} == {None}
    _code, _out, err = run(capsys, sqlite_url, "content", "import", str(PACK))
    assert "no appointment calendar" not in err

    # A hand-written calendar that disagrees with the pack: set, with notes on what terminals do.
    sparse = {
        "resources": [{"id": "amt", "name": "A", "kind": "staff",
                       "weekly": [[1, "09:00", "12:00"]]}],
        "services": [
            {"id": "meldebescheinigung", "name": "M", "duration_minutes": 10,
             "resource_ids": ["amt"]},
            {"id": "reisepass", "name": "R", "duration_minutes": 20, "resource_ids": ["amt"],
             "what_to_bring": ["Lichtbild"]},
        ],
    }  # fmt: skip
    path = write(tmp_path, sparse)
    code, out, err = run(capsys, sqlite_url, "calendar", "set", DEMO_HUB, "--file", str(path))
    assert (code, err) == (0, "")
    notes = [line for line in out.splitlines() if line.startswith("note: ")]
    today = datetime.now(UTC).astimezone(ZoneInfo("Europe/Berlin")).date()
    ahead = [e for r in calendar.resources for e in r.hours.exceptions if e.day >= today]
    if ahead:  # the pack's closures (Christmas 2026 ... Easter 2027) are dropped: named
        assert notes.pop(0).startswith(
            f"note: {len(ahead)} dated exceptions ahead (closures) of the old calendar are not "
            "in the new one: buergerbuero "
        )
    assert notes == [
        f"note: the content pack marks these services bookable at {DEMO_HUB} but the calendar has "
        "no slots for them: beglaubigung, digital-sprechstunde, fuehrungszeugnis, "
        "lebensbescheinigung, wohnsitz-anmelden, wohnsitz-ummelden",
        f"note: the content pack does not mark these calendar services bookable at {DEMO_HUB}, "
        "so terminals do not offer them: reisepass",
        "note: the booking slip lists nothing to bring for these services though the content "
        "pack names documents (what_to_bring): meldebescheinigung",
    ]


# --- bookings already made ------------------------------------------------------------------


def _booking(session: Any, start: datetime, hub: str = HUB, **extra: Any) -> dict[str, Any]:
    payload = {
        "booking_id": uuid.uuid4().hex, "hub_id": hub, "service_id": "ausweis",
        "resource_id": "amt", "start": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "seats": 1,
        "code": extra.pop("code", "ABCD2345"), "verifier": "0" * 64, "lease_id": None,
        "name": "Erika Muster", "phone": "06543 1234", "email": None,
    }  # fmt: skip
    now = datetime.now(UTC)
    return server_calendar.create_booking(
        session, payload, terminal_id="t", hub_id=hub, created_at=now, now=now
    )


def _local(day_offset: int, hour: int, minute: int = 0) -> datetime:
    zone = ZoneInfo("Europe/Berlin")
    day = datetime.now(zone).date() + timedelta(days=day_offset)
    return datetime.combine(day, time(hour, minute), zone).astimezone(UTC)


def check_bookings_are_kept_and_reported(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = Database(url)
    try:
        with database.write() as session:
            refused = _booking(session, _local(2, 9), code="NOCAL234")  # before any calendar
        assert (refused["status"], refused["reason"]) == ("conflict", "no_calendar")
        code, out, _ = run(capsys, url, "calendar", "set", HUB, "--file",
                           str(write(tmp_path, every_day())))  # fmt: skip
        assert code == 0
        assert ("1 bookings were refused earlier because the hub had no calendar; they stay "
                "refused and the hub's staff see them under 'needs attention'") in out  # fmt: skip
        with database.write() as session:
            early = _booking(session, _local(3, 8), code="EARLY234")
            late = _booking(session, _local(3, 17, 30), code="LATE2345")
            kept = _booking(session, _local(3, 12), code="KEPT2345")
            # staff closed day 5 at a terminal
            current = server_calendar.get_calendar(session, HUB)
            assert current is not None
            block = Block((), _local(5, 0), _local(6, 0), "Krankheit")
            server_calendar.set_calendar(session, apply_block(current, block))
        assert {b["status"] for b in (early, late, kept)} == {"confirmed"}
        before = calendar_changes(url)

        shorter = write(tmp_path, every_day(start=9, end=17), "shorter.json")
        code, out, err = run(capsys, url, "calendar", "set", HUB, "--file", str(shorter),
                             "--dry-run")  # fmt: skip
        assert (code, err) == (0, "")
        assert out.startswith(f"dry run: the calendar for hub {HUB} is valid")
        assert "2 bookings ahead would no longer fit the new calendar" in out
        assert calendar_changes(url) == before  # nothing changed

        code, out, err = run(capsys, url, "calendar", "set", HUB, "--file", str(shorter))
        assert (code, err) == (0, "")
        lines = out.splitlines()
        assert f"calendar of hub {HUB} replaced (1 resources, 1 services)" in lines[0]
        assert lines[1].startswith("2 bookings ahead no longer fit the new calendar; they stay "
                                   "booked, ask the hub's staff to call the citizens")  # fmt: skip
        assert f"kiosk server export bookings --hub {HUB}" in lines[1]
        assert re.fullmatch(r"  \d{4}-\d\d-\d\d 08:00  EARLY234  ausweis  amt  confirmed  "
                            r"not_a_slot", lines[2])  # fmt: skip
        assert "17:30  LATE2345" in lines[3]
        assert "KEPT2345" not in out
        assert "1 bookings were refused earlier" in lines[4]
        assert lines[5].startswith("note: 1 dated exceptions ahead (closures) of the old calendar")
        assert "(Krankheit)" in lines[5]
        assert len(calendar_changes(url)) == len(before)  # replaced under the same key ...
        assert calendar_changes(url) != before  # ... with the new calendar

        with database.read() as session:  # nothing dropped or changed
            rows = session.scalars(select(server_calendar.CalendarBooking)).all()
            assert sorted((r.code, r.status) for r in rows) == [
                ("EARLY234", "confirmed"), ("KEPT2345", "confirmed"), ("LATE2345", "confirmed"),
                ("NOCAL234", "conflict"),
            ]  # fmt: skip
            assert len(server_calendar.needs_attention(session, HUB)) == 1
            total = session.scalar(select(func.count()).select_from(Change))
            assert total is not None
    finally:
        database.dispose()


def test_bookings_already_made_are_kept_and_reported(
    hub_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_bookings_are_kept_and_reported(hub_url, tmp_path, capsys)


def test_refused_bookings_are_decided_again_on_request(
    migrated_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite and PostgreSQL: ``--recheck-refused`` decides the ``no_calendar`` bookings ahead
    again, first booked first, by the rules of a new booking; the past ones stay as they are."""
    url = migrated_url
    assert run(capsys, url, "hub", "add", HUB, "Dorfbüro Lindenbach")[0] == 0
    database = Database(url)
    try:
        with database.write() as session:
            first = _booking(session, _local(2, 9), code="FIRST234")
            second = _booking(session, _local(2, 9), code="SECND234")  # the same seat
            odd = _booking(session, _local(2, 9, 7), code="ODDTM234")  # not on the grid
            past = _booking(session, _local(-1, 9), code="PAST2345")
        assert {b["reason"] for b in (first, second, odd, past)} == {"no_calendar"}
        path = write(tmp_path, every_day())
        code, out, err = run(capsys, url, "calendar", "set", HUB, "--file", str(path),
                             "--recheck-refused", "--dry-run")  # fmt: skip
        assert code == 0 and "decided again" not in out
        assert "4 bookings were refused earlier" in out

        code, out, err = run(capsys, url, "calendar", "set", HUB, "--file", str(path),
                             "--recheck-refused")  # fmt: skip
        assert (code, err) == (0, "")
        lines = out.splitlines()
        assert lines[2] == (
            "3 bookings ahead refused earlier for want of a calendar were decided again: "
            "1 confirmed, 2 still in conflict (staff: 'needs attention'); terminals show it on "
            "their next sync:"
        )
        assert [line.split()[2:] for line in lines[3:6]] == [
            ["FIRST234", "confirmed"], ["SECND234", "conflict", "taken"],
            ["ODDTM234", "conflict", "not_a_slot"],
        ]  # fmt: skip
        assert lines[6].startswith("1 bookings were refused earlier because the hub had no "
                                   "calendar; they stay refused")  # fmt: skip
        with database.read() as session:
            rows = {r.code: r for r in session.scalars(select(server_calendar.CalendarBooking))}
            assert (rows["FIRST234"].status, rows["FIRST234"].reason) == ("confirmed", None)
            assert rows["FIRST234"].busy_until - rows["FIRST234"].start == timedelta(minutes=30)
            assert (rows["PAST2345"].status, rows["PAST2345"].reason) == ("conflict", "no_calendar")
            published = {
                c.key: json.loads(c.data)["status"]
                for c in session.scalars(select(Change).where(Change.kind == "booking"))
                if c.data
            }
            assert published[first["booking_id"]] == "confirmed"  # terminals pull the decision
            assert published[second["booking_id"]] == "conflict"
            attention = [a.code for a in server_calendar.needs_attention(session, HUB)]
            assert sorted(attention) == ["ODDTM234", "PAST2345", "SECND234"]
        # Again: nothing left to decide, the calendar is the same.
        code, out, _ = run(capsys, url, "calendar", "set", HUB, "--file", str(path),
                           "--recheck-refused")  # fmt: skip
        assert code == 0 and "has this calendar already" in out and "decided again" not in out
    finally:
        database.dispose()


def test_on_postgresql(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, postgres_url, "calendar", "list")
    assert code == 1 and "kiosk server db upgrade" in err  # PostgreSQL is never auto-upgraded
    upgrade(postgres_url)
    assert run(capsys, postgres_url, "hub", "add", HUB, "Dorfbüro Lindenbach")[0] == 0
    bad = write(tmp_path, _with("services.0.capcity", 2), "bad.json")
    code, out, err = run(capsys, postgres_url, "calendar", "set", HUB, "--file", str(bad))
    one_line_error(code, out, err, "unknown key 'capcity'")
    assert stored(postgres_url) is None
    check_bookings_are_kept_and_reported(postgres_url, tmp_path, capsys)
    code, shown, _ = run(capsys, postgres_url, "calendar", "show", HUB)
    assert code == 0 and json.loads(shown)["resources"][0]["weekly"][0] == [0, "09:00", "17:00"]


# --- end to end -----------------------------------------------------------------------------


def _book_first_free(
    db: TerminalDatabase, terminal_id: str, service: str, *, final: bool
) -> bookings.Receipt:
    calendar = bookings.load_calendar(db, DEMO_HUB)
    assert calendar is not None
    now = datetime.now(UTC)
    for offset in range(1, 15):
        day = (now + timedelta(days=offset)).astimezone(calendar.zone).date()
        free = bookings.free_slots_on(db, calendar, service, day, terminal_id=terminal_id)
        chosen = [f for f in free if f.final == final]
        if chosen:
            slot = chosen[0].slot
            request = BookingRequest(service, slot.resource_id, slot.start, "Erna Probe",
                                     "06543 1", None, uuid.uuid4().hex)  # fmt: skip
            return bookings.book(db, calendar, request, terminal_id=terminal_id)
    raise AssertionError(f"no {'final' if final else 'provisional'} slot for {service}")


def test_a_terminal_pulls_the_calendar_set_by_the_cli_and_its_booking_is_confirmed(
    sqlite_url: str,
    terminal: tuple[Any, TerminalDatabase],  # noqa: F811 (fixture)
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths, db = terminal
    upgrade(sqlite_url)
    with LiveServer.start(sqlite_url) as server:
        assert run(capsys, sqlite_url, "hub", "add", DEMO_HUB, "Dorfbüro Lindenbach")[0] == 0
        assert run(capsys, sqlite_url, "content", "import", str(PACK))[0] == 0
        code = server.enroll_code(DEMO_HUB)
        credentials = enroll_terminal(
            paths.credentials, server.base_url, code, terminal_name="Eingang"
        )
        sync = TerminalSync(db, paths.root, credentials)
        try:
            assert sync.run_round().ok  # content arrives; the calendar is derived from it
            tid = credentials.terminal_id
            before = _book_first_free(db, tid, "meldebescheinigung", final=False)
            assert before.state is BookingState.PROVISIONAL
            assert sync.run_round().ok
            refused = bookings.get_receipt(db, before.booking_id)
            assert refused is not None  # what a production server did before this command
            assert (refused.state, refused.reason) == (BookingState.CONFLICT, "no_calendar")

            # The admin derives the calendar the terminal showed, and has the refused booking
            # decided again: its slot is free, so it is confirmed.
            code, out, err = run(capsys, sqlite_url, "calendar", "set", DEMO_HUB,
                                 "--from-content", "--recheck-refused")  # fmt: skip
            assert (code, err) == (0, "")
            assert ("1 bookings ahead refused earlier for want of a calendar were decided again: "
                    "1 confirmed, 0 still in conflict") in out  # fmt: skip
            assert re.search(rf"^  \S+ \S+  {before.code}  confirmed$", out, re.M), out
            assert sync.run_round().ok
            rescued = bookings.get_receipt(db, before.booking_id)
            assert rescued is not None and rescued.state is BookingState.CONFIRMED

            # Then the tuned demo calendar from its file.
            code, out, err = run(capsys, sqlite_url, "calendar", "set", DEMO_HUB, "--file",
                                 str(DEMO_CALENDAR))  # fmt: skip
            assert (code, err) == (0, "")
            assert f"calendar of hub {DEMO_HUB} replaced (2 resources, 7 services)" in out
            assert "refused" not in out

            assert sync.run_round().ok  # pulls the calendar; the push gets leases
            assert sync.run_round().ok
            calendar = bookings.load_calendar(db, DEMO_HUB)
            assert calendar is not None  # the server's, not the one derived from content:
            assert calendar.service("meldebescheinigung").min_notice_minutes == 1440
            assert calendar.service("digital-sprechstunde").capacity == 4

            provisional = _book_first_free(db, tid, "meldebescheinigung", final=False)
            final = _book_first_free(db, tid, "beglaubigung", final=True)
            assert provisional.state is BookingState.PROVISIONAL
            assert final.state is BookingState.FINAL
            outcome = sync.run_round()
            assert outcome.ok and outcome.status.needs_attention == 0
        finally:
            sync.close()
        decided = {r.booking_id: r for r in bookings.list_receipts(db)}
        assert decided[provisional.booking_id].state is BookingState.CONFIRMED
        assert decided[final.booking_id].state is BookingState.FINAL
        assert decided[before.booking_id].state is BookingState.CONFIRMED
        with server.database.read() as session:
            rows = {r.id: r for r in session.scalars(select(server_calendar.CalendarBooking))}
        assert rows[provisional.booking_id].status == "confirmed"
        assert rows[final.booking_id].status == "final"
