"""Check a set of answers against a form: the one function the terminal and the server share.

Answers are a JSON object ``{question_id: value}``; a question that was not answered is simply
absent. Value shapes per question type (``docs/forms.md``):

=====================  ==========================================================
short_text, long_text,  text, not blank, at most ``max_length`` characters
note
number                 a number within minimum..maximum (whole if ``integer``)
single_choice          an option id
multiple_choice        a list of distinct option ids, min..max selections
rating                 a whole number 1..5
yes_no                 true / false
date                   ``"YYYY-MM-DD"``
email, phone           text in the usual shape
location               ``{"village": ID, "street": TEXT}`` (``street`` only when the village
                       lists streets) or ``{"no_place": true}``
=====================  ==========================================================

Visibility: a question with ``show_if`` is visible when the question it refers to is visible and
its answer matches; a personal (contact) question is visible only when the consent question is
visible and answered ``true``. Hidden questions must be unanswered, so contact data without
consent can never pass.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from kiosk.core.forms.model import (
    MAX_EMAIL_LENGTH,
    MAX_PHONE_LENGTH,
    MULTILINE_TYPES,
    RATING_MAX,
    RATING_MIN,
    TEXT_TYPES,
    Condition,
    FormDefinition,
    JSONValue,
    Question,
    QuestionType,
)

MAX_NUMBER = 1e15
EMAIL_RE = re.compile(r"[^@\s]{1,64}@[^@\s.]+(?:\.[^@\s.]+)+")
PHONE_RE = re.compile(r"\+?[0-9][0-9 ()/-]{2,39}")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_BAD_SINGLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\ufeff]")
_BAD_MULTI = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\ufeff]")


@dataclass(frozen=True)
class AnswerError:
    """One problem with the answers. ``question`` is None for a problem with the whole set.

    ``code`` is stable (the UI maps it to German text): ``not_an_object``,
    ``unknown_question``, ``hidden_answered``, ``required_missing``, ``wrong_type``, ``empty``,
    ``too_long``, ``bad_text``, ``out_of_range``, ``not_whole``, ``unknown_option``,
    ``duplicate_option``, ``too_few``, ``too_many``, ``bad_date``, ``bad_email``,
    ``bad_phone``, ``bad_location``.
    """

    question: str | None
    code: str
    message: str


def _condition_holds(condition: Condition, answer: JSONValue) -> bool:
    if condition.includes is not None:
        return isinstance(answer, list) and condition.includes in answer
    expected = condition.equals
    if isinstance(expected, bool):
        return isinstance(answer, bool) and answer is expected
    if isinstance(expected, int):
        return isinstance(answer, int) and not isinstance(answer, bool) and answer == expected
    return isinstance(answer, str) and answer == expected


def visible_ids(form: FormDefinition, answers: Mapping[str, JSONValue]) -> frozenset[str]:
    """The ids of the questions shown for these answers (in one pass: conditions look back)."""
    visible: set[str] = set()
    consent = form.consent_question
    for question in form.questions:
        condition = question.show_if
        if condition is not None and not (
            condition.question in visible
            and condition.question in answers
            and _condition_holds(condition, answers[condition.question])
        ):
            continue
        if question.personal and not (
            consent is not None and consent.id in visible and answers.get(consent.id) is True
        ):
            continue
        visible.add(question.id)
    return frozenset(visible)


def visible_questions(form: FormDefinition, answers: Mapping[str, JSONValue]) -> list[Question]:
    shown = visible_ids(form, answers)
    return [q for q in form.questions if q.id in shown]


def prune_hidden(form: FormDefinition, answers: Mapping[str, JSONValue]) -> dict[str, JSONValue]:
    """The answers without those to hidden or unknown questions (e.g. after going back and
    changing the answer a condition depends on)."""
    shown = visible_ids(form, answers)
    return {key: value for key, value in answers.items() if key in shown}


def _error(question: Question, code: str, message: str) -> AnswerError:
    return AnswerError(question.id, code, message)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_text(question: Question, value: JSONValue) -> AnswerError | None:
    if not isinstance(value, str):
        return _error(question, "wrong_type", "must be text")
    if not value.strip():
        return _error(question, "empty", "must not be blank (leave the question out instead)")
    if len(value) > question.text_limit:
        return _error(question, "too_long", f"must be at most {question.text_limit} characters")
    bad = (_BAD_MULTI if question.type in MULTILINE_TYPES else _BAD_SINGLE).search(value)
    if bad:
        return _error(
            question, "bad_text", f"contains a control character U+{ord(bad.group()):04X}"
        )
    return None


def _check_number(question: Question, value: JSONValue) -> AnswerError | None:
    if not _is_number(value) or not math.isfinite(value) or abs(value) > MAX_NUMBER:
        return _error(question, "wrong_type", "must be a number")
    if question.integer and value != math.floor(value):
        return _error(question, "not_whole", "must be a whole number")
    if (question.minimum is not None and value < question.minimum) or (
        question.maximum is not None and value > question.maximum
    ):
        return _error(
            question, "out_of_range", f"must be from {question.minimum} to {question.maximum}"
        )
    return None


def _check_choices(question: Question, value: JSONValue) -> AnswerError | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return _error(question, "wrong_type", "must be a list of option ids")
    if not value:
        return _error(question, "empty", "no option selected (leave the question out instead)")
    for option in value:
        if question.option(option) is None:
            return _error(question, "unknown_option", f"no option {option!r}")
    if len(set(value)) != len(value):
        return _error(question, "duplicate_option", "an option is selected twice")
    if len(value) < question.min_selections:
        return _error(question, "too_few", f"select at least {question.min_selections}")
    if question.max_selections is not None and len(value) > question.max_selections:
        return _error(question, "too_many", f"select at most {question.max_selections}")
    return None


def _check_location(question: Question, value: JSONValue) -> AnswerError | None:
    if not isinstance(value, dict):
        return _error(question, "wrong_type", "must be an object")
    if "no_place" in value:
        if len(value) != 1 or value["no_place"] is not True:
            return _error(question, "bad_location", "'no_place' must be true and alone")
        if question.allow_no_place:
            return None
        return _error(question, "bad_location", "this question needs a place")
    village = value.get("village")
    place = question.place(village) if isinstance(village, str) else None
    if place is None:
        return _error(question, "bad_location", "unknown village")
    if place.streets:
        if set(value) != {"village", "street"} or value["street"] not in place.streets:
            return _error(question, "bad_location", "choose a street of the village's list")
    elif set(value) != {"village"}:
        return _error(question, "bad_location", "this village has no street list")
    return None


def check_answer(question: Question, value: JSONValue) -> AnswerError | None:
    """The problem with one (present) answer's value, or None. Visibility is not checked."""
    qtype = question.type
    if qtype in TEXT_TYPES:
        return _check_text(question, value)
    if qtype is QuestionType.NUMBER:
        return _check_number(question, value)
    if qtype is QuestionType.SINGLE_CHOICE:
        if not isinstance(value, str):
            return _error(question, "wrong_type", "must be an option id")
        if question.option(value) is None:
            return _error(question, "unknown_option", f"no option {value!r}")
        return None
    if qtype is QuestionType.MULTIPLE_CHOICE:
        return _check_choices(question, value)
    if qtype is QuestionType.RATING:
        if not isinstance(value, int) or isinstance(value, bool):
            return _error(question, "wrong_type", "must be a whole number")
        if not RATING_MIN <= value <= RATING_MAX:
            return _error(question, "out_of_range", f"must be from {RATING_MIN} to {RATING_MAX}")
        return None
    if qtype is QuestionType.YES_NO:
        return (
            None
            if isinstance(value, bool)
            else _error(question, "wrong_type", "must be true or false")
        )
    if qtype is QuestionType.DATE:
        if isinstance(value, str) and _DATE_RE.fullmatch(value):
            try:
                date.fromisoformat(value)
                return None
            except ValueError:
                pass
        return _error(question, "bad_date", "must be a date YYYY-MM-DD")
    if qtype is QuestionType.EMAIL:
        if (
            not isinstance(value, str)
            or len(value) > MAX_EMAIL_LENGTH
            or _BAD_SINGLE.search(value)
            or not EMAIL_RE.fullmatch(value)
        ):
            return _error(question, "bad_email", "must be an e-mail address like name@example.de")
        return None
    if qtype is QuestionType.PHONE:
        if (
            not isinstance(value, str)
            or len(value) > MAX_PHONE_LENGTH
            or not PHONE_RE.fullmatch(value)
        ):
            return _error(question, "bad_phone", "must be a phone number (digits, +, spaces, /, -)")
        return None
    assert qtype is QuestionType.LOCATION
    return _check_location(question, value)


def validate_answers(form: FormDefinition, answers: object) -> list[AnswerError]:
    """Every problem with ``answers`` for ``form`` (empty list = valid). Never raises."""
    if not isinstance(answers, Mapping) or not all(isinstance(k, str) for k in answers):
        return [AnswerError(None, "not_an_object", "answers must be an object {question: value}")]
    errors: list[AnswerError] = []
    known = {q.id for q in form.questions}
    for key in answers:
        if key not in known:
            errors.append(AnswerError(key, "unknown_question", "the form has no such question"))
    shown = visible_ids(form, answers)
    for question in form.questions:
        present = question.id in answers
        if question.id not in shown:
            if present:
                errors.append(
                    _error(
                        question,
                        "hidden_answered",
                        "is hidden for these answers and must be left out",
                    )
                )
            continue
        if not present:
            if question.required:
                errors.append(_error(question, "required_missing", "must be answered"))
            continue
        problem = check_answer(question, answers[question.id])
        if problem is not None:
            errors.append(problem)
    return errors


__all__ = [
    "AnswerError",
    "check_answer",
    "prune_hidden",
    "validate_answers",
    "visible_ids",
    "visible_questions",
]
