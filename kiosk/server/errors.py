"""Errors the HTTP API answers with: a status, a stable ``code`` and one line of text."""

from __future__ import annotations

from typing import Any

from kiosk.errors import KnownError


class ApiError(Exception):
    """Raised anywhere below an endpoint; becomes ``{"code", "message", "details"}``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers


def unauthorized(code: str, message: str) -> ApiError:
    return ApiError(401, code, message, headers={"WWW-Authenticate": 'Bearer realm="dorfkiosk"'})


class AdminError(KnownError):
    """An admin command could not be done (unknown hub, terminal, ...): one line."""
