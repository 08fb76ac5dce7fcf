"""Participation on the server: form versions, submissions validated again, survey results.

* :func:`import_form` stores a form definition version (``kiosk server forms import``). A
  version, once stored, never changes; a newer one is published to the terminals as a ``form``
  change (region-wide; a terminal filters by the form's ``hubs``).
* :func:`apply_submission` is what a ``submission.create`` entry naming a form does: the payload
  is checked, the answers are validated with the **same** core function the terminal used
  (:func:`kiosk.core.forms.validate_answers`) against the form version the citizen filled in,
  and the submission is stored in the push's transaction. A repeat of the same submission id
  is answered with the stored outcome.
* :func:`survey_results` counts the answers of a closed survey over all its versions.

Export: :mod:`kiosk.server.forms_export`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.core.forms import (
    FormDefinition,
    FormKind,
    FormResults,
    aggregate_results,
    canonical_form_json,
    form_data,
    form_sha256,
    parse_form_definition,
    results_data,
    validate_answers,
)
from kiosk.errors import KnownError
from kiosk.server import changes
from kiosk.server.models import Base, UTCDateTime
from kiosk.sync.protocol import JSONObject

FORM_CHANGE_KIND = "form"
RESULTS_CHANGE_KIND = "survey_results"
_HEX32 = re.compile(r"[0-9a-f]{32}")
_REFERENCE = re.compile(r"[A-Z]-[A-Z0-9]{4}-[A-Z0-9]{4}")
MAX_LISTED_ERRORS = 5


class ServerForm(Base):
    """One version of a form definition (canonical JSON, exactly as imported)."""

    __tablename__ = "forms"

    form_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    sha256: Mapped[str] = mapped_column(String(64))
    definition: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ServerSubmission(Base):
    """A validated submission; ``answers`` is canonical JSON of the answers as sent."""

    __tablename__ = "submissions"
    __table_args__ = (Index("ix_submissions_form_id_received_at", "form_id", "received_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    entry_id: Mapped[str] = mapped_column(String(32))
    hub_id: Mapped[str] = mapped_column(String(64))
    form_id: Mapped[str] = mapped_column(String(64))
    form_version: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answers: Mapped[str] = mapped_column(Text)


class FormVersionConflict(KnownError):
    """A form version is imported again with different content."""


class SubmissionRejected(Exception):
    """A submission can never be stored as it is (the push answers ``rejected``)."""

    def __init__(self, code: str, message_de: str, message_en: str) -> None:
        super().__init__(message_en)
        self.code = code
        self.message_de = message_de
        self.message_en = message_en


# --- forms ------------------------------------------------------------------------------------


def import_form(session: Session, form: FormDefinition, *, now: datetime | None = None) -> str:
    """Store a form version: ``"added"``, ``"unchanged"`` (same content), or
    :class:`FormVersionConflict`. The newest version is published to the terminals."""
    when = now or datetime.now(UTC)
    digest = form_sha256(form)
    stored = session.get(ServerForm, (form.id, form.version))
    if stored is not None:
        if stored.sha256 == digest:
            return "unchanged"
        raise FormVersionConflict(
            f"form {form.id!r} version {form.version} is already stored with other content; "
            "raise 'version' in the file"
        )
    session.add(
        ServerForm(
            form_id=form.id,
            version=form.version,
            kind=form.kind.value,
            sha256=digest,
            definition=canonical_form_json(form),
            imported_at=when,
        )
    )
    session.flush()
    latest = latest_form(session, form.id)
    if latest is not None and latest.version == form.version:
        changes.publish(session, kind=FORM_CHANGE_KIND, key=form.id, data=form_data(form), now=when)
    return "added"


def _parse(row: ServerForm) -> FormDefinition:
    return parse_form_definition(json.loads(row.definition))


def form_version(session: Session, form_id: str, version: int) -> FormDefinition | None:
    row = session.get(ServerForm, (form_id, version))
    return None if row is None else _parse(row)


def form_versions(session: Session, form_id: str) -> list[FormDefinition]:
    """Every stored version of a form, oldest first."""
    rows = session.scalars(
        select(ServerForm).where(ServerForm.form_id == form_id).order_by(ServerForm.version)
    )
    return [_parse(row) for row in rows]


def latest_form(session: Session, form_id: str) -> FormDefinition | None:
    row = session.scalars(
        select(ServerForm)
        .where(ServerForm.form_id == form_id)
        .order_by(ServerForm.version.desc())
        .limit(1)
    ).first()
    return None if row is None else _parse(row)


def list_forms(session: Session) -> list[tuple[str, int, str, int]]:
    """(form id, newest version, kind, number of submissions) of every form."""
    result = []
    for form_id in session.scalars(
        select(ServerForm.form_id).distinct().order_by(ServerForm.form_id)
    ):
        latest = latest_form(session, form_id)
        assert latest is not None
        count = len(
            session.scalars(
                select(ServerSubmission.id).where(ServerSubmission.form_id == form_id)
            ).all()
        )
        result.append((form_id, latest.version, latest.kind.value, count))
    return result


# --- submissions ------------------------------------------------------------------------------


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\ufeff]")


def _printable(question_id: str | None) -> str:
    """A question id from the payload, safe to echo in a reason (no NUL, no controls)."""
    if question_id is None:
        return "answers"
    text = _UNPRINTABLE.sub("?", question_id)
    return text if len(text) <= 64 else text[:63] + "…"


def _invalid(what_de: str, what_en: str) -> SubmissionRejected:
    return SubmissionRejected(
        "invalid_payload",
        f"Die Einreichung ist unvollständig: {what_de}.",
        f"The submission is incomplete: {what_en}.",
    )


def _payload_text(
    payload: Mapping[str, Any], key: str, pattern: re.Pattern[str] | None, limit: int
) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not 1 <= len(value) <= limit:
        raise _invalid(f"„{key}“ fehlt oder ist ungültig", f"{key!r} is missing or invalid")
    if pattern is not None and not pattern.fullmatch(value):
        raise _invalid(f"„{key}“ hat nicht die erwartete Form", f"{key!r} has the wrong shape")
    return value


def _submitted_at(payload: Mapping[str, Any]) -> datetime:
    text = _payload_text(payload, "submitted_at", None, 40)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise _invalid(
            "„submitted_at“ ist keine Zeitangabe", "'submitted_at' is no timestamp"
        ) from None
    if when.tzinfo is None or when.utcoffset() is None:
        raise _invalid("„submitted_at“ ohne Zeitzone", "'submitted_at' has no UTC offset")
    return when.astimezone(UTC)


def apply_submission(
    session: Session,
    *,
    terminal_id: str,
    hub_id: str,
    entry_id: str,
    payload: Mapping[str, Any],
    now: datetime,
) -> JSONObject:
    """Validate and store a form submission (see the module docstring)."""
    submission_id = _payload_text(payload, "submission_id", _HEX32, 32)
    reference = _payload_text(payload, "reference", _REFERENCE, 16)
    form_id = _payload_text(payload, "form_id", None, 64)
    language = _payload_text(payload, "language", None, 8)
    version = payload.get("form_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _invalid(
            "„form_version“ fehlt oder ist ungültig", "'form_version' is missing or invalid"
        )
    submitted_at = _submitted_at(payload)
    answers = payload.get("answers")
    result: JSONObject = {"stored": True, "submission_id": submission_id, "reference": reference}
    existing = session.get(ServerSubmission, submission_id)
    if existing is not None:
        if existing.form_id == form_id and existing.terminal_id == terminal_id:
            return result  # the same submission delivered under another entry id
        raise SubmissionRejected(
            "submission_id_reused",
            "Diese Einreichungs-ID ist schon vergeben.",
            "This submission id is already taken.",
        )
    form = form_version(session, form_id, version)
    if form is None:
        raise SubmissionRejected(
            "unknown_form",
            f"Der Server kennt das Formular „{form_id}“ in Version {version} nicht.",
            f"The server does not know form {form_id!r} version {version} "
            "(import it with 'kiosk server forms import').",
        )
    errors = validate_answers(form, answers)
    if errors:
        listed = "; ".join(
            f"{_printable(e.question)}: {e.message}" for e in errors[:MAX_LISTED_ERRORS]
        )
        raise SubmissionRejected(
            "invalid_answers",
            f"Die Antworten passen nicht zum Formular ({len(errors)} Fehler): {listed}",
            f"The answers do not fit the form ({len(errors)} problems): {listed}",
        )
    assert isinstance(answers, Mapping)
    session.add(
        ServerSubmission(
            id=submission_id,
            terminal_id=terminal_id,
            entry_id=entry_id,
            hub_id=hub_id,
            form_id=form_id,
            form_version=version,
            reference=reference,
            language=language,
            submitted_at=submitted_at,
            received_at=now,
            answers=json.dumps(answers, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        )
    )
    session.flush()
    return result


def stored_submissions(session: Session, form_id: str) -> list[ServerSubmission]:
    return list(
        session.scalars(
            select(ServerSubmission)
            .where(ServerSubmission.form_id == form_id)
            .order_by(
                ServerSubmission.received_at, ServerSubmission.submitted_at, ServerSubmission.id
            )
        )
    )


# --- results ----------------------------------------------------------------------------------


class ResultsNotAvailable(KnownError):
    """Results are only counted for surveys that have closed."""


def survey_results(session: Session, form_id: str, *, today: date | None = None) -> FormResults:
    """Count the answers of a closed survey, all versions, against its newest definition."""
    form = latest_form(session, form_id)
    if form is None:
        raise ResultsNotAvailable(f"no form {form_id!r} on this server")
    if form.kind is not FormKind.SURVEY:
        raise ResultsNotAvailable(f"form {form_id!r} is a {form.kind.value}, not a survey")
    day = today or datetime.now(UTC).date()
    if not form.is_closed(day):
        raise ResultsNotAvailable(f"survey {form_id!r} runs until {form.closes.isoformat()}")
    return aggregate_results(
        form, (json.loads(s.answers) for s in stored_submissions(session, form_id))
    )


def publish_results(session: Session, form_id: str, *, today: date | None = None) -> FormResults:
    """Count a closed survey whose results are public and publish them to every terminal
    (a ``survey_results`` change, key: the form id). Publishing again replaces them."""
    form = latest_form(session, form_id)
    if form is not None and not form.results_public:
        raise ResultsNotAvailable(f"survey {form_id!r} does not publish its results")
    results = survey_results(session, form_id, today=today)
    changes.publish(
        session,
        kind=RESULTS_CHANGE_KIND,
        key=form_id,
        data=results_data(results),
        now=datetime.now(UTC),
    )
    return results


__all__ = [
    "FORM_CHANGE_KIND",
    "RESULTS_CHANGE_KIND",
    "FormVersionConflict",
    "ResultsNotAvailable",
    "ServerForm",
    "ServerSubmission",
    "SubmissionRejected",
    "apply_submission",
    "form_version",
    "form_versions",
    "import_form",
    "latest_form",
    "list_forms",
    "publish_results",
    "stored_submissions",
    "survey_results",
]
