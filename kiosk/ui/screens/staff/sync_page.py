"""Sync details: connection, last sync, waiting entries, last error, "Jetzt synchronisieren"."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.context import DeskContext
from kiosk.ui.screens.staff.widgets import button, card, describe, follow_language, label

ROWS = ("connection", "success", "pending", "oldest", "attention", "error")


class SyncPage(QWidget):
    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.setObjectName("SyncPage")
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label("", "subheading")
        layout.addWidget(self.heading)
        box, box_layout = card()
        self.rows: dict[str, Any] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(12)
        for index, key in enumerate(ROWS):
            caption = label("", "eyebrow")
            self.captions[key] = caption
            grid.addWidget(caption, index, 0, Qt.AlignmentFlag.AlignTop)
            value = label("", None, f"Sync_{key}")
            grid.addWidget(value, index, 1)
            self.rows[key] = value
        grid.setColumnStretch(1, 1)
        box_layout.addLayout(grid)
        layout.addWidget(box)
        self.sync_button = button("", "SyncNow", primary=True)
        self.sync_button.clicked.connect(self.sync_now)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = label("", "note", "SyncMessage")
        layout.addWidget(self.message)
        layout.addStretch(1)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Synchronisation"))
        for key, text in (
            ("connection", self.tr("Verbindung")), ("success", self.tr("Letzte Synchronisation")),
            ("pending", self.tr("Warten auf Versand")), ("oldest", self.tr("Ältester Eintrag")),
            ("attention", self.tr("Braucht Aufmerksamkeit")), ("error", self.tr("Letzter Fehler")),
        ):  # fmt: skip
            self.captions[key].setText(text)
        self.sync_button.setText(self.tr("Jetzt synchronisieren"))
        describe(
            self.sync_button,
            self.tr("Sendet wartende Einträge sofort und holt Neues vom Server"),
        )

    def refresh(self) -> None:
        details = self._context.service.sync_details()
        sync = self._context.sync_service()
        if sync is None:
            connection = self.tr("Kein Server eingerichtet (nur dieses Terminal)")
        else:
            state = sync.snapshot()
            if state.enrolment_refused:
                connection = self.tr("Vom Server abgewiesen – Terminal neu anmelden")
            elif state.online is None:
                connection = self.tr("Verbinde …")
            else:
                connection = self.tr("Online") if state.online else self.tr("Offline")
        self.rows["connection"].setText(connection)
        self.rows["success"].setText(texts.when_text(self._local(details.last_success_at)))
        self.rows["pending"].setText(str(details.pending))
        oldest = details.oldest_pending_at
        self.rows["oldest"].setText(
            self.tr("seit") + " " + texts.when_text(self._local(oldest)) if oldest else "–"
        )
        self.rows["attention"].setText(str(details.needs_attention))
        self.rows["error"].setText(texts.plain_error(details.last_error))

    def _local(self, moment: datetime | None) -> datetime | None:
        return None if moment is None else self._context.service.local(moment)

    def sync_now(self) -> None:
        self.sync_button.setEnabled(False)

        def done(_: object) -> None:
            self.sync_button.setEnabled(True)
            sync = self._context.sync_service()
            if sync is not None:
                sync.sync_soon()
                self.message.setText(self.tr("Synchronisation läuft …"))
            else:
                self.message.setText(self.tr("Kein Server eingerichtet."))
            self.refresh()

        def failed(error: BaseException) -> None:
            self.sync_button.setEnabled(True)
            self.message.setText(str(error))

        self._context.background.run(self._context.service.retry_now, done, failed)


__all__ = ["SyncPage"]
