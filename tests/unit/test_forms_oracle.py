"""Strategies for form definitions and answer sets, and an independent oracle (no tests).

The oracle (:func:`oracle_valid`) re-states the answer rules of docs/forms.md directly on the
raw JSON definition, without using kiosk.core.forms, so the property tests compare two
separately written implementations.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from hypothesis import strategies as st

TYPES = [
    "short_text",
    "long_text",
    "number",
    "single_choice",
    "multiple_choice",
    "rating",
    "yes_no",
    "date",
    "email",
    "phone",
    "location",
    "note",
]
TESTABLE = {"yes_no", "single_choice", "multiple_choice", "rating"}
DEFAULT_MAX = {"short_text": 200, "long_text": 4000, "note": 4000}

ids = st.from_regex(r"[a-z][a-z0-9_-]{0,6}", fullmatch=True)
texts = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), min_size=1, max_size=12
).filter(lambda s: s.strip() != "")


def labels() -> st.SearchStrategy[dict[str, str]]:
    return st.fixed_dictionaries({"de": texts}, optional={"en": texts, "tr": texts})


@st.composite
def question_json(draw: st.DrawFn, qid: str, qtype: str) -> dict[str, Any]:
    q: dict[str, Any] = {"id": qid, "type": qtype, "label": draw(labels())}
    if qtype != "note" and draw(st.booleans()):
        q["required"] = True
    if draw(st.integers(0, 4)) == 0:
        q["help"] = draw(labels())
    if qtype in DEFAULT_MAX and draw(st.booleans()):
        q["max_length"] = draw(st.integers(1, 30))
    if qtype == "number":
        low = draw(st.none() | st.integers(-100, 100))
        high = draw(st.none() | st.integers(-100, 100))
        if low is not None and high is not None and low > high:
            low, high = high, low
        if low is not None:
            q["minimum"] = low
        if high is not None:
            q["maximum"] = high
        if draw(st.booleans()):
            q["integer"] = draw(st.booleans())
    if qtype in ("single_choice", "multiple_choice"):
        option_ids = draw(st.lists(ids, min_size=2, max_size=5, unique=True))
        q["options"] = [{"id": o, "label": draw(labels())} for o in option_ids]
        if qtype == "multiple_choice":
            low = draw(st.integers(0, len(option_ids)))
            if draw(st.booleans()):
                q["min_selections"] = low
            if draw(st.booleans()):
                q["max_selections"] = draw(st.integers(max(1, low), len(option_ids)))
    if qtype == "location":
        villages = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
        q["places"] = []
        for village in villages:
            place: dict[str, Any] = {"village": village, "name": draw(labels())}
            streets = draw(st.lists(texts, max_size=3, unique=True))
            if streets or draw(st.booleans()):
                place["streets"] = streets
            q["places"].append(place)
        if draw(st.booleans()):
            q["allow_no_place"] = draw(st.booleans())
    return q


@st.composite
def condition_for(draw: st.DrawFn, source: dict[str, Any]) -> dict[str, Any]:
    kind = source["type"]
    if kind == "yes_no":
        return {"question": source["id"], "equals": draw(st.booleans())}
    if kind == "rating":
        return {"question": source["id"], "equals": draw(st.integers(1, 5))}
    option = draw(st.sampled_from([o["id"] for o in source["options"]]))
    if kind == "single_choice":
        return {"question": source["id"], "equals": option}
    return {"question": source["id"], "includes": option}


@st.composite
def form_json(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(1, 8))
    qids = draw(st.lists(ids, min_size=count, max_size=count, unique=True))
    questions: list[dict[str, Any]] = []
    for qid in qids:
        qtype = draw(st.sampled_from(TYPES))
        q = draw(question_json(qid, qtype))
        earlier = [e for e in questions if e["type"] in TESTABLE]
        if earlier and draw(st.integers(0, 2)) == 0:
            q["show_if"] = draw(condition_for(draw(st.sampled_from(earlier))))
        questions.append(q)
    if draw(st.booleans()):
        # contact block: a consent question followed by personal questions
        at = draw(st.integers(0, len(questions)))
        consent = {"id": "zz-consent", "type": "yes_no", "consent": True, "label": {"de": "Ok?"}}
        personal = [
            {
                "id": f"zz-p{i}",
                "type": t,
                "personal": True,
                "label": {"de": t},
                **({"required": True} if draw(st.booleans()) else {}),
            }
            for i, t in enumerate(
                draw(
                    st.lists(
                        st.sampled_from(["short_text", "email", "phone"]), min_size=1, max_size=3
                    )
                )
            )
        ]
        questions[at:at] = [consent]
        questions.extend(personal)
    opens = draw(st.dates(date(2020, 1, 1), date(2030, 1, 1)))
    kind = draw(st.sampled_from(["survey", "idea", "defect_report"]))
    form: dict[str, Any] = {
        "format": "dorfkiosk-form",
        "format_version": 1,
        "id": draw(ids),
        "version": draw(st.integers(1, 50)),
        "kind": kind,
        "title": draw(labels()),
        "privacy_notice": draw(labels()),
        "opens": opens.isoformat(),
        "closes": draw(st.dates(opens, date(2031, 1, 1))).isoformat(),
        "questions": questions,
    }
    if draw(st.booleans()):
        form["hubs"] = draw(st.lists(ids, max_size=3, unique=True))
    if kind == "survey" and draw(st.booleans()):
        form["results_public"] = True
    return form


# --------------------------------------------------------------------------- answers

JUNK = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-10, 10)
    | st.floats(allow_nan=True)
    | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=5,
)


@st.composite
def valid_value(draw: st.DrawFn, q: dict[str, Any]) -> Any:
    t = q["type"]
    if t in DEFAULT_MAX:
        limit = q.get("max_length", DEFAULT_MAX[t])
        return draw(texts.filter(lambda s: len(s) <= limit))
    if t == "number":
        low, high = q.get("minimum", -1000), q.get("maximum", 1000)
        return draw(st.integers(low, high))
    if t == "single_choice":
        return draw(st.sampled_from([o["id"] for o in q["options"]]))
    if t == "multiple_choice":
        opts = [o["id"] for o in q["options"]]
        low = max(1, q.get("min_selections", 0))
        high = q.get("max_selections", len(opts))
        return draw(st.lists(st.sampled_from(opts), min_size=low, max_size=high, unique=True))
    if t == "rating":
        return draw(st.integers(1, 5))
    if t == "yes_no":
        return draw(st.booleans())
    if t == "date":
        return draw(st.dates()).isoformat()
    if t == "email":
        return draw(st.sampled_from(["anna@example.de", "b.c+d@mail.gemeinde.de", "x@y.zz"]))
    if t == "phone":
        return draw(st.sampled_from(["05521 1234", "+49 (5521) 12-34", "0170/1234567", "123"]))
    assert t == "location"
    place = draw(st.sampled_from(q["places"]))
    if place.get("streets"):
        return {"village": place["village"], "street": draw(st.sampled_from(place["streets"]))}
    return {"village": place["village"]}


@st.composite
def near_miss(draw: st.DrawFn, q: dict[str, Any]) -> Any:
    """Values close to valid ones: off by one, wrong type, blank, unknown option, ..."""
    t = q["type"]
    generic: list[Any] = ["", " ", True, 1, 1.5, None, [], {}, "a\x00b", "x" * 201]
    candidates: list[Any] = []
    if t == "number":
        candidates += [
            q.get("minimum", 0) - 1,
            q.get("maximum", 0) + 1,
            2.5,
            float("inf"),
            1e16,
            "3",
        ]
    if t in ("single_choice", "multiple_choice"):
        opts = [o["id"] for o in q["options"]]
        candidates += [opts[0], [opts[0]], opts, [opts[0], opts[0]], ["nope"], "nope", opts[:1] * 1]
    if t == "rating":
        candidates += [0, 6, 3, 3.0, False]
    if t == "date":
        candidates += ["2026-02-30", "2026-2-03", "26-02-03", "２０２６-01-01", "2026-01-01T00:00"]
    if t == "email":
        candidates += ["a@b", "a b@c.de", "@c.de", "a@@c.de", "a@c..de", "a\u2028@c.de"]
    if t == "phone":
        candidates += ["12", "+", "abc", "+49 5521 x", "0" * 41, "+4912"]
    if t == "location":
        place = q["places"][0]
        candidates += [
            {"no_place": True},
            {"no_place": 1},
            {"no_place": True, "village": place["village"]},
            {"village": place["village"]},
            {"village": place["village"], "street": "Nowhere"},
            {"village": "unknown"},
            {"village": place["village"], "street": None},
        ]
        if place.get("streets"):
            candidates.append({"village": place["village"], "street": place["streets"][0], "x": 1})
    if t in DEFAULT_MAX:
        candidates += ["a\tb", "a\nb", "ok"]
    if not candidates or draw(st.integers(0, 3)) == 0:
        return draw(st.sampled_from(generic))
    return draw(st.sampled_from(candidates))


@st.composite
def answers_for(draw: st.DrawFn, form: dict[str, Any]) -> dict[str, Any]:
    """Mostly plausible answers (following visibility), with deliberate slips mixed in."""
    answers: dict[str, Any] = {}
    shown: set[str] = set()
    consent = next((q for q in form["questions"] if q.get("consent")), None)
    for q in form["questions"]:
        visible = _visible(q, answers, shown, consent)
        if visible:
            shown.add(q["id"])
        choice = draw(st.integers(0, 19))
        if not visible and choice not in (8, 9):
            continue  # usually: a hidden question stays unanswered
        if choice in (2, 3) and not q.get("required"):
            continue  # optional question skipped
        if choice == 4:
            continue  # skipped, even if required
        if choice in (5, 10, 11):
            answers[q["id"]] = draw(near_miss(q))
        elif choice == 6:
            answers[q["id"]] = draw(JUNK)
        else:
            answers[q["id"]] = draw(valid_value(q))
    if draw(st.integers(0, 19)) == 7:
        answers[draw(st.text(max_size=4))] = draw(JUNK)
    return answers


@st.composite
def coherent_answers_for(draw: st.DrawFn, form: dict[str, Any]) -> dict[str, Any]:
    """Valid answers to exactly the visible questions (mostly accepted by construction)."""
    answers: dict[str, Any] = {}
    shown: set[str] = set()
    consent = next((q for q in form["questions"] if q.get("consent")), None)
    for q in form["questions"]:
        if not _visible(q, answers, shown, consent):
            continue
        shown.add(q["id"])
        if q.get("required") or draw(st.booleans()):
            answers[q["id"]] = draw(valid_value(q))
    return answers


# --------------------------------------------------------------------------- oracle

DIGITS = "0123456789"


def _bad_char(ch: str, multiline: bool) -> bool:
    o = ord(ch)
    if o < 0x20:
        return not (multiline and ch in "\t\n")
    return (
        0x7F <= o <= 0x9F
        or 0xD800 <= o <= 0xDFFF
        or ch in "\u2028\u2029\ufeff"
        or 0x202A <= o <= 0x202E
    )


def _text_ok(value: Any, limit: int, multiline: bool) -> bool:
    return (
        type(value) is str
        and value.strip() != ""
        and len(value) <= limit
        and not any(_bad_char(c, multiline) for c in value)
    )


def _date_ok(value: Any) -> bool:
    if type(value) is not str:
        return False
    parts = value.split("-")
    if [len(p) for p in parts] != [4, 2, 2] or not all(c in DIGITS for p in parts for c in p):
        return False
    try:
        date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return False
    return True


def _email_ok(value: Any) -> bool:
    if type(value) is not str or len(value) > 254 or any(_bad_char(c, False) for c in value):
        return False
    parts = value.split("@")
    if len(parts) != 2:
        return False
    local, domain = parts
    if not 1 <= len(local) <= 64 or any(c.isspace() for c in local):
        return False
    labels = domain.split(".")
    return len(labels) >= 2 and all(lab and not any(c.isspace() for c in lab) for lab in labels)


def _phone_ok(value: Any) -> bool:
    if type(value) is not str or len(value) > 40:
        return False
    rest = value[1:] if value.startswith("+") else value
    return (
        3 <= len(rest) <= 40 and rest[0] in DIGITS and all(c in DIGITS + " ()/-" for c in rest[1:])
    )


def _location_ok(q: dict[str, Any], value: Any) -> bool:
    if type(value) is not dict:
        return False
    if set(value) == {"no_place"}:
        return value["no_place"] is True and q.get("allow_no_place", True)
    for place in q["places"]:
        if value.get("village") == place["village"] and type(value.get("village")) is str:
            streets = place.get("streets", [])
            if streets:
                return set(value) == {"village", "street"} and value["street"] in streets
            return set(value) == {"village"}
    return False


def value_ok(q: dict[str, Any], value: Any) -> bool:
    t = q["type"]
    if t in DEFAULT_MAX:
        return _text_ok(value, q.get("max_length", DEFAULT_MAX[t]), t != "short_text")
    if t == "number":
        if type(value) not in (int, float) or not math.isfinite(value) or abs(value) > 1e15:
            return False
        if q.get("integer", True) and int(value) != value:
            return False
        return q.get("minimum", -math.inf) <= value <= q.get("maximum", math.inf)
    if t == "single_choice":
        return type(value) is str and value in [o["id"] for o in q["options"]]
    if t == "multiple_choice":
        opts = [o["id"] for o in q["options"]]
        if type(value) is not list or not value or not all(type(v) is str for v in value):
            return False
        if any(v not in opts for v in value) or len(set(value)) != len(value):
            return False
        return q.get("min_selections", 0) <= len(value) <= q.get("max_selections", len(opts))
    if t == "rating":
        return type(value) is int and 1 <= value <= 5
    if t == "yes_no":
        return type(value) is bool
    if t == "date":
        return _date_ok(value)
    if t == "email":
        return _email_ok(value)
    if t == "phone":
        return _phone_ok(value)
    return _location_ok(q, value)


def _visible(
    q: dict[str, Any], answers: dict[str, Any], shown: set[str], consent: dict[str, Any] | None
) -> bool:
    cond = q.get("show_if")
    if cond is not None:
        source = cond["question"]
        if source not in shown or source not in answers:
            return False
        answer = answers[source]
        if "includes" in cond:
            if not (type(answer) is list and cond["includes"] in answer):
                return False
        elif not (type(answer) is type(cond["equals"]) and answer == cond["equals"]):
            return False
    if q.get("personal"):
        return consent is not None and consent["id"] in shown and answers.get(consent["id"]) is True
    return True


def oracle_valid(form: dict[str, Any], answers: Any) -> bool:
    if type(answers) is not dict:
        return False
    questions = form["questions"]
    known = {q["id"] for q in questions}
    if any(key not in known for key in answers):
        return False
    consent = next((q for q in questions if q.get("consent")), None)
    shown: set[str] = set()
    for q in questions:
        if not _visible(q, answers, shown, consent):
            if q["id"] in answers:
                return False
            continue
        shown.add(q["id"])
        if q["id"] not in answers:
            if q.get("required"):
                return False
            continue
        if not value_ok(q, answers[q["id"]]):
            return False
    return True
