"""Checks of the devices Qt sees: the receipt printer and the speech engine."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.doctor.result import CheckResult, make_result


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
            return make_result(
                "printer", "ok", f"Drucker {name} ist da.", f"Printer {name} is there.", **details
            )
        return make_result(
            "printer",
            "problem",
            f"Der eingestellte Drucker {name} fehlt: Ausdrucke gehen nicht.",
            f"The configured printer {name} is missing: nothing can be printed.",
            cups_hint,
            **details,
        )
    if printers.default:
        return make_result(
            "printer",
            "ok",
            f"Standarddrucker {printers.default}.",
            f"Default printer {printers.default}.",
            **details,
        )
    if printers.names:
        return make_result(
            "printer",
            "warning",
            f"Drucker vorhanden ({', '.join(printers.names)}), aber keiner ist eingestellt "
            "oder Standard.",
            f"Printers exist ({', '.join(printers.names)}), but none is configured or default.",
            cups_hint,
            **details,
        )
    return make_result(
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
    speechd_error: str = ""
    """The ``speechd`` engine loaded but reports an error (speech-dispatcher not reachable)."""
    speechd_german: bool | None = None
    """Whether speech-dispatcher offers German (None: not asked)."""


def available_speech_engines() -> SpeechEngines:
    """The text-to-speech engines Qt finds, and whether ``speechd`` (the real one on Linux)
    actually reaches speech-dispatcher and speaks German."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return SpeechEngines((), str(exc))
    engines = tuple(QTextToSpeech.availableEngines())
    if "speechd" not in engines:
        return SpeechEngines(engines)
    from PySide6.QtCore import QCoreApplication, QLocale

    # An engine needs an application object; the command line has none, a GUI test has one.
    owned = None if QCoreApplication.instance() is not None else QCoreApplication([])
    try:
        speech = QTextToSpeech("speechd")
        if speech.state() == QTextToSpeech.State.Error:
            return SpeechEngines(engines, speechd_error=speech.errorString() or "error")
        german = any(
            locale.language() == QLocale.Language.German for locale in speech.availableLocales()
        )
        del speech
        return SpeechEngines(engines, speechd_german=german)
    finally:
        if owned is not None:
            owned.shutdown()


def check_speech(engines: SpeechEngines) -> CheckResult:
    """Read-aloud needs a real engine (speech-dispatcher); Qt's ``mock`` engine is silent."""
    details = {
        "engines": list(engines.engines),
        "error": engines.error or engines.speechd_error or None,
        "german": engines.speechd_german,
    }
    install_hint = (
        "Sprachausgabe installieren: apt-get install speech-dispatcher "
        "speech-dispatcher-espeak-ng libspeechd2 libpulse0.",
        "Install speech output: apt-get install speech-dispatcher "
        "speech-dispatcher-espeak-ng libspeechd2 libpulse0.",
    )
    if engines.error:
        return make_result(
            "speech",
            "warning",
            f"Die Sprachausgabe von Qt lässt sich nicht laden ({engines.error}): kein Vorlesen.",
            f"Qt's speech module cannot load ({engines.error}): no read-aloud.",
            install_hint,
            **details,
        )
    if "speechd" in engines.engines and engines.speechd_error:
        return make_result(
            "speech",
            "warning",
            f"speech-dispatcher antwortet nicht ({engines.speechd_error}): kein Vorlesen.",
            f"speech-dispatcher does not answer ({engines.speechd_error}): no read-aloud.",
            (
                "Läuft speech-dispatcher für den Benutzer des Kiosks? "
                "spd-say -w test als dieser Benutzer; Audio-Gruppe und Tonausgabe prüfen.",
                "Is speech-dispatcher running for the kiosk's user? Try spd-say -w test as "
                "that user; check the audio group and sound output.",
            ),
            **details,
        )
    if "speechd" in engines.engines and engines.speechd_german is False:
        return make_result(
            "speech",
            "warning",
            "speech-dispatcher hat keine deutsche Stimme.",
            "speech-dispatcher has no German voice.",
            (
                "apt-get install speech-dispatcher-espeak-ng espeak-ng-data",
                "apt-get install speech-dispatcher-espeak-ng espeak-ng-data",
            ),
            **details,
        )
    real = [e for e in engines.engines if e != "mock"]
    if "speechd" in real:
        return make_result(
            "speech",
            "ok",
            "Sprachausgabe über speech-dispatcher.",
            "Speech output through speech-dispatcher.",
            **details,
        )
    if real:
        return make_result(
            "speech",
            "ok",
            f"Sprachausgabe über {', '.join(real)}.",
            f"Speech output through {', '.join(real)}.",
            **details,
        )
    return make_result(
        "speech",
        "warning",
        "Keine Sprachausgabe (nur die stumme Test-Engine): kein Vorlesen.",
        "No speech engine (only Qt's silent mock): no read-aloud.",
        install_hint,
        **details,
    )
