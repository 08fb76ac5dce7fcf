"""The hand-written JSON Schemas in the OpenAPI document describe what the protocol sends."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.server.openapi import SCHEMAS
from kiosk.sync import protocol as p
from tests.sync.test_protocol import MESSAGES, wire

IDS = [parse.__name__.removeprefix("parse_") for _strategy, parse in MESSAGES]


@pytest.mark.parametrize(("strategy", "parse"), MESSAGES, ids=IDS)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_message_matches_its_schema(strategy: Any, parse: Any, data: st.DataObject) -> None:
    message = data.draw(strategy)
    jsonschema.validate(wire(message), SCHEMAS[type(message)])


def test_every_top_level_message_has_a_schema() -> None:
    top_level = {
        p.EnrollRequest, p.EnrollResponse, p.PushRequest, p.PushResponse, p.PullResponse,
        p.HealthResponse, p.ErrorBody,
    }  # fmt: skip
    assert set(SCHEMAS) == top_level
    assert len(MESSAGES) == len(top_level)
