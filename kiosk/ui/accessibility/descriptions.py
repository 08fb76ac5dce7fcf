"""Accessible descriptions given generically: what a screen reader says after a control's
name. Text fields and choice lists that no screen described get one when the navigator
adopts their screen (:meth:`kiosk.ui.navigation.Navigator.push`), so new screens have them
too. A description a screen sets itself always wins.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget


def describe_fields(root: QWidget) -> None:
    """Describe every undescribed text field, number box and choice list under ``root``."""
    for edit in root.findChildren(QLineEdit):
        if isinstance(edit.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the box around it is the control
        if not edit.accessibleDescription():
            edit.setAccessibleDescription(
                QCoreApplication.translate("Descriptions", "Eingabefeld: tippen, dann schreiben")
            )
    for box in root.findChildren(QComboBox):
        if not box.accessibleDescription():
            box.setAccessibleDescription(
                QCoreApplication.translate("Descriptions", "Auswahlliste: tippen, dann wählen")
            )
    for spin in root.findChildren(QAbstractSpinBox):
        if not spin.accessibleDescription():
            spin.setAccessibleDescription(
                QCoreApplication.translate("Descriptions", "Zahl: mit den Pfeilen ändern")
            )


__all__ = ["describe_fields"]
