"""Participation on the server: forms, submissions validated again, export, results.

Submissions travel the real way: HTTP push to a uvicorn server on loopback.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.forms import (
    FormDefinition,
    load_form_file,
    parse_form_definition,
    validate_answers,
)
from kiosk.paths import resources_dir
from kiosk.server import forms as server_forms
from kiosk.server.cli import main as server_main
from kiosk.server.forms_export import export_submissions
from kiosk.server.schema import upgrade
from kiosk.sync import protocol as p
from tests.server.live import Api, LiveServer
from tests.unit.test_forms_oracle import answers_for, form_json

FORMS = resources_dir() / "demo" / "forms"
SURVEY = load_form_file(FORMS / "bushaltestelle.json")
DEFECT = load_form_file(FORMS / "maengelmelder.json")


def import_forms(server: LiveServer, *forms: FormDefinition) -> None:
    with server.database.write() as session:
        for form in forms:
            server_forms.import_form(session, form)


def submission(form: FormDefinition, answers: Any, **extra: Any) -> p.OutboxEntry:
    payload = {
        "submission_id": uuid.uuid4().hex,
        "reference": "U-ABCD-2345",
        "form_id": form.id,
        "form_version": form.version,
        "language": "de",
        "submitted_at": "2026-11-26T09:15:00.000000Z",
        "answers": answers,
        **extra,
    }
    return p.OutboxEntry(uuid.uuid4().hex, "submission.create", payload, datetime.now(UTC))


def export(server: LiveServer, form_id: str, fmt: str = "csv") -> str:
    with server.database.read() as session:
        return export_submissions(session, form_id, fmt)


GOOD = {"standort": "schule", "nutzung": 4, "unterstand": True, "barrierefrei": False,
        "anmerkung": "Bitte mit Licht, \"abends\"; dunkel!\nZweite Zeile"}  # fmt: skip


def test_valid_submissions_are_stored_and_exported(live_server: LiveServer, api: Api) -> None:
    import_forms(live_server, SURVEY)
    terminal = api.enroll("dorfbuero-lindenbach")
    entry = submission(SURVEY, GOOD)
    response = api.push(terminal.token, [entry])
    assert response.results[0].status == "accepted"
    assert response.results[0].result == {
        "stored": True, "submission_id": entry.payload["submission_id"], "reference": "U-ABCD-2345"
    }  # fmt: skip
    assert api.push(terminal.token, [entry]).results[0].status == "duplicate"
    rows = list(csv.DictReader(io.StringIO(export(live_server, SURVEY.id))))
    assert len(rows) == 1
    row = rows[0]
    assert row["reference"] == "U-ABCD-2345" and row["hub_id"] == "dorfbuero-lindenbach"
    assert (row["standort"], row["nutzung"], row["unterstand"]) == ("schule", "4", "ja")
    assert row["barrierefrei"] == "nein" and row["zwecke"] == ""
    assert row["anmerkung"] == GOOD["anmerkung"]
    document = json.loads(export(live_server, SURVEY.id, "json"))
    assert document["submissions"][0]["answers"]["anmerkung"] == GOOD["anmerkung"]


def test_the_server_refuses_what_the_terminal_would_refuse(
    live_server: LiveServer, api: Api
) -> None:
    import_forms(live_server, SURVEY, DEFECT)
    terminal = api.enroll("dorfbuero-lindenbach")
    defect = {"kategorie": "muell", "ort": {"village": "hohenwald", "street": "Marktplatz"},
              "beschreibung": "Sperrmüll am Brunnen", "rueckmeldung": False}  # fmt: skip
    entries = [
        submission(SURVEY, {**GOOD, "nutzung": 7}),
        submission(SURVEY, {"standort": "schule"}),
        submission(DEFECT, {**defect, "email": "a@example.de"}),  # contact without consent
        submission(SURVEY, GOOD, form_version=9),
        submission(SURVEY, GOOD, reference="nope"),
        submission(DEFECT, defect),
    ]
    results = api.push(terminal.token, entries).results
    assert [r.status for r in results] == ["rejected"] * 5 + ["accepted"]
    codes = [r.reason.code for r in results[:5] if r.reason]
    assert codes == ["invalid_answers"] * 3 + ["unknown_form", "invalid_payload"]
    assert results[0].reason and "nutzung" in results[0].reason.message_en
    assert results[2].reason and "email: is hidden" in results[2].reason.message_en
    assert len(list(csv.DictReader(io.StringIO(export(live_server, DEFECT.id))))) == 1
    assert list(csv.DictReader(io.StringIO(export(live_server, SURVEY.id)))) == []


def test_export_columns_are_stable_across_versions(live_server: LiveServer, api: Api) -> None:
    v1 = json.loads((FORMS / "bushaltestelle.json").read_text())
    v2 = json.loads(json.dumps(v1))
    v2["version"] = 2
    v2["questions"] = [q for q in v2["questions"] if q["id"] != "zwecke"]
    v2["questions"].insert(1, {"id": "uhrzeit", "type": "short_text", "label": {"de": "Wann?"}})
    first, second = parse_form_definition(v1), parse_form_definition(v2)
    import_forms(live_server, first, second)
    terminal = api.enroll("dorfbuero-lindenbach")
    api.push(
        terminal.token,
        [submission(first, {**GOOD, "zwecke": ["arzt", "einkauf"]}),
         submission(second, {**GOOD, "uhrzeit": "morgens"})],
    )  # fmt: skip
    reader = csv.reader(io.StringIO(export(live_server, SURVEY.id)))
    header, *rows = list(reader)
    old, new = sorted(rows, key=lambda row: row[4])
    assert header == [
        "reference", "submitted_at", "received_at", "hub_id", "form_version",
        "standort", "uhrzeit", "nutzung", "unterstand", "barrierefrei", "anmerkung", "zwecke",
    ]  # fmt: skip
    assert old[header.index("zwecke")] == "arzt;einkauf" and old[header.index("uhrzeit")] == ""
    assert new[header.index("uhrzeit")] == "morgens" and new[header.index("zwecke")] == ""
    assert (old[4], new[4]) == ("1", "2")


def test_forms_are_published_for_the_pull(live_server: LiveServer, api: Api) -> None:
    import_forms(live_server, SURVEY)
    terminal = api.enroll("regio-hub-hohenwald")
    changes = [c for c in api.pull(terminal.token).changes if c.kind == "form"]
    assert [(c.key, c.data and c.data["version"]) for c in changes] == [(SURVEY.id, 1)]
    assert parse_form_definition(changes[0].data) == SURVEY


def test_results_of_a_closed_survey(live_server: LiveServer, api: Api) -> None:
    import_forms(live_server, SURVEY)
    terminal = api.enroll("dorfbuero-lindenbach")
    api.push(
        terminal.token,
        [submission(SURVEY, GOOD), submission(SURVEY, {**GOOD, "standort": "dorfplatz"}),
         submission(SURVEY, {"standort": "schule", "nutzung": 2, "zwecke": ["arzt"],
                             "unterstand": False})],
    )  # fmt: skip
    with live_server.database.read() as session:
        with pytest.raises(server_forms.ResultsNotAvailable, match="runs until 2027-03-31"):
            server_forms.survey_results(session, SURVEY.id, today=date(2026, 11, 26))
        results = server_forms.survey_results(session, SURVEY.id, today=date(2027, 4, 1))
    assert results.submissions == 3
    by_question = {q.question: {b.key: b.count for b in q.bars} for q in results.questions}
    assert by_question["standort"] == {
        "dorfplatz": 1,
        "schule": 2,
        "neubaugebiet": 0,
        "friedhof": 0,
    }
    assert by_question["unterstand"] == {"yes": 2, "no": 1}
    assert by_question["zwecke"]["arzt"] == 1
    assert "anmerkung" not in by_question


def test_cli_imports_lists_and_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    files = [str(f) for f in sorted(FORMS.glob("*.json"))]
    assert server_main(["forms", "import", *files, "--db", url]) == 0
    assert "bushaltestelle-lindenbach v1: added" in capsys.readouterr().out
    assert server_main(["forms", "import", files[0], "--db", url]) == 0
    assert "unchanged" in capsys.readouterr().out
    assert server_main(["forms", "list", "--db", url]) == 0
    assert "maengelmelder" in capsys.readouterr().out
    out = tmp_path / "export.csv"
    args = ["export", "submissions", "--form", "maengelmelder", "--format", "csv"]
    assert server_main([*args, "--output", str(out), "--db", url]) == 0
    assert out.read_text().startswith("reference,submitted_at,received_at,hub_id,form_version,")
    assert server_main([*args[:2], "--form", "gibtsnicht", "--db", url]) == 1
    assert "no form 'gibtsnicht'" in capsys.readouterr().err
    assert server_main(["forms", "publish-results", "maengelmelder", "--db", url]) == 1
    assert "does not publish its results" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text(Path(files[0]).read_text().replace('"rating"', '"slider"'))
    assert server_main(["forms", "import", str(broken), "--db", url]) == 1
    assert 'unknown question type "slider"' in capsys.readouterr().err


# --- the terminal's verdict and the server's agree (through HTTP) --------------------------------


@pytest.fixture(scope="module")
def sqlite_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[LiveServer, Api, str]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('agree') / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as server:
        api = Api(server)
        try:
            yield server, api, api.enroll("hub").token
        finally:
            api.close()


_counter = itertools.count()


def _json_safe(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except ValueError:
        return False
    return True


@settings(
    max_examples=60, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)  # fmt: skip
@given(st.data())
def test_terminal_and_server_verdicts_agree(
    sqlite_server: tuple[LiveServer, Api, str], data: st.DataObject
) -> None:
    server, api, token = sqlite_server
    raw = data.draw(form_json())
    raw["id"] = f"gen-{next(_counter)}"
    form = parse_form_definition(raw)
    import_forms(server, form)
    batch = [data.draw(answers_for(raw)) for _ in range(4)]
    batch = [a for a in batch if _json_safe(a)]  # the terminal cannot even encode NaN/inf
    response = api.push(token, [submission(form, answers) for answers in batch])
    for answers, result in zip(batch, response.results, strict=True):
        terminal_ok = validate_answers(form, answers) == []
        assert (result.status == "accepted") == terminal_ok, (answers, result.reason)
        if not terminal_ok:
            assert result.reason is not None and result.reason.code == "invalid_answers"
