"""Participation on the terminal: saved forms, submissions, and pulled survey results.

* :func:`save_forms` stores form definitions (imported from files or pulled from the server)
  **whole or nothing**: every definition is parsed first; one bad definition refuses the whole
  batch with its reason and the forms saved before stay as they were. A definition older than
  the stored one is ignored; the same version with other content is refused (a published
  version never changes).
* :func:`submit` writes the submission row and its ``submission.create`` outbox entry in ONE
  :meth:`~kiosk.store.db.Database.write` (DESIGN rule 1) and returns the reference number the
  thank-you screen shows. The answers are validated with the same core function the server
  uses; contact data can only pass when the form asks for it and the citizen agreed (see
  ``kiosk.core.forms.validate``). The submission records the form version it was made with.
* The submission row keeps no answers: they travel in the outbox payload only, which
  ``purge_sent`` removes once the server has it (DESIGN rule 6).
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from os import PathLike
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.core.forms import (
    FormDefinition,
    FormDefinitionError,
    FormKind,
    FormResults,
    canonical_form_json,
    form_sha256,
    parse_form_definition,
    parse_form_json,
    parse_results,
    results_data,
    validate_answers,
)
from kiosk.errors import KnownError
from kiosk.store.base import Base
from kiosk.store.db import Database
from kiosk.store.outbox import encode_payload, enqueue
from kiosk.store.sync_adapter import ReplicaRecord
from kiosk.store.types import UTCDateTime, utc_now

SUBMISSION_KIND = "submission.create"
FORM_CHANGE_KIND = "form"
"""Pulled change kind of a form definition (key: form id), published by the server."""
RESULTS_CHANGE_KIND = "survey_results"
"""Pulled change kind of a closed survey's results (key: form id)."""
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
REFERENCE_PREFIX = {FormKind.SURVEY: "U", FormKind.IDEA: "I", FormKind.DEFECT_REPORT: "M"}


class FormImportError(KnownError):
    """A batch of form definitions was refused whole; the saved forms are unchanged."""


class SubmissionRefused(KnownError):
    """The answers do not fit the form (a bug in the caller: the UI checks before submitting)."""


class StoredForm(Base):
    __tablename__ = "participation_form"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    opens: Mapped[str] = mapped_column(String(10))
    closes: Mapped[str] = mapped_column(String(10))
    sha256: Mapped[str] = mapped_column(String(64))
    definition: Mapped[str] = mapped_column(Text)
    """Canonical JSON of the definition as received."""
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StoredSubmission(Base):
    __tablename__ = "participation_submission"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    form_id: Mapped[str] = mapped_column(String(64))
    form_version: Mapped[int] = mapped_column(Integer)
    with_contact: Mapped[bool] = mapped_column(Boolean)
    outbox_entry_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StoredResults(Base):
    __tablename__ = "participation_results"

    form_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    form_version: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- forms ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SaveReport:
    saved: tuple[str, ...]
    """Form ids stored new or in a newer version."""
    unchanged: tuple[str, ...]
    skipped_older: tuple[str, ...]
    """Definitions older than the stored version (ignored; the newer one stays)."""


def _parse_all(documents: Iterable[Mapping[str, Any] | FormDefinition]) -> list[FormDefinition]:
    forms: list[FormDefinition] = []
    seen: dict[str, int] = {}
    for index, document in enumerate(documents):
        if isinstance(document, FormDefinition):
            form = document
        else:
            try:
                form = parse_form_definition(document)
            except FormDefinitionError as exc:
                form_id = document.get("id") if isinstance(document, Mapping) else None
                name = f"form {form_id!r}" if isinstance(form_id, str) else f"form #{index + 1}"
                raise FormImportError(
                    f"{name} refused, no form changed: {exc.path}: {exc.reason}"
                ) from None
        if form.id in seen:
            raise FormImportError(f"form {form.id!r} appears twice in one batch; no form changed")
        seen[form.id] = index
        forms.append(form)
    return forms


def save_forms(
    db: Database,
    documents: Iterable[Mapping[str, Any] | FormDefinition],
    *,
    now: datetime | None = None,
) -> SaveReport:
    """Store form definitions, all or none (see the module docstring)."""
    forms = _parse_all(documents)
    when = now or utc_now()
    saved: list[str] = []
    unchanged: list[str] = []
    older: list[str] = []
    with db.write() as session:
        for form in forms:
            digest = form_sha256(form)
            row = session.get(StoredForm, form.id)
            if row is not None:
                if row.version > form.version:
                    older.append(form.id)
                    continue
                if row.version == form.version:
                    if row.sha256 == digest:
                        unchanged.append(form.id)
                        continue
                    raise FormImportError(
                        f"form {form.id!r} version {form.version} differs from the saved "
                        "version with the same number (raise 'version' with every change); "
                        "no form changed"
                    )
            else:
                row = StoredForm(id=form.id)
                session.add(row)
            row.version = form.version
            row.kind = form.kind.value
            row.opens = form.opens.isoformat()
            row.closes = form.closes.isoformat()
            row.sha256 = digest
            row.definition = canonical_form_json(form)
            row.saved_at = when
            saved.append(form.id)
    return SaveReport(tuple(saved), tuple(unchanged), tuple(older))


def import_form_files(db: Database, paths: Iterable[str | PathLike[str]]) -> SaveReport:
    """Read JSON files and :func:`save_forms` them (all or nothing)."""
    documents: list[FormDefinition] = []
    for path in paths:
        file = Path(path)
        try:
            documents.append(parse_form_json(file.read_bytes(), source=str(file)))
        except OSError as exc:
            raise FormImportError(
                f"{file}: cannot read ({exc.strerror}); no form changed"
            ) from None
        except FormDefinitionError as exc:
            raise FormImportError(f"{exc}; no form changed") from None
    return save_forms(db, documents)


def _load(row: StoredForm) -> FormDefinition:
    return parse_form_definition(json.loads(row.definition))


def load_forms(db: Database) -> list[FormDefinition]:
    """Every saved form, newest opening date first."""
    with db.session() as session:
        rows = session.scalars(
            select(StoredForm).order_by(StoredForm.opens.desc(), StoredForm.id)
        ).all()
    return [_load(row) for row in rows]


def get_form(db: Database, form_id: str) -> FormDefinition | None:
    with db.session() as session:
        row = session.get(StoredForm, form_id)
    return None if row is None else _load(row)


def open_forms(db: Database, today: date, hub_id: str | None = None) -> list[FormDefinition]:
    """The forms a citizen can fill in today at this hub."""
    return [f for f in load_forms(db) if f.is_open(today) and f.offered_at(hub_id)]


@dataclass(frozen=True)
class PulledForms:
    report: SaveReport
    refused: tuple[str, ...]
    """One line per pulled definition that was refused (its previous version stays)."""


def import_pulled_forms(db: Database) -> PulledForms:
    """Save the form definitions the sync pulled (``form`` changes) that are new or newer.

    Each pulled form is judged on its own: a bad definition is refused with its reason and the
    version saved before stays; the others are saved.
    """
    with db.session() as session:
        rows = session.execute(
            select(ReplicaRecord.key, ReplicaRecord.data).where(
                ReplicaRecord.kind == FORM_CHANGE_KIND
            )
        ).all()
        stored = dict(session.execute(select(StoredForm.id, StoredForm.version)).all())
    saved: list[str] = []
    unchanged: list[str] = []
    older: list[str] = []
    refused: list[str] = []
    for key, text in sorted(rows):
        data = json.loads(text)
        version = data.get("version") if isinstance(data, dict) else None
        if isinstance(version, int) and stored.get(key, 0) > version:
            older.append(key)
            continue
        if isinstance(data, dict) and data.get("id") != key:
            refused.append(f"form {key!r} refused: the definition names another id")
            continue
        try:
            report = save_forms(db, [data])
        except FormImportError as exc:
            refused.append(str(exc))
            continue
        saved += report.saved
        unchanged += report.unchanged
        older += report.skipped_older
    return PulledForms(SaveReport(tuple(saved), tuple(unchanged), tuple(older)), tuple(refused))


# --- submissions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    id: str
    reference: str
    form_id: str
    form_version: int
    outbox_entry_id: str
    with_contact: bool


def new_reference(kind: FormKind) -> str:
    """``U-7K3P-2Q4X``: kind letter and 8 characters without look-alikes (40 bits)."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{REFERENCE_PREFIX[kind]}-{chars[:4]}-{chars[4:]}"


def _free_reference(session: Session, kind: FormKind) -> str:
    while True:
        reference = new_reference(kind)
        taken = session.scalar(
            select(StoredSubmission.id).where(StoredSubmission.reference == reference)
        )
        if taken is None:
            return reference


def submission_payload(
    form: FormDefinition,
    answers: Mapping[str, Any],
    *,
    submission_id: str,
    reference: str,
    submitted_at: datetime,
    language: str,
) -> dict[str, Any]:
    return {
        "submission_id": submission_id,
        "reference": reference,
        "form_id": form.id,
        "form_version": form.version,
        "language": language,
        "submitted_at": submitted_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "answers": dict(answers),
    }


def submit(
    db: Database,
    form: FormDefinition,
    answers: Mapping[str, Any],
    *,
    language: str = "de",
    now: datetime | None = None,
) -> Submission:
    """Save a submission and its outbox entry in one transaction; returns it with its reference.

    ``form`` is the definition the citizen filled in (kept by the caller): a newer version that
    arrived meanwhile does not change what is recorded.
    """
    errors = validate_answers(form, answers)
    if errors:
        first = errors[0]
        raise SubmissionRefused(
            f"answers refused for form {form.id!r}: {first.question}: {first.message}"
        )
    # Normalise to plain JSON (and fail here, not in the outbox, on something JSON can't carry).
    plain = json.loads(encode_payload(dict(answers)))
    when = now or utc_now()
    submission_id = uuid.uuid4().hex
    with_contact = any(q.personal and q.id in plain for q in form.questions)
    with db.write() as session:
        reference = _free_reference(session, form.kind)
        payload = submission_payload(
            form, plain, submission_id=submission_id, reference=reference,
            submitted_at=when, language=language,
        )  # fmt: skip
        entry_id = enqueue(session, SUBMISSION_KIND, payload, now=when)
        session.add(
            StoredSubmission(
                id=submission_id,
                reference=reference,
                form_id=form.id,
                form_version=form.version,
                with_contact=with_contact,
                outbox_entry_id=entry_id,
                created_at=when,
            )
        )
    return Submission(submission_id, reference, form.id, form.version, entry_id, with_contact)


def submissions(db: Database) -> list[Submission]:
    with db.session() as session:
        rows = session.scalars(select(StoredSubmission).order_by(StoredSubmission.created_at))
        return [
            Submission(
                r.id, r.reference, r.form_id, r.form_version, r.outbox_entry_id, r.with_contact
            )
            for r in rows
        ]


# --- results ----------------------------------------------------------------------------------


def save_results(
    db: Database, data: Mapping[str, Any], *, now: datetime | None = None
) -> FormResults:
    """Store the published results of a closed survey (validated whole first)."""
    try:
        results = parse_results(data)
    except FormDefinitionError as exc:
        raise FormImportError(f"survey results refused: {exc.path}: {exc.reason}") from None
    text = encode_payload(results_data(results))
    with db.write() as session:
        row = session.get(StoredResults, results.form_id)
        if row is None:
            row = StoredResults(form_id=results.form_id)
            session.add(row)
        row.form_version = results.form_version
        row.data = text
        row.saved_at = now or utc_now()
    return results


def import_pulled_results(db: Database) -> tuple[str, ...]:
    """Save the survey results the sync pulled (``survey_results`` changes); returns the
    reasons of those refused (malformed; the results saved before stay)."""
    with db.session() as session:
        rows = session.execute(
            select(ReplicaRecord.key, ReplicaRecord.data).where(
                ReplicaRecord.kind == RESULTS_CHANGE_KIND
            )
        ).all()
        known = dict(session.execute(select(StoredResults.form_id, StoredResults.data)).all())
    refused: list[str] = []
    for key, text in sorted(rows):
        data = json.loads(text)
        if known.get(key) == encode_payload(data):
            continue
        try:
            save_results(db, data)
        except FormImportError as exc:
            refused.append(f"{key}: {exc}")
    return tuple(refused)


def load_results(db: Database, form_id: str) -> FormResults | None:
    with db.session() as session:
        row = session.get(StoredResults, form_id)
    return None if row is None else parse_results(json.loads(row.data))


def closed_surveys_with_results(
    db: Database, today: date
) -> list[tuple[FormDefinition, FormResults]]:
    """Closed surveys whose results are public and have arrived, newest closing date first."""
    found: list[tuple[FormDefinition, FormResults]] = []
    for form in sorted(load_forms(db), key=lambda f: f.closes, reverse=True):
        if form.kind is FormKind.SURVEY and form.results_public and form.is_closed(today):
            results = load_results(db, form.id)
            if results is not None:
                found.append((form, results))
    return found


__all__ = [
    "FORM_CHANGE_KIND",
    "RESULTS_CHANGE_KIND",
    "SUBMISSION_KIND",
    "FormImportError",
    "PulledForms",
    "SaveReport",
    "StoredForm",
    "StoredResults",
    "StoredSubmission",
    "Submission",
    "SubmissionRefused",
    "closed_surveys_with_results",
    "get_form",
    "import_form_files",
    "import_pulled_forms",
    "import_pulled_results",
    "load_forms",
    "load_results",
    "new_reference",
    "open_forms",
    "save_forms",
    "save_results",
    "submission_payload",
    "submissions",
    "submit",
]
