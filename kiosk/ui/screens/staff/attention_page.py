"""Needs attention: conflicts and refused entries, what happened, what to do, resolve."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.calendar import FreeSlot
from kiosk.store.staff_desk import AttentionItem, AttentionKind, DeskStatus
from kiosk.ui.accessibility.bidi import ltr
from kiosk.ui.screens.base import mark_irreversible
from kiosk.ui.screens.staff import texts
from kiosk.ui.screens.staff.context import DeskContext
from kiosk.ui.screens.staff.forms import SlotPickerScreen
from kiosk.ui.screens.staff.models import AttentionListModel
from kiosk.ui.screens.staff.widgets import button, card, describe, follow_language, label
from kiosk.ui.widgets.flow_grid import FlowGrid


class AttentionPage(QWidget):
    def __init__(self, context: DeskContext, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("AttentionPage")
        self._context = context
        self._service = context.service
        self._on_change = on_change
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        left = QVBoxLayout()
        self.heading = label("", "subheading")
        left.addWidget(self.heading)
        self.model = AttentionListModel(self)
        self.list = QListView()
        self.list.setObjectName("AttentionList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        left.addWidget(self.list, 1)
        self.empty = label("", "note")
        left.addWidget(self.empty)
        layout.addLayout(left, 3)

        details, details_layout = card("AttentionCard")
        details.setMinimumWidth(420)
        details.setMaximumWidth(480)
        self.title_label = label("", "subheading", "AttentionTitle")
        self.happened = label("", None, "AttentionHappened")
        self.todo = label("", None, "AttentionTodo")
        self.contact = label("", None, "AttentionContact")
        for text_label in (self.title_label, self.happened, self.todo, self.contact):
            details_layout.addWidget(text_label)
        details_layout.addStretch(1)
        self.note = QLineEdit()
        self.note.setObjectName("AttentionNote")
        details_layout.addWidget(self.note)
        grid = FlowGrid(2, spacing=8)  # one column with large text
        self.buttons: dict[str, QPushButton] = {}
        for key in ("rebook", "cancel", "retry", "dismiss"):
            widget = button("", f"Resolve_{key}")
            widget.setProperty("compact", True)
            if key != "rebook":  # resolves the entry at once (rebook asks for a time first)
                mark_irreversible(widget)
            widget.clicked.connect(lambda _=False, k=key: self.resolve(k))
            self.buttons[key] = widget
        grid.set_widgets(list(self.buttons.values()))
        details_layout.addWidget(grid)
        self.message = label("", "note", "AttentionMessage")
        details_layout.addWidget(self.message)
        layout.addWidget(details, 2)
        follow_language(self, self._retranslate)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Braucht Aufmerksamkeit"))
        self.empty.setText(self.tr("Alles erledigt – nichts braucht Aufmerksamkeit."))
        describe(
            self.list,
            self.tr("Einen Eintrag antippen: was passiert ist und was zu tun ist"),
            self.tr("Braucht Aufmerksamkeit"),
        )
        self.note.setPlaceholderText(self.tr("Notiz (z. B. „angerufen, neuer Termin“)"))
        describe(
            self.note,
            self.tr("Was Sie getan haben, z. B. wen Sie angerufen haben; wird mit abgelegt"),
            self.tr("Notiz"),
        )
        for key, text, description in (
            ("rebook", self.tr("Neu buchen …"),
             self.tr("Wählt eine neue Zeit für diesen Termin")),
            ("cancel", self.tr("Absagen"),
             self.tr("Sagt den Termin sofort ab und legt den Eintrag ab")),
            ("retry", self.tr("Erneut senden"),
             self.tr("Schickt den Eintrag noch einmal an den Server")),
            ("dismiss", self.tr("Ablegen"),
             self.tr("Legt den Eintrag mit der Notiz ab; er verschwindet aus der Liste")),
        ):  # fmt: skip
            self.buttons[key].setText(text)
            describe(self.buttons[key], description)
        self._show()

    def refresh(self) -> None:
        self._context.background.run(self._service.needs_attention, self._show_items)

    def _show_items(self, items: list[AttentionItem]) -> None:
        self.model.set_items(items, self._service.local)
        self.empty.setVisible(not items)
        if items:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._show()

    def current(self) -> AttentionItem | None:
        index = self.list.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _show(self) -> None:
        item = self.current()
        for widget in self.buttons.values():
            widget.setEnabled(item is not None)
        if item is None:
            for text_label in (self.title_label, self.happened, self.todo, self.contact):
                text_label.setText("")
            return
        title, happened, todo = texts.attention_texts(item)
        self.title_label.setText(title)
        self.happened.setText(self.tr("Was ist passiert?") + "\n" + happened)
        self.todo.setText(self.tr("Was ist zu tun?") + "\n" + todo)
        a = item.appointment
        contact = ""
        if a is not None:
            contact = texts.who(a)
            if a.phone:
                contact += " · " + self.tr("Tel.") + " " + ltr(a.phone)
            if a.email:
                contact += " · " + ltr(a.email)
        self.contact.setText(contact)
        has_booking = a is not None and a.status is not DeskStatus.CANCELLED
        self.buttons["rebook"].setEnabled(has_booking)
        self.buttons["cancel"].setEnabled(has_booking)
        self.buttons["retry"].setEnabled(item.kind is AttentionKind.REFUSED)

    def resolve(self, action: str) -> None:
        item = self.current()
        if item is None:
            return
        if action == "rebook" and item.appointment is not None:
            a = item.appointment
            self._context.push(
                SlotPickerScreen(
                    self._service, self.tr("Neu buchen: {who}").replace("{who}", texts.who(a)),
                    lambda slot: self._rebook(item, slot), service_id=a.service_id,
                    books_at_once=True,
                )
            )  # fmt: skip
            return

        def done(_: object) -> None:
            self.note.clear()
            self.message.setText(self.tr("Erledigt."))
            self.refresh()
            self._on_change()

        note = self.note.text()
        self._context.write(
            lambda: self._service.resolve(item, action, note=note), done, self.message.setText
        )

    def _rebook(self, item: AttentionItem, slot: FreeSlot) -> None:
        def done(_: object) -> None:
            self._context.back()
            self.refresh()
            self._on_change()

        def problem(text: str) -> None:
            self._context.back()
            self.message.setText(text)

        note = self.note.text()
        self._context.write(
            lambda: self._service.resolve(item, "rebook", note=note, slot=slot), done, problem
        )


__all__ = ["AttentionPage"]
