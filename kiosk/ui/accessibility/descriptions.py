"""Accessible descriptions given generically: what a screen reader says after a control's
name. Text fields, number boxes, choice lists and lists of rows that no screen described get
one when the navigator adopts their screen (:meth:`kiosk.ui.navigation.Navigator.push`), so
new screens have them too. A description a screen sets itself always wins.

The generic descriptions follow a change of language (``QEvent.LanguageChange``), like the
screens' own texts: a described widget re-sets its description in the new language unless a
screen has put its own in the meantime.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)
from shiboken6 import isValid

GIVEN = "kioskGenericDescription"
"""Dynamic property: the generic description this module gave the widget (to tell it from one
a screen set later, which is kept)."""


def generic_description(widget: QWidget) -> str:
    """The generic description of ``widget`` in the current language ("" for none)."""
    if isinstance(widget, QComboBox):
        return QCoreApplication.translate("Descriptions", "Auswahlliste: tippen, dann wählen")
    if isinstance(widget, QAbstractSpinBox):
        return QCoreApplication.translate("Descriptions", "Zahl: mit den Pfeilen ändern")
    if isinstance(widget, QLineEdit):
        return QCoreApplication.translate("Descriptions", "Eingabefeld: tippen, dann schreiben")
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        if widget.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
            return QCoreApplication.translate(
                "Descriptions", "Liste: einen Eintrag antippen, um ihn zu öffnen"
            )
        return QCoreApplication.translate(
            "Descriptions", "Liste: eine Zeile antippen, um sie auszuwählen"
        )
    return ""


def describe_fields(root: QWidget) -> None:
    """Describe every undescribed text field, number box, choice list and list under ``root``."""
    kinds: tuple[type[QWidget], ...] = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    for widget in [w for kind in kinds for w in root.findChildren(kind)]:
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the box around it is the control
        if widget.accessibleDescription():
            continue
        text = generic_description(widget)
        if text:
            widget.setAccessibleDescription(text)
            widget.setProperty(GIVEN, text)
            widget.installEventFilter(_retranslator())


class _Retranslator(QObject):
    """Re-sets a generic description on ``LanguageChange`` (one filter for all widgets)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and isinstance(watched, QWidget):
            given = watched.property(GIVEN)
            if given and watched.accessibleDescription() == given:
                text = generic_description(watched)
                watched.setAccessibleDescription(text)
                watched.setProperty(GIVEN, text)
        return False


_filter: _Retranslator | None = None


def _retranslator() -> _Retranslator:
    """The one filter, owned by the application (made on first use)."""
    global _filter
    if _filter is None or not isValid(_filter):  # a test's application may have gone
        _filter = _Retranslator(QCoreApplication.instance())
    return _filter


__all__ = ["GIVEN", "describe_fields", "generic_description"]
