"""Read a form definition from JSON: all or nothing, with the JSON path of the first problem.

:func:`parse_form_definition` turns a decoded JSON object into a
:class:`~kiosk.core.forms.model.FormDefinition` or raises :class:`FormDefinitionError`, e.g.
``$.questions[3].show_if.question: refers to "q5", which comes later; a condition may only
refer to an earlier question``. The terminal and the server call the same function, so a
definition either works everywhere or nowhere.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import re
from collections.abc import Mapping
from datetime import date
from os import PathLike
from pathlib import Path
from types import MappingProxyType

from kiosk.core.forms.model import (
    CONDITION_SOURCE_TYPES,
    FORMAT_NAME,
    MAX_TEXT_LENGTH,
    PERSONAL_TYPES,
    RATING_MAX,
    RATING_MIN,
    TEXT_TYPES,
    Condition,
    FormDefinition,
    FormKind,
    JSONValue,
    Labels,
    Option,
    Place,
    Question,
    QuestionType,
)
from kiosk.errors import KnownError

LANGUAGES = ("de", "en", "tr", "uk", "ar", "de-LS")
MAX_FORM_BYTES = 2 * 1024 * 1024
MAX_QUESTIONS = 200
MAX_OPTIONS = 50
MAX_PLACES = 200
MAX_STREETS = 2000
MAX_HUBS = 1000
MAX_LABEL = 500
MAX_LONG_LABEL = 5000  # intro, privacy notice
MAX_VERSION = 1_000_000_000
MAX_NUMBER = 1e15

ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_BAD_CHARS_SINGLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\ufeff]")
_BAD_CHARS_MULTI = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\ufeff]"
)

_TOP_REQUIRED = (
    "format", "format_version", "id", "version", "kind", "title", "privacy_notice",
    "opens", "closes", "questions",
)  # fmt: skip
_TOP_OPTIONAL = ("$schema", "intro", "hubs", "results_public")
_COMMON_REQUIRED = ("id", "type", "label")
_COMMON_OPTIONAL = ("help", "required", "show_if")
_TYPE_KEYS: dict[QuestionType, tuple[str, ...]] = {
    QuestionType.SHORT_TEXT: ("max_length", "personal"),
    QuestionType.LONG_TEXT: ("max_length",),
    QuestionType.NOTE: ("max_length",),
    QuestionType.NUMBER: ("minimum", "maximum", "integer", "unit"),
    QuestionType.SINGLE_CHOICE: ("options",),
    QuestionType.MULTIPLE_CHOICE: ("options", "min_selections", "max_selections"),
    QuestionType.RATING: (),
    QuestionType.YES_NO: ("consent",),
    QuestionType.DATE: (),
    QuestionType.EMAIL: ("personal",),
    QuestionType.PHONE: ("personal",),
    QuestionType.LOCATION: ("places", "allow_no_place"),
}
_TYPE_REQUIRED: dict[QuestionType, tuple[str, ...]] = {
    QuestionType.SINGLE_CHOICE: ("options",),
    QuestionType.MULTIPLE_CHOICE: ("options",),
    QuestionType.LOCATION: ("places",),
}


class FormDefinitionError(KnownError):
    """A form definition is invalid; ``path`` is the JSON path of the first problem."""

    def __init__(self, path: str, reason: str, source: str | None = None) -> None:
        self.path = path
        self.reason = reason
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{path}: {reason}")


def _key(path: str, key: str) -> str:
    return f"{path}.{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"{path}[{key!r}]"


def _object(
    value: object, path: str, required: tuple[str, ...], optional: tuple[str, ...]
) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise FormDefinitionError(path, "must be an object")
    allowed = (*required, *optional)
    for key in value:
        if not isinstance(key, str):
            raise FormDefinitionError(path, "keys must be text")
        if key not in allowed:
            raise FormDefinitionError(
                _key(path, key), "unknown key (allowed here: " + ", ".join(allowed) + ")"
            )
    for key in required:
        if key not in value:
            raise FormDefinitionError(_key(path, key), "is required")
    return value


def _list(value: object, path: str, max_items: int, *, min_items: int = 0) -> list[object]:
    if not isinstance(value, list):
        raise FormDefinitionError(path, "must be a list")
    if len(value) > max_items:
        raise FormDefinitionError(path, f"must have at most {max_items} entries (has {len(value)})")
    if len(value) < min_items:
        raise FormDefinitionError(
            path, f"must have at least {min_items} entries (has {len(value)})"
        )
    return value


def _text(value: object, path: str, max_len: int, *, multiline: bool = False) -> str:
    if not isinstance(value, str):
        raise FormDefinitionError(path, "must be text")
    if len(value) > max_len:
        raise FormDefinitionError(path, f"must be at most {max_len} characters (has {len(value)})")
    if not value.strip():
        raise FormDefinitionError(path, "must not be empty")
    bad = (_BAD_CHARS_MULTI if multiline else _BAD_CHARS_SINGLE).search(value)
    if bad:
        raise FormDefinitionError(
            path, f"contains a control character (U+{ord(bad.group()):04X}) at {bad.start()}"
        )
    return value


def _id(value: object, path: str) -> str:
    if not isinstance(value, str) or not ID_RE.fullmatch(value):
        raise FormDefinitionError(
            path, "must be an id: 1-64 of a-z, 0-9, '-' and '_', starting with a letter or digit"
        )
    return value


def _int(value: object, path: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise FormDefinitionError(path, f"must be a whole number from {low} to {high}")
    return value


def _number(value: object, path: str) -> float:
    if (
        not isinstance(value, int | float)
        or isinstance(value, bool)
        or not math.isfinite(value)
        or abs(value) > MAX_NUMBER
    ):
        raise FormDefinitionError(path, "must be a number (at most 10^15 in size)")
    return value


def _bool(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise FormDefinitionError(path, "must be true or false")
    return value


def _date(value: object, path: str) -> date:
    if isinstance(value, str) and _DATE_RE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise FormDefinitionError(path, "must be a date YYYY-MM-DD")


def _labels(
    value: object, path: str, max_len: int = MAX_LABEL, *, multiline: bool = False
) -> Labels:
    if isinstance(value, dict) and "de" not in value:
        raise FormDefinitionError(
            _key(path, "de"), 'a German text is required (labels need at least "de")'
        )
    data = _object(value, path, ("de",), LANGUAGES[1:])
    return MappingProxyType(
        {
            lang: _text(data[lang], _key(path, lang), max_len, multiline=multiline)
            for lang in LANGUAGES
            if lang in data
        }
    )


def _options(value: object, path: str) -> tuple[Option, ...]:
    items = _list(value, path, MAX_OPTIONS, min_items=2)
    options: list[Option] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        item_path = f"{path}[{i}]"
        data = _object(item, item_path, ("id", "label"), ())
        option_id = _id(data["id"], f"{item_path}.id")
        if option_id in seen:
            raise FormDefinitionError(f"{item_path}.id", f"duplicate option id {option_id!r}")
        seen.add(option_id)
        options.append(Option(option_id, _labels(data["label"], f"{item_path}.label")))
    return tuple(options)


def _places(value: object, path: str) -> tuple[Place, ...]:
    items = _list(value, path, MAX_PLACES, min_items=1)
    places: list[Place] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        item_path = f"{path}[{i}]"
        data = _object(item, item_path, ("village", "name"), ("streets",))
        village = _id(data["village"], f"{item_path}.village")
        if village in seen:
            raise FormDefinitionError(f"{item_path}.village", f"duplicate village {village!r}")
        seen.add(village)
        streets: list[str] = []
        street_path = f"{item_path}.streets"
        for j, street in enumerate(_list(data.get("streets", []), street_path, MAX_STREETS)):
            text = _text(street, f"{street_path}[{j}]", 200)
            if text in streets:
                raise FormDefinitionError(f"{street_path}[{j}]", f"duplicate street {text!r}")
            streets.append(text)
        places.append(Place(village, _labels(data["name"], f"{item_path}.name"), tuple(streets)))
    return tuple(places)


def _condition_raw(value: object, path: str) -> tuple[str, Mapping[str, object]]:
    data = _object(value, path, ("question",), ("equals", "includes"))
    target = _id(data["question"], f"{path}.question")
    if ("equals" in data) == ("includes" in data):
        raise FormDefinitionError(path, "needs exactly one of 'equals' or 'includes'")
    return target, data


def _question(value: object, path: str) -> tuple[Question, tuple[str, Mapping[str, object]] | None]:
    if not isinstance(value, dict):
        raise FormDefinitionError(path, "must be an object")
    raw_type = value.get("type")
    try:
        qtype = QuestionType(raw_type) if isinstance(raw_type, str) else None
    except ValueError:
        qtype = None
    if qtype is None:
        if "type" not in value:
            raise FormDefinitionError(f"{path}.type", "is required")
        known = ", ".join(t.value for t in QuestionType)
        raise FormDefinitionError(
            f"{path}.type", f"unknown question type {json.dumps(raw_type)} (known: {known})"
        )
    data = _object(
        value,
        path,
        (*_COMMON_REQUIRED, *_TYPE_REQUIRED.get(qtype, ())),
        (
            *_COMMON_OPTIONAL,
            *(k for k in _TYPE_KEYS[qtype] if k not in _TYPE_REQUIRED.get(qtype, ())),
        ),
    )
    qid = _id(data["id"], f"{path}.id")
    required = _bool(data.get("required", False), f"{path}.required")
    if qtype is QuestionType.NOTE and required:
        raise FormDefinitionError(f"{path}.required", "a note (Anmerkung) is always optional")
    personal = _bool(data.get("personal", False), f"{path}.personal")
    consent = _bool(data.get("consent", False), f"{path}.consent")
    help_text = data.get("help")
    fields: dict[str, object] = {}
    if qtype in TEXT_TYPES and "max_length" in data:
        fields["max_length"] = _int(data["max_length"], f"{path}.max_length", 1, MAX_TEXT_LENGTH)
    if qtype is QuestionType.NUMBER:
        minimum = None if "minimum" not in data else _number(data["minimum"], f"{path}.minimum")
        maximum = None if "maximum" not in data else _number(data["maximum"], f"{path}.maximum")
        if minimum is not None and maximum is not None and minimum > maximum:
            raise FormDefinitionError(f"{path}.maximum", "must not be less than minimum")
        fields["minimum"] = minimum
        fields["maximum"] = maximum
        fields["integer"] = _bool(data.get("integer", True), f"{path}.integer")
        if "unit" in data:
            fields["unit"] = _labels(data["unit"], f"{path}.unit", 40)
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        options = _options(data["options"], f"{path}.options")
        fields["options"] = options
        if qtype is QuestionType.MULTIPLE_CHOICE:
            low = _int(data.get("min_selections", 0), f"{path}.min_selections", 0, len(options))
            high = (
                len(options)
                if "max_selections" not in data
                else _int(
                    data["max_selections"], f"{path}.max_selections", max(1, low), len(options)
                )
            )
            fields["min_selections"] = low
            fields["max_selections"] = high
    if qtype is QuestionType.LOCATION:
        fields["places"] = _places(data["places"], f"{path}.places")
        fields["allow_no_place"] = _bool(data.get("allow_no_place", True), f"{path}.allow_no_place")
    question = Question(
        id=qid,
        type=qtype,
        label=_labels(data["label"], f"{path}.label"),
        help=None
        if help_text is None
        else _labels(help_text, f"{path}.help", MAX_LONG_LABEL, multiline=True),
        required=required,
        personal=personal,
        consent=consent,
        **fields,  # type: ignore[arg-type]
    )
    condition = (
        None if "show_if" not in data else _condition_raw(data["show_if"], f"{path}.show_if")
    )
    return question, condition


def _find_cycle(edges: Mapping[str, str], start: str) -> list[str] | None:
    path = [start]
    node = start
    while node in edges:
        node = edges[node]
        if node in path:
            return [*path[path.index(node) :], node]
        path.append(node)
    return None


def _condition(raw: Mapping[str, object], path: str, source: Question) -> Condition:
    if source.type not in CONDITION_SOURCE_TYPES:
        raise FormDefinitionError(
            f"{path}.question",
            f"refers to {source.id!r}, a {source.type.value} question; a condition can only test "
            "yes_no, single_choice, multiple_choice or rating answers",
        )
    if source.type is QuestionType.MULTIPLE_CHOICE:
        if "includes" not in raw:
            raise FormDefinitionError(path, "a multiple_choice answer is tested with 'includes'")
        option = _id(raw["includes"], f"{path}.includes")
        if source.option(option) is None:
            raise FormDefinitionError(f"{path}.includes", f"{source.id!r} has no option {option!r}")
        return Condition(source.id, includes=option)
    if "equals" not in raw:
        raise FormDefinitionError(path, f"a {source.type.value} answer is tested with 'equals'")
    expected = raw["equals"]
    epath = f"{path}.equals"
    if source.type is QuestionType.YES_NO:
        return Condition(source.id, equals=_bool(expected, epath))
    if source.type is QuestionType.RATING:
        return Condition(source.id, equals=_int(expected, epath, RATING_MIN, RATING_MAX))
    option = _id(expected, epath)
    if source.option(option) is None:
        raise FormDefinitionError(epath, f"{source.id!r} has no option {option!r}")
    return Condition(source.id, equals=option)


def _questions(value: object, path: str) -> tuple[Question, ...]:
    items = _list(value, path, MAX_QUESTIONS, min_items=1)
    parsed: list[tuple[Question, tuple[str, Mapping[str, object]] | None]] = []
    positions: dict[str, int] = {}
    for i, item in enumerate(items):
        question, condition = _question(item, f"{path}[{i}]")
        if question.id in positions:
            raise FormDefinitionError(
                f"{path}[{i}].id",
                f"duplicate question id {question.id!r} (also {path}[{positions[question.id]}])",
            )
        positions[question.id] = i
        parsed.append((question, condition))

    edges = {q.id: c[0] for q, c in parsed if c is not None}
    result: list[Question] = []
    consent_at: int | None = None
    for i, (question, condition) in enumerate(parsed):
        qpath = f"{path}[{i}]"
        if question.personal and question.type not in PERSONAL_TYPES:
            raise FormDefinitionError(
                f"{qpath}.personal", "only short_text, email and phone can be personal"
            )
        if question.consent:
            if consent_at is not None:
                raise FormDefinitionError(
                    f"{qpath}.consent",
                    f"a form has one consent question ({path}[{consent_at}] is one)",
                )
            consent_at = i
        if question.personal and consent_at is None:
            raise FormDefinitionError(
                f"{qpath}.personal",
                "a personal (contact) question needs a consent question (yes_no with "
                '"consent": true) before it',
            )
        if condition is not None:
            target, raw = condition
            cpath = f"{qpath}.show_if"
            if target not in positions:
                raise FormDefinitionError(
                    f"{cpath}.question", f"refers to unknown question {target!r}"
                )
            cycle = _find_cycle(edges, question.id)
            if cycle is not None:
                raise FormDefinitionError(
                    f"{cpath}.question", "conditions form a cycle: " + " -> ".join(cycle)
                )
            if positions[target] > i:
                raise FormDefinitionError(
                    f"{cpath}.question",
                    f"refers to {target!r}, which comes later; a condition may only refer to an "
                    "earlier question",
                )
            question = _replace_condition(
                question, _condition(raw, cpath, parsed[positions[target]][0])
            )
        result.append(question)
    if consent_at is not None and not any(q.personal for q in result):
        raise FormDefinitionError(
            f"{path}[{consent_at}].consent", "a consent question needs personal questions after it"
        )
    return tuple(result)


def _replace_condition(question: Question, condition: Condition) -> Question:
    from dataclasses import replace

    return replace(question, show_if=condition)


def _json_copy(value: Mapping[str, object]) -> Mapping[str, JSONValue]:
    return MappingProxyType(copy.deepcopy(dict(value)))


def parse_form_definition(data: object, *, source: str | None = None) -> FormDefinition:
    """Validate decoded JSON and build the definition; :class:`FormDefinitionError` if invalid."""
    try:
        return _parse(data)
    except FormDefinitionError as exc:
        if source is None:
            raise
        raise FormDefinitionError(exc.path, exc.reason, source) from None
    except RecursionError:
        raise FormDefinitionError("$", "nested too deeply", source) from None


def _parse(data: object) -> FormDefinition:
    top = _object(data, "$", _TOP_REQUIRED, _TOP_OPTIONAL)
    if "$schema" in top:
        _text(top["$schema"], "$['$schema']", 2000)
    if top["format"] != FORMAT_NAME:
        raise FormDefinitionError("$.format", f"must be {FORMAT_NAME!r}")
    version = top["format_version"]
    if isinstance(version, bool) or version != 1 or not isinstance(version, int):
        raise FormDefinitionError(
            "$.format_version", f"this version reads format 1 only (got {json.dumps(version)})"
        )
    raw_kind = top["kind"]
    try:
        kind = FormKind(raw_kind) if isinstance(raw_kind, str) else None
    except ValueError:
        kind = None
    if kind is None:
        raise FormDefinitionError(
            "$.kind", f"must be survey, idea or defect_report (got {json.dumps(raw_kind)})"
        )
    opens = _date(top["opens"], "$.opens")
    closes = _date(top["closes"], "$.closes")
    if closes < opens:
        raise FormDefinitionError("$.closes", "must not be before opens")
    hubs: list[str] = []
    for i, hub in enumerate(_list(top.get("hubs", []), "$.hubs", MAX_HUBS)):
        hub_id = _id(hub, f"$.hubs[{i}]")
        if hub_id in hubs:
            raise FormDefinitionError(f"$.hubs[{i}]", f"duplicate hub {hub_id!r}")
        hubs.append(hub_id)
    results_public = _bool(top.get("results_public", False), "$.results_public")
    if results_public and kind is not FormKind.SURVEY:
        raise FormDefinitionError("$.results_public", "only surveys publish results")
    intro = top.get("intro")
    assert isinstance(data, dict)
    return FormDefinition(
        format_version=1,
        id=_id(top["id"], "$.id"),
        version=_int(top["version"], "$.version", 1, MAX_VERSION),
        kind=kind,
        title=_labels(top["title"], "$.title"),
        intro=None if intro is None else _labels(intro, "$.intro", MAX_LONG_LABEL, multiline=True),
        privacy_notice=_labels(
            top["privacy_notice"], "$.privacy_notice", MAX_LONG_LABEL, multiline=True
        ),
        opens=opens,
        closes=closes,
        hubs=tuple(hubs),
        questions=_questions(top["questions"], "$.questions"),
        results_public=results_public,
        source=_json_copy(data),
    )


def parse_form_json(text: str | bytes, *, source: str | None = None) -> FormDefinition:
    """Decode JSON text (UTF-8) and parse it; any problem is a :class:`FormDefinitionError`."""
    if len(text) > MAX_FORM_BYTES:
        raise FormDefinitionError("$", f"larger than {MAX_FORM_BYTES // 1024 // 1024} MB", source)
    try:
        data = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError) as exc:
        raise FormDefinitionError("$", f"not valid JSON ({exc})", source) from None
    return parse_form_definition(data, source=source)


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


def load_form_file(path: str | PathLike[str]) -> FormDefinition:
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise FormDefinitionError("$", f"cannot read file ({exc.strerror})", str(file)) from None
    return parse_form_json(raw, source=str(file))


def form_data(form: FormDefinition) -> dict[str, JSONValue]:
    """The definition's JSON object (a fresh copy), e.g. to store or send it."""
    return copy.deepcopy(dict(form.source))


def canonical_form_json(form: FormDefinition) -> str:
    return json.dumps(
        form_data(form), ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )


def form_sha256(form: FormDefinition) -> str:
    return hashlib.sha256(canonical_form_json(form).encode("utf-8")).hexdigest()


__all__ = [
    "FormDefinitionError",
    "canonical_form_json",
    "form_data",
    "form_sha256",
    "load_form_file",
    "parse_form_definition",
    "parse_form_json",
]
