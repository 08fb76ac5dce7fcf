"""Checks of the terminal itself: config, data dir, database, disk space."""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.doctor.result import CheckResult, make_result

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.paths import DataPaths

GIB = 1024**3
MIB = 1024**2


# --- config and data dir -----------------------------------------------------------------


def check_config(explicit: str | os.PathLike[str] | None) -> tuple[CheckResult, Config]:
    """Load the config as the app does. On failure the defaults stand in for the other checks."""
    from kiosk.config import Config, ConfigError, load_config

    try:
        config = load_config(explicit)
    except ConfigError as exc:
        return (
            make_result(
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
            make_result(
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
        make_result(
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
        return make_result(
            "data_dir",
            "problem",
            f"{root} gibt es nicht.",
            f"{root} does not exist.",
            hint_create,
            path=str(root),
        )
    if not root.is_dir():
        return make_result(
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
        return make_result(
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
        return make_result(
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
    return make_result(
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
        return make_result(
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
        return make_result(
            "database",
            "warning",
            f"Noch keine Datenbank ({path}); sie entsteht beim ersten Start.",
            f"No database yet ({path}); it is created at the first start.",
            ("Kiosk starten (systemctl start kiosk).", "Start the kiosk (systemctl start kiosk)."),
            **details,
        )
    if state.status == "corrupt":
        return make_result(
            "database",
            "problem",
            f"Die Datenbank ist beschädigt ({state.detail}).",
            f"The database is damaged ({state.detail}).",
            restore,
            **details,
        )
    if state.status == "newer":
        return make_result(
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
        return make_result(
            "database",
            "problem",
            f"Die Prüfung der Datenbank schlägt fehl: {problems}",
            f"The database check fails: {problems}",
            restore,
            **details,
        )
    if state.status == "outdated":
        return make_result(
            "database",
            "warning",
            f"Datenbank in Ordnung, Schema veraltet ({state.detail}); es wird beim nächsten "
            "Start nach einer Sicherung aktualisiert.",
            f"Database intact, schema outdated ({state.detail}); it is upgraded (after a "
            "backup) at the next start.",
            ("kiosk db upgrade oder Kiosk neu starten.", "kiosk db upgrade or restart the kiosk."),
            **details,
        )
    return make_result(
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
        return make_result(
            "disk",
            "problem",
            f"Nur noch {_size(free)} frei auf {where}: neue Buchungen können verloren gehen.",
            f"Only {_size(free)} free on {where}: new bookings may be lost.",
            hint,
            **details,
        )
    if free < thresholds.warning_below:
        return make_result(
            "disk",
            "warning",
            f"Nur noch {_size(free)} frei auf {where}.",
            f"Only {_size(free)} free on {where}.",
            hint,
            **details,
        )
    return make_result(
        "disk",
        "ok",
        f"{_size(free)} frei auf {where}.",
        f"{_size(free)} free on {where}.",
        **details,
    )
