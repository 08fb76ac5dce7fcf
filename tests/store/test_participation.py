"""Participation store: all-or-nothing form saving, submissions with their outbox entry."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from kiosk.core.forms import aggregate_results, load_form_file, results_data
from kiosk.paths import resources_dir
from kiosk.store import participation as p
from kiosk.store.db import Database
from tests.store.conftest import raw_rows

DEMO = sorted((resources_dir() / "demo" / "forms").glob("*.json"))


def demo(name: str) -> dict[str, Any]:
    return json.loads((resources_dir() / "demo" / "forms" / f"{name}.json").read_text())


def test_demo_forms_import_and_open_forms_by_date_and_hub(database: Database) -> None:
    report = p.import_form_files(database, DEMO)
    assert sorted(report.saved) == ["bushaltestelle-lindenbach", "ideen-dorfbuero", "maengelmelder"]
    assert p.import_form_files(database, DEMO).unchanged == report.saved
    today = date(2026, 11, 26)
    assert len(p.open_forms(database, today, "dorfbuero-lindenbach")) == 3
    assert p.open_forms(database, date(2025, 1, 1)) == []
    hubs_only = demo("ideen")
    hubs_only.update(version=2, hubs=["regio-hub-hohenwald"])
    p.save_forms(database, [hubs_only])
    at_lindenbach = {f.id for f in p.open_forms(database, today, "dorfbuero-lindenbach")}
    assert "ideen-dorfbuero" not in at_lindenbach
    assert "ideen-dorfbuero" in {f.id for f in p.open_forms(database, today, "regio-hub-hohenwald")}


def test_a_bad_definition_refuses_the_batch_and_keeps_the_old_versions(
    database: Database, db_path: Path
) -> None:
    p.save_forms(database, [demo("bushaltestelle"), demo("ideen")])
    before = raw_rows(db_path, "SELECT id, version, sha256 FROM participation_form ORDER BY id")
    newer = demo("bushaltestelle")
    newer["version"] = 2
    bad = demo("ideen")
    bad["version"] = 2
    bad["questions"][0]["type"] = "slider"
    with pytest.raises(p.FormImportError) as info:
        p.save_forms(database, [newer, bad])
    assert str(info.value).startswith(
        "form 'ideen-dorfbuero' refused, no form changed: "
        "$.questions[0].type: unknown question type"
    )
    assert (
        raw_rows(db_path, "SELECT id, version, sha256 FROM participation_form ORDER BY id")
        == before
    )
    assert p.get_form(database, "ideen-dorfbuero").version == 1  # type: ignore[union-attr]

    cyclic = demo("bushaltestelle")
    cyclic["version"] = 3
    cyclic["questions"][0]["show_if"] = {"question": "unterstand", "equals": True}
    with pytest.raises(p.FormImportError, match=r"refers to 'unterstand', which comes later"):
        p.save_forms(database, [cyclic])
    no_german = demo("bushaltestelle")
    no_german["version"] = 3
    no_german["title"] = {"en": "Bus stop"}
    with pytest.raises(p.FormImportError, match=r"\$\.title\.de: a German text is required"):
        p.save_forms(database, [no_german])
    assert (
        raw_rows(db_path, "SELECT id, version, sha256 FROM participation_form ORDER BY id")
        == before
    )


def test_versions_only_move_forward_and_never_change_in_place(database: Database) -> None:
    v2 = demo("maengelmelder")
    v2["version"] = 2
    p.save_forms(database, [v2])
    assert p.save_forms(database, [demo("maengelmelder")]).skipped_older == ("maengelmelder",)
    changed = copy.deepcopy(v2)
    changed["title"]["de"] = "Anders"
    with pytest.raises(p.FormImportError, match="raise 'version'"):
        p.save_forms(database, [changed])
    assert p.get_form(database, "maengelmelder").title["de"] == v2["title"]["de"]  # type: ignore[union-attr]


SURVEY_ANSWERS = {"standort": "schule", "nutzung": 4, "unterstand": True, "barrierefrei": False}


def test_submit_writes_the_submission_and_its_outbox_entry_together(
    database: Database, db_path: Path
) -> None:
    form = load_form_file(resources_dir() / "demo" / "forms" / "bushaltestelle.json")
    p.save_forms(database, [form])
    when = datetime(2026, 11, 26, 9, 15, tzinfo=UTC)
    submission = p.submit(database, form, SURVEY_ANSWERS, now=when)
    assert submission.reference.startswith("U-") and len(submission.reference) == 11
    rows = raw_rows(db_path, "SELECT id, kind, payload FROM outbox")
    assert len(rows) == 1 and rows[0][0] == submission.outbox_entry_id
    assert rows[0][1] == "submission.create"
    payload = json.loads(str(rows[0][2]))
    assert payload == {
        "submission_id": submission.id,
        "reference": submission.reference,
        "form_id": "bushaltestelle-lindenbach",
        "form_version": 1,
        "language": "de",
        "submitted_at": "2026-11-26T09:15:00.000000Z",
        "answers": SURVEY_ANSWERS,
    }
    stored = raw_rows(
        db_path,
        "SELECT reference, form_id, form_version, with_contact, outbox_entry_id "
        "FROM participation_submission",
    )
    assert stored == [(submission.reference, form.id, 1, 0, submission.outbox_entry_id)]


def test_the_submission_keeps_the_version_it_was_filled_in_with(database: Database) -> None:
    old = load_form_file(resources_dir() / "demo" / "forms" / "bushaltestelle.json")
    p.save_forms(database, [old])
    newer = demo("bushaltestelle")
    newer["version"] = 2
    p.save_forms(database, [newer])  # arrives while the citizen is still on question 3
    submission = p.submit(database, old, SURVEY_ANSWERS)
    assert submission.form_version == 1
    assert p.get_form(database, old.id).version == 2  # type: ignore[union-attr]


def test_invalid_answers_write_nothing(database: Database, db_path: Path) -> None:
    form = load_form_file(resources_dir() / "demo" / "forms" / "bushaltestelle.json")
    with pytest.raises(p.SubmissionRefused, match="nutzung"):
        p.submit(database, form, {"standort": "schule", "unterstand": True})
    assert raw_rows(db_path, "SELECT count(*) FROM outbox") == [(0,)]
    assert raw_rows(db_path, "SELECT count(*) FROM participation_submission") == [(0,)]


def test_contact_data_only_with_consent(database: Database, db_path: Path) -> None:
    form = load_form_file(resources_dir() / "demo" / "forms" / "maengelmelder.json")
    base = {
        "kategorie": "beleuchtung",
        "ort": {"village": "lindenbach", "street": "Mühlweg"},
        "beschreibung": "Laterne vor Nr. 7 ist seit Tagen aus.",
    }
    with pytest.raises(p.SubmissionRefused, match="email"):
        p.submit(database, form, {**base, "rueckmeldung": False, "email": "a@example.de"})
    anonymous = p.submit(database, form, {**base, "rueckmeldung": False})
    contact = p.submit(database, form, {**base, "rueckmeldung": True, "email": "a@example.de"})
    assert (anonymous.with_contact, contact.with_contact) == (False, True)
    payloads = [
        json.loads(str(r[0])) for r in raw_rows(db_path, "SELECT payload FROM outbox ORDER BY seq")
    ]
    assert "email" not in payloads[0]["answers"]
    assert payloads[1]["answers"]["email"] == "a@example.de"
    # the submission rows hold no answers at all
    columns = [r[1] for r in raw_rows(db_path, "PRAGMA table_info(participation_submission)")]
    assert not {"answers", "email", "phone", "name"} & set(columns)


def test_a_failure_inside_the_transaction_leaves_neither_row(
    database: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = load_form_file(resources_dir() / "demo" / "forms" / "bushaltestelle.json")
    real_enqueue = p.enqueue

    def enqueue_then_fail(*args: Any, **kwargs: Any) -> str:
        real_enqueue(*args, **kwargs)
        raise OSError("simulated crash after the outbox insert")

    monkeypatch.setattr(p, "enqueue", enqueue_then_fail)
    with pytest.raises(OSError, match="simulated"):
        p.submit(database, form, SURVEY_ANSWERS)
    assert raw_rows(db_path, "SELECT count(*) FROM outbox") == [(0,)]
    assert raw_rows(db_path, "SELECT count(*) FROM participation_submission") == [(0,)]


def test_references_are_unique_and_readable(database: Database) -> None:
    form = load_form_file(resources_dir() / "demo" / "forms" / "bushaltestelle.json")
    refs = {p.submit(database, form, SURVEY_ANSWERS).reference for _ in range(30)}
    assert len(refs) == 30
    assert all(set(r[2:].replace("-", "")) <= set(p.REFERENCE_ALPHABET) for r in refs)


def test_results_of_closed_public_surveys(database: Database) -> None:
    form = load_form_file(resources_dir() / "demo" / "forms" / "bushaltestelle.json")
    p.save_forms(database, [form])
    results = aggregate_results(form, [SURVEY_ANSWERS, {**SURVEY_ANSWERS, "standort": "dorfplatz"}])
    p.save_results(database, results_data(results))
    assert p.load_results(database, form.id) == results
    assert p.closed_surveys_with_results(database, date(2026, 11, 26)) == []
    assert p.closed_surveys_with_results(database, date(2027, 4, 1)) == [(form, results)]
    with pytest.raises(p.FormImportError, match="survey results refused"):
        p.save_results(database, {"form_id": form.id})


def test_models_match_the_migration(database: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from kiosk.store.models import import_all_models

    metadata = import_all_models()
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert [d for d in diff if "participation_" in repr(d)] == []
