"""Today's appointment list on paper: the configured printer, else a PDF in the data dir."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter

from kiosk.store.staff_desk import Appointment
from kiosk.ui.printing import PrintFailedError, _print, find_printer
from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.staff_service import StaffService


def tr(text: str) -> str:
    return QCoreApplication.translate("StaffPrintout", text)


def day_html(service: StaffService, day: date, rows: Sequence[Appointment]) -> str:
    e = html.escape
    parts = [f"<h1>{e(tr('Termine'))} – {e(texts.long_date(day))}</h1>"]
    if not rows:
        parts.append(f"<p>{e(tr('Keine Termine.'))}</p>")
        return "".join(parts)
    headers = (tr("Zeit"), tr("Name"), tr("Telefon"), tr("Leistung"), tr("Code"), tr("Status"))
    parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>")
    parts += [f"<th align='left'>{e(h)}</th>" for h in headers]
    parts.append("</tr>")
    for a in rows:
        cells = (
            f"{service.local(a.start):%H:%M}", texts.who(a), a.phone or "",
            service.service_name(a.service_id), texts.code_text(a), texts.status_text(a.status),
        )  # fmt: skip
        parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def print_day(
    service: StaffService,
    day: date,
    rows: Sequence[Appointment],
    *,
    printer_name: str,
    pdf_dir: Path | None,
) -> str | None:
    """Print; without a printer write ``termine-DATE.pdf`` to ``pdf_dir`` and return its path."""
    document = QTextDocument()
    document.setHtml(day_html(service, day, rows))
    info = find_printer(printer_name)
    if info is not None:
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        _print(document, printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise PrintFailedError(tr("Der Drucker meldet einen Fehler."))
        return None
    if pdf_dir is None:
        raise PrintFailedError(tr("Hier ist kein Drucker eingerichtet."))
    pdf_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = pdf_dir / f"termine-{day:%Y-%m-%d}.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _print(document, printer)
    return str(path)


__all__ = ["day_html", "print_day"]
