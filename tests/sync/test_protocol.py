"""The wire protocol: encode -> decode is the identity, and nothing else gets through."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.sync import protocol as p

# --- strategies --------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
json_objects = st.dictionaries(st.text(max_size=8), json_values, max_size=5)

aware_datetimes = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5))]),
)
entry_ids = st.uuids().map(lambda u: u.hex)
kinds = st.from_regex(r"[a-z][a-z0-9_]{0,10}(\.[a-z][a-z0-9_]{0,10}){0,2}", fullmatch=True)
codes = st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True)
# Short plain text: any Unicode except surrogates and NUL (what a database can store).
texts = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)
names = texts.filter(lambda s: len(s) >= 1)

reasons = st.builds(p.Reason, code=codes, message_de=texts, message_en=texts)
health = st.builds(
    p.TerminalHealth,
    app_version=names,
    outbox_depth=st.integers(0, 10**9),
    oldest_unsent_at=st.none() | aware_datetimes,
    disk_free_bytes=st.none() | st.integers(0, 2**62),
    last_error=st.none() | texts,
)
entries = st.builds(
    p.OutboxEntry, id=entry_ids, kind=kinds, payload=json_objects, created_at=aware_datetimes
)
push_requests = st.builds(
    p.PushRequest,
    health=health,
    entries=st.lists(entries, max_size=5, unique_by=lambda e: e.id).map(tuple),
)
entry_results = st.one_of(
    st.builds(
        p.EntryResult,
        id=entry_ids,
        status=st.sampled_from(["accepted", "duplicate"]),
        result=json_objects,
    ),
    st.builds(
        p.EntryResult,
        id=entry_ids,
        status=st.sampled_from(["conflict", "rejected"]),
        reason=reasons,
    ),
)
push_responses = st.builds(
    p.PushResponse,
    results=st.lists(entry_results, max_size=5).map(tuple),
    server_time=aware_datetimes,
)
changes = st.one_of(
    st.builds(
        p.Change, seq=st.just(1), kind=kinds, op=st.just("upsert"), key=names, data=json_objects
    ),
    st.builds(p.Change, seq=st.just(1), kind=kinds, op=st.just("delete"), key=names),
)


@st.composite
def pull_responses(draw: st.DrawFn) -> p.PullResponse:
    items = draw(st.lists(changes, max_size=5))
    seq = 0
    numbered = []
    for item in items:
        seq += draw(st.integers(1, 1000))
        numbered.append(p.Change(seq, item.kind, item.op, item.key, item.data))
    return p.PullResponse(
        epoch=draw(codes),
        cursor=seq + draw(st.integers(0, 10)),
        changes=tuple(numbered),
        has_more=draw(st.booleans()),
        reset=draw(st.booleans()),
    )


enroll_requests = st.builds(
    p.EnrollRequest,
    code=names.filter(lambda s: len(s) <= 64),
    terminal_name=names,
    app_version=names,
)
enroll_responses = st.builds(
    p.EnrollResponse,
    terminal_id=codes,
    token=st.text("abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=16, max_size=60),
    hub_id=codes,
    hub_name=texts,
    epoch=codes,
)
health_responses = st.builds(
    p.HealthResponse,
    status=st.just("ok"),
    epoch=codes,
    head=st.integers(0, 2**40),
    server_time=aware_datetimes,
)
error_bodies = st.builds(p.ErrorBody, code=codes, message=texts, details=json_values)

MESSAGES: list[tuple[Any, Callable[[p.JSONValue], Any]]] = [
    (enroll_requests, p.parse_enroll_request),
    (enroll_responses, p.parse_enroll_response),
    (push_requests, p.parse_push_request),
    (push_responses, p.parse_push_response),
    (pull_responses(), p.parse_pull_response),
    (health_responses, p.parse_health_response),
    (error_bodies, p.parse_error_body),
]
PARSERS = [parse for _strategy, parse in MESSAGES]
IDS = [parse.__name__ for parse in PARSERS]


def wire(message: Any) -> p.JSONValue:
    """What the peer decodes: the message through real JSON bytes."""
    return p.decode_json(p.encode_json(message.to_json()))


# --- round trips -------------------------------------------------------------------------


@pytest.mark.parametrize(("strategy", "parse"), MESSAGES, ids=IDS)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_encode_then_decode_is_identity(strategy: Any, parse: Any, data: st.DataObject) -> None:
    message = data.draw(strategy)
    assert parse(wire(message)) == message


@given(push_requests)
def test_a_pushed_entry_keeps_its_fingerprint_over_the_wire(request: p.PushRequest) -> None:
    decoded = p.parse_push_request(wire(request))
    assert [e.fingerprint for e in decoded.entries] == [e.fingerprint for e in request.entries]


# --- anything else is a ProtocolError ------------------------------------------------------


@pytest.mark.parametrize("parse", PARSERS, ids=IDS)
@settings(max_examples=200)
@given(value=json_values)
def test_arbitrary_json_is_parsed_or_refused_with_protocol_error(
    parse: Callable[[p.JSONValue], Any], value: p.JSONValue
) -> None:
    with contextlib.suppress(p.ProtocolError):
        parse(value)


def _mutate(value: p.JSONValue, data: st.DataObject) -> p.JSONValue:
    """Change one place in a JSON tree: drop a key, or replace a value with random JSON."""
    if isinstance(value, dict) and value and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(value)))
        copy = dict(value)
        action = data.draw(st.sampled_from(["drop", "replace", "descend"]))
        if action == "drop":
            del copy[key]
        elif action == "replace":
            copy[key] = data.draw(json_values)
        else:
            copy[key] = _mutate(copy[key], data)
        return copy
    if isinstance(value, list) and value and data.draw(st.booleans()):
        index = data.draw(st.integers(0, len(value) - 1))
        copy_list = list(value)
        copy_list[index] = _mutate(copy_list[index], data)
        return copy_list
    return data.draw(json_values)


@pytest.mark.parametrize(("strategy", "parse"), MESSAGES, ids=IDS)
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_damaged_message_is_refused_with_protocol_error_or_still_valid(
    strategy: Any, parse: Any, data: st.DataObject
) -> None:
    damaged = _mutate(wire(data.draw(strategy)), data)
    try:
        parsed = parse(damaged)
    except p.ProtocolError:
        return
    # It happened to stay of the protocol's shape: then it survives the wire again.
    assert parse(wire(parsed)) == parsed


@given(st.binary(max_size=200))
def test_random_bytes_are_json_or_protocol_error(body: bytes) -> None:
    with contextlib.suppress(p.ProtocolError):
        p.decode_json(body)


CAPTIVE_PORTAL = b"""<!DOCTYPE html><html><head><title>WLAN Anmeldung</title></head>
<body><form action="/login">Bitte akzeptieren Sie die Nutzungsbedingungen.</form></body></html>"""


@pytest.mark.parametrize(
    "body",
    [
        CAPTIVE_PORTAL,
        b"",
        b'{"protocol": 1, "results": [',  # truncated
        b"\xff\xfe{}",  # not UTF-8
        b'{"protocol": NaN}',
        b"[" * 5000 + b"]" * 5000,  # deeper than the decoder goes
    ],
    ids=["captive-portal", "empty", "truncated", "not-utf8", "nan", "deep"],
)
def test_bodies_that_are_not_protocol_json(body: bytes) -> None:
    with pytest.raises(p.ProtocolError):
        p.parse_push_response(p.decode_json(body))


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        "OK",
        {"status": "ok"},  # a generic health page
        {"protocol": 1, "server_time": "2024-01-01T00:00:00Z", "results": None},
        {"protocol": 2, "server_time": "2024-01-01T00:00:00Z", "results": []},
        {"protocol": True, "server_time": "2024-01-01T00:00:00Z", "results": []},
        {"protocol": 1, "server_time": "2024-01-01T00:00:00", "results": []},  # no offset
        {"protocol": 1, "server_time": "yesterday", "results": []},
        {
            "protocol": 1,
            "server_time": "2024-01-01T00:00:00Z",
            "results": [{"id": "0" * 32, "status": "accepted", "result": None, "reason": None}],
        },
        {
            "protocol": 1,
            "server_time": "2024-01-01T00:00:00Z",
            "results": [{"id": "0" * 32, "status": "ok", "result": {}, "reason": None}],
        },
        {
            "protocol": 1,
            "server_time": "2024-01-01T00:00:00Z",
            "results": [{"id": "0" * 31, "status": "accepted", "result": {}, "reason": None}],
        },
    ],
)
def test_near_misses_of_a_push_response_are_refused(value: p.JSONValue) -> None:
    with pytest.raises(p.ProtocolError):
        p.parse_push_response(value)


def test_pull_response_rules() -> None:
    change = {"seq": 5, "kind": "content", "op": "upsert", "key": "k", "data": {}}
    base = {"protocol": 1, "epoch": "e", "cursor": 5, "reset": False, "has_more": False}
    assert p.parse_pull_response({**base, "changes": [change]}).cursor == 5
    with pytest.raises(p.ProtocolError, match="behind"):
        p.parse_pull_response({**base, "cursor": 4, "changes": [change]})
    with pytest.raises(p.ProtocolError, match="increasing"):
        p.parse_pull_response({**base, "cursor": 9, "changes": [change, change]})
    with pytest.raises(p.ProtocolError, match="upsert needs data"):
        p.parse_pull_response({**base, "changes": [{**change, "data": None}]})


def test_push_request_refuses_the_same_id_twice() -> None:
    entry = {"id": "a" * 32, "kind": "x", "payload": {}, "created_at": "2024-05-01T10:00:00Z"}
    health_json = {
        "app_version": "1",
        "outbox_depth": 0,
        "oldest_unsent_at": None,
        "disk_free_bytes": None,
        "last_error": None,
    }
    body = {"protocol": 1, "health": health_json, "entries": [entry, entry]}
    with pytest.raises(p.ProtocolError, match="same id twice"):
        p.parse_push_request(body)


def test_payload_depth_and_surrogates_are_refused() -> None:
    deep: p.JSONValue = {}
    for _ in range(40):
        deep = {"x": deep}
    entry = {"id": "a" * 32, "kind": "x", "payload": deep, "created_at": "2024-05-01T10:00:00Z"}
    with pytest.raises(p.ProtocolError, match="deeper"):
        p.parse_outbox_entry(entry)
    lone = json.loads('{"t": "\\ud800"}')
    with pytest.raises(p.ProtocolError, match="surrogate"):
        p.parse_outbox_entry({**entry, "payload": lone})


def test_response_must_answer_the_request() -> None:
    when = datetime(2024, 5, 1, tzinfo=UTC)
    one = p.OutboxEntry("a" * 32, "x", {}, when)
    two = p.OutboxEntry("b" * 32, "x", {}, when)
    request = p.PushRequest(p.TerminalHealth("1", 2), (one, two))
    good = p.PushResponse(
        (p.EntryResult(one.id, "accepted", {}), p.EntryResult(two.id, "duplicate", {})), when
    )
    good.check_answers(request)
    with pytest.raises(p.ProtocolError):
        p.PushResponse(good.results[:1], when).check_answers(request)
    with pytest.raises(p.ProtocolError):
        p.PushResponse(good.results[::-1], when).check_answers(request)


# --- fingerprints ----------------------------------------------------------------------------


def test_fingerprint_is_sha256_of_canonical_json() -> None:
    expected = hashlib.sha256(
        '{"kind":"survey.answer","payload":{"a":"ä","b":[1,2.5]}}'.encode()
    ).hexdigest()
    assert p.fingerprint("survey.answer", {"b": [1, 2.5], "a": "ä"}) == expected


@given(kinds, json_objects)
def test_fingerprint_ignores_key_order(kind: str, payload: p.JSONObject) -> None:
    reordered = dict(reversed(list(payload.items())))
    assert p.fingerprint(kind, reordered) == p.fingerprint(kind, payload)


@given(kinds, json_objects, json_objects)
def test_different_payloads_have_different_fingerprints(
    kind: str, one: p.JSONObject, two: p.JSONObject
) -> None:
    if p.canonical_json(one) != p.canonical_json(two):
        assert p.fingerprint(kind, one) != p.fingerprint(kind, two)
    assert p.fingerprint(kind, one) != p.fingerprint(kind + "x", one)


def test_naive_timestamps_are_not_sent() -> None:
    with pytest.raises(ValueError, match="naive"):
        p.OutboxEntry("a" * 32, "x", {}, datetime(2024, 5, 1)).to_json()
