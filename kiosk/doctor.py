"""``kiosk doctor``: is this terminal healthy? One function per check, one report.

Each ``check_*`` function looks at one thing and returns a :class:`CheckResult`: ``ok``,
``warning`` (works, but an admin should look) or ``problem`` (something a citizen or the
sync will notice), with a plain German and English message and a hint what to do. Everything
a check depends on that a test must control (the clock, the disk thresholds, the printers
and speech engines Qt sees, the HTTP session) is a parameter; :func:`run_checks` fills in the
real ones.

:func:`run_doctor` prints a table (German, or English with ``lang="en"``) or one JSON document
for monitoring, and returns the exit code: 0 when no check found a problem (warnings alone
are fine), 1 otherwise. The doctor never changes anything: the database is opened read-only,
the only write is a probe file in the data dir that is removed at once.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from kiosk import __version__

if TYPE_CHECKING:
    import requests

    from kiosk.config import Config
    from kiosk.paths import DataPaths

Status = Literal["ok", "warning", "problem"]
Language = Literal["de", "en"]
_RANK: dict[Status, int] = {"ok": 0, "warning": 1, "problem": 2}

# The clock must not stand before this day: no Dorfkiosk of this version existed earlier, so
# such a clock is wrong (a flat RTC battery, no NTP). Move it forward with each release.
RELEASE_DATE = date(2026, 11, 1)
# ... nor this far after it (a clock set to 2099 makes every lease and receipt wrong).
MAX_CLOCK_AHEAD = timedelta(days=20 * 365)
MAX_SERVER_SKEW = timedelta(minutes=2)
GIB = 1024**3
MIB = 1024**2
# Read timeout for the doctor's own requests: a health check should answer at once.
DOCTOR_READ_TIMEOUT = 10.0


@dataclass(frozen=True)
class Text:
    """One sentence in German and English."""

    de: str
    en: str

    def get(self, lang: Language) -> str:
        return self.en if lang == "en" else self.de


TITLES: dict[str, Text] = {
    "config": Text("Konfiguration", "Configuration"),
    "data_dir": Text("Datenverzeichnis", "Data directory"),
    "database": Text("Datenbank", "Database"),
    "disk": Text("Speicherplatz", "Disk space"),
    "clock": Text("Uhrzeit", "Clock"),
    "server": Text("Server", "Server"),
    "enrolment": Text("Anmeldung am Server", "Enrolment"),
    "printer": Text("Drucker", "Printer"),
    "speech": Text("Vorlesen", "Speech output"),
}


@dataclass(frozen=True)
class CheckResult:
    check: str
    """Stable id, e.g. ``database`` (the key monitoring uses)."""
    status: Status
    message: Text
    hint: Text | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    """Measured values for monitoring, e.g. ``free_bytes``; JSON-compatible."""

    def to_json(self) -> dict[str, Any]:
        title = TITLES.get(self.check, Text(self.check, self.check))
        return {
            "check": self.check,
            "status": self.status,
            "title": {"de": title.de, "en": title.en},
            "message": {"de": self.message.de, "en": self.message.en},
            "hint": {"de": self.hint.de, "en": self.hint.en} if self.hint else None,
            "details": dict(self.details),
        }


def _result(
    check: str,
    status: Status,
    de: str,
    en: str,
    hint: tuple[str, str] | None = None,
    /,
    **details: Any,
) -> CheckResult:
    return CheckResult(check, status, Text(de, en), Text(*hint) if hint else None, details)


def worst(results: Sequence[CheckResult]) -> Status:
    return max((r.status for r in results), key=_RANK.__getitem__, default="ok")


# --- config and data dir -----------------------------------------------------------------


def check_config(explicit: str | os.PathLike[str] | None) -> tuple[CheckResult, Config]:
    """Load the config as the app does. On failure the defaults stand in for the other checks."""
    from kiosk.config import Config, ConfigError, load_config

    try:
        config = load_config(explicit)
    except ConfigError as exc:
        return (
            _result(
                "config",
                "problem",
                f"Die Konfiguration lässt sich nicht laden: {exc.message}",
                f"The config cannot be loaded: {exc.message}",
                (
                    "Datei korrigieren (die Meldung nennt Abschnitt und Schlüssel) oder mit "
                    "install-terminal.sh neu schreiben lassen.",
                    "Fix the file (the message names section and key) or have "
                    "install-terminal.sh write it again.",
                ),
                error=exc.message,
            ),
            Config(),
        )
    if config.source is None:
        return (
            _result(
                "config",
                "warning",
                "Keine Konfigurationsdatei gefunden; es gelten die Standardwerte "
                "(kein Server, Sprache Deutsch).",
                "No config file found; the defaults apply (no server, German).",
                (
                    "Mit install-terminal.sh einrichten oder --config DATEI angeben.",
                    "Set up with install-terminal.sh or pass --config FILE.",
                ),
                path=None,
            ),
            config,
        )
    return (
        _result(
            "config",
            "ok",
            f"Geladen aus {config.source}.",
            f"Loaded from {config.source}.",
            path=str(config.source),
        ),
        config,
    )


def check_data_dir(root: Path) -> CheckResult:
    """The data dir exists, is private (0700: citizens' data) and can be written."""
    hint_create = (
        "Das Verzeichnis entsteht beim ersten Start (kiosk run) oder mit install-terminal.sh.",
        "It is created at the first start (kiosk run) or by install-terminal.sh.",
    )
    if not root.exists():
        return _result(
            "data_dir",
            "problem",
            f"{root} gibt es nicht.",
            f"{root} does not exist.",
            hint_create,
            path=str(root),
        )
    if not root.is_dir():
        return _result(
            "data_dir",
            "problem",
            f"{root} ist kein Verzeichnis.",
            f"{root} is not a directory.",
            ("Die Datei beiseite legen.", "Move the file away."),
            path=str(root),
        )
    info = root.stat()
    mode = stat.S_IMODE(info.st_mode)
    details = {"path": str(root), "mode": f"{mode:04o}", "owner_uid": info.st_uid}
    if mode & 0o077:
        return _result(
            "data_dir",
            "problem",
            f"{root} hat die Rechte {mode:04o}: andere Benutzer können die Daten der "
            "Bürgerinnen und Bürger lesen.",
            f"{root} has mode {mode:04o}: other users can read citizens' data.",
            (f"chmod 700 {root}", f"chmod 700 {root}"),
            **details,
        )
    try:
        fd, probe = tempfile.mkstemp(prefix=".doctor-", dir=root)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return _result(
            "data_dir",
            "problem",
            f"In {root} kann nicht geschrieben werden ({reason}).",
            f"{root} is not writable ({reason}).",
            (
                "Eigentümer prüfen (chown kiosk:kiosk) und ob das Dateisystem schreibgeschützt "
                "ist; kiosk doctor als Benutzer kiosk ausführen.",
                "Check the owner (chown kiosk:kiosk) and whether the file system is read-only; "
                "run kiosk doctor as the kiosk user.",
            ),
            **details,
        )
    return _result(
        "data_dir",
        "ok",
        f"{root} ist vorhanden, privat (0700) und beschreibbar.",
        f"{root} exists, is private (0700) and writable.",
        **details,
    )


# --- database ----------------------------------------------------------------------------


def check_database(paths: DataPaths, *, scripts: Path | None = None) -> CheckResult:
    """Integrity (``PRAGMA integrity_check``, foreign keys) and schema version, read-only."""
    from kiosk.store.errors import DatabaseAccessError
    from kiosk.store.schema import check_database as full_check
    from kiosk.store.schema import inspect_database

    path = paths.database
    restore = (
        f"Sicherung zurückspielen: kiosk db backup --restore DATEI (Sicherungen in "
        f"{paths.backups}); Einzelheiten: kiosk db check.",
        f"Restore a backup: kiosk db backup --restore FILE (backups in {paths.backups}); "
        "details: kiosk db check.",
    )
    try:
        state = inspect_database(path, scripts=scripts)
    except DatabaseAccessError as exc:
        return _result(
            "database",
            "problem",
            f"Die Datenbank lässt sich nicht öffnen: {exc}",
            f"The database cannot be opened: {exc}",
            ("Rechte der Datei prüfen.", "Check the file's permissions."),
            path=str(path),
        )
    details: dict[str, Any] = {
        "path": str(path),
        "schema": state.status,
        "revision": state.current,
        "head": state.head,
    }
    if state.status == "missing":
        return _result(
            "database",
            "warning",
            f"Noch keine Datenbank ({path}); sie entsteht beim ersten Start.",
            f"No database yet ({path}); it is created at the first start.",
            ("Kiosk starten (systemctl start kiosk).", "Start the kiosk (systemctl start kiosk)."),
            **details,
        )
    if state.status == "corrupt":
        return _result(
            "database",
            "problem",
            f"Die Datenbank ist beschädigt ({state.detail}).",
            f"The database is damaged ({state.detail}).",
            restore,
            **details,
        )
    if state.status == "newer":
        return _result(
            "database",
            "problem",
            f"Die Datenbank stammt von einer neueren Dorfkiosk-Version ({state.detail}).",
            f"The database was written by a newer Dorfkiosk ({state.detail}).",
            (
                "Die neuere Version wieder installieren oder eine Sicherung von vor dem Update "
                "zurückspielen (kiosk db backup --restore DATEI).",
                "Install the newer version again or restore a backup from before the update "
                "(kiosk db backup --restore FILE).",
            ),
            **details,
        )
    report = full_check(path, scripts=scripts)
    if not report.ok:
        problems = "; ".join(line for line in report.lines[1:] if not line.endswith(": ok"))
        return _result(
            "database",
            "problem",
            f"Die Prüfung der Datenbank schlägt fehl: {problems}",
            f"The database check fails: {problems}",
            restore,
            **details,
        )
    if state.status == "outdated":
        return _result(
            "database",
            "warning",
            f"Datenbank in Ordnung, Schema veraltet ({state.detail}); es wird beim nächsten "
            "Start nach einer Sicherung aktualisiert.",
            f"Database intact, schema outdated ({state.detail}); it is upgraded (after a "
            "backup) at the next start.",
            ("kiosk db upgrade oder Kiosk neu starten.", "kiosk db upgrade or restart the kiosk."),
            **details,
        )
    return _result(
        "database",
        "ok",
        f"Unbeschädigt, Schema aktuell ({state.current}).",
        f"Intact, schema current ({state.current}).",
        **details,
    )


# --- disk --------------------------------------------------------------------------------


@dataclass(frozen=True)
class DiskThresholds:
    warning_below: int = 1 * GIB
    problem_below: int = 200 * MIB


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path("/")


def _size(n: int) -> str:
    if n >= GIB:
        return f"{n / GIB:.1f} GiB"
    return f"{n / MIB:.0f} MiB"


def check_disk(root: Path, thresholds: DiskThresholds = DiskThresholds()) -> CheckResult:
    """Free space on the data dir's file system (a full disk loses bookings)."""
    import shutil

    where = _existing_ancestor(root)
    usage = shutil.disk_usage(where)
    free = usage.free
    details = {
        "path": str(where),
        "free_bytes": free,
        "total_bytes": usage.total,
        "warning_below_bytes": thresholds.warning_below,
        "problem_below_bytes": thresholds.problem_below,
    }
    hint = (
        f"Platz schaffen (journalctl --vacuum-size=100M, alte Dateien) oder Datenträger "
        f"vergrößern; Sicherungen liegen in {root / 'backups'}.",
        f"Free some space (journalctl --vacuum-size=100M, old files) or enlarge the disk; "
        f"backups are in {root / 'backups'}.",
    )
    if free < thresholds.problem_below:
        return _result(
            "disk",
            "problem",
            f"Nur noch {_size(free)} frei auf {where}: neue Buchungen können verloren gehen.",
            f"Only {_size(free)} free on {where}: new bookings may be lost.",
            hint,
            **details,
        )
    if free < thresholds.warning_below:
        return _result(
            "disk",
            "warning",
            f"Nur noch {_size(free)} frei auf {where}.",
            f"Only {_size(free)} free on {where}.",
            hint,
            **details,
        )
    return _result(
        "disk",
        "ok",
        f"{_size(free)} frei auf {where}.",
        f"{_size(free)} free on {where}.",
        **details,
    )


# --- server, clock, enrolment -----------------------------------------------------------

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
        return _result(
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
        return _result("server", "problem", de, en, hint, **details)
    host = urlsplit(url).hostname or ""
    if urlsplit(url).scheme == "http" and not _is_loopback(host):
        return _result(
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
    return _result(
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
        return _result(
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
        return _result(
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
            return _result(
                "clock",
                "problem",
                f"Die Uhr geht {abs(round(skew))} Sekunden {direction_de} gegenüber dem Server.",
                f"The clock is {abs(round(skew))} seconds {direction_en} the server's.",
                hint,
                **details,
            )
        return _result(
            "clock",
            "ok",
            f"{stamp} UTC, {abs(round(skew))} s Abweichung zum Server.",
            f"{stamp} UTC, {abs(round(skew))} s off the server's clock.",
            **details,
        )
    return _result(
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
        return _result(
            "enrolment",
            "problem",
            f"Die Zugangsdatei ist nicht lesbar oder beschädigt: {exc.message}",
            f"The credentials file is unreadable or damaged: {exc.message}",
            enroll_hint,
            path=str(credentials_path),
        )
    if credentials is None:
        status: Status = "problem" if server_url else "warning"
        return _result(
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
        return _result(
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
        return _result(
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
        return _result(
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
    return _result(
        "enrolment",
        "ok",
        f"Angemeldet als {who_de} bei {credentials.server_url}.{checked_de}",
        f"Enrolled as {who_en} at {credentials.server_url}.{checked_en}",
        token=probe.token if probe else None,
        **details,
    )


# --- printer and speech (Qt) -------------------------------------------------------------


@dataclass(frozen=True)
class Printers:
    names: tuple[str, ...]
    default: str = ""


def available_printers() -> Printers:
    """The printers Qt (CUPS) sees on this machine."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return Printers(tuple(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName())


def check_printer(name: str, printers: Printers) -> CheckResult:
    """The configured printer is there; with none configured, the system has a default one."""
    details = {"configured": name or None, "available": list(printers.names)}
    cups_hint = (
        "Drucker in CUPS einrichten (lpstat -p zeigt die Drucker) und den Namen unter "
        "[printer] name eintragen.",
        "Set up the printer in CUPS (lpstat -p lists printers) and put its name under "
        "[printer] name.",
    )
    if name:
        if name in printers.names:
            return _result(
                "printer", "ok", f"Drucker {name} ist da.", f"Printer {name} is there.", **details
            )
        return _result(
            "printer",
            "problem",
            f"Der eingestellte Drucker {name} fehlt: Ausdrucke gehen nicht.",
            f"The configured printer {name} is missing: nothing can be printed.",
            cups_hint,
            **details,
        )
    if printers.default:
        return _result(
            "printer",
            "ok",
            f"Standarddrucker {printers.default}.",
            f"Default printer {printers.default}.",
            **details,
        )
    if printers.names:
        return _result(
            "printer",
            "warning",
            f"Drucker vorhanden ({', '.join(printers.names)}), aber keiner ist eingestellt "
            "oder Standard.",
            f"Printers exist ({', '.join(printers.names)}), but none is configured or default.",
            cups_hint,
            **details,
        )
    return _result(
        "printer",
        "warning",
        "Kein Drucker: Bürgerinnen und Bürger bekommen statt eines Ausdrucks den QR-Code.",
        "No printer: citizens get the QR code instead of a printout.",
        cups_hint,
        **details,
    )


@dataclass(frozen=True)
class SpeechEngines:
    engines: tuple[str, ...]
    error: str = ""
    """Why Qt's speech module could not load (e.g. a missing system library)."""


def available_speech_engines() -> SpeechEngines:
    """The text-to-speech engines Qt finds (``speechd`` is the real one on Linux)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return SpeechEngines((), str(exc))
    return SpeechEngines(tuple(QTextToSpeech.availableEngines()))


def check_speech(engines: SpeechEngines) -> CheckResult:
    """Read-aloud needs a real engine (speech-dispatcher); Qt's ``mock`` engine is silent."""
    details = {"engines": list(engines.engines), "error": engines.error or None}
    install_hint = (
        "Sprachausgabe installieren: apt-get install speech-dispatcher "
        "speech-dispatcher-espeak-ng libspeechd2 libpulse0.",
        "Install speech output: apt-get install speech-dispatcher "
        "speech-dispatcher-espeak-ng libspeechd2 libpulse0.",
    )
    if engines.error:
        return _result(
            "speech",
            "warning",
            f"Die Sprachausgabe von Qt lässt sich nicht laden ({engines.error}): kein Vorlesen.",
            f"Qt's speech module cannot load ({engines.error}): no read-aloud.",
            install_hint,
            **details,
        )
    real = [e for e in engines.engines if e != "mock"]
    if "speechd" in real:
        return _result(
            "speech",
            "ok",
            "Sprachausgabe über speech-dispatcher.",
            "Speech output through speech-dispatcher.",
            **details,
        )
    if real:
        return _result(
            "speech",
            "ok",
            f"Sprachausgabe über {', '.join(real)}.",
            f"Speech output through {', '.join(real)}.",
            **details,
        )
    return _result(
        "speech",
        "warning",
        "Keine Sprachausgabe (nur die stumme Test-Engine): kein Vorlesen.",
        "No speech engine (only Qt's silent mock): no read-aloud.",
        install_hint,
        **details,
    )


# --- running all checks ------------------------------------------------------------------


@dataclass
class DoctorEnvironment:
    """What the checks see of the world; tests replace parts of it."""

    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    disk: DiskThresholds = field(default_factory=DiskThresholds)
    release_date: date = RELEASE_DATE
    printers: Callable[[], Printers] = available_printers
    speech: Callable[[], SpeechEngines] = available_speech_engines
    http: requests.Session | None = None


@dataclass(frozen=True)
class Report:
    version: str
    language: Language
    results: tuple[CheckResult, ...]

    @property
    def status(self) -> Status:
        return worst(self.results)

    @property
    def exit_code(self) -> int:
        return 1 if self.status == "problem" else 0

    def to_json(self) -> dict[str, Any]:
        counts = {s: sum(1 for r in self.results if r.status == s) for s in _RANK}
        return {
            "tool": "kiosk doctor",
            "version": self.version,
            "status": self.status,
            "ok": self.status != "problem",
            "counts": counts,
            "checks": [r.to_json() for r in self.results],
        }


def _guarded(check: str, run: Callable[[], CheckResult]) -> CheckResult:
    """A check that crashes is reported as a problem; the other checks still run."""
    try:
        return run()
    except Exception as exc:
        what = f"{type(exc).__name__}: {exc}"
        return _result(
            check,
            "problem",
            f"Die Prüfung ist abgestürzt ({what}).",
            f"The check crashed ({what}).",
            (
                "Bitte mit dieser Ausgabe als Fehler melden.",
                "Please report this output as a bug.",
            ),
        )


def run_checks(
    config_file: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    *,
    env: DoctorEnvironment | None = None,
    language: Language | None = None,
) -> Report:
    """Run every check. ``language`` None: English if the config's language is ``en``."""
    from kiosk.paths import DataPaths
    from kiosk.store.credentials import CredentialsError, load_credentials

    env = env or DoctorEnvironment()
    config_result, config = check_config(config_file)
    paths = DataPaths(config.data_dir(data_dir))
    results = [config_result]
    results.append(_guarded("data_dir", lambda: check_data_dir(paths.root)))
    results.append(_guarded("database", lambda: check_database(paths)))
    results.append(_guarded("disk", lambda: check_disk(paths.root, env.disk)))

    token: str | None = None
    enrolled_url = ""
    try:
        credentials = load_credentials(paths.credentials)
    except CredentialsError:
        credentials = None
    if credentials is not None:
        token, enrolled_url = credentials.token, credentials.server_url
    url = config.server.url or enrolled_url
    probe: ServerProbe | None = None
    if url:
        probe = probe_server(
            url,
            connect_timeout=config.server.connect_timeout_seconds,
            read_timeout=min(config.server.read_timeout_seconds, DOCTOR_READ_TIMEOUT),
            token=token,
            session=env.http,
        )
    results.append(
        _guarded("clock", lambda: check_clock(env.now(), probe, release_date=env.release_date))
    )
    results.append(_guarded("server", lambda: check_server(url, probe)))
    results.append(_guarded("enrolment", lambda: check_enrolment(paths.credentials, url, probe)))
    results.append(_guarded("printer", lambda: check_printer(config.printer.name, env.printers())))
    results.append(_guarded("speech", lambda: check_speech(env.speech())))
    chosen: Language = language or ("en" if config.terminal.language == "en" else "de")
    return Report(__version__, chosen, tuple(results))


# --- output ------------------------------------------------------------------------------

_STATUS_WORDS: dict[Status, Text] = {
    "ok": Text("OK", "OK"),
    "warning": Text("WARNUNG", "WARNING"),
    "problem": Text("PROBLEM", "PROBLEM"),
}


def format_table(report: Report) -> str:
    """The report as a table for a person; hints indented under their check."""
    import textwrap

    lang = report.language
    titles = [TITLES[r.check].get(lang) for r in report.results]
    status_width = max(len(w.get(lang)) for w in _STATUS_WORDS.values())
    title_width = max(len(t) for t in titles)
    indent = " " * (status_width + title_width + 4)
    heading = Text("Dorfkiosk-Diagnose", "Dorfkiosk doctor").get(lang)
    lines = [f"{heading} (dorfkiosk {report.version})", ""]
    for result, title in zip(report.results, titles, strict=True):
        head = f"{_STATUS_WORDS[result.status].get(lang):<{status_width}}  {title:<{title_width}}  "
        body = textwrap.wrap(result.message.get(lang), width=max(40, 100 - len(indent))) or [""]
        lines.append(head + body[0])
        lines.extend(indent + more for more in body[1:])
        if result.hint is not None and result.status != "ok":
            hint = textwrap.wrap(
                "→ " + result.hint.get(lang),
                width=max(40, 100 - len(indent)),
                subsequent_indent="  ",
            )
            lines.extend(indent + line for line in hint)
    problems = sum(1 for r in report.results if r.status == "problem")
    warnings = sum(1 for r in report.results if r.status == "warning")
    if lang == "en":
        summary = (
            f"{problems} problem{'s' if problems != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''}"
        )
    else:
        summary = (
            f"{problems} Problem{'e' if problems != 1 else ''}, "
            f"{warnings} Warnung{'en' if warnings != 1 else ''}"
        )
    lines += ["", Text("Ergebnis: ", "Result: ").get(lang) + summary]
    return "\n".join(lines) + "\n"


def run_doctor(
    config_file: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
    *,
    as_json: bool = False,
    language: Language | None = None,
    env: DoctorEnvironment | None = None,
    out: IO[str] | None = None,
) -> int:
    """``kiosk doctor``: print the report, return 0 (no problem) or 1."""
    report = run_checks(config_file, data_dir, env=env, language=language)
    stream = out or sys.stdout
    if as_json:
        json.dump(report.to_json(), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    else:
        stream.write(format_table(report))
    return report.exit_code


__all__ = [
    "RELEASE_DATE",
    "CheckResult",
    "DiskThresholds",
    "DoctorEnvironment",
    "Printers",
    "Report",
    "ServerProbe",
    "SpeechEngines",
    "Text",
    "available_printers",
    "available_speech_engines",
    "check_clock",
    "check_config",
    "check_data_dir",
    "check_database",
    "check_disk",
    "check_enrolment",
    "check_printer",
    "check_server",
    "check_speech",
    "format_table",
    "probe_server",
    "run_checks",
    "run_doctor",
]
