"""Form definitions: the demo forms, generated ones, and bad ones rejected with a clear reason."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.forms import (
    FormDefinitionError,
    FormKind,
    QuestionType,
    form_sha256,
    load_form_file,
    parse_form_definition,
    parse_form_json,
)
from kiosk.paths import resources_dir
from tests.unit.test_forms_oracle import JUNK, form_json

SCHEMA = json.loads((resources_dir() / "schema" / "form-definition.schema.json").read_text())
DEMO = sorted((resources_dir() / "demo" / "forms").glob("*.json"))


def test_demo_forms_cover_the_three_kinds_and_match_the_schema() -> None:
    forms = [load_form_file(path) for path in DEMO]
    assert {f.kind for f in forms} == set(FormKind)
    for path in DEMO:
        jsonschema.validate(json.loads(path.read_text()), SCHEMA)
    survey = next(f for f in forms if f.kind is FormKind.SURVEY)
    assert survey.title["de"] == "Wo soll die neue Bushaltestelle hin?"
    defect = next(f for f in forms if f.kind is FormKind.DEFECT_REPORT)
    assert {q.type for q in defect.questions} >= {QuestionType.SINGLE_CHOICE, QuestionType.LOCATION}
    assert defect.asks_for_contact and defect.consent_question is not None


@settings(max_examples=150, deadline=None)
@given(form_json())
def test_generated_definitions_parse_and_match_the_schema(raw: dict[str, Any]) -> None:
    form = parse_form_definition(raw)
    jsonschema.validate(raw, SCHEMA)
    assert [q.id for q in form.questions] == [q["id"] for q in raw["questions"]]
    assert form_sha256(form) == form_sha256(parse_form_definition(json.loads(json.dumps(raw))))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _paths(item, (*prefix, i))
    return found


@st.composite
def damaged(draw: st.DrawFn) -> dict[str, Any]:
    raw = copy.deepcopy(draw(form_json()))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(raw)[1:]))
        parent: Any = raw
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.integers(0, 2))
        if action == 0 and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == 1 and isinstance(parent, dict):
            parent[draw(st.sampled_from(["type", "show_if", "x", "de", "options"]))] = draw(JUNK)
        else:
            parent[path[-1]] = draw(JUNK | st.sampled_from(["q1", "rating", True, 0, "de"]))
    return raw


@settings(max_examples=400, deadline=None)
@given(damaged())
def test_damaged_definitions_are_rejected_cleanly_or_still_valid(raw: dict[str, Any]) -> None:
    try:
        parse_form_definition(raw)
    except FormDefinitionError as exc:
        assert exc.path.startswith("$") and exc.reason
        return
    jsonschema.validate(raw, SCHEMA)  # whatever the parser accepts, the schema accepts too


def _base() -> dict[str, Any]:
    return {
        "format": "dorfkiosk-form",
        "format_version": 1,
        "id": "umfrage",
        "version": 2,
        "kind": "survey",
        "title": {"de": "Umfrage"},
        "privacy_notice": {"de": "Anonym."},
        "opens": "2026-01-01",
        "closes": "2026-06-30",
        "questions": [
            {"id": "q1", "type": "yes_no", "label": {"de": "Eins"}},
            {
                "id": "q2",
                "type": "single_choice",
                "label": {"de": "Zwei"},
                "options": [{"id": "a", "label": {"de": "A"}}, {"id": "b", "label": {"de": "B"}}],
            },
            {"id": "q3", "type": "short_text", "label": {"de": "Drei"}},
        ],
    }


def _with(change: Any) -> dict[str, Any]:
    raw = _base()
    change(raw)
    return raw


BAD: list[tuple[str, Any, str, str]] = [
    (
        "unknown type",
        lambda r: r["questions"][1].update(type="slider"),
        "$.questions[1].type",
        'unknown question type "slider"',
    ),
    (
        "forward reference",
        lambda r: r["questions"][0].update(show_if={"question": "q2", "equals": "a"}),
        "$.questions[0].show_if.question",
        "refers to 'q2', which comes later",
    ),
    (
        "cycle",
        lambda r: (
            r["questions"][0].update(show_if={"question": "q2", "equals": "a"}),
            r["questions"][1].update(show_if={"question": "q1", "equals": True}),
        ),
        "$.questions[0].show_if.question",
        "conditions form a cycle: q1 -> q2 -> q1",
    ),
    (
        "self reference",
        lambda r: r["questions"][0].update(show_if={"question": "q1", "equals": True}),
        "$.questions[0].show_if.question",
        "cycle: q1 -> q1",
    ),
    (
        "unknown reference",
        lambda r: r["questions"][2].update(show_if={"question": "q9", "equals": True}),
        "$.questions[2].show_if.question",
        "unknown question 'q9'",
    ),
    (
        "condition on text",
        lambda r: r["questions"].append(
            {
                "id": "q4",
                "type": "yes_no",
                "label": {"de": "V"},
                "show_if": {"question": "q3", "equals": "x"},
            }
        ),
        "$.questions[3].show_if.question",
        "a short_text question",
    ),
    (
        "condition on unknown option",
        lambda r: r["questions"][2].update(show_if={"question": "q2", "equals": "c"}),
        "$.questions[2].show_if.equals",
        "'q2' has no option 'c'",
    ),
    (
        "missing German label",
        lambda r: r["questions"][2].update(label={"en": "Three"}),
        "$.questions[2].label.de",
        "German text is required",
    ),
    (
        "missing German title",
        lambda r: r.update(title={"tr": "Anket"}),
        "$.title.de",
        "German text is required",
    ),
    (
        "duplicate question id",
        lambda r: r["questions"][2].update(id="q1"),
        "$.questions[2].id",
        "duplicate question id 'q1'",
    ),
    (
        "duplicate option id",
        lambda r: r["questions"][1]["options"][1].update(id="a"),
        "$.questions[1].options[1].id",
        "duplicate option id 'a'",
    ),
    (
        "one option",
        lambda r: r["questions"][1]["options"].pop(),
        "$.questions[1].options",
        "at least 2",
    ),
    (
        "personal without consent",
        lambda r: r["questions"][2].update(personal=True),
        "$.questions[2].personal",
        "needs a consent question",
    ),
    (
        "personal location",
        lambda r: r["questions"][1].update(personal=True),
        "$.questions[1].personal",
        "unknown key",
    ),
    (
        "required note",
        lambda r: r["questions"].append(
            {"id": "n", "type": "note", "label": {"de": "A"}, "required": True}
        ),
        "$.questions[3].required",
        "always optional",
    ),
    (
        "closes before opens",
        lambda r: r.update(closes="2025-12-31"),
        "$.closes",
        "not be before opens",
    ),
    ("bad date", lambda r: r.update(opens="2026-02-30"), "$.opens", "YYYY-MM-DD"),
    (
        "results of an idea",
        lambda r: r.update(kind="idea", results_public=True),
        "$.results_public",
        "only surveys",
    ),
    (
        "unknown kind",
        lambda r: r.update(kind="petition"),
        "$.kind",
        "survey, idea or defect_report",
    ),
    ("future format", lambda r: r.update(format_version=2), "$.format_version", "format 1 only"),
    ("no questions", lambda r: r.update(questions=[]), "$.questions", "at least 1"),
    (
        "number range",
        lambda r: r["questions"].append(
            {"id": "n", "type": "number", "label": {"de": "N"}, "minimum": 5, "maximum": 1}
        ),
        "$.questions[3].maximum",
        "not be less than minimum",
    ),
    (
        "selection range",
        lambda r: r["questions"][1].update(type="multiple_choice", max_selections=3),
        "$.questions[1].max_selections",
        "from 1 to 2",
    ),
    (
        "unknown key",
        lambda r: r["questions"][0].update(colour="red"),
        "$.questions[0].colour",
        "unknown key",
    ),
]


@pytest.mark.parametrize(
    ("change", "path", "reason"), [b[1:] for b in BAD], ids=[b[0] for b in BAD]
)
def test_bad_definitions_name_path_and_reason(change: Any, path: str, reason: str) -> None:
    with pytest.raises(FormDefinitionError) as info:
        parse_form_definition(_with(change))
    assert info.value.path == path
    assert reason in info.value.reason
    assert str(info.value) == f"{path}: {info.value.reason}"


def test_the_base_definition_is_valid() -> None:
    form = parse_form_definition(_base())
    assert form.version == 2 and len(form.questions) == 3


def test_json_text_problems(tmp_path: Path) -> None:
    text = json.dumps(_base())
    with pytest.raises(FormDefinitionError, match="duplicate key 'id'"):
        parse_form_json(text.replace('"id": "umfrage",', '"id": "umfrage", "id": "x",'))
    with pytest.raises(FormDefinitionError, match="not valid JSON"):
        parse_form_json(text[:-1])
    with pytest.raises(FormDefinitionError, match="NaN is not allowed"):
        parse_form_json(text.replace('"version": 2', '"version": NaN'))
    broken = tmp_path / "f.json"
    broken.write_text(text.replace('"yes_no"', '"ja_nein"'))
    with pytest.raises(FormDefinitionError) as info:
        load_form_file(broken)
    assert str(info.value).startswith(f"{broken}: $.questions[0].type: unknown question type")
