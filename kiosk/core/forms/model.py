"""The form definition as frozen dataclasses (see ``docs/forms.md``).

A :class:`FormDefinition` is built only by :func:`kiosk.core.forms.parse.parse_form_definition`,
which guarantees the invariants documented on each class (ids unique, conditions refer to earlier
questions only, personal questions behind a consent question, ...). Everything here is plain
data; the rules that use it live in :mod:`kiosk.core.forms.validate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

FORMAT_NAME = "dorfkiosk-form"
FORMAT_VERSION = 1
SUPPORTED_FORMAT_VERSIONS = frozenset({1})

Labels = Mapping[str, str]
"""Text per language code; ``de`` is always present."""

JSONValue = Any
"""A value as decoded by :func:`json.loads` (kept loose: answers come from the outside)."""


class FormKind(StrEnum):
    SURVEY = "survey"
    IDEA = "idea"
    DEFECT_REPORT = "defect_report"


class QuestionType(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    RATING = "rating"
    YES_NO = "yes_no"
    DATE = "date"
    EMAIL = "email"
    PHONE = "phone"
    LOCATION = "location"
    NOTE = "note"


TEXT_TYPES = frozenset({QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT, QuestionType.NOTE})
MULTILINE_TYPES = frozenset({QuestionType.LONG_TEXT, QuestionType.NOTE})
PERSONAL_TYPES = frozenset({QuestionType.SHORT_TEXT, QuestionType.EMAIL, QuestionType.PHONE})
"""Types a question flagged ``personal`` may have (name, e-mail, phone number)."""
CONDITION_SOURCE_TYPES = frozenset(
    {
        QuestionType.YES_NO,
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.RATING,
    }
)
"""Types whose answer a ``show_if`` condition may test."""
CHART_TYPES = frozenset(
    {
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.RATING,
        QuestionType.YES_NO,
    }
)
"""Types whose answers are counted in published survey results."""

RATING_MIN = 1
RATING_MAX = 5
DEFAULT_MAX_LENGTH = {
    QuestionType.SHORT_TEXT: 200,
    QuestionType.LONG_TEXT: 4000,
    QuestionType.NOTE: 4000,
}
MAX_TEXT_LENGTH = 10_000
MAX_EMAIL_LENGTH = 254
MAX_PHONE_LENGTH = 40


@dataclass(frozen=True)
class Option:
    id: str
    label: Labels


@dataclass(frozen=True)
class Place:
    """A village the location question offers, with the streets to choose from."""

    village: str
    name: Labels
    streets: tuple[str, ...]


@dataclass(frozen=True)
class Condition:
    """Show a question only if the earlier question ``question`` was answered so.

    ``equals`` for yes/no (a bool), single choice (an option id) and rating (1-5);
    ``includes`` (an option id) for multiple choice. Exactly one of the two is set.
    """

    question: str
    equals: bool | int | str | None = None
    includes: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    label: Labels
    help: Labels | None = None
    required: bool = False
    personal: bool = False
    """Contact data: only visible (and answerable) after the form's consent question is Ja."""
    consent: bool = False
    """The form's consent question (a yes/no question); at most one per form."""
    show_if: Condition | None = None
    # type-specific settings (defaults where they don't apply)
    options: tuple[Option, ...] = ()
    min_selections: int = 0
    max_selections: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = True
    max_length: int | None = None
    places: tuple[Place, ...] = ()
    allow_no_place: bool = True
    unit: Labels | None = None

    def option(self, option_id: str) -> Option | None:
        for option in self.options:
            if option.id == option_id:
                return option
        return None

    def place(self, village: str) -> Place | None:
        for place in self.places:
            if place.village == village:
                return place
        return None

    @property
    def text_limit(self) -> int:
        return self.max_length or DEFAULT_MAX_LENGTH.get(self.type, MAX_TEXT_LENGTH)


@dataclass(frozen=True)
class FormDefinition:
    format_version: int
    id: str
    version: int
    kind: FormKind
    title: Labels
    intro: Labels | None
    privacy_notice: Labels
    opens: date
    closes: date
    hubs: tuple[str, ...]
    """Hubs whose terminals offer the form; empty means every hub of the region."""
    questions: tuple[Question, ...]
    results_public: bool = False
    """Surveys only: once closed, the aggregated results are shown at the terminals."""
    source: Mapping[str, JSONValue] = field(default_factory=dict, compare=False, repr=False)
    """The JSON object the definition was parsed from (stored and forwarded as is)."""

    def question(self, question_id: str) -> Question | None:
        for question in self.questions:
            if question.id == question_id:
                return question
        return None

    @property
    def consent_question(self) -> Question | None:
        for question in self.questions:
            if question.consent:
                return question
        return None

    @property
    def asks_for_contact(self) -> bool:
        return any(q.personal for q in self.questions)

    def is_open(self, day: date) -> bool:
        return self.opens <= day <= self.closes

    def is_closed(self, day: date) -> bool:
        return day > self.closes

    def offered_at(self, hub_id: str | None) -> bool:
        return not self.hubs or hub_id is None or hub_id in self.hubs


def label(labels: Labels | None, language: str = "de") -> str:
    """The text in ``language``, else German (always there), else ``""`` for ``None``."""
    if labels is None:
        return ""
    return labels.get(language) or labels.get("de", "")


__all__ = [
    "CHART_TYPES",
    "CONDITION_SOURCE_TYPES",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "PERSONAL_TYPES",
    "TEXT_TYPES",
    "Condition",
    "FormDefinition",
    "FormKind",
    "Labels",
    "Option",
    "Place",
    "Question",
    "QuestionType",
    "label",
]
