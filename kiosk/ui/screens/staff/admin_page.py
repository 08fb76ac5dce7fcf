"""Admin settings of the terminal and leaving kiosk mode for maintenance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import LANGUAGES
from kiosk.errors import KnownError
from kiosk.store.staff import AdminSettings
from kiosk.ui.screens.staff.context import DeskContext
from kiosk.ui.screens.staff.widgets import button, label

IDLE_CHOICES = (30, 60, 90, 120, 180, 300, 600)
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English", "tr": "Türkçe", "uk": "Українська",
                  "ar": "العربية", "de-LS": "Leichte Sprache"}  # fmt: skip


class AdminPage(QWidget):
    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.setObjectName("AdminPage")
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Verwaltung dieses Terminals"), "subheading"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        self.idle = QComboBox()
        self.idle.setObjectName("AdminIdle")
        self.idle.setAccessibleName(self.tr("Wartezeit bis zum Neustart"))
        for seconds in IDLE_CHOICES:
            self.idle.addItem(self.tr("%n Sekunden", "", seconds), seconds)
        self.language = QComboBox()
        self.language.setObjectName("AdminLanguage")
        self.language.setAccessibleName(self.tr("Standardsprache"))
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        # The language shown before any choice is not saved unless changed: the config
        # file's language stays the default until an admin picks one.
        self._shown_language: object = self.language.currentData()
        self._stored_language: str | None = None
        self.printer = QComboBox()
        self.printer.setObjectName("AdminPrinter")
        self.printer.setAccessibleName(self.tr("Drucker"))
        self.printer.addItem(self.tr("Standarddrucker des Systems"), "")
        from PySide6.QtPrintSupport import QPrinterInfo

        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        for index, (text, widget) in enumerate((
            (self.tr("Wartezeit, bis der Kiosk neu beginnt"), self.idle),
            (self.tr("Standardsprache"), self.language), (self.tr("Drucker"), self.printer),
        )):  # fmt: skip
            grid.addWidget(label(text, "eyebrow"), index, 0)
            grid.addWidget(widget, index, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.save_button = button(self.tr("Speichern"), "AdminSave", primary=True)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.maintenance = button(
            self.tr("Kioskmodus für Wartung verlassen"), "AdminMaintenance", height=60
        )
        self.maintenance.setEnabled(context.leave_kiosk_mode is not None)
        self.maintenance.clicked.connect(self.leave_kiosk_mode)
        layout.addWidget(self.maintenance, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = label("", "note", "AdminMessage")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def refresh(self) -> None:
        settings = self._context.service.admin_settings()
        for combo, value in ((self.idle, settings.idle_timeout_seconds),
                             (self.language, settings.language),
                             (self.printer, settings.printer)):  # fmt: skip
            if value is not None:
                index = combo.findData(value)
                if index >= 0:
                    combo.setCurrentIndex(index)
        self._stored_language = settings.language
        self._shown_language = self.language.currentData()

    def save(self) -> None:
        language = str(self.language.currentData())
        if self._stored_language is None and language == self._shown_language:
            language_choice = None  # untouched: not a choice
        else:
            language_choice = language
        settings = AdminSettings(
            idle_timeout_seconds=int(self.idle.currentData()),
            language=language_choice,
            printer=str(self.printer.currentData()),
        )
        try:
            self._context.service.save_admin_settings(settings)
        except KnownError as exc:
            self.message.setText(str(exc))
            return
        self._context.settings_saved()
        self.message.setText(self.tr("Gespeichert. Die Wartezeit gilt sofort."))

    def leave_kiosk_mode(self) -> None:
        if self._context.leave_kiosk_mode is None:
            return
        self._context.service.record_maintenance(self.tr("Kioskmodus verlassen"))
        self._context.leave_kiosk_mode()
        self.message.setText(self.tr("Kioskmodus verlassen (protokolliert)."))


__all__ = ["AdminPage"]
