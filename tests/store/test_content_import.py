"""Importing a content pack into a real SQLite file: one copy, all or nothing, idempotent."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.exc import IntegrityError

from kiosk.core.content import ContentPack, load_content_pack, parse_content_pack
from kiosk.store.base import Base
from kiosk.store.content import (
    current_pack,
    has_content,
    import_content_pack,
    load_content,
    service_ids_bookable_at,
    service_ids_for_life_situation,
    service_ids_in_category,
)
from kiosk.store.db import Database, create_sqlite_engine
from kiosk.store.errors import DatabaseAccessError
from kiosk.store.migrate import alembic_config, upgrade_to
from kiosk.store.schema import prepare_database

from .conftest import raw_rows

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "content-pack.json"
CONTENT_TABLES = (
    "content_pack",
    "content_village",
    "content_office",
    "content_hub",
    "content_category",
    "content_life_situation",
    "content_service",
    "content_service_category",
    "content_service_life_situation",
    "content_service_hub",
)


@pytest.fixture(scope="module")
def demo_pack() -> ContentPack:
    return load_content_pack(DEMO)


def smaller_pack(pack: ContentPack) -> ContentPack:
    """A second, valid pack: a new version without the last five services."""
    data = json.loads(DEMO.read_text(encoding="utf-8"))
    data["pack_version"] = "2026.12.1"
    data["services"] = data["services"][:-5]
    return parse_content_pack(data)


def snapshot(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every content row, read with plain sqlite3."""
    return {t: raw_rows(db_path, f"SELECT * FROM {t} ORDER BY 1, 2") for t in CONTENT_TABLES}


def counts(db_path: Path) -> dict[str, int]:
    return {
        t: int(str(raw_rows(db_path, f"SELECT count(*) FROM {t}")[0][0])) for t in CONTENT_TABLES
    }


def test_import_fills_every_table(
    database: Database, db_path: Path, demo_pack: ContentPack
) -> None:
    result = import_content_pack(database, demo_pack)
    assert result.changed and result.previous_version is None
    assert result.services == len(demo_pack.services)
    n = counts(db_path)
    assert n["content_pack"] == 1
    assert n["content_village"] == 3
    assert n["content_hub"] == 3
    assert n["content_service"] == len(demo_pack.services)
    assert n["content_service_category"] == sum(len(s.category_ids) for s in demo_pack.services)
    assert n["content_service_hub"] == sum(len(s.bookable_at_hubs) for s in demo_pack.services)
    sha = raw_rows(db_path, "SELECT sha256, pack_version FROM content_pack")
    assert sha == [(demo_pack.sha256, demo_pack.pack_version)]


def test_importing_twice_keeps_one_copy_and_writes_nothing(
    database: Database, db_path: Path, demo_pack: ContentPack
) -> None:
    first = import_content_pack(database, demo_pack, now=datetime(2026, 11, 1, tzinfo=UTC))
    before = snapshot(db_path)
    again = import_content_pack(database, demo_pack, now=datetime(2026, 11, 2, tzinfo=UTC))
    assert first.changed and not again.changed
    assert again.previous_version == demo_pack.pack_version
    assert snapshot(db_path) == before  # not even imported_at moved
    assert counts(db_path)["content_service"] == len(demo_pack.services)


def test_a_new_pack_replaces_the_old_one_completely(
    database: Database, db_path: Path, demo_pack: ContentPack
) -> None:
    import_content_pack(database, demo_pack)
    newer = smaller_pack(demo_pack)
    result = import_content_pack(database, newer)
    assert result.changed and result.previous_version == demo_pack.pack_version
    gone = {s.id for s in demo_pack.services[-5:]}
    stored = {str(r[0]) for r in raw_rows(db_path, "SELECT id FROM content_service")}
    assert stored == {s.id for s in newer.services}
    assert not gone & stored
    linked = {
        str(r[0]) for r in raw_rows(db_path, "SELECT service_id FROM content_service_category")
    }
    assert not gone & linked
    info = current_pack(database)
    assert info is not None and info.pack_version == "2026.12.1"


@pytest.mark.parametrize("breakage", ["duplicate service", "hub in unknown village"])
def test_an_import_failing_midway_leaves_the_previous_content(
    database: Database, db_path: Path, demo_pack: ContentPack, breakage: str
) -> None:
    import_content_pack(database, demo_pack)
    before = snapshot(db_path)
    newer = smaller_pack(demo_pack)
    # Packs the parser would refuse, built by hand: the database itself refuses them after
    # the old rows were deleted and part of the new ones inserted.
    if breakage == "duplicate service":
        broken = dataclasses.replace(newer, services=(*newer.services, newer.services[0]))
    else:
        hub = dataclasses.replace(newer.hubs[-1], village_id="atlantis")
        broken = dataclasses.replace(newer, hubs=(*newer.hubs[:-1], hub))
    with pytest.raises(IntegrityError):
        import_content_pack(database, broken)
    assert snapshot(db_path) == before
    info = current_pack(database)
    assert info is not None and info.pack_version == demo_pack.pack_version
    # and the database is still usable for the next, good import
    assert import_content_pack(database, newer).changed


def test_load_content_gives_back_the_same_pack(database: Database, demo_pack: ContentPack) -> None:
    assert load_content(database) is None
    assert current_pack(database) is None
    import_content_pack(database, demo_pack)
    assert load_content(database) == demo_pack


def test_services_are_queryable_by_category_life_situation_and_hub(
    database: Database, demo_pack: ContentPack
) -> None:
    import_content_pack(database, demo_pack)
    expected = [s.id for s in demo_pack.services if "ausweise" in s.category_ids]
    assert service_ids_in_category(database, "ausweise") == expected
    assert "wohnsitz-anmelden" in service_ids_for_life_situation(database, "umzug")
    assert "rentenberatung" in service_ids_bookable_at(database, "regio-hub-hohenwald")
    assert "rentenberatung" not in service_ids_bookable_at(database, "dorfbuero-lindenbach")
    assert service_ids_in_category(database, "no-such-category") == []


def test_search_text_holds_keywords_in_every_language(
    database: Database, db_path: Path, demo_pack: ContentPack
) -> None:
    import_content_pack(database, demo_pack)
    rows = raw_rows(
        db_path, "SELECT id FROM content_service WHERE search_text LIKE '%registration%'"
    )
    assert ("wohnsitz-anmelden",) in rows
    rows = raw_rows(db_path, "SELECT id FROM content_service WHERE search_text LIKE '%perso%'")
    assert ("personalausweis",) in rows


# --- has_content ------------------------------------------------------------------------------


def test_has_content_before_and_after_import(
    db_path: Path, backup_dir: Path, demo_pack: ContentPack
) -> None:
    from kiosk.store.db import open_database

    assert has_content(db_path) is False  # no file
    prepare_database(db_path, backup_dir)
    assert has_content(db_path) is False  # schema, no content
    db = open_database(db_path)
    try:
        import_content_pack(db, demo_pack)
        assert has_content(db_path) is True
        assert has_content(str(db_path)) is True
    finally:
        db.dispose()


def test_has_content_on_a_database_from_before_the_content_tables(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    upgrade_to(db_path, "0001")
    assert has_content(db_path) is False


def test_has_content_does_not_change_the_file(
    database: Database, db_path: Path, demo_pack: ContentPack
) -> None:
    import_content_pack(database, demo_pack)
    database.dispose()
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    assert has_content(db_path)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest


def test_has_content_on_garbage_is_a_known_error(tmp_path: Path) -> None:
    garbage = tmp_path / "kiosk.sqlite3"
    garbage.write_bytes(b"this is not a database, just some text " * 100)
    with pytest.raises(DatabaseAccessError, match="cannot be read"):
        has_content(garbage)


def test_has_content_imports_no_sqlalchemy(
    database: Database, db_path: Path, demo_pack: ContentPack
) -> None:
    import_content_pack(database, demo_pack)
    script = textwrap.dedent(
        """
        import json, sys
        from kiosk.store.content_probe import has_content
        result = has_content(sys.argv[1])
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
        print(json.dumps({"result": result, "heavy": heavy}))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(db_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    report = json.loads(out.stdout)
    assert report == {"result": True, "heavy": []}


# --- migration 0002 ---------------------------------------------------------------------------


def test_content_models_and_migration_agree(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    engine = create_sqlite_engine(db_path)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        engine.dispose()
    assert [d for d in diff if "content_" in repr(d)] == []


def test_migration_0002_downgrades_cleanly(
    db_path: Path, backup_dir: Path, database: Database, demo_pack: ContentPack
) -> None:
    import_content_pack(database, demo_pack)
    database.dispose()
    command.downgrade(alembic_config(db_path), "0001")
    tables = {str(r[0]) for r in raw_rows(db_path, "SELECT name FROM sqlite_master")}
    assert not {t for t in tables if t.startswith("content_")}
    assert has_content(db_path) is False
    upgrade_to(db_path, "head")
    assert has_content(db_path) is False
