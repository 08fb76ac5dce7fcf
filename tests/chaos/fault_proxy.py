"""A misbehaving network between terminal and server, on loopback.

:class:`FaultProxy` speaks just enough HTTP/1.1 (keep-alive, Content-Length bodies) to sit
between the sync client and a real server. For every request it asks ``plan(method, path)``
which fault to inject:

``pass``              forward, answer normally
``reset``             drop the connection (RST) before forwarding: nothing reached the server
``timeout``           hold the request without answering for ``hold_seconds``, then drop it
``lost``              forward (the server commits), then drop the connection: the response
                      is lost after the commit
``truncated``         forward, send the headers and half the body, then close
``slow``              forward, send the response at ``slow_bytes_per_second`` (1 KB/s)
``500``/``503``/``429``  answer with that status and ``Retry-After: 1`` without forwarding
``502_after_commit``  forward, then answer 502 (a gateway that lost the upstream answer)
``portal``            a captive portal: ``200 OK`` with an HTML page, without forwarding
``down``              refuse like a dead host: RST at once (used for "offline" phases)
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import socketserver
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from urllib.parse import urlsplit

FAULTS = (
    "pass",
    "reset",
    "timeout",
    "lost",
    "truncated",
    "slow",
    "500",
    "503",
    "429",
    "502_after_commit",
    "portal",
)

PORTAL_PAGE = (
    b"<!DOCTYPE html><html><head><title>WLAN Anmeldung</title></head>"
    b"<body><h1>Willkommen im Gemeinde-WLAN</h1><form><button>Akzeptieren</button></form>"
    b"</body></html>"
)

Plan = Callable[[str, str], str]


class FaultProxy:
    def __init__(
        self,
        upstream: str,
        plan: Plan | None = None,
        *,
        hold_seconds: float = 2.0,
        slow_bytes_per_second: int = 1024,
    ) -> None:
        parts = urlsplit(upstream)
        self.upstream_host = parts.hostname or "127.0.0.1"
        self.upstream_port = parts.port or 80
        self.plan: Plan = plan or (lambda _m, _p: "pass")
        self.hold_seconds = hold_seconds
        self.slow_bytes_per_second = slow_bytes_per_second
        self.injected: Counter[str] = Counter()
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                proxy._serve(self)

            def finish(self) -> None:
                with contextlib.suppress(OSError):  # the fault closed the socket already
                    super().finish()

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # broken connections are the point here

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = int(self._server.server_address[1])
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    # --- one connection -----------------------------------------------------------------

    def _serve(self, handler: socketserver.StreamRequestHandler) -> None:
        conn: socket.socket = handler.connection
        while True:
            request = _read_request(handler)
            if request is None:
                return
            method, target, headers, body = request
            fault = self.plan(method, target)
            with self._lock:
                self.injected[fault] += 1
            if fault in ("reset", "down"):
                _reset(conn)
                return
            if fault == "timeout":
                time.sleep(self.hold_seconds)
                _reset(conn)
                return
            if fault in ("500", "503", "429"):
                body_out = b'{"code":"internal_error","message":"injected"}'
                _write(conn, int(fault), {"Content-Type": "application/json",
                       "Retry-After": "1"}, body_out)  # fmt: skip
                continue
            if fault == "portal":
                _write(conn, 200, {"Content-Type": "text/html; charset=utf-8"}, PORTAL_PAGE)
                continue
            try:
                status, out_headers, out_body = self._forward(method, target, headers, body)
            except OSError:
                _reset(conn)
                return
            if fault == "lost":
                _reset(conn)
                return
            if fault == "502_after_commit":
                _write(conn, 502, {"Content-Type": "text/plain"}, b"Bad Gateway")
                continue
            if fault == "truncated":
                head = _head(status, out_headers, len(out_body))
                conn.sendall(head + out_body[: len(out_body) // 2])
                _reset(conn)
                return
            if fault == "slow":
                data = _head(status, out_headers, len(out_body)) + out_body
                chunk = max(1, self.slow_bytes_per_second // 10)
                for start in range(0, len(data), chunk):
                    conn.sendall(data[start : start + chunk])
                    time.sleep(0.1)
                continue
            _write(conn, status, out_headers, out_body)

    def _forward(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        upstream = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=60)
        try:
            send = {
                k: v
                for k, v in headers.items()
                if k.lower() not in ("host", "connection", "content-length", "keep-alive")
            }
            upstream.request(method, target, body=body or None, headers=send)
            response = upstream.getresponse()
            data = response.read()
            keep = {
                k: v
                for k, v in response.getheaders()
                if k.lower() in ("content-type", "retry-after")
            }
            return response.status, keep, data
        finally:
            upstream.close()


def _read_request(
    handler: socketserver.StreamRequestHandler,
) -> tuple[str, str, dict[str, str], bytes] | None:
    try:
        line = handler.rfile.readline(65537)
    except OSError:
        return None
    if not line.strip():
        return None
    method, target, _version = line.decode("latin-1").split()
    headers: dict[str, str] = {}
    while True:
        header = handler.rfile.readline(65537)
        if header in (b"\r\n", b"\n", b""):
            break
        name, _, value = header.decode("latin-1").partition(":")
        headers[name.strip()] = value.strip()
    length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), "0"))
    body = handler.rfile.read(length) if length else b""
    return method, target, headers, body


def _head(status: int, headers: dict[str, str], length: int) -> bytes:
    reason = http.client.responses.get(status, "Status")
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    lines += [f"Content-Length: {length}", "Connection: keep-alive", "", ""]
    return "\r\n".join(lines).encode("latin-1")


def _write(conn: socket.socket, status: int, headers: dict[str, str], body: bytes) -> None:
    conn.sendall(_head(status, headers, len(body)) + body)


def _reset(conn: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), as a crashed middlebox or a lost route would."""
    with contextlib.suppress(OSError):
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()


__all__ = ["FAULTS", "FaultProxy", "Plan"]
