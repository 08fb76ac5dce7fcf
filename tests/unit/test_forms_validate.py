"""Answer validation: property tests against an independent oracle, and worked examples."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.forms import (
    FormDefinitionError,
    parse_form_definition,
    prune_hidden,
    validate_answers,
    visible_ids,
)
from tests.unit.test_forms_oracle import (
    JUNK,
    TYPES,
    answers_for,
    coherent_answers_for,
    form_json,
    near_miss,
    oracle_valid,
    question_json,
    valid_value,
    value_ok,
)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.data())
def test_validator_accepts_exactly_what_the_oracle_accepts(data: st.DataObject) -> None:
    raw = data.draw(form_json())
    form = parse_form_definition(raw)
    answers = data.draw(answers_for(raw))
    errors = validate_answers(form, answers)
    assert (errors == []) == oracle_valid(raw, answers), errors


@SETTINGS
@given(st.data())
def test_coherent_answers_are_accepted(data: st.DataObject) -> None:
    raw = data.draw(form_json())
    form = parse_form_definition(raw)
    answers = data.draw(coherent_answers_for(raw))
    assert oracle_valid(raw, answers)
    assert validate_answers(form, answers) == []


@pytest.mark.parametrize("qtype", TYPES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_single_value_verdicts_agree_for_every_type(qtype: str, data: st.DataObject) -> None:
    question = data.draw(question_json("q", qtype))
    question.pop("required", None)
    raw = _form(question)
    form = parse_form_definition(raw)
    value = data.draw(near_miss(question) | valid_value(question) | JUNK)
    errors = validate_answers(form, {"q": value})
    assert (errors == []) == value_ok(question, value), (value, errors)
    assert (errors == []) == oracle_valid(raw, {"q": value})


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_validator_never_crashes_on_any_json(data: st.DataObject) -> None:
    form = parse_form_definition(data.draw(form_json()))
    answers = data.draw(
        JUNK | st.dictionaries(st.sampled_from([q.id for q in form.questions]), JUNK)
    )
    errors = validate_answers(form, answers)
    assert all(e.code and e.message for e in errors)


@SETTINGS
@given(st.data())
def test_pruning_hidden_answers_is_idempotent_and_keeps_visibility(data: st.DataObject) -> None:
    raw = data.draw(form_json())
    form = parse_form_definition(raw)
    answers = data.draw(answers_for(raw))
    pruned = prune_hidden(form, answers)
    assert visible_ids(form, pruned) == visible_ids(form, answers)
    assert prune_hidden(form, pruned) == pruned
    assert not any(
        e.code in ("hidden_answered", "unknown_question") for e in validate_answers(form, pruned)
    )


# --------------------------------------------------------------------------- examples


def _form(*questions: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": "dorfkiosk-form",
        "format_version": 1,
        "id": "f",
        "version": 1,
        "kind": "survey",
        "title": {"de": "T"},
        "privacy_notice": {"de": "P"},
        "opens": "2026-01-01",
        "closes": "2026-12-31",
        "questions": list(questions),
    }


CONTACT = _form(
    {"id": "idee", "type": "short_text", "label": {"de": "Idee"}, "required": True},
    {"id": "ok", "type": "yes_no", "consent": True, "label": {"de": "Kontakt?"}},
    {"id": "mail", "type": "email", "personal": True, "label": {"de": "E-Mail"}, "required": True},
)


def codes(raw: dict[str, Any], answers: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(e.question, e.code) for e in validate_answers(parse_form_definition(raw), answers)]


def test_contact_data_without_consent_is_refused() -> None:
    assert codes(CONTACT, {"idee": "Bank", "mail": "a@b.de"}) == [("mail", "hidden_answered")]
    assert codes(CONTACT, {"idee": "Bank", "ok": False, "mail": "a@b.de"}) == [
        ("mail", "hidden_answered")
    ]
    assert codes(CONTACT, {"idee": "Bank", "ok": True, "mail": "a@b.de"}) == []
    assert codes(CONTACT, {"idee": "Bank", "ok": True}) == [("mail", "required_missing")]
    assert codes(CONTACT, {"idee": "Bank"}) == []


def test_conditional_question_chain() -> None:
    raw = _form(
        {"id": "q1", "type": "yes_no", "label": {"de": "A"}},
        {"id": "q2", "type": "single_choice", "label": {"de": "B"}, "required": True,
         "options": [{"id": "x", "label": {"de": "X"}}, {"id": "y", "label": {"de": "Y"}}],
         "show_if": {"question": "q1", "equals": True}},
        {"id": "q3", "type": "rating", "label": {"de": "C"}, "required": True,
         "show_if": {"question": "q2", "equals": "y"}},
    )  # fmt: skip
    assert codes(raw, {}) == []
    assert codes(raw, {"q1": True}) == [("q2", "required_missing")]
    assert codes(raw, {"q1": True, "q2": "y"}) == [("q3", "required_missing")]
    assert codes(raw, {"q1": True, "q2": "y", "q3": 5}) == []
    # going back and answering q1 "Nein" hides q2 and (through it) q3
    answers = {"q1": False, "q2": "y", "q3": 5}
    assert codes(raw, answers) == [("q2", "hidden_answered"), ("q3", "hidden_answered")]
    assert prune_hidden(parse_form_definition(raw), answers) == {"q1": False}


@pytest.mark.parametrize(
    ("question", "value", "code"),
    [
        ({"type": "number", "minimum": 0, "maximum": 10}, 11, "out_of_range"),
        ({"type": "number", "minimum": 0, "maximum": 10}, 2.5, "not_whole"),
        ({"type": "number", "integer": False}, 2.5, None),
        ({"type": "number"}, True, "wrong_type"),
        ({"type": "rating"}, 6, "out_of_range"),
        ({"type": "rating"}, 4, None),
        ({"type": "date"}, "2026-02-29", "bad_date"),
        ({"type": "date"}, "2028-02-29", None),
        ({"type": "email"}, "anna@example", "bad_email"),
        ({"type": "phone"}, "+49 (5521) 12-34", None),
        ({"type": "phone"}, "ruf mich an", "bad_phone"),
        ({"type": "short_text", "max_length": 3}, "abcd", "too_long"),
        ({"type": "short_text"}, "zwei\nZeilen", "bad_text"),
        ({"type": "long_text"}, "zwei\nZeilen", None),
        ({"type": "note"}, "   ", "empty"),
        (
            {
                "type": "multiple_choice",
                "max_selections": 1,
                "options": [{"id": "a", "label": {"de": "A"}}, {"id": "b", "label": {"de": "B"}}],
            },
            ["a", "b"],
            "too_many",
        ),
        (
            {
                "type": "multiple_choice",
                "options": [{"id": "a", "label": {"de": "A"}}, {"id": "b", "label": {"de": "B"}}],
            },
            ["a", "c"],
            "unknown_option",
        ),
        (
            {
                "type": "location",
                "allow_no_place": False,
                "places": [{"village": "v", "name": {"de": "V"}, "streets": ["Hauptstraße"]}],
            },
            {"no_place": True},
            "bad_location",
        ),
        (
            {
                "type": "location",
                "places": [{"village": "v", "name": {"de": "V"}, "streets": ["Hauptstraße"]}],
            },
            {"village": "v", "street": "Hauptstraße"},
            None,
        ),
    ],
)
def test_value_checks(question: dict[str, Any], value: Any, code: str | None) -> None:
    raw = _form({"id": "q", "label": {"de": "Q"}, **question})
    assert codes(raw, {"q": value}) == ([] if code is None else [("q", code)])


def test_unknown_answer_keys_and_non_objects() -> None:
    raw = _form({"id": "q", "type": "yes_no", "label": {"de": "Q"}})
    assert codes(raw, {"q": True, "zz": 1}) == [("zz", "unknown_question")]
    assert [e.code for e in validate_answers(parse_form_definition(raw), [1])] == ["not_an_object"]


def test_generated_definitions_survive_a_json_round_trip() -> None:
    # the stored copy of the definition is independent of the caller's dict
    raw = copy.deepcopy(CONTACT)
    form = parse_form_definition(raw)
    raw["questions"].clear()
    assert len(form.questions) == 3
    with pytest.raises(FormDefinitionError):
        parse_form_definition(raw)
