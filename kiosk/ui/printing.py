"""The one-page handout of a service ("Mitnehmen"), printed without any dialog.

:func:`handout_html` builds the page (title, what it is, the checklist of what to bring,
costs, where and when, the QR code of the service's web page) as escaped HTML for a
:class:`~kiosk.ui.widgets.rich_text.SafeDocument`; the QR image is added to the document as
a resource, nothing is loaded from anywhere. :func:`print_handout` sends it to the printer
named in the config (``[printer] name``; empty means the system's default printer) and
raises :class:`PrinterMissingError` with a German sentence for the citizen when there is
none. :func:`write_handout_pdf` writes the same page to a PDF file (tests, staff).
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.core.opening_hours import open_state
from kiosk.errors import KnownError
from kiosk.store.service_catalog import ServiceDetails
from kiosk.ui.screens.services.texts import fee_line, open_state_text, weekly_lines
from kiosk.ui.widgets.qr import qr_image
from kiosk.ui.widgets.rich_text import SafeDocument

_CONTEXT = "Handout"
QR_RESOURCE = "kiosk-qr:service"


class PrinterMissingError(KnownError):
    """No printer is set up (or the configured one is not there)."""


class PrintFailedError(KnownError):
    """The printer was found but refused the page."""


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def handout_html(details: ServiceDetails, now: datetime) -> str:
    """The handout's HTML: every piece of content escaped, only our own markup."""
    text = details.text
    parts = [f"<h1>{_e(text.title)}</h1>", f"<p>{_e(text.short)}</p>"]
    if text.documents:
        parts.append(f"<h2>{_e(tr('Das bringen Sie mit'))}</h2><table>")
        parts += [f"<tr><td>&#9744;&nbsp;</td><td>{_e(d)}</td></tr>" for d in text.documents]
        parts.append("</table>")
    if text.fees:
        parts.append(f"<h2>{_e(tr('Kosten'))}</h2><table>")
        for fee in text.fees:
            label, amount = fee_line(fee)
            parts.append(f"<tr><td>{_e(label)}&nbsp;&nbsp;</td><td>{_e(amount)}</td></tr>")
        parts.append("</table>")
    office = details.office
    if office is not None:
        parts.append(f"<h2>{_e(tr('Wo und wann'))}</h2>")
        lines = [office.name, office.address.one_line()]
        if office.phone:
            lines.append(tr("Telefon: {phone}").replace("{phone}", office.phone))
        if office.email:
            lines.append(tr("E-Mail: {email}").replace("{email}", office.email))
        parts.append("<p>" + "<br>".join(_e(line) for line in lines) + "</p>")
        hours = weekly_lines(office.opening_hours)
        if hours:
            parts.append("<table>")
            parts += [
                f"<tr><td>{_e(day)}&nbsp;&nbsp;</td><td>{_e(times)}</td></tr>"
                for day, times in hours
            ]
            parts.append("</table>")
        state = open_state_text(open_state(office.opening_hours, now))
        if state:
            parts.append(f"<p><i>{_e(state)}</i></p>")
    if details.url:
        parts.append(
            f"<h2>{_e(tr('Mehr im Internet'))}</h2>"
            f'<p><img src="{QR_RESOURCE}" width="140" height="140"><br>{_e(details.url)}</p>'
        )
    parts.append(
        "<p><small>"
        + _e(tr("Ausgedruckt am Dorfkiosk, {date}").replace("{date}", now.strftime("%d.%m.%Y")))
        + "</small></p>"
    )
    return "<html><body>" + "".join(parts) + "</body></html>"


def handout_document(details: ServiceDetails, now: datetime) -> QTextDocument:
    document = SafeDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    if details.url:
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(QR_RESOURCE), qr_image(details.url, 420)
        )
    document.setHtml(handout_html(details, now))
    return document


def _print(document: QTextDocument, printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 15, 18, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.print_(printer)


def write_handout_pdf(details: ServiceDetails, path: Path, now: datetime) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _print(handout_document(details, now), printer)


def find_printer(name: str) -> QPrinterInfo | None:
    """The configured printer (or the default one if ``name`` is empty), or None."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    return None if info.isNull() else info


def print_handout(details: ServiceDetails, printer_name: str, now: datetime) -> None:
    """Print the handout on the configured printer, without a dialog."""
    info = find_printer(printer_name)
    if info is None:
        raise PrinterMissingError(
            tr(
                "Hier ist leider kein Drucker angeschlossen. Scannen Sie den QR-Code mit "
                "Ihrem Handy oder fragen Sie im Dorfbüro nach einem Ausdruck."
            )
        )
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    _print(handout_document(details, now), printer)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintFailedError(
            tr("Der Drucker meldet einen Fehler. Bitte fragen Sie im Dorfbüro nach.")
        )


__all__ = [
    "PrintFailedError",
    "PrinterMissingError",
    "find_printer",
    "handout_html",
    "print_handout",
    "write_handout_pdf",
]
