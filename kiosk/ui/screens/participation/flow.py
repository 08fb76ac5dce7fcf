"""One citizen's pass through one form: the answers so far and where the form goes next.

Plain Python (no Qt): the question screens share one :class:`FormSession`; it lives only as long
as they do, so the navigator throwing the screens away (Home, the idle reset) forgets it. The
session keeps the :class:`~kiosk.core.forms.FormDefinition` it started with: a newer version
arriving meanwhile does not change the questions or what is submitted.
"""

from __future__ import annotations

from typing import Any

from kiosk.core.forms import (
    AnswerError,
    FormDefinition,
    Question,
    prune_hidden,
    validate_answers,
    visible_questions,
)


class FormSession:
    def __init__(self, form: FormDefinition) -> None:
        self.form = form
        self._answers: dict[str, Any] = {}
        self.reference: str | None = None
        """Set once submitted: the session cannot be submitted again."""

    # --- answers ------------------------------------------------------------------------------

    def answer(self, question_id: str) -> Any:
        return self._answers.get(question_id)

    def set_answer(self, question_id: str, value: Any) -> None:
        """Record an answer; ``None`` means unanswered. Answers to questions that are hidden
        now are kept while the citizen goes back and forth, and dropped on submit."""
        if value is None:
            self._answers.pop(question_id, None)
        else:
            self._answers[question_id] = value

    def answers(self) -> dict[str, Any]:
        """What would be submitted now: only the visible questions' answers."""
        return prune_hidden(self.form, self._answers)

    def clear(self) -> None:
        self._answers.clear()

    # --- order --------------------------------------------------------------------------------

    def visible(self) -> list[Question]:
        return visible_questions(self.form, self.answers())

    def position(self, question_id: str) -> tuple[int, int]:
        """(number of the question, number of questions) among those shown now, 1-based."""
        shown = [q.id for q in self.visible()]
        index = shown.index(question_id) + 1 if question_id in shown else len(shown)
        return index, len(shown)

    def next_after(self, question_id: str | None) -> Question | None:
        """The next visible question after ``question_id`` (the first one for ``None``)."""
        ids = [q.id for q in self.form.questions]
        start = 0 if question_id is None else ids.index(question_id) + 1
        shown = {q.id for q in self.visible()}
        for question in self.form.questions[start:]:
            if question.id in shown:
                return question
        return None

    def problems(self) -> list[AnswerError]:
        return validate_answers(self.form, self.answers())


__all__ = ["FormSession"]
