"""The store's side of sync (kiosk.store.sync_adapter) and its ports binding, on real SQLite
files: order, delivery bookkeeping, retry times, health, pulled pages in one transaction."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.paths import DataPaths
from kiosk.store.credentials import (
    Credentials,
    CredentialsError,
    credentials_mode,
    load_credentials,
    save_credentials,
)
from kiosk.store.db import Database
from kiosk.store.outbox import enqueue
from kiosk.store.sync_adapter import (
    ChangeRefused,
    Delivery,
    PulledChange,
    SyncStore,
    attention_reason,
)
from kiosk.sync import protocol as p
from kiosk.ui.sync_ports import StoreOutbox, StoreReplica
from tests.chaos.terminal import new_terminal, write_entries


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC) + timedelta(seconds=1)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[DataPaths, Database]]:
    paths, db = new_terminal(tmp_path / "data")
    try:
        yield paths, db
    finally:
        db.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(terminal: tuple[DataPaths, Database], clock: Clock) -> SyncStore:
    paths, db = terminal
    return SyncStore(db, paths.root, clock=clock)


def rows(paths: DataPaths, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(paths.database)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


# --- outbox -----------------------------------------------------------------------------------


def test_due_hands_out_entries_in_write_order(store: SyncStore) -> None:
    ids = write_entries(store.db, 7)
    assert [e.id for e in store.due(5)] == ids[:5]
    assert store.due(5)[0].payload == {"n": 0}


def test_deliveries_and_refusals_are_recorded(
    store: SyncStore, terminal: tuple[DataPaths, Database]
) -> None:
    paths, _ = terminal
    ids = write_entries(store.db, 3)
    store.due(3)
    store.record_deliveries(
        [
            Delivery(ids[0], True),
            Delivery(ids[1], False, '{"code": "wrong_hub"}'),
            Delivery(ids[2], True),
        ]
    )
    states = dict(rows(paths, "SELECT id, state FROM outbox"))
    assert states == {ids[0]: "sent", ids[1]: "needs_attention", ids[2]: "sent"}
    assert store.due(10) == []
    status = store.status()
    assert (status.pending, status.sent, status.needs_attention) == (0, 2, 1)
    (error,) = rows(paths, f"SELECT last_error FROM outbox WHERE id = '{ids[1]}'")[0]
    assert attention_reason(error) == {"code": "wrong_hub"}


def test_a_failed_round_delays_the_head_and_keeps_the_order(
    store: SyncStore, clock: Clock, terminal: tuple[DataPaths, Database]
) -> None:
    paths, _ = terminal
    ids = write_entries(store.db, 4)
    assert len(store.due(2)) == 2
    store.record_failure("POST /push: timed out", clock.now + timedelta(seconds=30))
    # The head waits, so nothing overtakes it, not even entries that were never tried.
    assert store.due(10) == []
    assert store.health().last_error == "POST /push: timed out"
    attempts = dict(rows(paths, "SELECT id, attempts FROM outbox"))
    assert attempts == {ids[0]: 1, ids[1]: 1, ids[2]: 0, ids[3]: 0}
    clock.now += timedelta(seconds=31)
    assert [e.id for e in store.due(10)] == ids
    store.record_success()
    assert store.health().last_error is None
    assert store.status().last_success_at == clock.now


def test_retry_now_makes_waiting_entries_due(store: SyncStore, clock: Clock) -> None:
    ids = write_entries(store.db, 2)
    store.due(2)
    store.record_failure("reset", clock.now + timedelta(minutes=5))
    assert store.due(10) == []
    assert store.retry_now() == 2
    assert [e.id for e in store.due(10)] == ids


def test_health_reports_depth_oldest_and_disk(store: SyncStore, clock: Clock) -> None:
    empty = store.health()
    assert (empty.outbox_depth, empty.oldest_unsent_at) == (0, None)
    with store.db.write() as session:
        enqueue(session, "submission.create", {"a": 1}, now=clock.now - timedelta(hours=2))
        enqueue(session, "submission.create", {"a": 2}, now=clock.now)
    health = store.health()
    assert health.outbox_depth == 2
    assert health.oldest_unsent_at == clock.now - timedelta(hours=2)
    assert health.disk_free_bytes is not None and health.disk_free_bytes > 0


def test_health_after_due_describes_the_outbox_without_the_handed_out_entries(
    store: SyncStore, clock: Clock
) -> None:
    # The clock went back between writes: the oldest remaining entry is not the next by seq.
    times = [clock.now - timedelta(hours=1), clock.now, clock.now - timedelta(hours=3)]
    times += [clock.now - timedelta(minutes=m) for m in (10, 20)]
    with store.db.write() as session:
        for n, when in enumerate(times):
            enqueue(session, "submission.create", {"n": n}, now=when)
    handed_out = store.due(2)
    assert [e.payload["n"] for e in handed_out] == [0, 1]
    health = store.health()
    assert (health.outbox_depth, health.oldest_unsent_at) == (3, times[2])
    # An entry handed out but no longer pending (sent meanwhile) is not subtracted twice.
    store.record_deliveries([Delivery(handed_out[0].id, True)])
    assert store.health().outbox_depth == 3
    assert store.due(10)[0].payload["n"] == 1
    store.record_deliveries([Delivery(e.id, True) for e in store.due(10)])
    assert (store.health().outbox_depth, store.health().oldest_unsent_at) == (0, None)


def test_health_reports_the_last_error_or_else_a_refused_content_pack(store: SyncStore) -> None:
    from kiosk.store.settings import set_setting
    from kiosk.store.sync_adapter import CONTENT_REFUSED

    with store.db.write() as session:
        set_setting(session, CONTENT_REFUSED, "pack refused")
    assert store.health().last_error == "pack refused"
    store.record_failure("POST /push: timed out", datetime.now(UTC))
    assert store.health().last_error == "POST /push: timed out"


def test_the_sync_round_reads_the_outbox_through_indexes(store: SyncStore) -> None:
    """due(), health() and record_deliveries() must not scan or sort every pending entry per
    batch of 100 (a full outbox made a round quadratic): each statement is answered from an
    index, and the ones naming entries by id look them up by primary key."""
    from sqlalchemy import event

    write_entries(store.db, 120)  # the planner's choice changes with the number of ids
    plans: list[str] = []

    def explain(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        verb = statement.lstrip().split(" ", 1)[0].upper()
        if "outbox" in statement and verb in ("SELECT", "UPDATE"):
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.append(statement + " -> " + " | ".join(str(row[-1]) for row in rows))

    event.listen(store.db.engine, "before_cursor_execute", explain)
    try:
        due = store.due(100)
        store.health()
        store.record_deliveries([Delivery(entry.id, True) for entry in due])
    finally:
        event.remove(store.db.engine, "before_cursor_execute", explain)
    assert len(plans) == 5, plans
    for plan in plans:
        assert "USING" in plan and "INDEX" in plan, plan
        assert "SCAN outbox" not in plan and "TEMP B-TREE" not in plan, plan
        if "outbox.id IN" in plan:
            assert "sqlite_autoindex_outbox_1 (id=?)" in plan, plan


def test_outcome_for_an_entry_that_was_purged_meanwhile_is_ignored(store: SyncStore) -> None:
    store.record_deliveries([Delivery("0" * 32, True), Delivery("1" * 32, False, "x")])
    assert store.status().pending == 0


# --- the ports binding ------------------------------------------------------------------------


def test_store_outbox_speaks_the_protocol(store: SyncStore) -> None:
    ids = write_entries(store.db, 2)
    outbox = StoreOutbox(store, "9.9.9")
    entries = outbox.due(10)
    assert all(isinstance(e, p.OutboxEntry) for e in entries)
    # What the server fingerprints is what was committed on the terminal.
    assert p.parse_outbox_entry(entries[0].to_json()) == entries[0]
    reason = p.Reason("unknown_kind", "Unbekannt.", "Unknown.")
    outbox.record_results(
        [p.EntryResult(ids[0], "duplicate", {}), p.EntryResult(ids[1], "rejected", None, reason)]
    )
    assert store.status().needs_attention == 1
    health = outbox.health()
    assert (health.app_version, health.outbox_depth) == ("9.9.9", 0)
    p.parse_terminal_health(health.to_json())


# --- pulled state -----------------------------------------------------------------------------


def hub(seq: int, key: str, name: str | None = "Lindenbach") -> PulledChange:
    return PulledChange(seq, "hub", key, None if name is None else {"id": key, "name": name})


def test_a_page_is_applied_with_its_cursor(store: SyncStore) -> None:
    assert store.position() == (None, 0)
    store.apply_page(epoch="e1", cursor=5, reset=False, changes=[hub(2, "a"), hub(5, "b")])
    assert store.position() == ("e1", 5)
    assert store.records("hub") == {
        "a": {"id": "a", "name": "Lindenbach"},
        "b": {"id": "b", "name": "Lindenbach"},
    }
    store.apply_page(
        epoch="e1", cursor=7, reset=False, changes=[hub(6, "a", None), hub(7, "b", "B")]
    )
    assert store.records("hub") == {"b": {"id": "b", "name": "B"}}


def test_a_page_takes_effect_in_its_order_when_a_key_changes_several_times(
    store: SyncStore,
) -> None:
    # Record upserts are written together; a delete between them must still come after the
    # upsert before it and before the upsert after it.
    changes = [hub(1, "a", "A1"), hub(2, "b", "B1"), hub(3, "a", None), hub(4, "b", None)]
    changes += [hub(5, "b", "B2"), hub(6, "c", "C1"), hub(7, "c", "C2")]
    store.apply_page(epoch="e1", cursor=7, reset=False, changes=changes)
    assert store.records("hub") == {
        "b": {"id": "b", "name": "B2"},
        "c": {"id": "c", "name": "C2"},
    }


def test_reset_discards_everything_pulled_before(store: SyncStore) -> None:
    store.apply_page(epoch="e1", cursor=9, reset=False, changes=[hub(9, "old")])
    store.apply_page(epoch="e2", cursor=1, reset=True, changes=[hub(1, "new")])
    assert store.records("hub") == {"new": {"id": "new", "name": "Lindenbach"}}
    assert store.position() == ("e2", 1)


def test_an_invalid_change_is_refused_whole_and_the_old_value_stays(store: SyncStore) -> None:
    store.apply_page(epoch="e1", cursor=1, reset=False, changes=[hub(1, "a", "Alt")])
    bad = PulledChange(2, "hub", "a", {"id": "a", "name": 42})
    other = PulledChange(3, "booking", "b1", {"booking_id": "b1", "status": "requested"})
    applied = store.apply_page(epoch="e1", cursor=3, reset=False, changes=[bad, other])
    assert (applied.applied, applied.refused) == (1, 1)
    assert store.records("hub") == {"a": {"id": "a", "name": "Alt"}}
    assert store.records("booking") == {"b1": {"booking_id": "b1", "status": "requested"}}
    assert store.position() == ("e1", 3)  # a refused change does not block the others


def test_a_page_that_fails_half_way_leaves_nothing_behind(
    terminal: tuple[DataPaths, Database], clock: Clock
) -> None:
    paths, db = terminal

    def explode(key: str, data: Any) -> None:
        if key == "c":
            raise RuntimeError("disk gone")

    store = SyncStore(db, paths.root, clock=clock, validators={"hub": explode})
    store.apply_page(epoch="e1", cursor=1, reset=False, changes=[hub(1, "a")])
    with pytest.raises(RuntimeError):
        store.apply_page(
            epoch="e2", cursor=4, reset=True, changes=[hub(2, "b"), hub(3, "c"), hub(4, "d")]
        )
    assert store.records("hub") == {"a": {"id": "a", "name": "Lindenbach"}}
    assert store.position() == ("e1", 1)


def test_store_replica_applies_protocol_pages(store: SyncStore) -> None:
    replica = StoreReplica(store)
    page = p.PullResponse(
        epoch="e", cursor=3, has_more=False,
        changes=(p.Change(3, "booking", "upsert", "b", {"booking_id": "b", "status": "x"}),),
    )  # fmt: skip
    replica.apply(page)
    assert replica.position() == ("e", 3)
    assert store.records("booking")["b"]["status"] == "x"


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SyncStore]:
    """One database for all hypothesis examples (each example clears what it uses)."""
    paths, db = new_terminal(tmp_path_factory.mktemp("replay") / "data")
    try:
        yield SyncStore(db, paths.root)
    finally:
        db.dispose()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pages=st.lists(
        st.tuples(
            st.booleans(),
            st.lists(
                st.tuples(st.sampled_from("abcd"), st.one_of(st.none(), st.text(max_size=5))),
                max_size=6,
            ),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_pulled_state_equals_replaying_the_pages(
    shared_store: SyncStore, pages: list[tuple[bool, list[tuple[str, Any]]]]
) -> None:
    """Whatever the pages, the stored records are the model's: reset clears, later wins,
    delete removes, a refused change (empty name) keeps the previous value."""
    store = shared_store
    store.apply_page(epoch="start", cursor=0, reset=True, changes=[])
    model: dict[str, str] = {}
    seq = 0
    for reset, changes in pages:
        if reset:
            model.clear()
        page = []
        for key, name in changes:
            seq += 1
            page.append(hub(seq, key, name))
            if name is None:
                model.pop(key, None)
            elif name:
                model[key] = name
        store.apply_page(epoch="e", cursor=seq, reset=reset, changes=page)
    assert {k: v["name"] for k, v in store.records("hub").items()} == model
    assert store.position() == ("e", seq)


def test_validators_refuse_mismatched_keys() -> None:
    from kiosk.store.sync_adapter import CHANGE_VALIDATORS

    with pytest.raises(ChangeRefused):
        CHANGE_VALIDATORS["hub"]("a", {"id": "b", "name": "x"})
    with pytest.raises(ChangeRefused):
        CHANGE_VALIDATORS["booking"]("a", {"booking_id": "a"})


# --- credentials ------------------------------------------------------------------------------


CREDS = Credentials(
    "http://127.0.0.1:1", "t-1", "s3cret-token-0123456789", "hub", "Hub", "2026-11-26T09:00:00Z"
)


def test_credentials_are_written_0600_and_read_back(tmp_path: Path) -> None:
    path = DataPaths(tmp_path / "data").credentials
    assert load_credentials(path) is None
    save_credentials(path, CREDS)
    assert credentials_mode(path) == 0o600
    assert load_credentials(path) == CREDS
    assert "s3cret" not in repr(CREDS)
    # Rewriting replaces the file whole and leaves no temp file behind.
    save_credentials(path, Credentials(*["x"] * 2, "new-token-0123456789", *["y"] * 3))
    assert load_credentials(path).token == "new-token-0123456789"  # type: ignore[union-attr]
    assert sorted(os.listdir(path.parent)) == [path.name]


def test_a_damaged_credentials_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "terminal-credentials.json"
    path.write_text(json.dumps({"format": 1, "token": "x"}))
    with pytest.raises(CredentialsError, match="enrol again"):
        load_credentials(path)


def test_a_reset_sends_every_kept_entry_again_in_order(store: SyncStore) -> None:
    ids = write_entries(store.db, 3)
    store.due(2)
    store.record_deliveries([Delivery(ids[0], True), Delivery(ids[1], True)])
    applied = store.apply_page(epoch="new", cursor=0, reset=True, changes=[])
    assert applied.requeued == 2
    assert [e.id for e in store.due(10)] == ids
