"""What a check finds: a status, a German and English message, a hint what to do."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["ok", "warning", "problem"]
Language = Literal["de", "en"]
RANK: dict[Status, int] = {"ok": 0, "warning": 1, "problem": 2}


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


def make_result(
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
    return max((r.status for r in results), key=RANK.__getitem__, default="ok")
