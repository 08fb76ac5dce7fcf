"""The HTTP API under ``/api/v1`` (FastAPI on uvicorn).

Why FastAPI: OpenAPI at ``/openapi.json`` for free, a small routing layer, and uvicorn. Request
bodies are *not* pydantic models: they are decoded and validated by the same stdlib parsers the
terminal uses (:mod:`kiosk.sync.protocol`), so both sides agree on the shape by construction.
The JSON schemas in the OpenAPI document are generated from those dataclasses.

The app holds no state that matters beyond its connection pool: idempotency records, cursors,
tokens and codes live in the database, so several processes can serve one PostgreSQL.

Every error is JSON ``{"code", "message", "details"}`` with a stable ``code``:
``validation_error`` (422), ``invalid_json`` and ``client_disconnected`` (400),
``body_too_large`` (413), ``auth_*`` (401), ``enroll_code_*`` (403), ``not_found`` (404),
``method_not_allowed`` (405), ``internal_error`` (500), ``unsupported_media_type`` (415).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import anyio.to_thread
from anyio import CapacityLimiter
from fastapi import FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from kiosk import __version__
from kiosk.server import admin, changes
from kiosk.server.db import Database
from kiosk.server.errors import ApiError, unauthorized
from kiosk.server.openapi import request_body, response_body
from kiosk.server.push import authenticate, push
from kiosk.sync import protocol
from kiosk.sync.protocol import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    ErrorBody,
    HealthResponse,
    JSONObject,
    ProtocolError,
)

log = logging.getLogger(__name__)

API = "/api/v1"
MAX_BODY_BYTES = 8 * 1024 * 1024
"""A push of 500 entries of a few KB each fits easily; anything bigger is refused whole."""

_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    415: "unsupported_media_type",
    429: "too_many_requests",
}

_P = TypeVar("_P")


def _json(status: int, body: JSONObject, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=headers)


def _error(status: int, code: str, message: str, details: Any = None) -> JSONResponse:
    return _json(status, ErrorBody(code=code, message=message, details=details).to_json())


async def _read_body(request: Request, parse: Callable[[protocol.JSONValue], _P]) -> _P:
    content_type = request.headers.get("content-type", "")
    if content_type.split(";")[0].strip().lower() != "application/json":
        raise ApiError(415, "unsupported_media_type", "send the body as application/json")
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ApiError(413, "body_too_large", f"body larger than {MAX_BODY_BYTES} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise ApiError(413, "body_too_large", f"body larger than {MAX_BODY_BYTES} bytes")
    try:
        value = protocol.decode_json(bytes(body))
    except ProtocolError:
        raise ApiError(400, "invalid_json", "the body is not JSON (UTF-8)") from None
    try:
        return parse(value)
    except ProtocolError as exc:
        raise ApiError(
            422,
            "validation_error",
            f"the body is not a valid request: {exc}",
            details=[{"path": exc.path, "problem": exc.problem}],
        ) from None


def _bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def create_app(database_url: str, *, database: Database | None = None) -> FastAPI:
    """The ASGI app for one server database (the schema must be current)."""
    db = database or Database(database_url)
    app = FastAPI(
        title="Dorfkiosk regional server",
        version=__version__,
        description="Enrolment, idempotent push and cursor pull for Dorfkiosk terminals.",
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.database = db
    # Database work runs in worker threads, at most db.concurrency at once (see Database).
    limiter = CapacityLimiter(db.concurrency)

    async def in_db_thread(work: Callable[[], _P]) -> _P:
        return await anyio.to_thread.run_sync(work, limiter=limiter)

    # --- errors --------------------------------------------------------------------------

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        response = _error(exc.status, exc.code, exc.message, exc.details)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {"path": ".".join(str(p) for p in err.get("loc", ())), "problem": err.get("msg", "")}
            for err in exc.errors()
        ]
        return _error(422, "validation_error", "the request is not valid", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        response = _error(exc.status_code, code, str(exc.detail))
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(ClientDisconnect)
    async def _client_gone(_request: Request, _exc: ClientDisconnect) -> JSONResponse:
        # The terminal went away mid-request (killed, reset): routine, nothing was applied,
        # and nobody reads this answer. Not an error for the server log.
        log.info("client disconnected before its request body arrived")
        return _error(400, "client_disconnected", "the client went away while sending")

    @app.exception_handler(Exception)
    async def _internal_error(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error", exc_info=exc)
        return _error(500, "internal_error", "internal server error (see the server log)")

    # --- endpoints -----------------------------------------------------------------------

    @app.get(
        f"{API}/health",
        summary="Liveness and database check",
        responses=response_body(protocol.HealthResponse),
        response_class=JSONResponse,
    )
    async def health() -> JSONResponse:
        from datetime import UTC, datetime

        def work() -> tuple[str, int]:
            with db.read() as session:
                return changes.server_state(session)

        epoch, head = await in_db_thread(work)
        body = HealthResponse(
            status="ok", epoch=epoch, head=head, server_time=datetime.now(UTC)
        ).to_json()
        return _json(200, body)

    @app.post(
        f"{API}/enroll",
        summary="Exchange a one-time enrolment code for a terminal token",
        openapi_extra=request_body(protocol.EnrollRequest),
        responses=response_body(protocol.EnrollResponse, errors=(403, 422)),
        response_class=JSONResponse,
    )
    async def enroll(request: Request) -> JSONResponse:
        enroll_request = await _read_body(request, protocol.parse_enroll_request)

        def work() -> JSONObject:
            with db.write() as session:
                return admin.enroll(session, enroll_request).to_json()

        return _json(200, await in_db_thread(work))

    @app.post(
        f"{API}/push",
        summary="Deliver outbox entries (idempotent per entry id) and report health",
        openapi_extra=request_body(protocol.PushRequest),
        responses=response_body(protocol.PushResponse, errors=(401, 413, 422)),
        response_class=JSONResponse,
    )
    async def push_entries(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> JSONResponse:
        token = _bearer(authorization)
        if token is None:  # fail before reading a possibly large body
            raise unauthorized(
                "auth_missing", "an 'Authorization: Bearer <token>' header is required"
            )
        push_request = await _read_body(request, protocol.parse_push_request)

        def work() -> JSONObject:
            with db.write() as session:
                return push(session, token, push_request).to_json()

        return _json(200, await in_db_thread(work))

    @app.get(
        f"{API}/changes",
        summary="Changes after a cursor (paged), with the server's epoch",
        responses=response_body(protocol.PullResponse, errors=(401,)),
        response_class=JSONResponse,
    )
    async def pull_changes(
        cursor: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
        epoch: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
        authorization: Annotated[str | None, Header()] = None,
    ) -> JSONResponse:
        def work() -> JSONObject:
            with db.read() as session:
                terminal = authenticate(session, _bearer(authorization))
                page = changes.pull(
                    session, hub_id=terminal.hub_id, cursor=cursor, epoch=epoch, limit=limit
                )
            return page.to_json()

        return _json(200, await in_db_thread(work))

    @app.get("/", include_in_schema=False)
    def root() -> Response:
        return _json(200, {"service": "dorfkiosk-server", "api": API, "openapi": "/openapi.json"})

    return app


DATABASE_ENV = "KIOSK_SERVER_DB"


def app_from_environment() -> FastAPI:
    """The app for ``$KIOSK_SERVER_DB``: the factory each of ``kiosk server run --workers N``'s
    processes calls (uvicorn starts workers from an import string, not an app object)."""
    url = os.environ.get(DATABASE_ENV)
    if not url:
        raise RuntimeError(f"${DATABASE_ENV} is not set")
    return create_app(url)


__all__ = ["API", "DATABASE_ENV", "MAX_BODY_BYTES", "app_from_environment", "create_app"]
