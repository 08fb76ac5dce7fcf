"""``kiosk server content import PACK``: validated whole, published as one pull change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.core.content import parse_content_pack
from kiosk.core.content_change import CONTENT_CHANGE_KIND, pack_from_envelope
from kiosk.server.cli import main
from kiosk.server.db import Database

DEMO_PACK = Path(__file__).resolve().parents[2] / "resources" / "demo" / "content-pack.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def demo() -> dict[str, object]:
    value = json.loads(DEMO_PACK.read_text(encoding="utf-8"))
    assert isinstance(value, dict)
    return value


def write(tmp_path: Path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def content_changes(url: str) -> list[tuple[int, dict[str, object]]]:
    from sqlalchemy import select

    from kiosk.server.models import Change

    db = Database(url)
    try:
        with db.read() as session:
            rows = session.execute(
                select(Change.seq, Change.data).where(Change.kind == CONTENT_CHANGE_KIND)
            ).all()
    finally:
        db.dispose()
    return [(seq, json.loads(data)) for seq, data in rows]


def test_import_publishes_the_pack_once_and_a_new_version_replaces_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    code, out, err = run(capsys, "content", "import", str(DEMO_PACK), "--db", url)
    assert code == 0, err
    assert "published as change" in out
    [(first_seq, envelope)] = content_changes(url)
    assert pack_from_envelope(envelope) == parse_content_pack(demo())

    code, out, _ = run(capsys, "content", "import", str(DEMO_PACK), "--db", url)
    assert (code, "nothing to do" in out) == (0, True)
    assert [seq for seq, _ in content_changes(url)] == [first_seq]

    newer = {**demo(), "pack_version": "2099.1"}
    code, out, _ = run(capsys, "content", "import", write(tmp_path, "new.json", newer), "--db", url)
    assert code == 0 and "2099.1" in out
    [(seq, envelope)] = content_changes(url)  # compacted: one row, moved to a new seq
    assert seq > first_seq and envelope["pack_version"] == "2099.1"


def _service_full(data: dict[str, object], text: str) -> dict[str, object]:
    services = data["services"]
    assert isinstance(services, list)
    return {**data, "services": [{**services[0], "full": text}, *services[1:]]}


@pytest.mark.parametrize(
    ("name", "broken", "message"),
    [
        ("not-json.json", "{ not json", "not valid JSON"),
        ("wrong-type.json", {**demo(), "villages": "Hohenwald"}, "villages"),
        (
            "script.json",
            _service_full(demo(), "<p>Hallo</p><script>alert(1)</script>"),
            "<script> is not allowed",
        ),
        (
            "remote-image.json",
            _service_full(demo(), '<p><img src="http://tracker.example/x.png"></p>'),
            "<img> is not allowed",
        ),
        (
            "onclick.json",
            _service_full(demo(), '<p onclick="steal()">Hallo</p>'),
            "onclick",
        ),
        (
            "javascript-link.json",
            _service_full(demo(), '<a href="javascript:alert(1)">Antrag</a>'),
            "href",
        ),
    ],
)
def test_an_invalid_pack_is_refused_whole_and_nothing_is_published(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    broken: object,
    message: str,
) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    assert run(capsys, "content", "import", str(DEMO_PACK), "--db", url)[0] == 0
    before = content_changes(url)
    path = tmp_path / name
    path.write_text(broken if isinstance(broken, str) else json.dumps(broken), encoding="utf-8")

    code, out, err = run(capsys, "content", "import", str(path), "--db", url)

    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("kiosk server: ") and message in err, err
    assert content_changes(url) == before


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    code, _out, err = run(capsys, "content", "import", str(tmp_path / "nope.json"), "--db", url)
    assert code == 1 and "cannot read the file" in err and err.count("\n") == 1
