"""Schema state, creation, upgrades and refusals."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kiosk.store.backup import list_backups, verify_backup
from kiosk.store.db import create_sqlite_engine, open_database
from kiosk.store.errors import (
    DatabaseAccessError,
    DatabaseCorruptError,
    DatabaseNewerError,
    MigrationError,
)
from kiosk.store.migrate import script_head, upgrade_to
from kiosk.store.models import import_all_models
from kiosk.store.outbox import enqueue
from kiosk.store.schema import (
    check_database,
    head_revision,
    inspect_database,
    prepare_database,
    revision_chain,
    upgrade_database,
)
from kiosk.store.service_search import not_search_fts
from kiosk.store.settings import set_setting

from .conftest import ScriptsFactory, raw_rows

REPO = Path(__file__).resolve().parents[2]
GARBAGE = b"This is not a database, it is a shopping list: Milch, Brot, Eier.\n" * 100


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stamp(db: Path, revision: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def _fill(db: Path, rows: int = 3) -> list[str]:
    """Write some outbox rows and a setting through the public API; returns the ids."""
    database = open_database(db)
    try:
        with database.write() as s:
            set_setting(s, "terminal.id", "T-0042")
            payloads = [{"answer": i, "text": "Grüß Gott"} for i in range(rows)]
            ids = [enqueue(s, "survey.submit", p) for p in payloads]
    finally:
        database.dispose()
    return ids


# --- head without Alembic ---------------------------------------------------------------


def test_head_from_files_matches_alembic() -> None:
    assert head_revision() == script_head()
    assert revision_chain()[0] == "0001"


def test_head_from_files_matches_alembic_with_an_extra_revision(
    extra_scripts: ScriptsFactory,
) -> None:
    scripts = extra_scripts("pass")
    assert head_revision(scripts) == script_head(scripts=scripts) == "9001"
    assert revision_chain(scripts) == (*revision_chain(), "9001")


def test_a_branched_history_is_refused(extra_scripts: ScriptsFactory) -> None:
    scripts = extra_scripts("pass")
    twin = (scripts / "versions" / "9001_test_extra.py").read_text().replace("9001", "9002")
    (scripts / "versions" / "9002_twin.py").write_text(twin)
    with pytest.raises(RuntimeError, match="branch"):
        revision_chain(scripts)


# --- inspect_database: one test per status ----------------------------------------------


def test_inspect_missing_file(db_path: Path) -> None:
    state = inspect_database(db_path)
    assert (state.status, state.current, state.head) == ("missing", None, head_revision())
    assert not db_path.exists()


def test_inspect_empty_file_counts_as_missing(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    assert inspect_database(db_path).status == "missing"


def test_inspect_current(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    state = inspect_database(db_path)
    assert (state.status, state.current) == ("current", head_revision())


def test_inspect_outdated(db_path: Path, extra_scripts: ScriptsFactory) -> None:
    scripts = extra_scripts("pass")
    db_path.parent.mkdir(parents=True)
    upgrade_to(db_path, revision_chain()[-1], scripts=scripts)
    state = inspect_database(db_path, scripts=scripts)
    assert (state.status, state.current, state.head) == ("outdated", revision_chain()[-1], "9001")
    assert "1 migration to apply" in state.detail


def test_inspect_oldest_revision(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    upgrade_to(db_path, revision_chain()[0])
    expected = "current" if len(revision_chain()) == 1 else "outdated"
    assert inspect_database(db_path).status == expected


def test_inspect_newer(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    _stamp(db_path, "ffee99")
    state = inspect_database(db_path)
    assert (state.status, state.current) == ("newer", "ffee99")


def test_inspect_garbage_is_corrupt(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(GARBAGE)
    state = inspect_database(db_path)
    assert state.status == "corrupt"
    assert "not a database" in state.detail


def test_inspect_foreign_sqlite_database_is_corrupt(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    state = inspect_database(db_path)
    assert state.status == "corrupt"
    assert "no schema version" in state.detail


def test_inspect_a_directory_is_an_access_error(db_path: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(DatabaseAccessError, match="not a file"):
        inspect_database(db_path)


def test_inspect_sees_commits_still_in_the_wal(db_path: Path, backup_dir: Path) -> None:
    """The app keeps connections open; inspect must read the WAL, not only the main file."""
    prepare_database(db_path, backup_dir)
    database = open_database(db_path)
    try:
        with database.write() as s:
            set_setting(s, "x", "y")
        conn = sqlite3.connect(db_path, isolation_level=None)
        conn.execute("UPDATE alembic_version SET version_num = 'abc123'")
        conn.close()
        # the engine's pooled connection still holds the WAL open
        assert db_path.with_name(db_path.name + "-wal").exists()
        assert inspect_database(db_path).current == "abc123"
    finally:
        database.dispose()


# --- start-up budget ----------------------------------------------------------------------


@pytest.mark.parametrize("call", ["inspect_database", "prepare_database"])
def test_startup_check_imports_neither_sqlalchemy_nor_alembic(
    call: str, db_path: Path, backup_dir: Path
) -> None:
    prepare_database(db_path, backup_dir)
    code = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from kiosk.store import schema
        if {call!r} == "inspect_database":
            state = schema.inspect_database(Path({str(db_path)!r}))
        else:
            state = schema.prepare_database(Path({str(db_path)!r}), Path({str(backup_dir)!r}))
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
        print(json.dumps([state.status, heavy]))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    ).stdout
    status, heavy = json.loads(out)
    assert status == "current"
    assert heavy == []


# --- prepare_database -----------------------------------------------------------------------


def test_prepare_creates_a_missing_database_at_head(db_path: Path, backup_dir: Path) -> None:
    state = prepare_database(db_path, backup_dir)
    assert (state.status, state.current) == ("current", head_revision())
    assert list_backups(backup_dir) == []  # nothing to back up
    assert db_path.stat().st_mode & 0o777 == 0o600
    tables = {row[0] for row in raw_rows(db_path, "SELECT name FROM sqlite_master")}
    assert {"outbox", "setting", "alembic_version"} <= tables


def test_prepare_current_is_a_no_op(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    before = _sha256(db_path)
    assert prepare_database(db_path, backup_dir).status == "current"
    assert _sha256(db_path) == before


def test_prepare_leaves_a_corrupt_file_byte_for_byte_unchanged(
    db_path: Path, backup_dir: Path
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(GARBAGE)
    with pytest.raises(DatabaseCorruptError) as raised:
        prepare_database(db_path, backup_dir)
    assert db_path.read_bytes() == GARBAGE
    message = str(raised.value)
    assert "\n" not in message
    assert str(db_path) in message
    assert "left untouched" in message
    assert "kiosk db check" in message
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]  # no side files


def test_prepare_refuses_a_newer_database_and_leaves_it(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    _stamp(db_path, "ffee99")
    before = _sha256(db_path)
    with pytest.raises(DatabaseNewerError, match="ffee99") as raised:
        prepare_database(db_path, backup_dir)
    assert str(db_path) in str(raised.value)
    assert _sha256(db_path) == before
    with pytest.raises(DatabaseNewerError):
        upgrade_database(db_path, backup_dir)
    assert _sha256(db_path) == before


def test_upgrade_from_the_oldest_revision_keeps_data(db_path: Path, backup_dir: Path) -> None:
    """Generic over the real chain: bites as soon as a second revision exists."""
    chain = revision_chain()
    db_path.parent.mkdir(parents=True)
    upgrade_to(db_path, chain[0])
    ids = _fill(db_path)
    result = upgrade_database(db_path, backup_dir)
    assert (result.from_revision, result.to_revision) == (chain[0], chain[-1])
    if len(chain) > 1:
        assert result.backup_path is not None
        verify_backup(result.backup_path)
        assert raw_rows(result.backup_path, "SELECT version_num FROM alembic_version") == [
            (chain[0],)
        ]
    else:
        assert result.backup_path is None
    assert inspect_database(db_path).status == "current"
    assert sorted(r[0] for r in raw_rows(db_path, "SELECT id FROM outbox")) == sorted(ids)


def test_upgrade_with_an_extra_revision_backs_up_then_migrates(
    db_path: Path, backup_dir: Path, extra_scripts: ScriptsFactory
) -> None:
    """A real migration (a table rebuild via batch mode) on top of today's head."""
    scripts = extra_scripts(
        'with op.batch_alter_table("outbox", recreate="always") as batch:\n'
        '    batch.add_column(sa.Column("priority", sa.Integer(), nullable=False,'
        ' server_default="0"))'
    )
    old_head = revision_chain()[-1]
    prepare_database(db_path, backup_dir)
    ids = _fill(db_path)

    state = prepare_database(db_path, backup_dir, scripts=scripts)

    assert (state.status, state.current) == ("current", "9001")
    rows = raw_rows(db_path, "SELECT id, priority, payload FROM outbox")
    assert sorted(r[0] for r in rows) == sorted(ids)
    assert {r[1] for r in rows} == {0}
    assert json.loads(str(rows[0][2]))["text"] == "Grüß Gott"
    backups = list_backups(backup_dir, "pre-upgrade")
    assert len(backups) == 1
    verify_backup(backups[0].path)
    assert raw_rows(backups[0].path, "SELECT version_num FROM alembic_version") == [(old_head,)]
    assert len(raw_rows(backups[0].path, "SELECT id FROM outbox")) == len(ids)
    assert backups[0].path.stat().st_mode & 0o777 == 0o600


def test_a_failing_migration_leaves_the_database_at_its_revision(
    db_path: Path, backup_dir: Path, extra_scripts: ScriptsFactory
) -> None:
    """All DDL of an upgrade is one transaction: a failure half-way undoes the first half."""
    scripts = extra_scripts(
        'op.create_table("survey_answer", sa.Column("id", sa.Integer(), primary_key=True))\n'
        'op.drop_column("setting", "value")\n'
        'raise RuntimeError("migration bug")'
    )
    old_head = revision_chain()[-1]
    prepare_database(db_path, backup_dir)
    _fill(db_path)

    with pytest.raises(MigrationError, match="left at") as raised:
        upgrade_database(db_path, backup_dir, scripts=scripts)

    assert "migration bug" in str(raised.value)
    assert "backup" in str(raised.value)
    assert inspect_database(db_path).current == old_head
    tables = {row[0] for row in raw_rows(db_path, "SELECT name FROM sqlite_master")}
    assert "survey_answer" not in tables
    assert raw_rows(db_path, "SELECT value FROM setting WHERE key = 'terminal.id'") == [("T-0042",)]
    assert len(list_backups(backup_dir, "pre-upgrade")) == 1


def test_a_migration_breaking_foreign_keys_is_rolled_back(
    db_path: Path, backup_dir: Path, extra_scripts: ScriptsFactory
) -> None:
    """Foreign keys are off while migrating; the check before commit catches violations."""
    scripts = extra_scripts(
        'op.create_table("hub", sa.Column("id", sa.Integer(), primary_key=True))\n'
        'op.create_table("desk", sa.Column("id", sa.Integer(), primary_key=True),\n'
        '    sa.Column("hub_id", sa.Integer(), sa.ForeignKey("hub.id"), nullable=False))\n'
        'op.execute("INSERT INTO desk (id, hub_id) VALUES (1, 99)")'
    )
    prepare_database(db_path, backup_dir)
    with pytest.raises(MigrationError, match="missing parent"):
        upgrade_database(db_path, backup_dir, scripts=scripts)
    tables = {row[0] for row in raw_rows(db_path, "SELECT name FROM sqlite_master")}
    assert not {"hub", "desk"} & tables
    assert inspect_database(db_path, scripts=scripts).status == "outdated"


def test_models_and_migrations_agree(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    engine = create_sqlite_engine(db_path)
    try:
        with engine.connect() as conn:
            # The FTS5 search index (migration 0003) is a virtual table, not a model.
            context = MigrationContext.configure(conn, opts={"include_name": not_search_fts})
            diff = compare_metadata(context, import_all_models())
    finally:
        engine.dispose()
    assert diff == []


# --- check_database -------------------------------------------------------------------------


def test_check_a_healthy_database(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    _fill(db_path)
    report = check_database(db_path)
    assert report.ok
    assert "integrity_check: ok" in report.lines
    assert "foreign_key_check: ok" in report.lines
    assert any(line.startswith("schema: current") for line in report.lines)


def test_check_reports_garbage_and_missing(db_path: Path) -> None:
    assert not check_database(db_path).ok
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(GARBAGE)
    report = check_database(db_path)
    assert not report.ok
    assert any("not a database" in line for line in report.lines)
    assert db_path.read_bytes() == GARBAGE


def test_check_reports_foreign_key_violations(db_path: Path, backup_dir: Path) -> None:
    prepare_database(db_path, backup_dir)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        conn.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent(id))")
        conn.execute("INSERT INTO child VALUES (1, 7)")
    conn.close()
    report = check_database(db_path)
    assert not report.ok
    assert any(line.startswith("foreign_key_check: 1 rows") for line in report.lines)


def test_prepare_an_empty_file_creates_the_schema_in_it(db_path: Path, backup_dir: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    assert prepare_database(db_path, backup_dir).status == "current"
    assert raw_rows(db_path, "SELECT count(*) FROM outbox") == [(0,)]
