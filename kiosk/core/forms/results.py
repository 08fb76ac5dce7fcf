"""Survey results: counting answers per option, and the JSON that carries them to terminals.

The server counts (:func:`aggregate_results`) the valid submissions of a closed survey over all
its versions, against the latest definition; the terminal reads the published JSON back with
:func:`parse_results` and draws a bar chart. Only questions with fixed answers are counted
(choices, ratings, yes/no); free text never leaves the server this way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kiosk.core.forms.model import (
    CHART_TYPES,
    RATING_MAX,
    RATING_MIN,
    FormDefinition,
    JSONValue,
    Labels,
    Question,
    QuestionType,
)
from kiosk.core.forms.parse import FormDefinitionError, _int, _labels, _list, _object


@dataclass(frozen=True)
class Bar:
    key: str
    """Option id, ``"1"``..``"5"`` for ratings, ``"yes"``/``"no"``."""
    label: Labels
    count: int


@dataclass(frozen=True)
class QuestionResult:
    question: str
    label: Labels
    answered: int
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class FormResults:
    form_id: str
    form_version: int
    submissions: int
    questions: tuple[QuestionResult, ...]


def _keys(question: Question) -> list[tuple[str, Labels]]:
    if question.type is QuestionType.YES_NO:
        return [("yes", {"de": "Ja", "en": "Yes"}), ("no", {"de": "Nein", "en": "No"})]
    if question.type is QuestionType.RATING:
        return [(str(n), {"de": str(n)}) for n in range(RATING_MIN, RATING_MAX + 1)]
    return [(o.id, o.label) for o in question.options]


def _answer_keys(question: Question, value: JSONValue) -> list[str]:
    if question.type is QuestionType.YES_NO:
        return ["yes" if value is True else "no"] if isinstance(value, bool) else []
    if question.type is QuestionType.RATING:
        ok = isinstance(value, int) and not isinstance(value, bool)
        return [str(value)] if ok and RATING_MIN <= value <= RATING_MAX else []
    if question.type is QuestionType.SINGLE_CHOICE:
        return [value] if isinstance(value, str) and question.option(value) else []
    if isinstance(value, list):
        return sorted({v for v in value if isinstance(v, str) and question.option(v)})
    return []


def aggregate_results(
    form: FormDefinition, answer_sets: Iterable[Mapping[str, JSONValue]]
) -> FormResults:
    """Count the answers per option for every countable question of ``form``.

    Answers naming options the (latest) definition no longer has are not counted.
    """
    chart = [
        q for q in form.questions if q.type in CHART_TYPES and not q.personal and not q.consent
    ]
    counts: dict[str, dict[str, int]] = {q.id: {k: 0 for k, _ in _keys(q)} for q in chart}
    answered = dict.fromkeys(counts, 0)
    total = 0
    for answers in answer_sets:
        total += 1
        for question in chart:
            keys = _answer_keys(question, answers.get(question.id))
            if keys:
                answered[question.id] += 1
            for key in keys:
                counts[question.id][key] += 1
    return FormResults(
        form_id=form.id,
        form_version=form.version,
        submissions=total,
        questions=tuple(
            QuestionResult(
                question=q.id,
                label=q.label,
                answered=answered[q.id],
                bars=tuple(Bar(k, label, counts[q.id][k]) for k, label in _keys(q)),
            )
            for q in chart
        ),
    )


def results_data(results: FormResults) -> dict[str, JSONValue]:
    return {
        "form_id": results.form_id,
        "form_version": results.form_version,
        "submissions": results.submissions,
        "questions": [
            {
                "question": q.question,
                "label": dict(q.label),
                "answered": q.answered,
                "bars": [{"key": b.key, "label": dict(b.label), "count": b.count} for b in q.bars],
            }
            for q in results.questions
        ],
    }


def parse_results(data: object) -> FormResults:
    """Read :func:`results_data` JSON back; :class:`FormDefinitionError` if it is malformed."""
    top = _object(data, "$", ("form_id", "form_version", "submissions", "questions"), ())
    form_id = top["form_id"]
    if not isinstance(form_id, str):
        raise FormDefinitionError("$.form_id", "must be text")
    questions = []
    for i, item in enumerate(_list(top["questions"], "$.questions", 500)):
        path = f"$.questions[{i}]"
        q = _object(item, path, ("question", "label", "answered", "bars"), ())
        bars = []
        for j, bar in enumerate(_list(q["bars"], f"{path}.bars", 100)):
            bpath = f"{path}.bars[{j}]"
            b = _object(bar, bpath, ("key", "label", "count"), ())
            bars.append(
                Bar(
                    str(b["key"]),
                    _labels(b["label"], f"{bpath}.label"),
                    _int(b["count"], f"{bpath}.count", 0, 10**12),
                )
            )
        questions.append(
            QuestionResult(
                question=str(q["question"]),
                label=_labels(q["label"], f"{path}.label"),
                answered=_int(q["answered"], f"{path}.answered", 0, 10**12),
                bars=tuple(bars),
            )
        )
    return FormResults(
        form_id=form_id,
        form_version=_int(top["form_version"], "$.form_version", 1, 10**9),
        submissions=_int(top["submissions"], "$.submissions", 0, 10**12),
        questions=tuple(questions),
    )


__all__ = [
    "Bar",
    "FormResults",
    "QuestionResult",
    "aggregate_results",
    "parse_results",
    "results_data",
]
