"""Forms and survey results arrive with the pull: a real server on loopback, a real terminal
database; bad definitions from the server are refused with their reason, the old version stays."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk.core.forms import load_form_file, parse_form_definition
from kiosk.paths import resources_dir
from kiosk.server import forms as server_forms
from kiosk.server.schema import upgrade
from kiosk.store import participation as p
from kiosk.store.credentials import Credentials
from kiosk.store.db import Database, open_database
from kiosk.store.outbox import encode_payload
from kiosk.store.schema import prepare_database
from kiosk.store.sync_adapter import ReplicaRecord
from kiosk.ui.sync_ports import TerminalSync
from tests.server.live import Api, LiveServer

FORMS = resources_dir() / "demo" / "forms"
HUB = "dorfbuero-lindenbach"


def demo(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FORMS / f"{name}.json").read_text())
    return data


def pulled(db: Database, kind: str, key: str, data: Any, seq: int) -> None:
    """What the sync adapter stores for a pulled change (the replica table)."""
    with db.write() as session:
        session.merge(ReplicaRecord(kind=kind, key=key, seq=seq, data=encode_payload(data)))


def test_pulled_forms_are_saved_each_on_its_own(database: Database) -> None:
    p.save_forms(database, [demo("ideen")])
    good = demo("bushaltestelle")
    bad = demo("ideen")
    bad["version"] = 2
    bad["questions"][3]["show_if"] = {"question": "email", "equals": True}  # forward reference
    pulled(database, "form", good["id"], good, 1)
    pulled(database, "form", bad["id"], bad, 2)
    outcome = p.import_pulled_forms(database)
    assert outcome.report.saved == ("bushaltestelle-lindenbach",)
    assert len(outcome.refused) == 1
    assert outcome.refused[0].startswith("form 'ideen-dorfbuero' refused, no form changed: ")
    assert (
        "$.questions[3].show_if.question: refers to 'email', which comes later"
        in (outcome.refused[0])
    )
    assert p.get_form(database, "ideen-dorfbuero").version == 1  # type: ignore[union-attr]
    again = p.import_pulled_forms(database)
    assert again.report.unchanged == ("bushaltestelle-lindenbach",)

    unknown_type = demo("ideen")
    unknown_type["version"] = 3
    unknown_type["questions"][0]["type"] = "slider"
    pulled(database, "form", "ideen-dorfbuero", unknown_type, 3)
    assert 'unknown question type "slider"' in p.import_pulled_forms(database).refused[0]
    assert p.get_form(database, "ideen-dorfbuero").version == 1  # type: ignore[union-attr]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    upgrade(url)
    with LiveServer.start(url) as live:
        yield live


def test_forms_and_results_travel_with_the_pull(tmp_path: Path, server: LiveServer) -> None:
    survey = load_form_file(FORMS / "bushaltestelle.json")
    with server.database.write() as session:
        server_forms.import_form(session, survey)
    api = Api(server)
    enrolled = api.enroll(HUB, "Eingang")
    api.close()
    data = tmp_path / "terminal"
    prepare_database(data / "kiosk.sqlite3", data / "backups")
    db = open_database(data / "kiosk.sqlite3")
    credentials = Credentials(
        server.base_url,
        enrolled.terminal_id,
        enrolled.token,
        HUB,
        "Dorfbüro",
        "2026-11-26T00:00:00Z",
    )
    sync = TerminalSync(db, data, credentials)
    try:
        assert sync.run_round().ok
        assert p.import_pulled_forms(db).report.saved == (survey.id,)
        assert p.get_form(db, survey.id) == survey
        # a citizen answers offline; the next round delivers it
        p.submit(db, survey, {"standort": "schule", "nutzung": 3, "unterstand": False})
        assert sync.run_round().ok
        with server.database.write() as session:
            assert len(server_forms.stored_submissions(session, survey.id)) == 1
            server_forms.publish_results(session, survey.id, today=date(2027, 4, 1))
        assert sync.run_round().ok
        assert p.import_pulled_results(db) == ()
        shown = p.closed_surveys_with_results(db, date(2027, 4, 1))
        assert [(f.id, r.submissions) for f, r in shown] == [(survey.id, 1)]
        counts = {q.question: {b.key: b.count for b in q.bars} for q in shown[0][1].questions}
        assert counts["standort"]["schule"] == 1 and counts["unterstand"] == {"yes": 0, "no": 1}
    finally:
        sync.close()
        db.dispose()


def test_results_are_only_published_for_public_closed_surveys(server: LiveServer) -> None:
    ideas = parse_form_definition(demo("ideen"))
    with server.database.write() as session:
        server_forms.import_form(session, ideas)
        with pytest.raises(server_forms.ResultsNotAvailable, match="does not publish"):
            server_forms.publish_results(session, ideas.id, today=date(2031, 1, 1))
