"""Admin settings of the terminal and leaving kiosk mode for maintenance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import LANGUAGES
from kiosk.errors import KnownError
from kiosk.store.staff import AdminSettings
from kiosk.ui.screens.base import LEAVE, mark_action
from kiosk.ui.screens.staff.context import DeskContext
from kiosk.ui.screens.staff.widgets import button, describe, follow_language, label

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
        self.heading = label("", "subheading")
        layout.addWidget(self.heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        self.idle = QComboBox()
        self.idle.setObjectName("AdminIdle")
        for seconds in IDLE_CHOICES:
            self.idle.addItem("", seconds)  # "%n Sekunden" (_retranslate)
        self.language = QComboBox()
        self.language.setObjectName("AdminLanguage")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        # The language shown before any choice is not saved unless changed: the config
        # file's language stays the default until an admin picks one.
        self._shown_language: object = self.language.currentData()
        self._stored_language: str | None = None
        self._stored_idle: int | None = None
        self._shown_idle: int | None = None
        self.printer = QComboBox()
        self.printer.setObjectName("AdminPrinter")
        self.printer.addItem("", "")  # "Standarddrucker des Systems" (_retranslate)
        from PySide6.QtPrintSupport import QPrinterInfo

        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        self.captions: list[QLabel] = []
        for index, widget in enumerate((self.idle, self.language, self.printer)):
            caption = label("", "eyebrow")
            self.captions.append(caption)
            grid.addWidget(caption, index, 0)
            grid.addWidget(widget, index, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.save_button = button("", "AdminSave", primary=True)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.maintenance = button("", "AdminMaintenance", height=60)
        mark_action(self.maintenance, LEAVE)  # ends kiosk mode: the walk never taps it
        self.maintenance.setEnabled(context.leave_kiosk_mode is not None)
        self.maintenance.clicked.connect(self.leave_kiosk_mode)
        layout.addWidget(self.maintenance, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = label("", "note", "AdminMessage")
        layout.addWidget(self.message)
        layout.addStretch(1)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Verwaltung dieses Terminals"))
        for index in range(self.idle.count()):
            seconds = int(self.idle.itemData(index))
            self.idle.setItemText(index, self.tr("%n Sekunden", "", seconds))
        self.printer.setItemText(0, self.tr("Standarddrucker des Systems"))
        for caption, text in zip(
            self.captions,
            (self.tr("Wartezeit, bis der Kiosk neu beginnt"), self.tr("Standardsprache"),
             self.tr("Drucker")),
            strict=True,
        ):  # fmt: skip
            caption.setText(text)
        describe(
            self.idle,
            self.tr("So lange ohne Berührung, bis der Kiosk für die nächste Person neu beginnt"),
            self.tr("Wartezeit bis zum Neustart"),
        )
        describe(
            self.language,
            self.tr("In dieser Sprache beginnt jeder Besuch"),
            self.tr("Standardsprache"),
        )
        describe(
            self.printer,
            self.tr("Hier kommen Termin-Zettel und Listen heraus"),
            self.tr("Drucker"),
        )
        self.save_button.setText(self.tr("Speichern"))
        describe(self.save_button, self.tr("Speichert Wartezeit, Sprache und Drucker"))
        self.maintenance.setText(self.tr("Kioskmodus für Wartung verlassen"))
        describe(
            self.maintenance,
            self.tr("Macht aus dem Kiosk ein normales Fenster; wird protokolliert"),
        )

    def refresh(self) -> None:
        settings = self._context.service.admin_settings()
        # The wait in force is shown (the config file's, if no admin chose one), and, like
        # the language, not saved unless changed.
        self._stored_idle = settings.idle_timeout_seconds
        self._shown_idle = self._stored_idle or self._context.citizen_idle_seconds
        self._select_idle(self._shown_idle)
        for combo, value in ((self.language, settings.language),
                             (self.printer, settings.printer)):  # fmt: skip
            if value is not None:
                index = combo.findData(value)
                if index >= 0:
                    combo.setCurrentIndex(index)
        self._stored_language = settings.language
        self._shown_language = self.language.currentData()

    def _select_idle(self, seconds: int) -> None:
        index = self.idle.findData(seconds)
        if index < 0:  # a wait from the config file that is not a choice here
            index = sum(int(self.idle.itemData(i)) < seconds for i in range(self.idle.count()))
            self.idle.insertItem(index, self.tr("%n Sekunden", "", seconds), seconds)
        self.idle.setCurrentIndex(index)

    def save(self) -> None:
        idle = int(self.idle.currentData())
        untouched = self._stored_idle is None and idle == self._shown_idle
        language = str(self.language.currentData())
        if self._stored_language is None and language == self._shown_language:
            language_choice = None  # untouched: not a choice
        else:
            language_choice = language
        settings = AdminSettings(
            idle_timeout_seconds=None if untouched else idle,
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
