"""Run every check, and print the report as a table or as JSON."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import IO, TYPE_CHECKING, Any

from kiosk import __version__
from kiosk.doctor.device_checks import (
    Printers,
    SpeechEngines,
    available_printers,
    available_speech_engines,
    check_printer,
    check_speech,
)
from kiosk.doctor.local_checks import (
    DiskThresholds,
    check_config,
    check_data_dir,
    check_database,
    check_disk,
)
from kiosk.doctor.result import (
    RANK,
    TITLES,
    CheckResult,
    Language,
    Status,
    Text,
    make_result,
    worst,
)
from kiosk.doctor.server_checks import (
    DOCTOR_READ_TIMEOUT,
    RELEASE_DATE,
    ServerProbe,
    check_clock,
    check_enrolment,
    check_server,
    probe_server,
)

if TYPE_CHECKING:
    import requests


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
        counts = {s: sum(1 for r in self.results if r.status == s) for s in RANK}
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
        return make_result(
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
