"""Participation forms: the definition format, answer validation and survey results.

Pure standard library; the terminal (store, UI) and the regional server use the same code, so
a form and a set of answers are judged the same everywhere. See ``docs/forms.md``.
"""

from __future__ import annotations

from kiosk.core.forms.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    Condition,
    FormDefinition,
    FormKind,
    Labels,
    Option,
    Place,
    Question,
    QuestionType,
    label,
)
from kiosk.core.forms.parse import (
    FormDefinitionError,
    canonical_form_json,
    form_data,
    form_sha256,
    load_form_file,
    parse_form_definition,
    parse_form_json,
)
from kiosk.core.forms.results import (
    Bar,
    FormResults,
    QuestionResult,
    aggregate_results,
    parse_results,
    results_data,
)
from kiosk.core.forms.validate import (
    AnswerError,
    check_answer,
    prune_hidden,
    validate_answers,
    visible_ids,
    visible_questions,
)

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "AnswerError",
    "Bar",
    "Condition",
    "FormDefinition",
    "FormDefinitionError",
    "FormKind",
    "FormResults",
    "Labels",
    "Option",
    "Place",
    "Question",
    "QuestionResult",
    "QuestionType",
    "aggregate_results",
    "canonical_form_json",
    "check_answer",
    "form_data",
    "form_sha256",
    "label",
    "load_form_file",
    "parse_form_definition",
    "parse_form_json",
    "parse_results",
    "prune_hidden",
    "results_data",
    "validate_answers",
    "visible_ids",
    "visible_questions",
]
