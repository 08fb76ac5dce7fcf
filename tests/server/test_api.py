"""The HTTP API against a real server on loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from kiosk.server.models import EnrollCode, Terminal
from kiosk.sync import protocol as p
from tests.server.live import Api, booking, entry

# --- health, errors -------------------------------------------------------------------------


def test_health_answers_with_epoch_and_head(api: Api) -> None:
    response = api.get("/health")
    assert response.status_code == 200
    health = p.parse_health_response(response.json())
    assert len(health.epoch) == 32
    assert health.head == 0


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("GET", "/api/v1/nothing", 404, "not_found"),
        ("GET", "/api/v1/push", 405, "method_not_allowed"),
        ("DELETE", "/api/v1/enroll", 405, "method_not_allowed"),
        ("GET", "/api/v1/changes?cursor=-1", 422, "validation_error"),
        ("GET", "/api/v1/changes?cursor=abc", 422, "validation_error"),
        ("GET", "/api/v1/changes?limit=100000", 422, "validation_error"),
    ],
)
def test_errors_are_json_with_a_code(
    api: Api, method: str, path: str, status: int, code: str
) -> None:
    response = api.http.request(method, api.server.base_url + path, timeout=10)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    error = p.parse_error_body(response.json())
    assert error.code == code


def test_bad_bodies_get_4xx_with_code(api: Api) -> None:
    url = api.base + "/enroll"
    not_json = api.http.post(url, data=b"<html>", headers={"Content-Type": "application/json"})
    assert (not_json.status_code, not_json.json()["code"]) == (400, "invalid_json")
    form = api.http.post(url, data={"code": "x"})
    assert (form.status_code, form.json()["code"]) == (415, "unsupported_media_type")
    wrong = api.post("/enroll", {"protocol": 1, "code": 5})
    assert (wrong.status_code, wrong.json()["code"]) == (422, "validation_error")
    assert wrong.json()["details"][0]["path"] == "$.code"
    future = api.post("/enroll", {**p.EnrollRequest("X", "T", "1").to_json(), "protocol": 2})
    assert (future.status_code, future.json()["code"]) == (422, "validation_error")
    huge = api.http.post(
        url, data=b" " * (9 * 1024 * 1024), headers={"Content-Type": "application/json"}
    )
    assert (huge.status_code, huge.json()["code"]) == (413, "body_too_large")


def test_openapi_lists_the_endpoints(api: Api) -> None:
    document = api.http.get(api.server.base_url + "/openapi.json", timeout=10).json()
    paths = document["paths"]
    assert {"/api/v1/enroll", "/api/v1/push", "/api/v1/changes", "/api/v1/health"} <= set(paths)
    push_schema = paths["/api/v1/push"]["post"]["requestBody"]["content"]["application/json"]
    assert "entries" in push_schema["schema"]["properties"]


# --- enrolment -------------------------------------------------------------------------------


def test_enrol_gives_a_token_that_works(api: Api) -> None:
    api.server.add_hub("lindenbach", "Dorfbüro Lindenbach")
    code = api.server.enroll_code("lindenbach")
    response = api.post("/enroll", p.EnrollRequest(code.lower(), "Eingang", "0.1.0").to_json())
    assert response.status_code == 200, response.text
    enrolled = p.parse_enroll_response(response.json())
    assert (enrolled.hub_id, enrolled.hub_name) == ("lindenbach", "Dorfbüro Lindenbach")
    assert api.pull(enrolled.token).epoch == enrolled.epoch
    with api.server.database.read() as session:
        stored = session.get(Terminal, enrolled.terminal_id)
        assert stored is not None
        assert enrolled.token not in stored.token_hash  # only the hash is stored
        assert len(stored.token_hash) == 64


def test_enrol_code_is_single_use_and_expires(api: Api) -> None:
    api.server.add_hub("hub")
    code = api.server.enroll_code("hub")
    body = p.EnrollRequest(code, "T", "0.1.0").to_json()
    assert api.post("/enroll", body).status_code == 200
    again = api.post("/enroll", body)
    assert (again.status_code, again.json()["code"]) == (403, "enroll_code_used")
    unknown = api.post("/enroll", {**body, "code": "AAAA-BBBB-CCCC"})
    assert (unknown.status_code, unknown.json()["code"]) == (403, "enroll_code_unknown")
    old = api.server.enroll_code("hub")
    with api.server.database.write() as session:
        session.execute(
            update(EnrollCode)
            .where(EnrollCode.used_at.is_(None))
            .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    expired = api.post("/enroll", {**body, "code": old})
    assert (expired.status_code, expired.json()["code"]) == (403, "enroll_code_expired")


# --- auth ------------------------------------------------------------------------------------


def test_push_and_pull_need_a_valid_unrevoked_token(api: Api) -> None:
    terminal = api.enroll("hub")
    body = p.PushRequest(p.TerminalHealth("1", 0), ()).to_json()
    cases = {
        None: "auth_missing",
        "not-a-token": "auth_invalid",
    }
    for token, code in cases.items():
        for response in (api.post("/push", body, token), api.get("/changes", token)):
            assert response.status_code == 401
            assert response.json()["code"] == code
            assert response.headers["www-authenticate"].startswith("Bearer")
    basic = api.http.get(api.base + "/changes", headers={"Authorization": "Basic eDp5"})
    assert (basic.status_code, basic.json()["code"]) == (401, "auth_missing")
    assert api.post("/push", body, terminal.token).status_code == 200
    with api.server.database.write() as session:
        from kiosk.server.admin import revoke_terminal

        revoke_terminal(session, terminal.terminal_id)
    for response in (api.post("/push", body, terminal.token), api.get("/changes", terminal.token)):
        assert (response.status_code, response.json()["code"]) == (401, "auth_revoked")


# --- push ------------------------------------------------------------------------------------


def test_push_accepts_then_repeats_are_duplicates_with_the_stored_result(api: Api) -> None:
    terminal = api.enroll("hub")
    first = [booking("b-1"), entry(answers={"q1": "ja"})]
    response = api.push(terminal.token, first)
    assert [r.status for r in response.results] == ["accepted", "accepted"]
    assert response.results[0].result is not None
    assert response.results[0].result["booking_id"] == "b-1"
    # The response was lost; the terminal sends the same batch again, plus a new entry.
    again = api.push(terminal.token, [*first, entry(answers={})])
    assert [r.status for r in again.results] == ["duplicate", "duplicate", "accepted"]
    assert [r.result for r in again.results[:2]] == [r.result for r in response.results]
    # The duplicate published nothing new.
    assert [c.key for c in api.pull(terminal.token).changes if c.kind == "booking"] == ["b-1"]


def test_same_id_with_other_payload_is_a_conflict_and_changes_nothing(api: Api) -> None:
    terminal = api.enroll("hub")
    original = booking("b-1")
    api.push(terminal.token, [original])
    reused = p.OutboxEntry(original.id, original.kind, {"booking_id": "b-2"}, original.created_at)
    other_kind = p.OutboxEntry(
        original.id, "submission.create", original.payload, original.created_at
    )
    response = api.push(terminal.token, [reused, entry()])
    assert [r.status for r in response.results] == ["conflict", "accepted"]
    assert api.push(terminal.token, [other_kind]).results[0].status == "conflict"
    reason = response.results[0].reason
    assert reason is not None and reason.code == "entry_id_reused"
    assert reason.message_de and reason.message_en
    assert [c.key for c in api.pull(terminal.token).changes if c.kind == "booking"] == ["b-1"]
    # The original is still answered as before.
    assert api.push(terminal.token, [original]).results[0].status == "duplicate"


def test_entry_ids_are_per_terminal(api: Api) -> None:
    one, two = api.enroll("hub", "eins"), api.enroll("hub", "zwei")
    shared = entry(answers={"a": 1})
    assert api.push(one.token, [shared]).results[0].status == "accepted"
    assert api.push(two.token, [shared]).results[0].status == "accepted"


def test_rejections_say_why_and_are_not_recorded(api: Api) -> None:
    terminal = api.enroll("hub")
    unknown = entry("survey.teleport")
    wrong_hub = entry(hub_id="elsewhere")
    incomplete = entry("booking.create", slot="x")
    response = api.push(terminal.token, [unknown, wrong_hub, incomplete, entry()])
    assert [r.status for r in response.results] == ["rejected", "rejected", "rejected", "accepted"]
    codes = [r.reason.code for r in response.results[:3] if r.reason]
    assert codes == ["unknown_kind", "wrong_hub", "invalid_payload"]
    # A rejected entry left no record and no change: the same id with a fixed payload is new.
    fixed = p.OutboxEntry(
        incomplete.id, "booking.create", {"booking_id": "b"}, incomplete.created_at
    )
    assert api.push(terminal.token, [fixed]).results[0].status == "accepted"
    assert [c.key for c in api.pull(terminal.token).changes if c.kind == "booking"] == ["b"]


def test_push_stores_the_terminal_health(api: Api) -> None:
    terminal = api.enroll("hub")
    oldest = datetime(2026, 11, 1, 8, 30, tzinfo=UTC)
    health = p.TerminalHealth("0.2.0", 17, oldest, 5_000_000_000, "Drucker: kein Papier")
    api.push(terminal.token, [], health)
    with api.server.database.read() as session:
        stored = session.get(Terminal, terminal.terminal_id)
        assert stored is not None
        assert (stored.app_version, stored.outbox_depth, stored.disk_free_bytes) == (
            "0.2.0",
            17,
            5_000_000_000,
        )
        assert stored.oldest_unsent_at == oldest
        assert stored.last_error == "Drucker: kein Papier"
        assert stored.last_seen_at is not None


def test_an_oversized_batch_is_refused_whole(api: Api) -> None:
    terminal = api.enroll("hub")
    entries = [entry().to_json() for _ in range(p.MAX_ENTRIES_PER_PUSH + 1)]
    body = {**p.PushRequest(p.TerminalHealth("1", 0), ()).to_json(), "entries": entries}
    response = api.post("/push", body, terminal.token)
    assert (response.status_code, response.json()["code"]) == (422, "validation_error")


# --- pull ------------------------------------------------------------------------------------


def test_pull_pages_through_changes_with_a_cursor(api: Api) -> None:
    terminal = api.enroll("hub")
    ids = [f"b-{i:02}" for i in range(7)]
    api.push(terminal.token, [booking(b) for b in ids])
    seen: list[str] = []
    cursor, pages = 0, 0
    while True:
        page = api.pull(terminal.token, cursor, limit=3, epoch=terminal.epoch)
        assert not page.reset
        seen += [c.key for c in page.changes if c.kind == "booking"]
        cursor, pages = page.cursor, pages + 1
        if not page.has_more:
            break
    assert seen == ids
    assert pages == 3
    assert api.pull(terminal.token, cursor, epoch=terminal.epoch).changes == ()
    # A later change to the same booking moves it to the end of the log.
    api.push(terminal.token, [booking("b-03", "booking.cancel")])
    later = api.pull(terminal.token, cursor, epoch=terminal.epoch)
    assert [(c.key, c.data and c.data["status"]) for c in later.changes] == [("b-03", "cancelled")]


def test_a_terminal_sees_region_changes_and_its_own_hubs_only(api: Api) -> None:
    here, there = api.enroll("lindenbach"), api.enroll("eichenau")
    api.push(here.token, [booking("b-here")])
    api.push(there.token, [booking("b-there")])
    mine = api.pull(here.token)
    assert {(c.kind, c.key) for c in mine.changes} == {
        ("hub", "lindenbach"),
        ("hub", "eichenau"),
        ("booking", "b-here"),
    }


def test_pull_resets_on_another_epoch_or_a_cursor_beyond_the_head(api: Api) -> None:
    terminal = api.enroll("hub")
    api.push(terminal.token, [booking("b-1")])
    head = api.pull(terminal.token, epoch=terminal.epoch).cursor
    normal = api.pull(terminal.token, head, epoch=terminal.epoch)
    assert not normal.reset and normal.changes == ()
    other_epoch = api.pull(terminal.token, head, epoch=uuid.uuid4().hex)
    beyond = api.pull(terminal.token, head + 50, epoch=terminal.epoch)
    for page in (other_epoch, beyond):
        assert page.reset
        assert page.epoch == terminal.epoch
        assert {c.key for c in page.changes} == {"hub", "b-1"}  # the full state again
        assert page.cursor == head
