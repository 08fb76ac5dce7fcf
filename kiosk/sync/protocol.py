"""The wire protocol between a terminal and the regional server (pure stdlib).

Every message is a frozen dataclass with an ``to_json()`` that gives the JSON object to send,
and a strict ``parse_*`` function that takes a *decoded* JSON value and returns the message or
raises :class:`ProtocolError`. Parsing is how the client tells a real acknowledgement from a
captive portal's ``200 OK`` page or a truncated body: anything that is not of the protocol's
shape is a :class:`ProtocolError`, never a ``KeyError``/``TypeError``.

Rules the parsers hold (see ``docs/protocol.md``):

* Objects must have every required key with the right JSON type; ``bool`` is not a number.
  Unknown keys are ignored (a newer peer may add fields; breaking changes bump
  :data:`PROTOCOL_VERSION`).
* Timestamps are ISO 8601 strings with a UTC offset; they are sent in UTC with a ``Z``.
* Ids of outbox entries are client-generated UUIDs as 32 lower-case hex digits.
* ``protocol`` must be :data:`PROTOCOL_VERSION`.

The fingerprint of an entry (:func:`fingerprint`) is what the server stores beside the entry id
to tell a repeat delivery (same fingerprint) from a reuse of the id (different fingerprint).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final, Literal, TypeAlias, TypeVar, cast

PROTOCOL_VERSION: Final = 1
"""Bumped on any change an older peer would misread."""

JSONValue: TypeAlias = "bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None"
JSONObject: TypeAlias = "dict[str, JSONValue]"

EntryStatus: TypeAlias = Literal["accepted", "duplicate", "conflict", "rejected"]
ENTRY_STATUSES: Final[tuple[EntryStatus, ...]] = ("accepted", "duplicate", "conflict", "rejected")
ChangeOp: TypeAlias = Literal["upsert", "delete"]
CHANGE_OPS: Final[tuple[ChangeOp, ...]] = ("upsert", "delete")

MAX_ENTRIES_PER_PUSH: Final = 500
"""A push with more entries is refused whole (the client sends smaller batches)."""
MAX_PULL_LIMIT: Final = 1000
DEFAULT_PULL_LIMIT: Final = 500

ENTRY_ID_RE: Final = re.compile(r"[0-9a-f]{32}")
KIND_RE: Final = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")
KIND_MAX_LENGTH: Final = 64
CODE_RE: Final = re.compile(r"[a-z][a-z0-9_]*")
"""Machine-readable reason and error codes: ``snake_case``."""

MAX_TEXT_LENGTH: Final = 2000
"""Upper bound for free-text fields (error messages, names) so a peer cannot bloat a row."""


class ProtocolError(ValueError):
    """A JSON value is not of the protocol's shape. ``path`` says where (``$.entries[3].id``)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


# --- canonical JSON and fingerprints ------------------------------------------------------


def canonical_json(value: JSONValue) -> bytes:
    """The one byte string for a JSON value: sorted keys, no spaces, UTF-8, no NaN/Infinity."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def fingerprint(kind: str, payload: JSONObject) -> str:
    """sha256 (hex) of the canonical JSON of ``{"kind": kind, "payload": payload}``."""
    return hashlib.sha256(canonical_json({"kind": kind, "payload": payload})).hexdigest()


def decode_json(body: bytes | str) -> JSONValue:
    """Decode a response or request body; :class:`ProtocolError` if it is not JSON at all.

    Rejects what Python's decoder would otherwise let through: ``NaN``/``Infinity`` and
    invalid UTF-8.
    """

    def _no_constants(name: str) -> JSONValue:
        raise ValueError(f"{name} is not JSON")

    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        return cast(JSONValue, json.loads(text, parse_constant=_no_constants))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProtocolError("$", f"body is not JSON ({type(exc).__name__})") from None


def encode_json(value: JSONValue) -> bytes:
    """Bytes for an HTTP body (canonical, so equal messages are equal bytes)."""
    return canonical_json(value)


# --- field readers --------------------------------------------------------------------------

_T = TypeVar("_T")


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _object(value: object, path: str) -> dict[str, JSONValue]:
    if not isinstance(value, dict):
        raise ProtocolError(path, f"expected an object, got {_type_name(value)}")
    return cast("dict[str, JSONValue]", value)


def _required(obj: Mapping[str, JSONValue], key: str, path: str) -> JSONValue:
    if key not in obj:
        raise ProtocolError(path, f"missing key {key!r}")
    return obj[key]


def _str(
    obj: Mapping[str, JSONValue],
    key: str,
    path: str,
    *,
    pattern: re.Pattern[str] | None = None,
    max_length: int = MAX_TEXT_LENGTH,
    min_length: int = 0,
) -> str:
    where = f"{path}.{key}"
    value = _required(obj, key, path)
    if not isinstance(value, str):
        raise ProtocolError(where, f"expected a string, got {_type_name(value)}")
    if not min_length <= len(value) <= max_length:
        raise ProtocolError(where, f"length must be {min_length}..{max_length}")
    _check_text(value, where)
    if "\x00" in value:
        raise ProtocolError(where, "must not contain NUL characters")
    if pattern is not None and not pattern.fullmatch(value):
        raise ProtocolError(where, f"does not match {pattern.pattern}")
    return value


def _opt_str(obj: Mapping[str, JSONValue], key: str, path: str) -> str | None:
    if obj.get(key) is None:
        if key not in obj:
            raise ProtocolError(path, f"missing key {key!r}")
        return None
    return _str(obj, key, path)


def _int(obj: Mapping[str, JSONValue], key: str, path: str, *, minimum: int = 0) -> int:
    value = _required(obj, key, path)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError(f"{path}.{key}", f"expected a whole number, got {_type_name(value)}")
    if value < minimum or value > 2**63 - 1:
        raise ProtocolError(f"{path}.{key}", f"must be between {minimum} and 2**63-1")
    return value


def _opt_int(obj: Mapping[str, JSONValue], key: str, path: str) -> int | None:
    if key not in obj:
        raise ProtocolError(path, f"missing key {key!r}")
    return None if obj[key] is None else _int(obj, key, path)


def _bool(obj: Mapping[str, JSONValue], key: str, path: str) -> bool:
    value = _required(obj, key, path)
    if not isinstance(value, bool):
        raise ProtocolError(f"{path}.{key}", f"expected true or false, got {_type_name(value)}")
    return value


def _json_object(obj: Mapping[str, JSONValue], key: str, path: str) -> JSONObject:
    value = _object(_required(obj, key, path), f"{path}.{key}")
    _check_json(value, f"{path}.{key}")
    return value


def _check_text(value: str, path: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ProtocolError(path, "text is not valid Unicode (lone surrogate)") from None


def _opt_json_object(obj: Mapping[str, JSONValue], key: str, path: str) -> JSONObject | None:
    if key not in obj:
        raise ProtocolError(path, f"missing key {key!r}")
    return None if obj[key] is None else _json_object(obj, key, path)


MAX_JSON_DEPTH: Final = 32
"""Payloads and results nest at most this deep (keeps every recursion far from Python's limit)."""


def _check_json(value: object, path: str, depth: int = 0) -> None:
    """Plain, finite, encodable JSON of bounded depth (also for values built in code)."""
    if depth > MAX_JSON_DEPTH:
        raise ProtocolError(path, f"nested deeper than {MAX_JSON_DEPTH} levels")
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, str):
        _check_text(value, path)
        return
    if isinstance(value, int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ProtocolError(path, "numbers must be finite")
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            _check_json(item, f"{path}[{index}]", depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ProtocolError(path, "object keys must be strings")
            _check_text(key, path)
            _check_json(item, f"{path}.{key}", depth + 1)
        return
    raise ProtocolError(path, f"{type(value).__name__} is not JSON")


def _timestamp(obj: Mapping[str, JSONValue], key: str, path: str) -> datetime:
    text = _str(obj, key, path, max_length=40)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ProtocolError(f"{path}.{key}", "not an ISO 8601 timestamp") from None
    if when.tzinfo is None or when.utcoffset() is None:
        raise ProtocolError(f"{path}.{key}", "timestamp needs a UTC offset (e.g. Z)")
    try:
        return when.astimezone(UTC)
    except OverflowError:
        raise ProtocolError(f"{path}.{key}", "timestamp out of range") from None


def _opt_timestamp(obj: Mapping[str, JSONValue], key: str, path: str) -> datetime | None:
    if key not in obj:
        raise ProtocolError(path, f"missing key {key!r}")
    return None if obj[key] is None else _timestamp(obj, key, path)


def _array(
    obj: Mapping[str, JSONValue],
    key: str,
    path: str,
    item: Callable[[JSONValue, str], _T],
    *,
    max_items: int | None = None,
) -> tuple[_T, ...]:
    value = _required(obj, key, path)
    where = f"{path}.{key}"
    if not isinstance(value, list):
        raise ProtocolError(where, f"expected an array, got {_type_name(value)}")
    if max_items is not None and len(value) > max_items:
        raise ProtocolError(where, f"at most {max_items} items")
    return tuple(item(element, f"{where}[{index}]") for index, element in enumerate(value))


def _protocol(obj: Mapping[str, JSONValue], path: str) -> int:
    version = _int(obj, "protocol", path)
    if version != PROTOCOL_VERSION:
        raise ProtocolError(
            f"{path}.protocol", f"unsupported protocol version {version} (this side speaks 1)"
        )
    return version


def format_timestamp(when: datetime) -> str:
    """UTC, ISO 8601, ``Z`` suffix (microseconds kept)."""
    if when.tzinfo is None:
        raise ValueError("naive datetime: the protocol only carries UTC-aware timestamps")
    return when.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _opt_format(when: datetime | None) -> str | None:
    return None if when is None else format_timestamp(when)


# --- enrolment ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnrollRequest:
    """``POST /api/v1/enroll``: exchange a one-time code for a terminal token."""

    code: str
    terminal_name: str
    app_version: str
    protocol: int = PROTOCOL_VERSION

    def to_json(self) -> JSONObject:
        return {
            "protocol": self.protocol,
            "code": self.code,
            "terminal_name": self.terminal_name,
            "app_version": self.app_version,
        }


def parse_enroll_request(value: JSONValue) -> EnrollRequest:
    obj = _object(value, "$")
    return EnrollRequest(
        protocol=_protocol(obj, "$"),
        code=_str(obj, "code", "$", min_length=1, max_length=64),
        terminal_name=_str(obj, "terminal_name", "$", min_length=1, max_length=200),
        app_version=_str(obj, "app_version", "$", min_length=1, max_length=64),
    )


@dataclass(frozen=True)
class EnrollResponse:
    """The terminal's identity and secret; the token is shown exactly once."""

    terminal_id: str
    token: str
    hub_id: str
    hub_name: str
    epoch: str
    protocol: int = PROTOCOL_VERSION

    def to_json(self) -> JSONObject:
        return {
            "protocol": self.protocol,
            "terminal_id": self.terminal_id,
            "token": self.token,
            "hub_id": self.hub_id,
            "hub_name": self.hub_name,
            "epoch": self.epoch,
        }


def parse_enroll_response(value: JSONValue) -> EnrollResponse:
    obj = _object(value, "$")
    return EnrollResponse(
        protocol=_protocol(obj, "$"),
        terminal_id=_str(obj, "terminal_id", "$", min_length=1, max_length=64),
        token=_str(obj, "token", "$", min_length=16, max_length=200),
        hub_id=_str(obj, "hub_id", "$", min_length=1, max_length=64),
        hub_name=_str(obj, "hub_name", "$", max_length=200),
        epoch=_str(obj, "epoch", "$", min_length=1, max_length=64),
    )


# --- push -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TerminalHealth:
    """Reported with every push; the server keeps the latest per terminal (fleet table)."""

    app_version: str
    outbox_depth: int
    oldest_unsent_at: datetime | None = None
    disk_free_bytes: int | None = None
    last_error: str | None = None

    def to_json(self) -> JSONObject:
        return {
            "app_version": self.app_version,
            "outbox_depth": self.outbox_depth,
            "oldest_unsent_at": _opt_format(self.oldest_unsent_at),
            "disk_free_bytes": self.disk_free_bytes,
            "last_error": self.last_error,
        }


def parse_terminal_health(value: JSONValue, path: str = "$") -> TerminalHealth:
    obj = _object(value, path)
    return TerminalHealth(
        app_version=_str(obj, "app_version", path, min_length=1, max_length=64),
        outbox_depth=_int(obj, "outbox_depth", path),
        oldest_unsent_at=_opt_timestamp(obj, "oldest_unsent_at", path),
        disk_free_bytes=_opt_int(obj, "disk_free_bytes", path),
        last_error=_opt_str(obj, "last_error", path),
    )


@dataclass(frozen=True)
class OutboxEntry:
    """One change made on a terminal. ``id`` is generated by the terminal (uuid4 hex)."""

    id: str
    kind: str
    payload: JSONObject
    created_at: datetime

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.kind, self.payload)

    def to_json(self) -> JSONObject:
        return {
            "id": self.id,
            "kind": self.kind,
            "payload": self.payload,
            "created_at": format_timestamp(self.created_at),
        }


def parse_outbox_entry(value: JSONValue, path: str = "$") -> OutboxEntry:
    obj = _object(value, path)
    return OutboxEntry(
        id=_str(obj, "id", path, pattern=ENTRY_ID_RE, max_length=32),
        kind=_str(obj, "kind", path, pattern=KIND_RE, max_length=KIND_MAX_LENGTH),
        payload=_json_object(obj, "payload", path),
        created_at=_timestamp(obj, "created_at", path),
    )


@dataclass(frozen=True)
class PushRequest:
    """``POST /api/v1/push``: the terminal's health and a batch of outbox entries."""

    health: TerminalHealth
    entries: tuple[OutboxEntry, ...]
    protocol: int = PROTOCOL_VERSION

    def to_json(self) -> JSONObject:
        return {
            "protocol": self.protocol,
            "health": self.health.to_json(),
            "entries": [entry.to_json() for entry in self.entries],
        }


def parse_push_request(value: JSONValue) -> PushRequest:
    obj = _object(value, "$")
    entries = _array(obj, "entries", "$", parse_outbox_entry, max_items=MAX_ENTRIES_PER_PUSH)
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        if entry.id in seen:
            raise ProtocolError(f"$.entries[{index}].id", "the same id twice in one push")
        seen.add(entry.id)
    return PushRequest(
        protocol=_protocol(obj, "$"),
        health=parse_terminal_health(_required(obj, "health", "$"), "$.health"),
        entries=entries,
    )


@dataclass(frozen=True)
class Reason:
    """Why an entry was not applied: a stable code and a sentence for staff (de/en)."""

    code: str
    message_de: str
    message_en: str

    def to_json(self) -> JSONObject:
        return {"code": self.code, "message_de": self.message_de, "message_en": self.message_en}


def parse_reason(value: JSONValue, path: str = "$") -> Reason:
    obj = _object(value, path)
    return Reason(
        code=_str(obj, "code", path, pattern=CODE_RE, max_length=64),
        message_de=_str(obj, "message_de", path),
        message_en=_str(obj, "message_en", path),
    )


@dataclass(frozen=True)
class EntryResult:
    """The server's answer for one entry.

    * ``accepted``: applied now; ``result`` is the outcome (an object, maybe empty).
    * ``duplicate``: applied before; ``result`` is the outcome stored then.
    * ``conflict``: the id was used before for a different kind/payload; ``reason`` says so.
      Nothing was applied. (This is DESIGN rule 2's "409", per entry.)
    * ``rejected``: will never be applied as it is (unknown kind, invalid payload, wrong hub);
      ``reason`` says why. Nothing is recorded, so a corrected resend under the same id is
      judged afresh.

    Both ``conflict`` and ``rejected`` mean "stop sending this entry; show it to staff".
    """

    id: str
    status: EntryStatus
    result: JSONObject | None = None
    reason: Reason | None = None

    def __post_init__(self) -> None:
        if self.status not in ENTRY_STATUSES:
            raise ProtocolError("$.status", f"unknown status {self.status!r}")
        applied = self.status in ("accepted", "duplicate")
        if applied and (self.result is None or self.reason is not None):
            raise ProtocolError("$", f"{self.status} needs a result and no reason")
        if not applied and (self.reason is None or self.result is not None):
            raise ProtocolError("$", f"{self.status} needs a reason and no result")

    @property
    def delivered(self) -> bool:
        """The server has the entry: it may leave the outbox."""
        return self.status in ("accepted", "duplicate")

    def to_json(self) -> JSONObject:
        return {
            "id": self.id,
            "status": self.status,
            "result": self.result,
            "reason": None if self.reason is None else self.reason.to_json(),
        }


def parse_entry_result(value: JSONValue, path: str = "$") -> EntryResult:
    obj = _object(value, path)
    status = _str(obj, "status", path, max_length=16)
    if status not in ENTRY_STATUSES:
        raise ProtocolError(f"{path}.status", f"unknown status {status!r}")
    entry_id = _str(obj, "id", path, pattern=ENTRY_ID_RE, max_length=32)
    result = _opt_json_object(obj, "result", path)
    raw_reason = _required(obj, "reason", path)
    reason = None if raw_reason is None else parse_reason(raw_reason, f"{path}.reason")
    applied = status in ("accepted", "duplicate")
    if applied and (result is None or reason is not None):
        raise ProtocolError(path, f"{status} needs a result and no reason")
    if not applied and (reason is None or result is not None):
        raise ProtocolError(path, f"{status} needs a reason and no result")
    return EntryResult(id=entry_id, status=status, result=result, reason=reason)


@dataclass(frozen=True)
class PushResponse:
    """One result per pushed entry, in the order of the request."""

    results: tuple[EntryResult, ...]
    server_time: datetime
    protocol: int = PROTOCOL_VERSION

    def to_json(self) -> JSONObject:
        return {
            "protocol": self.protocol,
            "server_time": format_timestamp(self.server_time),
            "results": [result.to_json() for result in self.results],
        }

    def check_answers(self, request: PushRequest) -> None:
        """:class:`ProtocolError` unless there is exactly one result per entry, in order.

        The client calls this before it trusts a response: a body of the right shape that
        answers a different batch is not an acknowledgement either.
        """
        sent = [entry.id for entry in request.entries]
        answered = [result.id for result in self.results]
        if sent != answered:
            raise ProtocolError("$.results", "results do not answer the entries that were sent")


def parse_push_response(value: JSONValue) -> PushResponse:
    obj = _object(value, "$")
    return PushResponse(
        protocol=_protocol(obj, "$"),
        server_time=_timestamp(obj, "server_time", "$"),
        results=_array(obj, "results", "$", parse_entry_result, max_items=MAX_ENTRIES_PER_PUSH),
    )


# --- pull -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One change to replicated state: upsert ``data`` under (kind, key), or delete it."""

    seq: int
    kind: str
    op: ChangeOp
    key: str
    data: JSONObject | None = None

    def __post_init__(self) -> None:
        if self.op not in CHANGE_OPS:
            raise ProtocolError("$.op", f"unknown op {self.op!r}")
        if (self.op == "upsert") != (self.data is not None):
            raise ProtocolError("$.data", "upsert needs data, delete has none")

    def to_json(self) -> JSONObject:
        return {
            "seq": self.seq,
            "kind": self.kind,
            "op": self.op,
            "key": self.key,
            "data": self.data,
        }


def parse_change(value: JSONValue, path: str = "$") -> Change:
    obj = _object(value, path)
    op = _str(obj, "op", path, max_length=16)
    if op not in CHANGE_OPS:
        raise ProtocolError(f"{path}.op", f"unknown op {op!r}")
    data = _opt_json_object(obj, "data", path)
    if (op == "upsert") != (data is not None):
        raise ProtocolError(f"{path}.data", "upsert needs data, delete has none")
    return Change(
        seq=_int(obj, "seq", path, minimum=1),
        kind=_str(obj, "kind", path, pattern=KIND_RE, max_length=KIND_MAX_LENGTH),
        op=op,
        key=_str(obj, "key", path, min_length=1, max_length=200),
        data=data,
    )


@dataclass(frozen=True)
class PullResponse:
    """``GET /api/v1/changes``: a page of changes after the client's cursor.

    ``cursor`` is what the client stores (in the same transaction that applies the page) and
    sends next time. ``reset`` means the server did not recognise the client's position (other
    epoch, or a cursor beyond the server's head: a server restored from a backup): the client
    discards everything it pulled before, then applies this page, which starts from the
    beginning.
    """

    epoch: str
    cursor: int
    changes: tuple[Change, ...]
    has_more: bool
    reset: bool = False
    protocol: int = PROTOCOL_VERSION

    def __post_init__(self) -> None:
        previous = 0
        for change in self.changes:
            if change.seq <= previous:
                raise ProtocolError("$.changes", "changes must be in increasing seq order")
            previous = change.seq
        if self.changes and self.cursor < self.changes[-1].seq:
            raise ProtocolError("$.cursor", "cursor is behind the last change")

    def to_json(self) -> JSONObject:
        return {
            "protocol": self.protocol,
            "epoch": self.epoch,
            "cursor": self.cursor,
            "reset": self.reset,
            "has_more": self.has_more,
            "changes": [change.to_json() for change in self.changes],
        }


def parse_pull_response(value: JSONValue) -> PullResponse:
    obj = _object(value, "$")
    changes = _array(obj, "changes", "$", parse_change, max_items=MAX_PULL_LIMIT)
    cursor = _int(obj, "cursor", "$")
    previous = 0
    for index, change in enumerate(changes):
        if change.seq <= previous:
            raise ProtocolError(f"$.changes[{index}].seq", "changes must be in increasing order")
        previous = change.seq
    if cursor < previous:
        raise ProtocolError("$.cursor", "cursor is behind the last change")
    return PullResponse(
        protocol=_protocol(obj, "$"),
        epoch=_str(obj, "epoch", "$", min_length=1, max_length=64),
        cursor=cursor,
        reset=_bool(obj, "reset", "$"),
        has_more=_bool(obj, "has_more", "$"),
        changes=changes,
    )


# --- errors and health ----------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorBody:
    """Every non-2xx answer of the API: ``{"code": ..., "message": ..., "details": ...}``."""

    code: str
    message: str
    details: JSONValue = field(default=None)

    def to_json(self) -> JSONObject:
        return {"code": self.code, "message": self.message, "details": self.details}


def parse_error_body(value: JSONValue) -> ErrorBody:
    obj = _object(value, "$")
    details = obj.get("details")
    _check_json(details, "$.details")
    return ErrorBody(
        code=_str(obj, "code", "$", pattern=CODE_RE, max_length=64),
        message=_str(obj, "message", "$", max_length=10_000),
        details=details,
    )


@dataclass(frozen=True)
class HealthResponse:
    """``GET /api/v1/health``: the server is up and its database answers."""

    status: Literal["ok"]
    epoch: str
    head: int
    server_time: datetime
    protocol: int = PROTOCOL_VERSION

    def to_json(self) -> JSONObject:
        return {
            "protocol": self.protocol,
            "status": self.status,
            "epoch": self.epoch,
            "head": self.head,
            "server_time": format_timestamp(self.server_time),
        }


def parse_health_response(value: JSONValue) -> HealthResponse:
    obj = _object(value, "$")
    status = _str(obj, "status", "$", max_length=16)
    if status != "ok":
        raise ProtocolError("$.status", f"expected 'ok', got {status!r}")
    return HealthResponse(
        protocol=_protocol(obj, "$"),
        status="ok",
        epoch=_str(obj, "epoch", "$", min_length=1, max_length=64),
        head=_int(obj, "head", "$"),
        server_time=_timestamp(obj, "server_time", "$"),
    )


def check_entries(entries: Sequence[OutboxEntry]) -> None:
    """Validate entries built in code (not parsed) before they are sent: same rules as parse."""
    for index, entry in enumerate(entries):
        parse_outbox_entry(entry.to_json(), f"$.entries[{index}]")


__all__ = [
    "CHANGE_OPS",
    "DEFAULT_PULL_LIMIT",
    "ENTRY_STATUSES",
    "MAX_ENTRIES_PER_PUSH",
    "MAX_PULL_LIMIT",
    "PROTOCOL_VERSION",
    "Change",
    "ChangeOp",
    "EnrollRequest",
    "EnrollResponse",
    "EntryResult",
    "EntryStatus",
    "ErrorBody",
    "HealthResponse",
    "JSONObject",
    "JSONValue",
    "OutboxEntry",
    "ProtocolError",
    "PullResponse",
    "PushRequest",
    "PushResponse",
    "Reason",
    "TerminalHealth",
    "canonical_json",
    "check_entries",
    "decode_json",
    "encode_json",
    "fingerprint",
    "format_timestamp",
    "parse_change",
    "parse_enroll_request",
    "parse_enroll_response",
    "parse_entry_result",
    "parse_error_body",
    "parse_health_response",
    "parse_outbox_entry",
    "parse_pull_response",
    "parse_push_request",
    "parse_push_response",
    "parse_reason",
    "parse_terminal_health",
]
