"""The terminal's side of the sync protocol: HTTP transport, one sync round, and backoff.

No Qt and no store imports: the outbox and the pulled state are reached through the small
:class:`Outbox` and :class:`Replica` protocols, which the store implements (and tests fake).
Nothing here sleeps or schedules; :class:`Backoff` says how long to wait, and the app's qasync
loop (or ``kiosk sync --once``) does the waiting and runs :func:`sync_once` in an executor.

Delivery rules (DESIGN "Offline first" 3): only a 2xx whose body parses as the expected message,
and that answers exactly the entries sent, is a delivery. Everything that may pass (timeouts,
resets, 408/429/5xx, a captive portal's 200 page, a truncated body) is a
:class:`TransientError` with an optional ``retry_after``; a request the server will never take
is a :class:`PermanentError`; a missing/revoked token is an :class:`AuthError`.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Protocol, TypeVar

import requests

from kiosk.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_ENTRIES_PER_PUSH,
    EnrollRequest,
    EnrollResponse,
    EntryResult,
    HealthResponse,
    JSONValue,
    OutboxEntry,
    ProtocolError,
    PullResponse,
    PushRequest,
    PushResponse,
    Reason,
    TerminalHealth,
    decode_json,
    encode_json,
    parse_enroll_response,
    parse_error_body,
    parse_health_response,
    parse_outbox_entry,
    parse_pull_response,
    parse_push_response,
)

_M = TypeVar("_M")

API_PREFIX = "/api/v1"
MAX_RETRY_AFTER_SECONDS = 3600.0
DEFAULT_MAX_RESPONSE_BYTES = 24 * 1024 * 1024
"""The largest answer body read (a content pack may have 20 MB; see ``docs/protocol.md``).
Anything larger is not read into memory: a hostile or broken peer cannot exhaust the
terminal's RAM with one answer."""
_CHUNK_BYTES = 64 * 1024


# --- errors ----------------------------------------------------------------------------------


class SyncError(Exception):
    """A sync request did not deliver. ``code`` is the server's error code if there was one."""

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None):
        super().__init__(message)
        self.code = code
        self.status = status


class TransientError(SyncError):
    """May pass: try again after a backoff (at least ``retry_after`` seconds if given)."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, code=code, status=status)
        self.retry_after = retry_after


class ResponseTooLarge(TransientError):
    """The answer's body is larger than the client reads (``max_response_bytes``)."""


class PermanentError(SyncError):
    """The server refused the request as a whole and will refuse it again (a 4xx)."""


class AuthError(PermanentError):
    """401: the token is missing, unknown or revoked; the terminal must be enrolled again."""


# --- ports the store implements --------------------------------------------------------------


class Outbox(Protocol):
    """What the sync round needs from the terminal's outbox."""

    def due(self, limit: int) -> Sequence[OutboxEntry]:
        """Entries to send now, oldest first."""
        ...

    def record_results(self, results: Sequence[EntryResult]) -> None:
        """In one transaction: delivered -> sent; conflict/rejected -> needs attention."""
        ...

    def record_invalid(self, entry_id: str, reason: Reason) -> None:
        """An entry this terminal cannot even send (not of the protocol's shape)."""
        ...

    def health(self) -> TerminalHealth: ...


class Replica(Protocol):
    """What the sync round needs from the pulled state."""

    def position(self) -> tuple[str | None, int]:
        """(epoch, cursor) stored by the last :meth:`apply` ((None, 0) before the first)."""
        ...

    def apply(self, page: PullResponse) -> None:
        """In ONE transaction: if ``page.reset`` discard all pulled state; apply the changes;
        store ``page.epoch`` and ``page.cursor``."""
        ...


# --- transport -------------------------------------------------------------------------------


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP date), capped at an hour."""
    if not value:
        return None
    value = value.strip()
    seconds: float
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 30.0


class ServerClient:
    """HTTP calls to one server. The ``requests.Session`` is passed in (tests hand in their own)."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        session: requests.Session | None = None,
        timeouts: Timeouts | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.http = session or requests.Session()
        self.timeouts = timeouts or Timeouts()
        self.max_response_bytes = max_response_bytes

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: JSONValue | None = None,
        params: dict[str, Any] | None = None,
    ) -> JSONValue:
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = encode_json(body)
        url = self.base_url + API_PREFIX + path
        try:
            response = self.http.request(
                method,
                url,
                data=data,
                params=params,
                headers=headers,
                timeout=(self.timeouts.connect, self.timeouts.read),
                allow_redirects=False,
                stream=True,
            )
            try:
                content = self._read_body(method, path, response)
            finally:
                response.close()
        except requests.Timeout as exc:
            raise TransientError(f"{method} {path}: timed out ({type(exc).__name__})") from None
        except requests.RequestException as exc:
            raise TransientError(f"{method} {path}: {type(exc).__name__}") from None
        return _check_response(method, path, response.status_code, response.headers, content)

    def _read_body(self, method: str, path: str, response: requests.Response) -> bytes:
        """The body, read in chunks and never more than ``max_response_bytes`` of it."""
        limit = self.max_response_bytes
        too_large = ResponseTooLarge(
            f"{method} {path}: the answer is larger than {limit} bytes; not read",
            status=response.status_code,
        )
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise too_large
        body = bytearray()
        for chunk in response.iter_content(_CHUNK_BYTES):
            body += chunk
            if len(body) > limit:
                raise too_large
        return bytes(body)

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        return _parse(
            parse_enroll_response, self._request("POST", "/enroll", body=request.to_json())
        )

    def health(self) -> HealthResponse:
        return _parse(parse_health_response, self._request("GET", "/health"))

    def push(self, request: PushRequest) -> PushResponse:
        response = _parse(
            parse_push_response, self._request("POST", "/push", body=request.to_json())
        )
        try:
            response.check_answers(request)
        except ProtocolError as exc:
            raise TransientError(f"POST /push: answer does not match the request ({exc})") from None
        return response

    def pull(self, cursor: int, epoch: str | None, limit: int = DEFAULT_PULL_LIMIT) -> PullResponse:
        params: dict[str, Any] = {"cursor": cursor, "limit": limit}
        if epoch is not None:
            params["epoch"] = epoch
        page = _parse(parse_pull_response, self._request("GET", "/changes", params=params))
        if not page.reset and page.cursor < cursor:
            raise TransientError("GET /changes: the server moved the cursor backwards")
        return page

    def close(self) -> None:
        self.http.close()


def _parse(parse: Callable[[JSONValue], _M], value: JSONValue) -> _M:
    try:
        return parse(value)
    except ProtocolError as exc:
        # A 2xx of another shape: a portal, a proxy, a different service. Not a delivery.
        raise TransientError(f"the answer is not of the protocol's shape ({exc})") from None


def _check_response(method: str, path: str, status: int, headers: Any, content: bytes) -> JSONValue:
    what = f"{method} {path}"
    if 200 <= status < 300:
        try:
            return decode_json(content)
        except ProtocolError:
            raise TransientError(f"{what}: {status} but the body is not JSON") from None
    code: str | None = None
    message = f"HTTP {status}"
    try:
        error = parse_error_body(decode_json(content))
        code, message = error.code, f"{error.code}: {error.message}"
    except ProtocolError:
        pass
    if status in (408, 425, 429) or status >= 500:
        retry_after = parse_retry_after(headers.get("Retry-After"))
        raise TransientError(
            f"{what}: {message}", code=code, status=status, retry_after=retry_after
        )
    if status == 401:
        raise AuthError(f"{what}: {message}", code=code, status=status)
    if 300 <= status < 400:
        # A redirect on an API call: a portal or a misconfigured proxy. Try again later.
        raise TransientError(f"{what}: redirected (HTTP {status})", status=status)
    raise PermanentError(f"{what}: {message}", code=code, status=status)


# --- one sync round --------------------------------------------------------------------------


@dataclass
class SyncReport:
    pushed: int = 0
    delivered: int = 0
    needs_attention: int = 0
    pulled: int = 0
    reset: bool = False


INVALID_ENTRY = "invalid_entry"


def _sendable(outbox: Outbox, entries: Sequence[OutboxEntry]) -> list[OutboxEntry]:
    """Entries that are of the protocol's shape; the others go to staff at once."""
    good = []
    for entry in entries:
        try:
            parse_outbox_entry(entry.to_json())
        except (ProtocolError, ValueError) as exc:
            outbox.record_invalid(
                entry.id,
                Reason(
                    INVALID_ENTRY,
                    "Der Eintrag ist fehlerhaft und kann nicht gesendet werden.",
                    f"The entry cannot be sent: {exc}",
                ),
            )
            continue
        good.append(entry)
    return good


def sync_once(
    client: ServerClient,
    outbox: Outbox,
    replica: Replica,
    *,
    batch_size: int = 100,
    pull_limit: int = DEFAULT_PULL_LIMIT,
    max_batches: int = 1000,
) -> SyncReport:
    """Push every due entry (at least one heartbeat push), then pull until caught up.

    Raises :class:`SyncError` subclasses; whatever was delivered or applied before stays so.
    """
    batch_size = max(1, min(batch_size, MAX_ENTRIES_PER_PUSH))
    report = SyncReport()
    for _ in range(max_batches):
        due = outbox.due(batch_size)
        entries = _sendable(outbox, due)
        request = PushRequest(health=outbox.health(), entries=tuple(entries))
        try:
            response = client.push(request)
        except PermanentError as exc:
            if exc.status == 413 and batch_size > 1:
                batch_size = max(1, batch_size // 2)
                continue
            raise
        outbox.record_results(response.results)
        report.pushed += len(entries)
        report.delivered += sum(1 for r in response.results if r.delivered)
        report.needs_attention += sum(1 for r in response.results if not r.delivered)
        if len(due) < batch_size:
            break
    epoch, cursor = replica.position()
    for _ in range(max_batches):
        try:
            page = client.pull(cursor, epoch, pull_limit)
        except ResponseTooLarge:
            if pull_limit == 1:
                raise
            pull_limit = max(1, pull_limit // 4)  # many large changes: smaller pages
            continue
        replica.apply(page)
        report.pulled += len(page.changes)
        report.reset = report.reset or page.reset
        epoch, cursor = page.epoch, page.cursor
        if not page.has_more:
            break
    return report


# --- backoff ---------------------------------------------------------------------------------


class Backoff:
    """Exponential backoff with jitter from ``base`` to ``cap`` seconds, honouring Retry-After.

    ``failure()`` returns the delay before the next attempt: half of ``base * 2**n`` (capped)
    plus a random part up to the other half ("equal jitter": never below ``base/2``, and
    hundreds of terminals that lost the network together do not come back in lock-step).
    A server's ``Retry-After`` is a lower bound. ``success()`` starts over.
    """

    def __init__(
        self,
        base: float = 1.0,
        cap: float = 300.0,
        *,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0
        self._rng = rng

    def success(self) -> None:
        self.failures = 0

    def failure(self, retry_after: float | None = None) -> float:
        ceiling = min(self.cap, self.base * 2.0 ** min(self.failures, 32))
        self.failures += 1
        delay = ceiling / 2 + self._rng() * ceiling / 2
        if retry_after is not None:
            delay = max(delay, min(retry_after, MAX_RETRY_AFTER_SECONDS))
        return delay


__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "AuthError",
    "Backoff",
    "Outbox",
    "PermanentError",
    "Replica",
    "ResponseTooLarge",
    "ServerClient",
    "SyncError",
    "SyncReport",
    "Timeouts",
    "TransientError",
    "parse_retry_after",
    "sync_once",
]
