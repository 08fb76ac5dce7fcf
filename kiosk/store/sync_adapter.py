"""The store's side of sync: what the outbox hands out, what delivery results do to it, the
terminal's health numbers, and the pulled state with its cursor.

Plain Python values in and out: ``kiosk.store`` and ``kiosk.sync`` are independent layers
(see ``[tool.importlinter]``), so this module does not know the wire protocol's classes. The
sync ports (:class:`kiosk.sync.client.Outbox` / ``Replica``) are a thin binding over
:class:`SyncStore` in :mod:`kiosk.ui.sync_ports`.

Rules held here:

* **Order.** :meth:`SyncStore.due` hands out pending entries strictly in ``seq`` order, and
  nothing while the oldest pending entry waits for its retry time (head of line): entries
  reach the server in the order they were written.
* **Delivery results in one transaction.** Delivered (accepted/duplicate) -> ``sent``;
  refused (conflict/rejected) -> ``needs_attention`` with the reason, out of the queue.
* **A failed round** (timeout, 5xx, 429, a portal page) keeps the entries pending, counts an
  attempt, stores the error, and sets their ``next_attempt_at`` to the retry time.
* **Pull pages in one transaction** (DESIGN rule 4): a ``reset`` page discards all pulled
  state first and queues every delivered entry still kept again (a server restored from an
  older backup may have lost them; it answers the others as duplicates); every change is
  validated whole before it replaces the previous value (a bad one is refused whole, the
  previous value stays, the refusal is counted); the cursor and the epoch are stored in the
  same transaction.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, String, Text, bindparam, delete, func, select, type_coerce, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.core.content_change import CONTENT_CHANGE_KIND
from kiosk.store.base import Base
from kiosk.store.db import Database
from kiosk.store.models import OutboxEntry, OutboxState
from kiosk.store.outbox import encode_payload, mark_needs_attention, mark_retry
from kiosk.store.settings import delete_setting, get_setting, get_settings, set_setting
from kiosk.store.types import utc_now

log = logging.getLogger(__name__)

SYNC_EPOCH = "sync.epoch"
SYNC_CURSOR = "sync.cursor"
SYNC_LAST_ERROR = "sync.last_error"
SYNC_LAST_ERROR_AT = "sync.last_error_at"
SYNC_LAST_SUCCESS_AT = "sync.last_success_at"
SYNC_REFUSED_CHANGES = "sync.refused_changes"
SYNC_LAST_REFUSED_CHANGE = "sync.last_refused_change"
CONTENT_REFUSED = "content.last_refused"
"""Why the last pulled content pack was refused (see :mod:`kiosk.store.content_sync`)."""

MAX_ERROR_LENGTH = 500
"""Stored error texts are cut here (the health report carries them to the server)."""


class ReplicaRecord(Base):
    """The current value of one (kind, key) of the server's change log, as pulled."""

    __tablename__ = "replica_record"

    kind: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)
    """Canonical JSON of the change's data."""


_insert_record = sqlite_insert(ReplicaRecord)
_UPSERT_RECORD = _insert_record.on_conflict_do_update(
    index_elements=["kind", "key"],
    set_={"seq": _insert_record.excluded.seq, "data": _insert_record.excluded.data},
)
"""One statement for every pulled record (compiled once, not per change)."""

# The sync round's outbox statements, built once. Times are read as their stored text and
# parsed with ``datetime.fromisoformat`` (the column type's ``strptime`` cost more than the
# query itself for a batch of 100).
_TEXT = String()
_PENDING = OutboxEntry.state == OutboxState.PENDING
_DUE = (
    select(
        OutboxEntry.id,
        OutboxEntry.kind,
        OutboxEntry.payload,
        type_coerce(OutboxEntry.created_at, _TEXT).label("created_at"),
        type_coerce(OutboxEntry.next_attempt_at, _TEXT).label("next_attempt_at"),
    )
    .where(_PENDING)
    .order_by(OutboxEntry.seq)
    .limit(bindparam("limit"))
)
_PENDING_COUNT = select(func.count()).select_from(OutboxEntry).where(_PENDING)
# ``likely()`` (SQLite's planner hint, no effect on the result) for statements that name their
# entries by id: without table statistics the planner takes ``state = ?`` for the selective
# term and walks every pending entry through a state index instead of looking the ids up.
_PENDING_BY_ID = func.likely(_PENDING)
_PENDING_AMONG = (
    select(func.count())
    .select_from(OutboxEntry)
    .where(OutboxEntry.id.in_(bindparam("ids", expanding=True)), _PENDING_BY_ID)
)
_OLDEST_PENDING = (
    select(type_coerce(OutboxEntry.created_at, _TEXT))
    .where(_PENDING, OutboxEntry.id.not_in(bindparam("ids", expanding=True)))
    .order_by(OutboxEntry.created_at)
    .limit(1)
)
_MARK_SENT = (
    update(OutboxEntry)
    .where(OutboxEntry.id.in_(bindparam("ids", expanding=True)), _PENDING_BY_ID)
    .values(
        state=OutboxState.SENT,
        sent_at=bindparam("now"),
        next_attempt_at=None,
        last_error=None,
    )
)


def _write_upserts(session: Session, upserts: list[dict[str, Any]]) -> None:
    """Write the collected replica records (one executemany) and empty the list."""
    if upserts:
        session.connection().execute(_UPSERT_RECORD, upserts)
        upserts.clear()


def _utc(text: str) -> datetime:
    """A stored ``UTCDateTime`` text (``2026-11-26T22:15:00.000000Z``) as an aware datetime."""
    return datetime.fromisoformat(text)


# --- values ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueEntry:
    id: str
    kind: str
    payload: Any
    created_at: datetime


@dataclass(frozen=True)
class Delivery:
    """What the server said about one entry: delivered, or refused with ``detail``."""

    entry_id: str
    delivered: bool
    detail: str | None = None


@dataclass(frozen=True)
class OutboxHealth:
    outbox_depth: int
    oldest_unsent_at: datetime | None
    disk_free_bytes: int | None
    last_error: str | None


@dataclass(frozen=True)
class SyncStatus:
    """For the sync indicator and ``kiosk sync``: counts and the last round's outcome."""

    pending: int
    needs_attention: int
    sent: int
    last_error: str | None
    last_success_at: datetime | None


@dataclass(frozen=True)
class PulledChange:
    seq: int
    kind: str
    key: str
    data: Mapping[str, Any] | None
    """None: the record was deleted on the server."""


@dataclass(frozen=True)
class AppliedPage:
    applied: int
    refused: int
    reset: bool
    requeued: int = 0
    """Sent entries queued again because of the reset."""


class ChangeRefused(ValueError):
    """A pulled change is not valid for its kind; it is refused whole."""


ChangeValidator = Callable[[str, Mapping[str, Any]], None]
"""``(key, data)`` -> None, or :class:`ChangeRefused`."""


def _text(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value:
        raise ChangeRefused(f"{name} must be non-empty text")
    return value


def _validate_hub(key: str, data: Mapping[str, Any]) -> None:
    if _text(data, "id") != key:
        raise ChangeRefused("id does not match the key")
    _text(data, "name")


def _validate_booking(key: str, data: Mapping[str, Any]) -> None:
    if _text(data, "booking_id") != key:
        raise ChangeRefused("booking_id does not match the key")
    _text(data, "status")


CHANGE_VALIDATORS: dict[str, ChangeValidator] = {
    "hub": _validate_hub,
    "booking": _validate_booking,
}
"""The kinds the server publishes today. A kind without a validator is kept as it came (a
newer server's kind; nothing reads it yet). ``staff`` and ``content_pack`` changes have their
own tables (:mod:`kiosk.store.staff`, :mod:`kiosk.store.content_sync`: a pack replaces the
content in the page's transaction or is refused whole, the previous content kept)."""


def attention_reason(detail: str | None) -> dict[str, str] | None:
    """The reason stored with a ``needs_attention`` entry (``status``, ``code``,
    ``message_de``, ``message_en``), or None if the entry has no such reason."""
    if not detail:
        return None
    try:
        value = json.loads(detail)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    return {str(k): str(v) for k, v in value.items()}


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_ERROR_LENGTH else text[: MAX_ERROR_LENGTH - 1] + "…"


# --- the store --------------------------------------------------------------------------------


class SyncStore:
    """Outbox delivery bookkeeping and pulled state over one terminal database.

    Thread use: one sync round at a time per process (the app's sync service and
    ``kiosk sync --once`` each run rounds one after the other). Two processes syncing at once
    are safe (the server answers a repeat as ``duplicate``), just wasteful.
    """

    def __init__(
        self,
        db: Database,
        data_dir: Path,
        *,
        clock: Callable[[], datetime] = utc_now,
        validators: Mapping[str, ChangeValidator] | None = None,
    ) -> None:
        self.db = db
        self.data_dir = data_dir
        self._clock = clock
        self._validators = dict(CHANGE_VALIDATORS if validators is None else validators)
        self._handed_out: list[str] = []

    # --- outbox ---------------------------------------------------------------------------

    def due(self, limit: int) -> list[DueEntry]:
        """Up to ``limit`` pending entries in ``seq`` order; none while the oldest waits."""
        now = self._clock()
        with self.db.session() as session:
            # Plain rows over the (state, seq) index: ORM objects cost more than the query.
            rows = session.connection().execute(_DUE, {"limit": max(1, limit)}).all()
        if not rows or (
            rows[0].next_attempt_at is not None and _utc(rows[0].next_attempt_at) > now
        ):
            self._handed_out = []
            return []
        self._handed_out = [row.id for row in rows]
        return [
            DueEntry(row.id, row.kind, json.loads(row.payload), _utc(row.created_at))
            for row in rows
        ]

    def record_deliveries(self, deliveries: Sequence[Delivery]) -> None:
        """One transaction: delivered -> sent; refused -> needs attention with its detail."""
        values = {"now": self._clock()}
        delivered = [d.entry_id for d in deliveries if d.delivered]
        with self.db.write() as session:
            connection = session.connection()  # Core: nothing for the ORM to synchronise
            for start in range(0, len(delivered), 500):
                connection.execute(_MARK_SENT, {**values, "ids": delivered[start : start + 500]})
            for d in deliveries:
                if not d.delivered:
                    self._attention(session, d.entry_id, d.detail or "refused")

    def record_attention(self, entry_id: str, detail: str) -> None:
        """An entry that cannot be sent at all leaves the queue for staff."""
        with self.db.write() as session:
            self._attention(session, entry_id, detail)

    @staticmethod
    def _attention(session: Session, entry_id: str, detail: str) -> None:
        entry = session.get(OutboxEntry, entry_id)
        if entry is None or entry.state != OutboxState.PENDING:
            return  # purged meanwhile, or delivered by another round: nothing to do
        mark_needs_attention(session, entry_id, error=detail)

    def record_failure(self, error: str, retry_at: datetime) -> None:
        """A round failed in a way that may pass: the entries it carried stay pending, with
        one more attempt, the error, and ``retry_at`` as their next attempt time."""
        text = _cut(error)
        with self.db.write() as session:
            for entry_id in self._handed_out:
                entry = session.get(OutboxEntry, entry_id)
                if entry is not None and entry.state == OutboxState.PENDING:
                    mark_retry(session, entry_id, error=text, next_attempt_at=retry_at)
            set_setting(session, SYNC_LAST_ERROR, text)
            set_setting(session, SYNC_LAST_ERROR_AT, self._clock().isoformat())
        self._handed_out = []

    def record_success(self) -> None:
        """A round went through: forget the last error."""
        with self.db.write() as session:
            delete_setting(session, SYNC_LAST_ERROR)
            delete_setting(session, SYNC_LAST_ERROR_AT)
            set_setting(session, SYNC_LAST_SUCCESS_AT, self._clock().isoformat())
        self._handed_out = []

    def retry_now(self) -> int:
        """Make every waiting entry due now (the network came back, an admin asked)."""
        now = self._clock()
        with self.db.write() as session:
            result = session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.state == OutboxState.PENDING)
                .where(OutboxEntry.next_attempt_at > now)
                .values(next_attempt_at=now)
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def health(self) -> OutboxHealth:
        """The outbox as the server will see it once the entries just handed out by
        :meth:`due` are delivered (health travels with that very push)."""
        handed_out = {"ids": self._handed_out}
        with self.db.session() as session:
            connection = session.connection()
            # Three index lookups, not a scan of every pending row: the count from the
            # (state, seq) index, the handed-out ones still pending by primary key, the
            # oldest remaining one from the (state, created_at) index.
            depth = connection.execute(_PENDING_COUNT).scalar_one()
            if self._handed_out:
                depth -= connection.execute(_PENDING_AMONG, handed_out).scalar_one()
            oldest = connection.execute(_OLDEST_PENDING, handed_out).scalar()
            errors = get_settings(session, SYNC_LAST_ERROR, CONTENT_REFUSED)
        last_error = errors.get(SYNC_LAST_ERROR) or errors.get(CONTENT_REFUSED)
        try:
            free: int | None = shutil.disk_usage(self.data_dir).free
        except OSError:
            free = None
        return OutboxHealth(int(depth), None if oldest is None else _utc(oldest), free, last_error)

    def status(self) -> SyncStatus:
        with self.db.session() as session:
            counts = dict.fromkeys(OutboxState, 0)
            rows = session.execute(
                select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state)
            )
            for state, count in rows:
                counts[state] = int(count)
            last_error = get_setting(session, SYNC_LAST_ERROR)
            success = get_setting(session, SYNC_LAST_SUCCESS_AT)
        return SyncStatus(
            pending=counts[OutboxState.PENDING],
            needs_attention=counts[OutboxState.NEEDS_ATTENTION],
            sent=counts[OutboxState.SENT],
            last_error=last_error,
            last_success_at=datetime.fromisoformat(success) if success else None,
        )

    # --- pulled state ---------------------------------------------------------------------

    def position(self) -> tuple[str | None, int]:
        """(epoch, cursor) of the last applied page; (None, 0) before the first."""
        with self.db.session() as session:
            epoch = get_setting(session, SYNC_EPOCH)
            cursor = get_setting(session, SYNC_CURSOR)
        return epoch, int(cursor or 0)

    def apply_page(
        self, *, epoch: str, cursor: int, reset: bool, changes: Iterable[PulledChange]
    ) -> AppliedPage:
        """Apply a pulled page and store (epoch, cursor), all in ONE transaction."""
        applied = refused = requeued = 0
        with self.db.write() as session:
            if reset:
                session.execute(delete(ReplicaRecord))
                from kiosk.store.staff import clear_staff  # staff.py needs this module

                clear_staff(session)
                requeued = self._requeue_sent(session)
            upserts: list[dict[str, Any]] = []
            for change in changes:
                try:
                    self._apply_change(session, change, upserts)
                except ChangeRefused as exc:
                    refused += 1
                    note = _cut(f"{change.kind} {change.key} (seq {change.seq}): {exc}")
                    log.warning("refused a pulled change: %s", note)
                    count = int(get_setting(session, SYNC_REFUSED_CHANGES) or 0)
                    set_setting(session, SYNC_REFUSED_CHANGES, str(count + 1))
                    set_setting(session, SYNC_LAST_REFUSED_CHANGE, note)
                else:
                    applied += 1
            _write_upserts(session, upserts)
            set_setting(session, SYNC_EPOCH, epoch)
            set_setting(session, SYNC_CURSOR, str(cursor))
        return AppliedPage(applied, refused, reset, requeued)

    def _requeue_sent(self, session: Session) -> int:
        """After a reset the server may have lost what it acknowledged (restored from an
        older backup): every sent entry still kept goes out again, in seq order. The server
        answers those it has as ``duplicate``; nothing is applied twice."""
        result = session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.state == OutboxState.SENT)
            .values(state=OutboxState.PENDING, sent_at=None, next_attempt_at=self._clock())
        )
        count = int(getattr(result, "rowcount", 0) or 0)
        if count:
            log.warning("server reset: %d delivered entries will be sent again", count)
        return count

    def _apply_change(
        self, session: Session, change: PulledChange, upserts: list[dict[str, Any]]
    ) -> None:
        """Apply one change. A replica record to insert or replace is only validated and
        added to ``upserts``; the pending ``upserts`` are written (one executemany, in order)
        before any other kind of change, so the changes still take effect in page order."""
        if change.kind != "staff" and change.data is not None:
            validator = self._validators.get(change.kind)
            if validator is not None:
                validator(change.key, change.data)
            if change.kind != CONTENT_CHANGE_KIND:
                try:
                    text = encode_payload(dict(change.data))
                except (TypeError, ValueError) as exc:
                    raise ChangeRefused(f"data is not JSON ({exc})") from None
                upserts.append(
                    {"kind": change.kind, "key": change.key, "seq": change.seq, "data": text}
                )
                return
        _write_upserts(session, upserts)
        if change.kind == "staff":
            self._apply_staff(session, change)
        elif change.data is None:
            where = (ReplicaRecord.kind == change.kind, ReplicaRecord.key == change.key)
            session.execute(delete(ReplicaRecord).where(*where))
        else:  # a content pack: into the content tables, not replica_record
            self._apply_content(session, change.data)

    @staticmethod
    def _apply_content(session: Session, data: Mapping[str, Any]) -> None:
        """A content pack: replaces the content whole or is refused whole (content_sync)."""
        from kiosk.store.content_sync import ContentRefused, apply_content_change

        try:
            apply_content_change(session, data)
        except ContentRefused as exc:
            raise ChangeRefused(str(exc)) from None

    def _apply_staff(self, session: Session, change: PulledChange) -> None:
        """Staff accounts go to their own table, the PIN hash peppered (kiosk.store.staff)."""
        from kiosk.paths import DataPaths
        from kiosk.store.staff import StaffChangeInvalid, apply_staff_change, load_pepper

        pepper = load_pepper(DataPaths(self.data_dir).staff_pepper)
        try:
            apply_staff_change(session, pepper, key=change.key, seq=change.seq, data=change.data)
        except StaffChangeInvalid as exc:
            raise ChangeRefused(str(exc)) from None

    def records(self, kind: str) -> dict[str, Any]:
        """The pulled records of one kind: key -> data."""
        with self.db.session() as session:
            rows = session.execute(
                select(ReplicaRecord.key, ReplicaRecord.data)
                .where(ReplicaRecord.kind == kind)
                .order_by(ReplicaRecord.key)
            )
            return {key: json.loads(data) for key, data in rows}


__all__ = [
    "CHANGE_VALIDATORS",
    "AppliedPage",
    "ChangeRefused",
    "Delivery",
    "DueEntry",
    "OutboxHealth",
    "PulledChange",
    "ReplicaRecord",
    "SyncStatus",
    "SyncStore",
    "attention_reason",
]
