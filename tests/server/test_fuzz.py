"""Generated requests against the running server: never a 5xx, every error has a ``code``."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.sync import protocol as p
from tests.server.live import Api
from tests.sync.test_protocol import _mutate, enroll_requests, json_values, push_requests, wire

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _check(response: Any) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert p.parse_error_body(response.json()).code
    else:
        assert response.headers["content-type"].startswith("application/json")


@FUZZ
@given(data=st.data())
def test_damaged_pushes_never_break_the_server(api: Api, data: st.DataObject) -> None:
    token = getattr(api, "_fuzz_token", None)
    if token is None:
        token = api.enroll("hub").token
        api._fuzz_token = token  # type: ignore[attr-defined]
    request = data.draw(push_requests)
    body = _mutate(wire(request), data) if data.draw(st.booleans()) else wire(request)
    response = api.post("/push", body, token)
    _check(response)
    if response.status_code == 200:
        parsed = p.parse_push_response(response.json())
        assert len(parsed.results) == len(body["entries"])  # type: ignore[index, arg-type]


@FUZZ
@given(data=st.data())
def test_damaged_enrolments_never_break_the_server(api: Api, data: st.DataObject) -> None:
    body = _mutate(wire(data.draw(enroll_requests)), data)
    _check(api.post("/enroll", body))


@FUZZ
@given(
    params=st.dictionaries(
        st.sampled_from(["cursor", "limit", "epoch", "other"]),
        st.one_of(st.integers(-(2**70), 2**70), st.text(max_size=70), json_values.map(str)),
    )
)
def test_odd_pull_queries_never_break_the_server(api: Api, params: dict[str, Any]) -> None:
    token = getattr(api, "_fuzz_token", None)
    if token is None:
        token = api.enroll("hub").token
        api._fuzz_token = token  # type: ignore[attr-defined]
    _check(api.get("/changes", token, **params))
