"""The outbox: ids, order, payload round-trip, states."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule
from sqlalchemy import delete, select

from kiosk.store.db import Database, open_database
from kiosk.store.models import OutboxEntry, OutboxState
from kiosk.store.outbox import (
    NotInWriteTransaction,
    count_by_state,
    due_entries,
    encode_payload,
    enqueue,
    mark_needs_attention,
    mark_retry,
    mark_sent,
    purge_sent,
)
from kiosk.store.schema import prepare_database

from .conftest import raw_rows

T0 = datetime(2026, 11, 26, 22, 15, tzinfo=UTC)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database for all hypothesis examples (a fresh file per example would be slow)."""
    root = tmp_path_factory.mktemp("outbox")
    prepare_database(root / "kiosk.sqlite3", root / "backups")
    db = open_database(root / "kiosk.sqlite3")
    yield db
    db.dispose()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payload=json_values)
def test_any_json_payload_round_trips(shared_db: Database, payload: Any) -> None:
    with shared_db.write() as s:
        entry_id = enqueue(s, "roundtrip", payload)
    with shared_db.session() as s:
        entry = s.get(OutboxEntry, entry_id)
        assert entry is not None
        assert entry.data == payload
        assert entry.payload == encode_payload(payload)


@given(payload=st.dictionaries(st.text(max_size=8), st.integers(), max_size=8))
def test_encoding_is_canonical(payload: dict[str, int]) -> None:
    reversed_order = dict(reversed(list(payload.items())))
    assert encode_payload(reversed_order) == encode_payload(payload)
    assert json.loads(encode_payload(payload)) == payload


def test_payloads_json_cannot_carry_are_refused(database: Database) -> None:
    with pytest.raises(ValueError), database.write() as s:
        enqueue(s, "k", {"x": float("nan")})
    with pytest.raises(TypeError), database.write() as s:
        enqueue(s, "k", {"when": T0})
    with database.session() as s:
        assert count_by_state(s)[OutboxState.PENDING] == 0


def test_enqueue_outside_write_is_a_bug(database: Database) -> None:
    with pytest.raises(NotInWriteTransaction), database.session() as s:
        enqueue(s, "k", {})


def test_ids_are_uuid4_hex_and_unique(database: Database) -> None:
    with database.write() as s:
        ids = [enqueue(s, "k", {"i": i}) for i in range(50)]
    assert len(set(ids)) == 50
    assert all(len(i) == 32 and int(i, 16) >= 0 and i[12] == "4" for i in ids)


def test_seq_strictly_increases_and_is_never_reused(database: Database, db_path: Path) -> None:
    with database.write() as s:
        first = [enqueue(s, "k", {"i": i}) for i in range(3)]
    with database.write() as s:
        s.execute(delete(OutboxEntry))  # e.g. retention removed everything already sent
    with database.write() as s:
        later = enqueue(s, "k", {"i": 3})
    seqs = [row[0] for row in raw_rows(db_path, "SELECT seq FROM outbox ORDER BY seq")]
    assert seqs == [4], (first, later)


def test_due_entries_in_order_and_respecting_next_attempt(database: Database) -> None:
    with database.write() as s:
        a = enqueue(s, "a", {}, now=T0)
        b = enqueue(s, "b", {}, now=T0)
        c = enqueue(s, "c", {}, now=T0)
    with database.write() as s:
        mark_retry(s, a, error="timeout", next_attempt_at=T0 + timedelta(minutes=5))
        mark_sent(s, c, now=T0)
    with database.session() as s:
        assert [e.id for e in due_entries(s, now=T0 + timedelta(minutes=1))] == [b]
        assert [e.id for e in due_entries(s, now=T0 + timedelta(minutes=5))] == [a, b]
        assert [e.id for e in due_entries(s, now=T0 + timedelta(minutes=5), limit=1)] == [a]


def test_state_changes_are_recorded(database: Database) -> None:
    with database.write() as s:
        a = enqueue(s, "a", {}, now=T0)
        b = enqueue(s, "b", {}, now=T0)
        enqueue(s, "c", {}, now=T0)
    with database.write() as s:
        mark_retry(s, a, error="HTTP 503", next_attempt_at=T0 + timedelta(seconds=30))
        mark_sent(s, a, now=T0 + timedelta(minutes=1))
        mark_needs_attention(s, b, error="HTTP 422: slot no longer exists")
    with database.session() as s:
        entries = {e.kind: e for e in s.scalars(select(OutboxEntry))}
        assert count_by_state(s) == {
            OutboxState.PENDING: 1,
            OutboxState.SENT: 1,
            OutboxState.NEEDS_ATTENTION: 1,
        }
    assert entries["a"].attempts == 1
    assert entries["a"].sent_at == T0 + timedelta(minutes=1)
    assert entries["a"].created_at == T0
    assert entries["b"].state is OutboxState.NEEDS_ATTENTION
    assert entries["b"].last_error == "HTTP 422: slot no longer exists"
    assert entries["b"].next_attempt_at is None


def test_state_column_refuses_unknown_values(database: Database, db_path: Path) -> None:
    with database.write() as s:
        entry_id = enqueue(s, "k", {})
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute("UPDATE outbox SET state = 'lost' WHERE id = ?", (entry_id,))
    finally:
        conn.close()


def test_purge_sent_removes_only_old_acknowledged_entries(
    database: Database, db_path: Path
) -> None:
    with database.write() as s:
        others = [enqueue(s, "other", {"i": i}, now=T0) for i in range(10)]
        old = enqueue(s, "old", {"name": "Erika Mustermann"}, now=T0)
        recent = enqueue(s, "recent", {}, now=T0)
        others += [enqueue(s, "other", {"i": i}, now=T0) for i in range(10)]
    with database.write() as s:
        mark_sent(s, old, now=T0)
        mark_sent(s, recent, now=T0 + timedelta(days=10))
    with database.write() as s:
        assert purge_sent(s, sent_before=T0 + timedelta(days=7)) == 1
    assert sorted(r[0] for r in raw_rows(db_path, "SELECT id FROM outbox")) == sorted(
        [recent, *others]
    )
    # secure_delete: the personal data is gone from the file, not only from the table
    database.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert b"Mustermann" not in db_path.read_bytes()
    with database.write() as s:  # and seq goes on counting after the purge
        later = enqueue(s, "later", {})
    assert raw_rows(db_path, f"SELECT seq FROM outbox WHERE id = '{later}'") == [(23,)]


class OutboxMachine(RuleBasedStateMachine):
    """Random sequences of enqueue / retry / sent / needs-attention / purge.

    Invariants: seq strictly increases in enqueue order, due entries come in seq order,
    and the per-state counts match a plain Python model.
    """

    def __init__(self) -> None:
        super().__init__()
        root = Path(tempfile.mkdtemp(prefix="outbox-machine-"))
        prepare_database(root / "kiosk.sqlite3", root / "backups")
        self.root = root
        self.db = open_database(root / "kiosk.sqlite3")
        self.model: dict[str, OutboxState] = {}
        self.order: list[str] = []
        self.clock = T0

    entries = Bundle("entries")

    @rule(target=entries, payload=json_values)
    def add(self, payload: Any) -> str:
        self.clock += timedelta(seconds=1)
        with self.db.write() as s:
            entry_id = enqueue(s, "k", payload, now=self.clock)
        self.model[entry_id] = OutboxState.PENDING
        self.order.append(entry_id)
        return entry_id

    @rule(entry_id=entries)
    def sent(self, entry_id: str) -> None:
        if entry_id not in self.model:
            return
        with self.db.write() as s:
            mark_sent(s, entry_id, now=self.clock)
        self.model[entry_id] = OutboxState.SENT

    @rule(entry_id=entries)
    def refused(self, entry_id: str) -> None:
        if self.model.get(entry_id) is not OutboxState.PENDING:
            return
        with self.db.write() as s:
            mark_needs_attention(s, entry_id, error="HTTP 422")
        self.model[entry_id] = OutboxState.NEEDS_ATTENTION

    @rule(entry_id=entries)
    def retry_later(self, entry_id: str) -> None:
        if self.model.get(entry_id) is not OutboxState.PENDING:
            return
        with self.db.write() as s:
            mark_retry(s, entry_id, error="timeout", next_attempt_at=self.clock)

    @rule()
    def purge(self) -> None:
        with self.db.write() as s:
            purge_sent(s, sent_before=self.clock + timedelta(seconds=1))
        for entry_id, state in list(self.model.items()):
            if state is OutboxState.SENT:
                del self.model[entry_id]

    @invariant()
    def matches_model(self) -> None:
        with self.db.session() as s:
            rows = s.execute(select(OutboxEntry.id, OutboxEntry.seq, OutboxEntry.state)).all()
            due = [e.id for e in due_entries(s, now=self.clock, limit=1000)]
        assert {r.id: r.state for r in rows} == self.model
        seq_of = {r.id: r.seq for r in rows}
        alive = [i for i in self.order if i in seq_of]
        assert [seq_of[i] for i in alive] == sorted(seq_of[i] for i in alive)
        assert len(set(seq_of.values())) == len(seq_of)
        pending = [i for i in alive if self.model[i] is OutboxState.PENDING]
        assert due == pending

    def teardown(self) -> None:
        self.db.dispose()
        shutil.rmtree(self.root, ignore_errors=True)


OutboxMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=15, deadline=None)
TestOutboxMachine = OutboxMachine.TestCase
