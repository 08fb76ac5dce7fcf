"""German texts of staff mode that depend on codes from the store (statuses, reasons)."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from kiosk.core.booking_code import format_code
from kiosk.store.staff_desk import Appointment, AttentionItem, AttentionKind, DeskStatus
from kiosk.ui.routes import QT_TRANSLATE_NOOP

_CONTEXT = "StaffTexts"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(status: DeskStatus) -> str:
    return {
        DeskStatus.OPEN: tr("erwartet"),
        DeskStatus.ARRIVED: tr("angekommen"),
        DeskStatus.DONE: tr("erledigt"),
        DeskStatus.NO_SHOW: tr("nicht erschienen"),
        DeskStatus.CANCELLED: tr("abgesagt"),
        DeskStatus.CONFLICT: tr("Konflikt"),
    }[status]


def weekday_short(day: date) -> str:
    names = (tr("Mo"), tr("Di"), tr("Mi"), tr("Do"), tr("Fr"), tr("Sa"), tr("So"))
    return names[day.weekday()]


def weekday_long(day: date) -> str:
    names = (tr("Montag"), tr("Dienstag"), tr("Mittwoch"), tr("Donnerstag"), tr("Freitag"),
             tr("Samstag"), tr("Sonntag"))  # fmt: skip
    return names[day.weekday()]


def long_date(day: date) -> str:
    return f"{weekday_long(day)}, {day:%d.%m.%Y}"


def who(appointment: Appointment) -> str:
    if appointment.name:
        return appointment.name
    return tr("(an anderem Terminal gebucht)")


def code_text(appointment: Appointment) -> str:
    return format_code(appointment.code) if len(appointment.code) == 8 else appointment.code


# (what happened, what to do) per reason code of the server's decision.
_REASONS = {
    "taken": (
        QT_TRANSLATE_NOOP(
            "StaffTexts", "Der Termin war schon vergeben, als die Buchung beim Server ankam."
        ),
        QT_TRANSLATE_NOOP(
            "StaffTexts",
            "Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“) "
            "oder sagen Sie ab.",
        ),
    ),
    "leased_elsewhere": (
        QT_TRANSLATE_NOOP(
            "StaffTexts", "Die Zeit war einem anderen Terminal zugeteilt und dort schon vergeben."
        ),
        QT_TRANSLATE_NOOP(
            "StaffTexts",
            "Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“).",
        ),
    ),
    "not_a_slot": (
        QT_TRANSLATE_NOOP(
            "StaffTexts", "Diese Zeit gibt es im Kalender nicht mehr (zum Beispiel gesperrt)."
        ),
        QT_TRANSLATE_NOOP(
            "StaffTexts",
            "Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“).",
        ),
    ),
    "too_soon": (
        QT_TRANSLATE_NOOP("StaffTexts", "Die Buchung kam zu kurzfristig beim Server an."),
        QT_TRANSLATE_NOOP(
            "StaffTexts",
            "Rufen Sie die Person an und buchen Sie einen neuen Termin („Neu buchen“).",
        ),
    ),
    "too_far": (
        QT_TRANSLATE_NOOP("StaffTexts", "Der Termin liegt weiter in der Zukunft als erlaubt."),
        QT_TRANSLATE_NOOP(
            "StaffTexts", "Buchen Sie einen früheren Termin („Neu buchen“) oder sagen Sie ab."
        ),
    ),
    "no_calendar": (
        QT_TRANSLATE_NOOP("StaffTexts", "Der Server hatte keinen Kalender für dieses Dorfbüro."),
        QT_TRANSLATE_NOOP(
            "StaffTexts",
            "Bitte melden Sie das der IT: Sie richtet den Kalender ein und kann solche "
            "Buchungen dann neu prüfen lassen. Oder rufen Sie die Person an und buchen Sie "
            "neu („Neu buchen“).",
        ),
    ),
}


def attention_texts(item: AttentionItem) -> tuple[str, str, str]:
    """(title, what happened, what to do)."""
    appointment = item.appointment
    if item.kind is AttentionKind.CONFLICT:
        title = tr("Terminkonflikt")
        happened, todo = _REASONS.get(item.reason_code, _REASONS["taken"])
        return title, tr(happened), tr(todo)
    kind = item.entry_kind or ""
    if kind.startswith("booking."):
        title = tr("Termin nicht übernommen")
        todo = tr("Buchen Sie neu („Neu buchen“), senden Sie erneut oder legen Sie ab.")
    elif kind == "submission.create":
        title = tr("Eingabe nicht übernommen")
        todo = tr("Die Eingabe ist beim Server nicht angekommen. Erneut senden oder ablegen.")
    elif kind == "calendar.block":
        title = tr("Sperre nicht übernommen")
        todo = tr("Die Sperre gilt nur an diesem Terminal. Erneut senden oder neu anlegen.")
    else:
        title = tr("Eintrag nicht übernommen")
        todo = tr("Erneut senden oder mit Notiz ablegen.")
    happened = item.server_message or tr("Der Server hat den Eintrag abgelehnt.")
    if appointment is not None and kind.startswith("booking."):
        happened = (
            happened + " " + tr("Betrifft den Termin von {who}.").replace("{who}", who(appointment))
        )
    return title, happened, todo


def when_text(moment: datetime | None) -> str:
    if moment is None:
        return tr("noch nie")
    return moment.strftime("%d.%m.%Y %H:%M") + " " + tr("Uhr")


def plain_error(error: str | None) -> str:
    """The sync client's last error in plain German."""
    if not error:
        return tr("keiner")
    text = error.lower()
    if "timeout" in text or "timed out" in text:
        return tr("Der Server hat nicht rechtzeitig geantwortet.")
    if "connection" in text or "unreachable" in text or "refused" in text or "resolve" in text:
        return tr("Keine Verbindung zum Server (Netz oder Server nicht erreichbar).")
    if "401" in text or "auth" in text or "token" in text:
        return tr("Der Server kennt dieses Terminal nicht mehr. Bitte IT anrufen (neu anmelden).")
    if re.search(r"\bhttp 5\d\d\b", text) or "internal" in text:
        return tr("Der Server hatte einen Fehler. Es wird später erneut versucht.")
    if "html" in text or "protocol" in text or "redirected" in text:
        return tr("Eine unerwartete Antwort kam zurück (z. B. WLAN-Anmeldeseite).")
    return tr("Übertragung fehlgeschlagen. Es wird später erneut versucht.")
