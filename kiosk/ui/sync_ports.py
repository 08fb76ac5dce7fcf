"""The sync ports (:class:`kiosk.sync.client.Outbox`, ``Replica``) over the terminal's store,
and :func:`run_round`, one sync round with its bookkeeping, for the app and ``kiosk sync``.

Why here and not in ``kiosk.store``: ``store`` and ``sync`` are independent layers, so only a
layer above both may translate between the store's plain values and the wire protocol's
classes. This module has no Qt; the CLI uses it too. It imports SQLAlchemy and requests
(through the store and the client), so the app imports it only after the first paint.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

from kiosk import __version__
from kiosk.errors import KnownError, UsageError
from kiosk.store.bookings import purge_personal_data
from kiosk.store.credentials import Credentials
from kiosk.store.db import Database
from kiosk.store.sync_adapter import Delivery, PulledChange, SyncStatus, SyncStore
from kiosk.store.types import utc_now
from kiosk.sync import protocol as p
from kiosk.sync.client import (
    AuthError,
    Backoff,
    PermanentError,
    ServerClient,
    SyncError,
    SyncReport,
    Timeouts,
    TransientError,
    sync_once,
)

log = logging.getLogger(__name__)


def reason_detail(status: str, reason: p.Reason | None) -> str:
    """What a ``needs_attention`` entry keeps for staff (JSON, see ``attention_reason``)."""
    value = {"status": status}
    if reason is not None:
        value.update(code=reason.code, message_de=reason.message_de, message_en=reason.message_en)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class StoreOutbox:
    """:class:`kiosk.sync.client.Outbox` over :class:`SyncStore`."""

    def __init__(self, store: SyncStore, app_version: str = __version__) -> None:
        self.store = store
        self.app_version = app_version

    def due(self, limit: int) -> Sequence[p.OutboxEntry]:
        return [
            p.OutboxEntry(e.id, e.kind, cast(p.JSONObject, e.payload), e.created_at)
            for e in self.store.due(limit)
        ]

    def record_results(self, results: Sequence[p.EntryResult]) -> None:
        self.store.record_deliveries(
            [
                Delivery(r.id, True)
                if r.delivered
                else Delivery(r.id, False, reason_detail(r.status, r.reason))
                for r in results
            ]
        )

    def record_invalid(self, entry_id: str, reason: p.Reason) -> None:
        self.store.record_attention(entry_id, reason_detail("invalid", reason))

    def health(self) -> p.TerminalHealth:
        h = self.store.health()
        return p.TerminalHealth(
            app_version=self.app_version,
            outbox_depth=h.outbox_depth,
            oldest_unsent_at=h.oldest_unsent_at,
            disk_free_bytes=h.disk_free_bytes,
            last_error=h.last_error,
        )


class StoreReplica:
    """:class:`kiosk.sync.client.Replica` over :class:`SyncStore`."""

    def __init__(self, store: SyncStore) -> None:
        self.store = store

    def position(self) -> tuple[str | None, int]:
        return self.store.position()

    def apply(self, page: p.PullResponse) -> None:
        self.store.apply_page(
            epoch=page.epoch,
            cursor=page.cursor,
            reset=page.reset,
            changes=[PulledChange(c.seq, c.kind, c.key, c.data) for c in page.changes],
        )


@dataclass(frozen=True)
class RoundResult:
    """One round's outcome, for a one-line summary or the sync indicator."""

    report: SyncReport | None
    status: SyncStatus
    error: SyncError | None = None
    retry_in: float | None = None
    """Seconds until the next attempt after a transient failure (from the backoff)."""

    @property
    def ok(self) -> bool:
        return self.error is None


class TerminalSync:
    """Everything one terminal needs for sync rounds: store, ports, client, backoff."""

    def __init__(
        self,
        db: Database,
        data_dir: Path,
        credentials: Credentials,
        *,
        server_url: str | None = None,
        timeouts: Timeouts | None = None,
        backoff: Backoff | None = None,
        batch_size: int = 100,
        session: Any = None,
        retention_days: int = 7,
    ) -> None:
        self.db = db
        self.retention_days = retention_days
        """``[retention] personal_data_days``: see :meth:`forget_personal_data`."""
        self.store = SyncStore(db, data_dir)
        self.outbox = StoreOutbox(self.store)
        self.replica = StoreReplica(self.store)
        self.client = ServerClient(
            server_url or credentials.server_url,
            credentials.token,
            timeouts=timeouts,
            session=session,
        )
        self.backoff = backoff or Backoff(1.0, 300.0)
        self.batch_size = batch_size

    def run_round(self) -> RoundResult:
        """Push everything due, pull until caught up; record the outcome; then forget the
        personal data whose retention has passed. Blocking: run it in an executor from the
        GUI. Raises nothing a network can cause (see ``error``)."""
        outcome = self._exchange()
        self.forget_personal_data()
        return outcome

    def forget_personal_data(self) -> int:
        """Blank the contact of bookings the server has, once their appointment is over plus
        ``retention_days`` (DESIGN rule 6). Runs after every round, failed ones too: rounds
        repeat at least every few minutes, so an offline terminal still forgets on time.
        A failure is logged and retried at the next round; it never stops the sync."""
        try:
            return purge_personal_data(self.db, retention_days=self.retention_days)
        except Exception:
            log.warning("personal data purge failed; retried after the next round", exc_info=True)
            return 0

    def _exchange(self) -> RoundResult:
        # The caller decided that now is the time (its backoff, the network came back, an
        # admin asked): entries waiting for a retry time go now, still in seq order.
        self.store.retry_now()
        try:
            report = sync_once(self.client, self.outbox, self.replica, batch_size=self.batch_size)
            if report.reset:
                # The server did not know our position (restored from a backup): the pull
                # queued every kept entry again; send them now, then pull on from the top.
                again = sync_once(
                    self.client, self.outbox, self.replica, batch_size=self.batch_size
                )
                report = SyncReport(
                    pushed=report.pushed + again.pushed,
                    delivered=report.delivered + again.delivered,
                    needs_attention=report.needs_attention + again.needs_attention,
                    pulled=report.pulled + again.pulled,
                    reset=True,
                )
        except SyncError as exc:
            retry_after = exc.retry_after if isinstance(exc, TransientError) else None
            delay = self.backoff.failure(retry_after)
            self.store.record_failure(str(exc), utc_now() + timedelta(seconds=delay))
            return RoundResult(None, self.store.status(), exc, delay)
        self.backoff.success()
        self.store.record_success()
        return RoundResult(report, self.store.status())

    def probe(self) -> bool:
        """Is the server reachable (``GET /health``, no auth)? Blocking."""
        try:
            self.client.health()
        except SyncError:
            return False
        return True

    def close(self) -> None:
        self.client.close()


def open_terminal_sync(
    data_dir: Path,
    database: Path,
    credentials: Credentials,
    *,
    server_url: str | None = None,
    timeouts: Timeouts | None = None,
    retention_days: int = 7,
) -> TerminalSync:
    from kiosk.store.db import open_database

    return TerminalSync(
        open_database(database),
        data_dir,
        credentials,
        server_url=server_url,
        timeouts=timeouts,
        retention_days=retention_days,
    )


# --- the admin commands: `kiosk enroll` and `kiosk sync --once` -----------------------------


class NotEnrolledError(KnownError):
    exit_code = 3


class ServerUnreachableError(KnownError):
    """The server did not answer, or not with the protocol (may pass: try again later)."""

    exit_code = 4


class TokenRefusedError(KnownError):
    """401: the token is unknown or revoked; the terminal must be enrolled again."""

    exit_code = 5


class ServerRefusedError(KnownError):
    """The server refused the request as a whole (4xx other than 401)."""

    exit_code = 6


def enroll_terminal(
    credentials_path: Path,
    server_url: str,
    code: str,
    *,
    terminal_name: str,
    timeouts: Timeouts | None = None,
) -> Credentials:
    """Exchange a one-time code for this terminal's token and store it (0600, atomically)."""
    from kiosk.store.credentials import load_credentials, save_credentials

    if not server_url.startswith(("http://", "https://")):
        raise UsageError(f"server address must start with http:// or https:// (got {server_url!r})")
    existing = load_credentials(credentials_path)
    if existing is not None:
        raise KnownError(
            f"already enrolled as terminal {existing.terminal_id} of hub {existing.hub_id} "
            f"at {existing.server_url}; delete {credentials_path} to enrol again"
        )
    client = ServerClient(server_url, timeouts=timeouts)
    try:
        answer = client.enroll(p.EnrollRequest(code.strip(), terminal_name, __version__))
    except TransientError as exc:
        raise ServerUnreachableError(f"server {server_url} unreachable: {exc}") from None
    except PermanentError as exc:
        raise ServerRefusedError(f"enrolment refused by {server_url}: {exc}") from None
    finally:
        client.close()
    credentials = Credentials(
        server_url=server_url.rstrip("/"),
        terminal_id=answer.terminal_id,
        token=answer.token,
        hub_id=answer.hub_id,
        hub_name=answer.hub_name,
        enrolled_at=p.format_timestamp(utc_now()),
    )
    save_credentials(credentials_path, credentials)
    return credentials


def sync_command(
    data_dir: Path,
    database: Path,
    credentials_path: Path,
    *,
    server_url: str = "",
    timeouts: Timeouts | None = None,
    retention_days: int = 7,
) -> str:
    """One sync round for ``kiosk sync --once``: the summary line, or a KnownError."""
    from kiosk.store.credentials import load_credentials

    credentials = load_credentials(credentials_path)
    if credentials is None:
        raise NotEnrolledError("not enrolled: run `kiosk enroll URL CODE` first")
    sync = open_terminal_sync(
        data_dir, database, credentials, server_url=server_url or None, timeouts=timeouts,
        retention_days=retention_days,
    )  # fmt: skip
    try:
        outcome = sync.run_round()
    finally:
        sync.close()
        sync.db.dispose()
    status = outcome.status
    waiting = f"{status.pending} waiting"
    if outcome.error is None:
        assert outcome.report is not None
        line = f"sent {outcome.report.delivered}, {waiting}, pulled {outcome.report.pulled}"
        if status.needs_attention:
            line += f", {status.needs_attention} need attention"
        return line
    url = sync.client.base_url
    if isinstance(outcome.error, AuthError):
        raise TokenRefusedError(
            f"server {url} refused this terminal's token ({outcome.error.code or 'auth'}): "
            f"enrol again; {waiting}"
        )
    if isinstance(outcome.error, PermanentError):
        raise ServerRefusedError(f"server {url} refused the sync: {outcome.error}; {waiting}")
    raise ServerUnreachableError(f"server {url} unreachable: {outcome.error}; {waiting}")


__all__ = [
    "NotEnrolledError",
    "RoundResult",
    "ServerRefusedError",
    "ServerUnreachableError",
    "StoreOutbox",
    "StoreReplica",
    "TerminalSync",
    "TokenRefusedError",
    "enroll_terminal",
    "open_terminal_sync",
    "reason_detail",
    "sync_command",
]
