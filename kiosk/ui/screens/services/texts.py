"""German (translatable) wording for the service screens and the handout: money, hours."""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.core.content import Fee, OpeningHours
from kiosk.core.opening_hours import OpenState

_CONTEXT = "ServiceTexts"
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("ServiceTexts", "Montag"),
    QT_TRANSLATE_NOOP("ServiceTexts", "Dienstag"),
    QT_TRANSLATE_NOOP("ServiceTexts", "Mittwoch"),
    QT_TRANSLATE_NOOP("ServiceTexts", "Donnerstag"),
    QT_TRANSLATE_NOOP("ServiceTexts", "Freitag"),
    QT_TRANSLATE_NOOP("ServiceTexts", "Samstag"),
    QT_TRANSLATE_NOOP("ServiceTexts", "Sonntag"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def weekday_name(weekday: int) -> str:
    return tr(str(_WEEKDAYS[weekday]))


def clock(value: time | datetime) -> str:
    """8:00, 14:30 (German style, no leading zero for the hour)."""
    return f"{value.hour}:{value.minute:02d}"


def euro(amount: Decimal) -> str:
    """37,00 € (German decimal comma, thousands with a dot)."""
    whole, _, cents = f"{amount:,.2f}".partition(".")
    return tr("{amount} €").replace("{amount}", whole.replace(",", ".") + "," + cents)


def fee_parts(fee: Fee) -> tuple[str, str, str | None]:
    """(label, amount, note) of one fee; a varying amount shows its note as the amount."""
    if fee.amount_cents is None:
        return fee.label, fee.note or tr("Betrag unterschiedlich"), None
    amount = tr("kostenlos") if fee.amount_cents == 0 else euro(fee.amount_eur or Decimal(0))
    return fee.label, amount, fee.note


def fee_line(fee: Fee) -> tuple[str, str]:
    """(label, amount text) of one fee, the note in brackets after the amount."""
    label, amount, note = fee_parts(fee)
    return label, amount if not note else f"{amount} ({note})"


def weekly_lines(hours: OpeningHours) -> list[tuple[str, str]]:
    """[("Montag", "8:00–12:00, 14:00–18:00"), ...] for the weekdays with hours."""
    lines = []
    for weekday in range(7):
        ranges = sorted((i.start, i.end) for i in hours.weekly if i.weekday == weekday)
        if ranges:
            text = ", ".join(f"{clock(s)}–{clock(e)}" for s, e in ranges)
            lines.append((weekday_name(weekday), text))
    return lines


def open_state_text(state: OpenState) -> str:
    """ "Jetzt geöffnet bis 12:00", "Öffnet morgen um 8:00", ... (empty if nothing is known)."""
    if state.is_open:
        if state.until is None:
            return tr("Jetzt geöffnet")
        return tr("Jetzt geöffnet bis {time} Uhr").replace("{time}", clock(state.until))
    days = state.days_until_next_open
    if state.next_open is None or days is None:
        return ""
    at = clock(state.next_open)
    if days == 0:
        return tr("Jetzt geschlossen – öffnet heute um {time} Uhr").replace("{time}", at)
    if days == 1:
        return tr("Jetzt geschlossen – öffnet morgen um {time} Uhr").replace("{time}", at)
    if days < 7:
        return (
            tr("Jetzt geschlossen – öffnet am {weekday} um {time} Uhr")
            .replace("{weekday}", weekday_name(state.next_open.weekday()))
            .replace("{time}", at)
        )
    return (
        tr("Jetzt geschlossen – öffnet am {date} um {time} Uhr")
        .replace("{date}", f"{state.next_open.day}.{state.next_open.month}.{state.next_open.year}")
        .replace("{time}", at)
    )


__all__ = [
    "clock",
    "euro",
    "fee_line",
    "fee_parts",
    "open_state_text",
    "weekday_name",
    "weekly_lines",
]
