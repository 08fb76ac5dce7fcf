"""JSON Schemas of the protocol's messages for the OpenAPI document.

Written by hand next to :mod:`kiosk.sync.protocol` (which has no schema library); a test
validates generated protocol messages against these schemas so the two cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from kiosk.sync import protocol as p

_TS = {"type": "string", "format": "date-time", "description": "ISO 8601 with offset (UTC, Z)"}
_NULLABLE_TS = {"anyOf": [_TS, {"type": "null"}]}
_OBJ = {"type": "object", "additionalProperties": True}
_UINT = {"type": "integer", "minimum": 0}
_VERSION = {"type": "integer", "const": p.PROTOCOL_VERSION}
_ENTRY_ID = {"type": "string", "pattern": f"^{p.ENTRY_ID_RE.pattern}$"}
_KIND = {"type": "string", "pattern": f"^{p.KIND_RE.pattern}$", "maxLength": p.KIND_MAX_LENGTH}


def _object(properties: dict[str, Any], description: str = "") -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": sorted(properties),
    }
    if description:
        schema["description"] = description
    return schema


_REASON = _object(
    {
        "code": {"type": "string", "pattern": f"^{p.CODE_RE.pattern}$"},
        "message_de": {"type": "string"},
        "message_en": {"type": "string"},
    }
)
_HEALTH = _object(
    {
        "app_version": {"type": "string", "minLength": 1, "maxLength": 64},
        "outbox_depth": _UINT,
        "oldest_unsent_at": _NULLABLE_TS,
        "disk_free_bytes": {"anyOf": [_UINT, {"type": "null"}]},
        "last_error": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    }
)
_ENTRY = _object({"id": _ENTRY_ID, "kind": _KIND, "payload": _OBJ, "created_at": _TS})
_CHANGE = _object(
    {
        "seq": {"type": "integer", "minimum": 1},
        "kind": _KIND,
        "op": {"type": "string", "enum": list(p.CHANGE_OPS)},
        "key": {"type": "string", "minLength": 1, "maxLength": 200},
        "data": {"anyOf": [_OBJ, {"type": "null"}]},
    }
)

SCHEMAS: dict[type, dict[str, Any]] = {
    p.EnrollRequest: _object(
        {
            "protocol": _VERSION,
            "code": {"type": "string", "minLength": 1, "maxLength": 64},
            "terminal_name": {"type": "string", "minLength": 1, "maxLength": 200},
            "app_version": {"type": "string", "minLength": 1, "maxLength": 64},
        }
    ),
    p.EnrollResponse: _object(
        {
            "protocol": _VERSION,
            "terminal_id": {"type": "string"},
            "token": {"type": "string", "description": "shown once; send as Bearer token"},
            "hub_id": {"type": "string"},
            "hub_name": {"type": "string"},
            "epoch": {"type": "string"},
        }
    ),
    p.PushRequest: _object(
        {
            "protocol": _VERSION,
            "health": _HEALTH,
            "entries": {"type": "array", "items": _ENTRY, "maxItems": p.MAX_ENTRIES_PER_PUSH},
        },
        "Entry ids must be unique within one push.",
    ),
    p.PushResponse: _object(
        {
            "protocol": _VERSION,
            "server_time": _TS,
            "results": {
                "type": "array",
                "description": "one per pushed entry, same order",
                "items": _object(
                    {
                        "id": _ENTRY_ID,
                        "status": {"type": "string", "enum": list(p.ENTRY_STATUSES)},
                        "result": {"anyOf": [_OBJ, {"type": "null"}]},
                        "reason": {"anyOf": [_REASON, {"type": "null"}]},
                    },
                    "accepted/duplicate: result set, reason null; conflict/rejected: the reverse",
                ),
            },
        }
    ),
    p.PullResponse: _object(
        {
            "protocol": _VERSION,
            "epoch": {"type": "string"},
            "cursor": _UINT,
            "reset": {"type": "boolean", "description": "discard pulled state, then apply"},
            "has_more": {"type": "boolean"},
            "changes": {"type": "array", "items": _CHANGE},
        }
    ),
    p.HealthResponse: _object(
        {
            "protocol": _VERSION,
            "status": {"type": "string", "const": "ok"},
            "epoch": {"type": "string"},
            "head": _UINT,
            "server_time": _TS,
        }
    ),
    p.ErrorBody: _object(
        {
            "code": {"type": "string", "pattern": f"^{p.CODE_RE.pattern}$"},
            "message": {"type": "string"},
            "details": {},
        }
    ),
}


def request_body(message: type) -> dict[str, Any]:
    """``openapi_extra`` for an endpoint that takes ``message`` as its JSON body."""
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": SCHEMAS[message]}},
        }
    }


def response_body(message: type, errors: tuple[int, ...] = ()) -> dict[int | str, Any]:
    """``responses=`` for an endpoint answering ``message`` (and errors with ErrorBody)."""
    error = {"content": {"application/json": {"schema": SCHEMAS[p.ErrorBody]}}}
    responses: dict[int | str, Any] = {
        200: {"description": "OK", "content": {"application/json": {"schema": SCHEMAS[message]}}}
    }
    for status in errors:
        responses[status] = {"description": "error", **error}
    return responses
