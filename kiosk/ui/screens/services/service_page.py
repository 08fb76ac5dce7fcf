"""One service, the facts in the order people need them.

What it is; what to bring (a checklist); what it costs; where and when, with "open now" or
when it opens next; "Termin buchen" where this hub can book it; "Mitnehmen": a QR code of the
service's web page and a printed handout. Then the full description (sanitised rich text)
and the legal basis. A block without content is left out entirely, heading and all.

The screen appears at once; the service's details load in the read lane and the page is
built when they arrive (:attr:`ServicePageScreen.loaded`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.opening_hours import open_state
from kiosk.errors import KnownError
from kiosk.store.service_catalog import ServiceDetails
from kiosk.ui import routes
from kiosk.ui.accessibility.bidi import ltr
from kiosk.ui.background import BusyIndicator, Failure
from kiosk.ui.screens.base import PRINT, Screen, mark_action, scrolling_body
from kiosk.ui.screens.services.context import ServicesContext
from kiosk.ui.screens.services.texts import fee_parts, open_state_text, weekly_lines
from kiosk.ui.widgets.qr import QrCode
from kiosk.ui.widgets.rich_text import SafeTextBrowser


def _label(text: str, role: str | None = None, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # content is never interpreted as markup
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


class ServicePageScreen(Screen):
    def __init__(
        self, context: ServicesContext, service_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.service_id = service_id
        self.details: ServiceDetails | None = None
        self.loaded = False
        self.headings: list[str] = []
        self.print_message = _label("", name="PrintMessage")
        self.print_message.hide()
        self.description: SafeTextBrowser | None = None
        self.qr: QrCode | None = None
        self.book_button: QPushButton | None = None
        self.print_button: QPushButton | None = None
        self._body = body = scrolling_body(self)
        self.busy = BusyIndicator(self)
        body.addWidget(self.busy)
        language = context.language
        self.loading = context.load(self, lambda c: c.details(service_id, language),
                                    self._show, on_error=self._failed, busy=self.busy,
                                    key="services.page")  # fmt: skip

    def _failed(self, failure: Failure) -> None:
        self._body.addWidget(_label(failure.message, None, "LoadError"))
        self._body.addStretch(1)

    def _show(self, details: ServiceDetails | None) -> None:
        self.details = details
        body = self._body
        if details is None:
            body.addWidget(_label(self.tr("Diese Dienstleistung gibt es nicht mehr."), "heading"))
        else:
            self._build(body, details)
        body.addStretch(1)
        self.loaded = True

    def title(self) -> str:
        return self.tr("Dienstleistung")

    # --- building -------------------------------------------------------------------------

    def _card(self, body: QVBoxLayout, heading: str) -> QVBoxLayout:
        card = QFrame()
        card.setObjectName("Card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 24, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(_label(heading, "subheading", "SectionHeading"))
        self.headings.append(heading)
        body.addWidget(card)
        return layout

    def _build(self, body: QVBoxLayout, details: ServiceDetails) -> None:
        text = details.text
        body.addWidget(_label(text.title, "heading", "ServiceTitle"))
        body.addWidget(_label(text.short, None, "ServiceShort"))
        if text.language != self._context.language and self._context.language != "de":
            note = self.tr("Dieser Inhalt ist nur auf Deutsch verfügbar.")
            body.addWidget(_label(note, "note", "GermanOnlyNote"))

        if details.bookable_here:
            self.book_button = QPushButton(self.tr("Termin buchen"))
            self.book_button.setObjectName("BookButton")
            self.book_button.setAccessibleDescription(self.tr("Einen freien Termin suchen"))
            self.book_button.setProperty("role", "primary")
            self.book_button.setMinimumHeight(72)
            self.book_button.clicked.connect(lambda: self.openRequested.emit(routes.APPOINTMENTS))
            body.addWidget(self.book_button, 0, Qt.AlignmentFlag.AlignLeft)

        if text.documents:
            card = self._card(body, self.tr("Das bringen Sie mit"))
            for document in text.documents:
                row = QHBoxLayout()
                row.setSpacing(14)
                box = _label("☐", None, "ChecklistBox")
                box.setAlignment(Qt.AlignmentFlag.AlignTop)
                row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(_label(document, None, "ChecklistItem"), 1)
                card.addLayout(row)
        if text.prerequisites:
            card = self._card(body, self.tr("Voraussetzungen"))
            for item in text.prerequisites:
                card.addWidget(_label("• " + item))
        if text.fees:
            card = self._card(body, self.tr("Kosten"))
            table = QGridLayout()
            table.setHorizontalSpacing(24)
            table.setColumnStretch(0, 1)
            line = 0
            for fee in text.fees:
                label, amount, fee_note = fee_parts(fee)
                table.addWidget(_label(label), line, 0)
                table.addWidget(
                    _label(amount, None, "FeeAmount"), line, 1, Qt.AlignmentFlag.AlignRight
                )
                line += 1
                if fee_note:
                    table.addWidget(_label(fee_note, "note", "FeeNote"), line, 0, 1, 2)
                    line += 1
            card.addLayout(table)
        if text.processing_time:
            card = self._card(body, self.tr("Wie lange es dauert"))
            card.addWidget(_label(text.processing_time))
        self._where_and_when(body, details)
        self._take_away(body, details)
        if text.full.strip():
            card = self._card(body, self.tr("Ausführlich"))
            self.description = SafeTextBrowser()
            self.description.setObjectName("ServiceDescription")
            safe = self.description.set_rich_text(text.full)
            card.addWidget(self.description)
            for link in safe.links:
                row = QHBoxLayout()
                row.addWidget(QrCode(link.url, 140), 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(_label(f"[{link.number}] {link.text}\n{link.url}", "note"), 1)
                card.addLayout(row)
        if details.legal_basis:
            body.addWidget(
                _label(
                    self.tr("Rechtsgrundlage: {law}").replace("{law}", details.legal_basis),
                    "note",
                    "LegalBasis",
                )
            )

    def _where_and_when(self, body: QVBoxLayout, details: ServiceDetails) -> None:
        office = details.office
        if office is None and not details.visiting_hours:
            return
        card = self._card(body, self.tr("Wo und wann"))
        if office is not None:
            card.addWidget(_label(office.name, None, "OfficeName"))
            lines = [office.address.one_line()]
            if office.phone:
                lines.append(self.tr("Telefon: {phone}").replace("{phone}", ltr(office.phone)))
            if office.email:
                lines.append(self.tr("E-Mail: {email}").replace("{email}", office.email))
            card.addWidget(_label("\n".join(lines)))
            state = open_state(office.opening_hours, self._context.now())
            state_text = open_state_text(state)
            if state_text:
                status = _label(state_text, None, "OpenState")
                status.setProperty("open", state.is_open)
                colour = "#1E6B34" if state.is_open else "#8A4B00"
                status.setStyleSheet(f"font-weight: 700; color: {colour};")
                card.addWidget(status)
            hours = weekly_lines(office.opening_hours)
            if hours:
                table = QGridLayout()
                table.setHorizontalSpacing(24)
                table.setColumnStretch(1, 1)
                for i, (day, times) in enumerate(hours):
                    table.addWidget(_label(day), i, 0)
                    table.addWidget(_label(times), i, 1)
                card.addLayout(table)
        for visit in details.visiting_hours:
            where = details.hub_name or ""
            label = visit.label.get(self._context.language) or visit.label["de"]
            card.addWidget(_label(f"{label} – {where}" if where else label, None, "VisitingHours"))
            for day, times in weekly_lines(visit.hours):
                card.addWidget(_label(f"{day}: {times}"))
            state_text = open_state_text(open_state(visit.hours, self._context.now()))
            if state_text:
                card.addWidget(_label(state_text, None, "VisitingState"))

    def _take_away(self, body: QVBoxLayout, details: ServiceDetails) -> None:
        card = self._card(body, self.tr("Mitnehmen"))
        row = QHBoxLayout()
        row.setSpacing(32)
        if details.url:
            self.qr = QrCode(details.url, 200)
            self.qr.setObjectName("ServiceQr")
            row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(16)
        if details.url:
            texts.addWidget(
                _label(
                    self.tr("Mit dem Handy scannen: Diese Seite im Internet öffnen.")
                    + "\n"
                    + details.url,
                    "note",
                )
            )
        self.print_button = QPushButton(self.tr("Auf Papier ausdrucken"))
        self.print_button.setObjectName("PrintButton")
        self.print_button.setAccessibleDescription(self.tr("Auf dem Drucker im Dorfbüro"))
        mark_action(self.print_button, PRINT)
        self.print_button.setMinimumHeight(72)
        self.print_button.clicked.connect(self.print_handout)
        texts.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        texts.addWidget(self.print_message)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        card.addLayout(row)

    # --- actions --------------------------------------------------------------------------

    def print_handout(self) -> None:
        from kiosk.ui.printing import print_handout

        if self.details is None:
            return
        try:
            print_handout(self.details, self._context.printer_name, self._context.now())
        except KnownError as exc:
            self.print_message.setText(exc.message)
        else:
            self.print_message.setText(
                self.tr("Das Blatt wird gedruckt. Bitte nehmen Sie es am Drucker mit.")
            )
        self.print_message.show()


__all__ = ["ServicePageScreen"]
