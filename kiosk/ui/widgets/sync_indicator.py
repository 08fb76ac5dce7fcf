"""A small label for the top bar: online or offline, and what is waiting to be sent.

Reads :meth:`kiosk.ui.sync_service.SyncService.snapshot` whenever the service says its state
changed. Details (errors, entries that need attention) are for the staff view, not here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

STYLE = """
QLabel#SyncIndicator { color: #FFFFFF; font-size: 13pt; padding: 0px 6px; }
QLabel#SyncIndicator[online="false"] { color: #FFD9A0; }
"""


class SyncIndicator(QLabel):
    def __init__(self, service: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncIndicator")
        self.setStyleSheet(STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._service = service
        service.stateChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        state = self._service.snapshot()
        if state.enrolment_refused:
            connection = self.tr("Nicht angemeldet")
        elif state.online is None:
            connection = self.tr("Verbinde …")
        elif state.online:
            connection = self.tr("Online")
        else:
            connection = self.tr("Offline")
        if state.pending:
            queue = self.tr("%n warten", "", state.pending)
        else:
            queue = self.tr("nichts zu senden")
        text = f"{connection} · {queue}"
        self.setText(text)
        self.setAccessibleName(text)
        online = "false" if state.online is False or state.enrolment_refused else "true"
        if self.property("online") != online:
            self.setProperty("online", online)
            self.style().unpolish(self)
            self.style().polish(self)


def add_to_top_bar(top_bar: QWidget, indicator: SyncIndicator) -> bool:
    """Put ``indicator`` left of the language button; False if the bar has no such slot."""
    layout = top_bar.layout()
    anchor = getattr(top_bar, "language_button", None)
    if not isinstance(layout, QHBoxLayout) or anchor is None:
        return False
    index = layout.indexOf(anchor)
    if index < 0:
        return False
    layout.insertWidget(index, indicator)
    return True


__all__ = ["SyncIndicator", "add_to_top_bar"]
