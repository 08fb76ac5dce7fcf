"""The printed appointment slip: code, what, when, where, what to bring."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter

from kiosk.core.booking_code import format_code
from kiosk.store.bookings import Receipt
from kiosk.ui.printing import PrinterMissingError, _print, find_printer
from kiosk.ui.screens.booking.service import BookingService


def tr(text: str) -> str:
    return QCoreApplication.translate("BookingPrintout", text)


def receipt_html(service: BookingService, receipt: Receipt) -> str:
    local = service.local_time(receipt.start)
    rows = [
        (tr("Buchungscode"), format_code(receipt.code)),
        (tr("Wofür"), service.service_name(receipt.service_id)),
        (tr("Wann"), local.strftime("%d.%m.%Y, %H:%M") + " " + tr("Uhr")),
        (tr("Wo"), service.place(receipt.resource_id)),
    ]
    parts = [f"<h1>{html.escape(tr('Ihr Termin'))}</h1><table cellpadding='4'>"]
    parts += [
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
    ]
    parts.append("</table>")
    if receipt.provisional:
        parts.append(f"<p><b>{html.escape(tr('Vorläufig – die Bestätigung folgt.'))}</b></p>")
    bring = service.what_to_bring(receipt.service_id)
    if bring:
        parts.append(f"<h2>{html.escape(tr('Bitte mitbringen'))}</h2><ul>")
        parts += [f"<li>{html.escape(item)}</li>" for item in bring]
        parts.append("</ul>")
    return "".join(parts)


def print_receipt(service: BookingService, receipt: Receipt, printer_name: str = "") -> None:
    info = find_printer(printer_name)
    if info is None:
        raise PrinterMissingError(tr("Hier ist kein Drucker eingerichtet."))
    document = QTextDocument()
    document.setHtml(receipt_html(service, receipt))
    _print(document, QPrinter(info, QPrinter.PrinterMode.HighResolution))
