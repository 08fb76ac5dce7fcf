"""Export a form's submissions as CSV or JSON, one column per question, stable across versions.

Columns: ``reference, submitted_at, received_at, hub_id, form_version``, then one per question
id — the questions of the newest version in their order, then those only older versions had
(newest first). A question id keeps its column for the life of the form, so exports of
different days line up. CSV cells (for a spreadsheet): text as typed, option ids, multiple
choices joined with ``;``, yes/no as ``ja``/``nein``, location as ``Village: Street`` (the
village's German name) or ``kein Ort``; unanswered is empty. A text cell that starts with
``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading ``'`` (as in the bookings
export) so a spreadsheet shows it instead of running it as a formula; number and rating answers
stay plain numbers. JSON keeps the raw values.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from sqlalchemy.orm import Session

from kiosk.core.forms import FormDefinition, Question, QuestionType, label
from kiosk.errors import KnownError
from kiosk.server.export import safe_cell
from kiosk.server.forms import ServerSubmission, form_versions, stored_submissions

FIXED_COLUMNS = ("reference", "submitted_at", "received_at", "hub_id", "form_version")
FORMATS = ("csv", "json")


class ExportError(KnownError):
    """Nothing to export (unknown form)."""


def question_columns(versions: list[FormDefinition]) -> list[Question]:
    """One question per id: newest version's order first, then ids only older versions had."""
    columns: dict[str, Question] = {}
    for form in reversed(versions):
        for question in form.questions:
            columns.setdefault(question.id, question)
    return list(columns.values())


def _timestamp(value: Any) -> str:
    return str(value.strftime("%Y-%m-%dT%H:%M:%SZ"))


def csv_cell(question: Question, value: Any) -> str:
    """The answer as a spreadsheet cell; citizen-typed text is defused (see the module doc)."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return json.dumps(value)  # a number: a spreadsheet reads it as one, never as a formula
    return safe_cell(_cell_text(question, value))


def _cell_text(question: Question, value: Any) -> str:
    if question.type is QuestionType.YES_NO and isinstance(value, bool):
        return "ja" if value else "nein"
    if question.type is QuestionType.MULTIPLE_CHOICE and isinstance(value, list):
        return ";".join(str(v) for v in value)
    if question.type is QuestionType.LOCATION and isinstance(value, dict):
        if value.get("no_place") is True:
            return "kein Ort"
        place = question.place(str(value.get("village")))
        village = label(place.name) if place is not None else str(value.get("village"))
        return f"{village}: {value['street']}" if "street" in value else village
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _rows(session: Session, form_id: str) -> tuple[list[Question], list[ServerSubmission]]:
    versions = form_versions(session, form_id)
    if not versions:
        raise ExportError(f"no form {form_id!r} on this server (kiosk server forms list)")
    return question_columns(versions), stored_submissions(session, form_id)


def export_csv(session: Session, form_id: str) -> str:
    questions, submissions = _rows(session, form_id)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*FIXED_COLUMNS, *(q.id for q in questions)])
    for s in submissions:
        answers = json.loads(s.answers)
        writer.writerow(
            [
                safe_cell(s.reference),
                _timestamp(s.submitted_at),
                _timestamp(s.received_at),
                safe_cell(s.hub_id),
                str(s.form_version),
                *(csv_cell(q, answers.get(q.id)) for q in questions),
            ]
        )
    return out.getvalue()


def export_json(session: Session, form_id: str) -> str:
    questions, submissions = _rows(session, form_id)
    document = {
        "form_id": form_id,
        "columns": [*FIXED_COLUMNS, *(q.id for q in questions)],
        "questions": [
            {"id": q.id, "type": q.type.value, "label": dict(q.label)} for q in questions
        ],
        "submissions": [
            {
                "reference": s.reference,
                "submitted_at": _timestamp(s.submitted_at),
                "received_at": _timestamp(s.received_at),
                "hub_id": s.hub_id,
                "form_version": s.form_version,
                "answers": {q.id: json.loads(s.answers).get(q.id) for q in questions},
            }
            for s in submissions
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_submissions(session: Session, form_id: str, fmt: str) -> str:
    if fmt == "csv":
        return export_csv(session, form_id)
    if fmt == "json":
        return export_json(session, form_id)
    raise ExportError(f"unknown export format {fmt!r} (csv or json)")


__all__ = ["FIXED_COLUMNS", "FORMATS", "ExportError", "export_submissions", "question_columns"]
