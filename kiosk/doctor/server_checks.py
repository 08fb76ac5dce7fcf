"""Checks that talk to the regional server: reachability and TLS, clock skew, enrolment.

:func:`probe_server` makes the requests once (``GET /api/v1/health``, and with a token one
authenticated read); the checks only judge what it found, so tests can hand them a probe.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from kiosk.doctor.result import CheckResult, Status, make_result

if TYPE_CHECKING:
    import requests

# The clock must not stand before this day: no Dorfkiosk of this version existed earlier, so
# such a clock is wrong (a flat RTC battery, no NTP). Move it forward with each release.
RELEASE_DATE = date(2026, 11, 1)
# ... nor this far after it (a clock set to 2099 makes every lease and receipt wrong).
MAX_CLOCK_AHEAD = timedelta(days=20 * 365)
MAX_SERVER_SKEW = timedelta(minutes=2)
# Read timeout for the doctor's own requests: a health check should answer at once.
DOCTOR_READ_TIMEOUT = 10.0

Outcome = Literal[
    "ok", "tls", "refused", "timeout", "unreachable", "http_error", "redirect", "not_kiosk"
]


@dataclass(frozen=True)
class ServerProbe:
    """What ``GET /api/v1/health`` (and, with a token, one authenticated call) found."""

    url: str
    outcome: Outcome
    detail: str
    status_code: int | None = None
    server_date: datetime | None = None
    """From the ``Date`` header (else the body's ``server_time``)."""
    elapsed_seconds: float | None = None
    token: Literal["accepted", "refused", "unknown"] | None = None
    token_detail: str = ""


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _innermost(exc: BaseException) -> BaseException:
    """The deepest cause of a requests/urllib3 error (the ssl or socket error itself)."""
    import ssl

    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    found: BaseException = exc
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ssl.SSLError | ConnectionRefusedError | TimeoutError):
            return current
        found = current
        for nxt in (
            current.__cause__,
            current.__context__,
            getattr(current, "reason", None),
            *current.args,
        ):
            if isinstance(nxt, BaseException):
                stack.append(nxt)
    return found


def _tls_reason(exc: BaseException) -> str:
    import ssl

    inner = _innermost(exc)
    if isinstance(inner, ssl.SSLCertVerificationError) and inner.verify_message:
        return str(inner.verify_message)
    if isinstance(inner, ssl.SSLError):
        return inner.reason or str(inner)
    return type(inner).__name__


def probe_server(
    url: str,
    *,
    connect_timeout: float = 5.0,
    read_timeout: float = DOCTOR_READ_TIMEOUT,
    token: str | None = None,
    session: requests.Session | None = None,
) -> ServerProbe:
    """``GET {url}/api/v1/health`` with timeouts, no redirects, TLS verified; never raises."""
    import time
    from email.utils import parsedate_to_datetime

    import requests

    from kiosk.sync import protocol

    base = url.rstrip("/")
    http = session or requests.Session()
    timeout = (connect_timeout, read_timeout)
    started = time.monotonic()
    try:
        try:
            response = http.get(
                f"{base}/api/v1/health",
                timeout=timeout,
                allow_redirects=False,
                headers={"Accept": "application/json"},
            )
        except requests.exceptions.SSLError as exc:
            return ServerProbe(url, "tls", _tls_reason(exc))
        except requests.exceptions.Timeout as exc:
            return ServerProbe(url, "timeout", type(exc).__name__)
        except requests.exceptions.RequestException as exc:
            inner = _innermost(exc)
            if isinstance(inner, ConnectionRefusedError):
                return ServerProbe(url, "refused", "connection refused")
            text = str(inner) if not isinstance(inner, requests.RequestException) else ""
            return ServerProbe(url, "unreachable", text or type(exc).__name__)
        elapsed = time.monotonic() - started
        server_date: datetime | None = None
        try:
            server_date = parsedate_to_datetime(response.headers.get("Date", ""))
        except (TypeError, ValueError, IndexError):
            server_date = None
        if server_date is not None and server_date.tzinfo is None:
            server_date = server_date.replace(tzinfo=UTC)
        status = response.status_code
        if 300 <= status < 400:
            where = response.headers.get("Location", "?")
            return ServerProbe(
                url, "redirect", f"HTTP {status} to {where}", status, server_date, elapsed
            )
        if status != 200:
            return ServerProbe(url, "http_error", f"HTTP {status}", status, server_date, elapsed)
        try:
            health = protocol.parse_health_response(protocol.decode_json(response.content))
        except protocol.ProtocolError as exc:
            return ServerProbe(
                url, "not_kiosk", f"not a Dorfkiosk answer ({exc})", status, server_date, elapsed
            )
        if server_date is None:
            server_date = health.server_time
        token_state: Literal["accepted", "refused", "unknown"] | None = None
        token_detail = ""
        if token:
            token_state, token_detail = _probe_token(http, base, token, timeout)
        return ServerProbe(
            url,
            "ok",
            f"epoch {health.epoch}, head {health.head}",
            status,
            server_date,
            elapsed,
            token_state,
            token_detail,
        )
    finally:
        if session is None:
            http.close()


def _probe_token(
    http: requests.Session, base: str, token: str, timeout: tuple[float, float]
) -> tuple[Literal["accepted", "refused", "unknown"], str]:
    """One read-only authenticated call (an empty page of changes): is the token still valid?"""
    import requests

    from kiosk.sync import protocol

    try:
        response = http.get(
            f"{base}/api/v1/changes",
            params={"cursor": 0, "limit": 1},
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
            timeout=timeout,
            allow_redirects=False,
        )
    except requests.RequestException as exc:
        return "unknown", type(exc).__name__
    if response.status_code == 200:
        return "accepted", ""
    if response.status_code == 401:
        try:
            error = protocol.parse_error_body(protocol.decode_json(response.content))
            return "refused", f"{error.code}: {error.message}"
        except protocol.ProtocolError:
            return "refused", "HTTP 401"
    return "unknown", f"HTTP {response.status_code}"


def check_server(url: str, probe: ServerProbe | None) -> CheckResult:
    """Reachable, TLS valid, and answering as a Dorfkiosk server."""
    if not url:
        return make_result(
            "server",
            "warning",
            "Kein Server eingerichtet: der Kiosk arbeitet nur offline.",
            "No server configured: the kiosk works offline only.",
            (
                "[server] url in der Konfiguration setzen (install-terminal.sh --server-url).",
                "Set [server] url in the config (install-terminal.sh --server-url).",
            ),
            url=None,
        )
    assert probe is not None
    details: dict[str, Any] = {
        "url": url,
        "outcome": probe.outcome,
        "detail": probe.detail,
        "status_code": probe.status_code,
        "elapsed_seconds": None
        if probe.elapsed_seconds is None
        else round(probe.elapsed_seconds, 3),
    }
    failures: dict[str, tuple[str, str, tuple[str, str]]] = {
        "tls": (
            f"Das TLS-Zertifikat von {url} ist nicht gültig ({probe.detail}).",
            f"The TLS certificate of {url} is not valid ({probe.detail}).",
            (
                "Zertifikat des Servers erneuern oder vollständige Kette ausliefern; Uhrzeit "
                "prüfen. Eine eigene CA über REQUESTS_CA_BUNDLE bekannt machen.",
                "Renew the server's certificate or serve the full chain; check the clock. "
                "Make a private CA known through REQUESTS_CA_BUNDLE.",
            ),
        ),
        "refused": (
            f"{url} nimmt keine Verbindung an (Verbindung abgelehnt).",
            f"{url} refuses the connection.",
            (
                "Läuft der Server (systemctl status kiosk-server) und der Reverse Proxy? "
                "Adresse und Port in [server] url prüfen.",
                "Is the server (systemctl status kiosk-server) and its reverse proxy running? "
                "Check the address and port in [server] url.",
            ),
        ),
        "timeout": (
            f"{url} antwortet nicht rechtzeitig ({probe.detail}).",
            f"{url} does not answer in time ({probe.detail}).",
            (
                "Netzwerk, Firewall und Server prüfen; der Kiosk arbeitet solange offline.",
                "Check the network, firewall and server; the kiosk works offline meanwhile.",
            ),
        ),
        "unreachable": (
            f"{url} ist nicht erreichbar ({probe.detail}).",
            f"{url} is unreachable ({probe.detail}).",
            (
                "Netzwerk, DNS und Adresse prüfen; der Kiosk arbeitet solange offline.",
                "Check the network, DNS and address; the kiosk works offline meanwhile.",
            ),
        ),
        "redirect": (
            f"{url} leitet um ({probe.detail}): ein WLAN-Portal oder ein falscher Proxy?",
            f"{url} redirects ({probe.detail}): a captive portal or a wrong proxy?",
            (
                "Die Adresse muss direkt auf den Dorfkiosk-Server zeigen (https://...).",
                "The address must point straight at the Dorfkiosk server (https://...).",
            ),
        ),
        "http_error": (
            f"{url} antwortet mit einem Fehler ({probe.detail}).",
            f"{url} answers with an error ({probe.detail}).",
            (
                "Server-Protokoll ansehen: journalctl -u kiosk-server.",
                "Read the server log: journalctl -u kiosk-server.",
            ),
        ),
        "not_kiosk": (
            f"{url} antwortet, aber nicht als Dorfkiosk-Server ({probe.detail}).",
            f"{url} answers, but not as a Dorfkiosk server ({probe.detail}).",
            (
                "Adresse prüfen (ohne /api/v1); ein WLAN-Portal oder ein anderer Dienst?",
                "Check the address (without /api/v1); a captive portal or another service?",
            ),
        ),
    }
    if probe.outcome in failures:
        de, en, hint = failures[probe.outcome]
        return make_result("server", "problem", de, en, hint, **details)
    host = urlsplit(url).hostname or ""
    if urlsplit(url).scheme == "http" and not _is_loopback(host):
        return make_result(
            "server",
            "warning",
            f"{url} antwortet, aber ohne Verschlüsselung (http://): Daten und Zugangsschlüssel "
            "gehen im Klartext durchs Netz.",
            f"{url} answers, but unencrypted (http://): data and the terminal's token cross "
            "the network in clear text.",
            (
                "Den Server hinter einen TLS-Reverse-Proxy stellen und https:// eintragen.",
                "Put the server behind a TLS reverse proxy and use https://.",
            ),
            **details,
        )
    return make_result(
        "server",
        "ok",
        f"{url} antwortet ({probe.detail}).",
        f"{url} answers ({probe.detail}).",
        **details,
    )


def check_clock(
    now: datetime,
    probe: ServerProbe | None = None,
    *,
    release_date: date = RELEASE_DATE,
    max_skew: timedelta = MAX_SERVER_SKEW,
) -> CheckResult:
    """The system clock is plausible, and (with a server) close to the server's clock."""
    floor = datetime.combine(release_date, datetime.min.time(), tzinfo=UTC)
    details: dict[str, Any] = {"now": now.isoformat(timespec="seconds")}
    hint = (
        "Zeitsynchronisation einschalten: timedatectl set-ntp true (NTP-Server erreichbar?); "
        "Uhr-Batterie des Geräts prüfen.",
        "Turn on time synchronisation: timedatectl set-ntp true (NTP server reachable?); "
        "check the device's clock battery.",
    )
    stamp = now.strftime("%Y-%m-%d %H:%M")
    if now < floor:
        return make_result(
            "clock",
            "problem",
            f"Die Systemuhr steht auf {stamp} UTC, vor dem Erscheinen dieser Version "
            f"({release_date.isoformat()}): Termine und Quittungen wären falsch.",
            f"The system clock says {stamp} UTC, before this version was released "
            f"({release_date.isoformat()}): appointments and receipts would be wrong.",
            hint,
            **details,
        )
    if now > floor + MAX_CLOCK_AHEAD:
        return make_result(
            "clock",
            "problem",
            f"Die Systemuhr steht auf {stamp} UTC, weit in der Zukunft.",
            f"The system clock says {stamp} UTC, far in the future.",
            hint,
            **details,
        )
    if probe is not None and probe.server_date is not None:
        skew = (now - probe.server_date).total_seconds()
        details["server_skew_seconds"] = round(skew)
        if abs(skew) > max_skew.total_seconds():
            direction_de = "vor" if skew > 0 else "nach"
            direction_en = "ahead of" if skew > 0 else "behind"
            return make_result(
                "clock",
                "problem",
                f"Die Uhr geht {abs(round(skew))} Sekunden {direction_de} gegenüber dem Server.",
                f"The clock is {abs(round(skew))} seconds {direction_en} the server's.",
                hint,
                **details,
            )
        return make_result(
            "clock",
            "ok",
            f"{stamp} UTC, {abs(round(skew))} s Abweichung zum Server.",
            f"{stamp} UTC, {abs(round(skew))} s off the server's clock.",
            **details,
        )
    return make_result(
        "clock",
        "ok",
        f"{stamp} UTC (plausibel; kein Server zum Vergleich).",
        f"{stamp} UTC (plausible; no server to compare with).",
        **details,
    )


def check_enrolment(
    credentials_path: Path, server_url: str, probe: ServerProbe | None = None
) -> CheckResult:
    """Enrolled (credentials file present, 0600, readable), for this server, token accepted."""
    from kiosk.store.credentials import CredentialsError, credentials_mode, load_credentials

    enroll_hint = (
        "Auf dem Server einen Code erzeugen (kiosk server enroll-code --hub HUB), dann "
        "kiosk enroll URL CODE als Benutzer kiosk.",
        "Create a code on the server (kiosk server enroll-code --hub HUB), then run "
        "kiosk enroll URL CODE as the kiosk user.",
    )
    try:
        credentials = load_credentials(credentials_path)
    except CredentialsError as exc:
        return make_result(
            "enrolment",
            "problem",
            f"Die Zugangsdatei ist nicht lesbar oder beschädigt: {exc.message}",
            f"The credentials file is unreadable or damaged: {exc.message}",
            enroll_hint,
            path=str(credentials_path),
        )
    if credentials is None:
        status: Status = "problem" if server_url else "warning"
        return make_result(
            "enrolment",
            status,
            "Der Kiosk ist nicht am Server angemeldet (keine Zugangsdatei).",
            "The kiosk is not enrolled with a server (no credentials file).",
            enroll_hint,
            path=str(credentials_path),
            enrolled=False,
        )
    mode = credentials_mode(credentials_path)
    details: dict[str, Any] = {
        "path": str(credentials_path),
        "enrolled": True,
        "terminal_id": credentials.terminal_id,
        "hub_id": credentials.hub_id,
        "server_url": credentials.server_url,
        "mode": f"{mode:04o}",
    }
    if mode != 0o600:
        return make_result(
            "enrolment",
            "problem",
            f"Die Zugangsdatei hat die Rechte {mode:04o}: der Zugangsschlüssel ist für "
            "andere lesbar.",
            f"The credentials file has mode {mode:04o}: others can read the token.",
            (
                f"chmod 600 {credentials_path}; bei Verdacht auf Missbrauch am Server sperren "
                "(kiosk server revoke) und neu anmelden.",
                f"chmod 600 {credentials_path}; if it may have been copied, revoke it on the "
                "server (kiosk server revoke) and enrol again.",
            ),
            **details,
        )
    if probe is not None and probe.token == "refused":
        return make_result(
            "enrolment",
            "problem",
            f"Der Server lehnt den Zugang dieses Kiosks ab ({probe.token_detail}): gesperrt "
            "oder unbekannt.",
            f"The server refuses this kiosk's token ({probe.token_detail}): revoked or unknown.",
            (
                f"Neu anmelden: {credentials_path} löschen, dann kiosk enroll URL CODE.",
                f"Enrol again: delete {credentials_path}, then kiosk enroll URL CODE.",
            ),
            **details,
        )
    who_de = f"Terminal {credentials.terminal_id} des Hubs {credentials.hub_name}"
    who_en = f"terminal {credentials.terminal_id} of hub {credentials.hub_name}"
    if server_url and server_url.rstrip("/") != credentials.server_url.rstrip("/"):
        return make_result(
            "enrolment",
            "warning",
            f"Angemeldet als {who_de} bei {credentials.server_url}, die Konfiguration nennt "
            f"aber {server_url}.",
            f"Enrolled as {who_en} at {credentials.server_url}, but the config names {server_url}.",
            (
                "Gleiche Adresse eintragen oder beim neuen Server neu anmelden.",
                "Use the same address, or enrol with the new server.",
            ),
            **details,
        )
    checked_de = " Der Server erkennt den Zugang an." if probe and probe.token == "accepted" else ""
    checked_en = " The server accepts the token." if probe and probe.token == "accepted" else ""
    return make_result(
        "enrolment",
        "ok",
        f"Angemeldet als {who_de} bei {credentials.server_url}.{checked_de}",
        f"Enrolled as {who_en} at {credentials.server_url}.{checked_en}",
        token=probe.token if probe else None,
        **details,
    )
