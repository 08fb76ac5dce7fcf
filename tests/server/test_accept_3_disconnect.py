"""A terminal that goes away while sending its push (killed, reset, power cut) is an everyday
event on a village network, not a server error: nothing is applied, nothing is logged as an
error with a traceback, and the server keeps answering."""

from __future__ import annotations

import logging
import socket
import time
from urllib.parse import urlsplit

import pytest

from tests.server.live import Api


def test_a_client_gone_mid_body_is_no_server_error(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    token = api.enroll("hub").token
    address = urlsplit(api.server.base_url)
    caplog.set_level(logging.INFO)
    for _ in range(3):
        with socket.create_connection((address.hostname, address.port), timeout=5) as sock:
            sock.sendall(
                b"POST /api/v1/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Authorization: Bearer " + token.encode() + b"\r\n"
                b"Content-Length: 100000\r\n\r\n" + b'{"protocol": 1, "entries": ['
            )
            time.sleep(0.2)  # the server is reading the body now
    time.sleep(0.5)
    assert api.get("/health").status_code == 200
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]
